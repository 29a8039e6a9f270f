"""The sandbox: a shared service that runs expensive SymPy and Z3 work in a bounded worker process.

Both layers use it: the tools (`agentlib.tools`) and the domain packages (puzzles, checking) send
their heavy calls here, and the agent loop reaches them only through those. See `process.py` for the
protocol (allow-listed `"module:function"` names, JSON arguments and results, typed failures) and
`worker.py` for the worker's side.
"""

from agentlib.sandbox.process import (
    Sandbox,
    ToolCrashed,
    ToolInputError,
    ToolTimeout,
    default_sandbox,
    in_worker,
)

__all__ = ["Sandbox", "ToolCrashed", "ToolInputError", "ToolTimeout", "default_sandbox", "in_worker"]

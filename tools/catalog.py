"""The built-in tool catalogue: every tool the agent gets by default, by name.

Kept out of `agentlib.tools.__init__` so importing the package stays cheap; importing this module
imports the tool modules (networkx for the graph tool) but not SymPy or Z3, which load in the
sandbox worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agentlib.tools import graph_tools, sympy_tools, z3_tools


def builtin_tools() -> dict[str, Callable[..., Any]]:
    """Name -> typed tool function, for `ToolSet.of(...)`: SymPy, graph and Z3 tools."""
    tools: dict[str, Callable[..., Any]] = {}
    for module in (sympy_tools, graph_tools, z3_tools):
        for name, function in module.TOOLS.items():
            if name in tools:
                raise RuntimeError(f"two built-in tools are named {name!r}")
            tools[name] = function
    return tools

"""agentlib: verified reasoning with a small, fast model.

The public API, loaded lazily so that `import agentlib` never imports torch (only using the
engine does):

- `solve(problem)`                       -> puzzles: formalize, solve with Z3, certify (agentlib.puzzles)
- `check_trace(problem, trace)`          -> tool-grounded checking of reasoning traces (agentlib.checking)
- `solve_math(problem)`, `practice(topic)` -> math from text, checked steps, verified answers (agentlib.mathsolve)
- `summarize(path)`, `ask(path, q)`      -> long documents with cited, checked sentences (agentlib.documents)
- `Agent`, `tool`, `Budget`, `ScriptedModel`, `load_backend`
                                         -> the agent loop over any `TextModel` (agentlib.agent, agentlib.llm)
- `SambaY`, `SambaYConfig`, `Session`, `Tokenizer`, `SambaYBackend`
                                         -> the in-process Phi-4-mini-flash engine (agentlib.engine)
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_LAZY: dict[str, str] = {
    # agent side (no torch)
    "TextModel": "agentlib.llm",
    "Message": "agentlib.llm",
    "GenerateOptions": "agentlib.llm",
    "Completion": "agentlib.llm",
    "ScriptedModel": "agentlib.llm",
    "Agent": "agentlib.agent.loop",
    "Budget": "agentlib.agent.budget",
    "load_backend": "agentlib.backends",
    "tool": "agentlib.agent.tools",
    "solve": "agentlib.puzzles.solve",
    "solve_math": "agentlib.mathsolve.solve",
    "practice": "agentlib.mathsolve.practice",
    "MathResult": "agentlib.mathsolve.result",
    "check_trace": "agentlib.checking.checker",
    "summarize": "agentlib.documents.summarize",
    "ask": "agentlib.documents.qa",
    "load_document": "agentlib.documents.reader",
    # engine side (torch)
    "SambaY": "agentlib.engine.model",
    "SambaYConfig": "agentlib.engine.config",
    "Session": "agentlib.engine.session",
    "Tokenizer": "agentlib.engine.tokenizer",
    "SambaYBackend": "agentlib.backends.sambay",
}

__all__ = sorted(_LAZY) + ["__version__"]


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'agentlib' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__

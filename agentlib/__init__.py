"""agentlib: verified reasoning with a small, fast model.

The public API, loaded lazily so that `import agentlib` never imports torch (only using the
engine does):

- `solve(problem)` -> `Verdict`          puzzles: formalize, solve with Z3, certify (agentlib.puzzles)
- `analyze(argument)` -> `ArgumentAnalysis` is an argument valid? form, proof or counter-model (agentlib.puzzles)
- `check_trace(problem, trace)` -> `TraceReport`
                                         tool-grounded checking of reasoning traces (agentlib.checking)
- `solve_math(problem)` -> `MathResult`, `practice(topic)`
                                         math from text, checked steps, verified answers (agentlib.mathsolve)
- `summarize(path)`, `ask(path, q)`      long documents with cited, checked sentences (agentlib.documents)
- `KnowledgeBase`, `ask(None, q, kb=...)` many documents indexed once, hybrid search, cited answers (agentlib.kb)
- `Agent(...).run(task)` -> `RunResult`, `tool`, `Budget`, `ScriptedModel`, `load_backend`
                                         the agent loop over any `TextModel` (agentlib.agent, agentlib.llm)
- `Certificate`, `Check`                 the checked facts behind every verified answer
- `AgentlibError` and its kinds          the typed errors (agentlib.errors); `KnowledgeBaseError` (an `InputError`
                                         whose `reason` says why a base folder cannot be used)
- `SambaY`, `SambaYConfig`, `Session`, `Tokenizer`, `SambaYBackend`
                                         the in-process Phi-4-mini-flash engine (agentlib.engine; imports torch)

`from agentlib import *` imports the names in `__all__`, which leaves out the engine names so that it
never loads torch either; import those by name.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # what type checkers see; at run time every name loads on first use (`__getattr__`)
    from agentlib.agent.budget import Budget
    from agentlib.agent.loop import Agent, RunResult
    from agentlib.agent.steps import Answer
    from agentlib.agent.tools import Tool, tool
    from agentlib.backends import load_backend
    from agentlib.backends.sambay import SambaYBackend as SambaYBackend
    from agentlib.certificate import Certificate, Check
    from agentlib.checking.checker import check_trace
    from agentlib.checking.report import TraceReport
    from agentlib.documents.qa import AnswerWithCitations, ask
    from agentlib.documents.reader import Document, load_document
    from agentlib.documents.summarize import Summary, summarize
    from agentlib.engine.config import SambaYConfig as SambaYConfig
    from agentlib.engine.model import SambaY as SambaY
    from agentlib.engine.session import Session as Session
    from agentlib.engine.tokenizer import Tokenizer as Tokenizer
    from agentlib.errors import (
        AgentlibError,
        BudgetExhausted,
        CheckpointError,
        ConfigError,
        ContextOverflowError,
        DeadlineReached,
        DependencyMissing,
        InputError,
        ModelRetry,
        ModelUnavailable,
        ToolFailure,
    )
    from agentlib.kb.base import KnowledgeBase
    from agentlib.kb.embedder import Embedder, MiniLMEmbedder
    from agentlib.kb.store import KnowledgeBaseError
    from agentlib.llm import Completion, GenerateOptions, Message, ScriptedModel, TextModel
    from agentlib.mathsolve.practice import practice
    from agentlib.mathsolve.result import MathResult
    from agentlib.mathsolve.solve import solve_math
    from agentlib.puzzles.argument import ArgumentAnalysis, analyze
    from agentlib.puzzles.solve import solve
    from agentlib.puzzles.verdict import Verdict

# name -> module; torch-free names (safe for `from agentlib import *`)
_LAZY: dict[str, str] = {
    "TextModel": "agentlib.llm",
    "Message": "agentlib.llm",
    "GenerateOptions": "agentlib.llm",
    "Completion": "agentlib.llm",
    "ScriptedModel": "agentlib.llm",
    "Agent": "agentlib.agent.loop",
    "RunResult": "agentlib.agent.loop",
    "Answer": "agentlib.agent.steps",
    "Budget": "agentlib.agent.budget",
    "Tool": "agentlib.agent.tools",
    "tool": "agentlib.agent.tools",
    "load_backend": "agentlib.backends",
    "Certificate": "agentlib.certificate",
    "Check": "agentlib.certificate",
    "solve": "agentlib.puzzles.solve",
    "analyze": "agentlib.puzzles.argument",
    "ArgumentAnalysis": "agentlib.puzzles.argument",
    "Verdict": "agentlib.puzzles.verdict",
    "solve_math": "agentlib.mathsolve.solve",
    "practice": "agentlib.mathsolve.practice",
    "MathResult": "agentlib.mathsolve.result",
    "check_trace": "agentlib.checking.checker",
    "TraceReport": "agentlib.checking.report",
    "summarize": "agentlib.documents.summarize",
    "Summary": "agentlib.documents.summarize",
    "ask": "agentlib.documents.qa",
    "AnswerWithCitations": "agentlib.documents.qa",
    "load_document": "agentlib.documents.reader",
    "KnowledgeBase": "agentlib.kb.base",
    "KnowledgeBaseError": "agentlib.kb.store",
    "Embedder": "agentlib.kb.embedder",
    "MiniLMEmbedder": "agentlib.kb.embedder",
    "Document": "agentlib.documents.reader",
    **{
        name: "agentlib.errors"
        for name in (
            "AgentlibError", "InputError", "ConfigError", "CheckpointError", "ContextOverflowError", "ModelRetry",
            "ModelUnavailable", "ToolFailure", "DeadlineReached", "DependencyMissing", "BudgetExhausted",
        )
    },
}
# engine side: loads torch, so never part of a star import
_LAZY_ENGINE: dict[str, str] = {
    "SambaY": "agentlib.engine.model",
    "SambaYConfig": "agentlib.engine.config",
    "Session": "agentlib.engine.session",
    "Tokenizer": "agentlib.engine.tokenizer",
    "SambaYBackend": "agentlib.backends.sambay",
}

# the star-import names: every torch-free name of _LAZY (a test keeps the two in step)
__all__ = [
    "Agent",
    "AgentlibError",
    "Answer",
    "AnswerWithCitations",
    "ArgumentAnalysis",
    "Budget",
    "BudgetExhausted",
    "Certificate",
    "Check",
    "CheckpointError",
    "Completion",
    "ConfigError",
    "ContextOverflowError",
    "DeadlineReached",
    "DependencyMissing",
    "Document",
    "Embedder",
    "GenerateOptions",
    "InputError",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "MathResult",
    "Message",
    "MiniLMEmbedder",
    "ModelRetry",
    "ModelUnavailable",
    "RunResult",
    "ScriptedModel",
    "Summary",
    "TextModel",
    "Tool",
    "ToolFailure",
    "TraceReport",
    "Verdict",
    "analyze",
    "ask",
    "check_trace",
    "load_backend",
    "load_document",
    "practice",
    "solve",
    "solve_math",
    "summarize",
    "tool",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name) or _LAZY_ENGINE.get(name)
    if module_name is None:
        raise AttributeError(f"module 'agentlib' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, *_LAZY_ENGINE])

"""What one computation returns to `compute.py`: the answer in three forms, or a typed abstention.

`Answer.text` is for people (x = 2 or x = 3), `latex` for typesetting, `value` for machines: a JSON dict
whose `kind` says how to read it ("expression", "values", "solutions", "intervals", "matrix", "text",
"none", "all") with every formula in SymPy's syntax, which `safe_math.parse_expression` reads back.
`complete` is False when the answer is honest but partial (no closed form, a solver that cannot prove it
found everything); such an answer is never `verified`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agentlib.mathsolve.result import Failure


class Abstain(Exception):
    """Raised inside a computation to end it with no answer and a typed reason."""

    def __init__(self, reason: str, failure: Failure = "unsupported"):
        super().__init__(reason)
        self.reason = reason
        self.failure: Failure = failure


@dataclass
class Answer:
    text: str
    latex: str
    value: dict[str, Any]
    complete: bool = True
    notes: list[str] = field(default_factory=list)

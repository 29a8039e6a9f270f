"""The shape a model's formalization must take, as a JSON schema for grammar-constrained decoding.

Why llguidance (over xgrammar): it is MIT-licensed, installs as a CPU wheel with no CUDA or
compiler, is the constrained-decoding engine behind transformers, vLLM and SGLang's "guidance"
backend, and compiles JSON schemas and Lark CFGs lazily per token (no grammar-size blow-up for the
schema's free-text expression fields). A backend with `supports_grammar` receives
`GenerateOptions(grammar=formalization_schema_text(), grammar_kind="json_schema")`; any other
backend gets the same schema in the prompt, and the reply is validated after the fact.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from agentlib.tools.constraints import Constraint, FunctionDecl

# Characters an expression of the constraint language can contain (see tools/constraints.py).
EXPRESSION_PATTERN = r"^[A-Za-z0-9_ ()<>=!&|+\-*/%,:.]{1,800}$"
IDENTIFIER_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]{0,59}$"


class ExprConstraint(Constraint):
    expr: str = Field(pattern=EXPRESSION_PATTERN)


class SpecShape(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sorts: dict[str, list[str]] = Field(default_factory=dict)
    variables: dict[str, Literal["Bool", "Int", "Real"] | str] = Field(default_factory=dict)
    functions: dict[str, FunctionDecl] = Field(default_factory=dict)
    constraints: list[ExprConstraint] = Field(min_length=1, max_length=400)


class Question(BaseModel):
    """What is asked: the values of some terms, whether a statement follows, or which option is forced."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal["values", "entails", "choice"]
    terms: list[str] = Field(default_factory=list, max_length=200)  # kind "values"
    expr: str = Field(default="", max_length=800)  # kind "entails"
    options: dict[str, str] = Field(default_factory=dict, max_length=10)  # kind "choice": letter -> expr


class Formalization(BaseModel):
    model_config = ConfigDict(extra="forbid")
    spec: SpecShape
    question: Question


def formalization_schema() -> dict:
    return Formalization.model_json_schema()


def formalization_schema_text() -> str:
    return json.dumps(formalization_schema(), separators=(",", ":"))

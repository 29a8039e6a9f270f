"""Tools: typed Python functions the model may call, with schemas from their signatures.

`Tool.from_function(fn)` (or the `@tool` decorator) builds a pydantic model over the parameters
(descriptions from the docstring's `Args:` section, pydantic-ai `_function_schema.py` style), so
arguments are validated before anything runs. A `Tool` still calls like the function it wraps, with
the same signature. A `ToolSet` is the set of tools one task allows: it refuses tools outside the
set, stops an identical repeated call, retries transient failures a bounded number of times, and
turns every other failure into a short result the model can read. Every refusal is a `ModelRetry`
whose `reason` says which kind it was.

A tool marks a result as a proof by returning a mapping with `"certifies": True` (or a truthy
`"certificate"`), or an object with a truthy `certifies` attribute.

Left out: process isolation and memory limits (tools that need them wrap themselves with
`agentlib.sandbox`).
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, Generic, ParamSpec, TypeVar, overload

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_fixed

from agentlib.errors import InputError, ModelRetry, ToolFailure

P = ParamSpec("P")
R = TypeVar("R")

MAX_ARGUMENT_CHARS = 20_000
MAX_RESULT_CHARS = 4_000
TOOL_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,63}$")
_ARGS_SECTION = re.compile(r"^(Args|Arguments|Parameters):$")
_OTHER_SECTION = re.compile(r"^(Returns|Raises|Yields|Examples?|Notes?):$")
_ARG_LINE = re.compile(r"^(\w+)[ \t]*(?:(\([^)]*\))[ \t]*)?:[ \t]*(.*)")  # one docstring line, from its start


class TransientToolFailure(ToolFailure):
    """A failure worth retrying as is (a busy resource, a flaky network); the ToolSet retries it."""


def _docstring_parts(doc: str) -> tuple[str, dict[str, str]]:
    """Split a Google-style docstring into its summary and the `Args:` descriptions."""
    summary_lines: list[str] = []
    args: dict[str, str] = {}
    section = "summary"
    current: str | None = None
    for raw in inspect.cleandoc(doc or "").splitlines():
        line = raw.strip()
        if _ARGS_SECTION.match(line):
            section, current = "args", None
            continue
        if _OTHER_SECTION.match(line):
            section = "other"
            continue
        if section == "summary":
            summary_lines.append(line)
        elif section == "args" and line:
            match = _ARG_LINE.match(line)
            if match:
                current = match.group(1)
                args[current] = match.group(3)
            elif current:
                args[current] = f"{args[current]} {line}".strip()
    summary = " ".join(" ".join(summary_lines).split())
    return summary, args


@dataclass(frozen=True)
class Tool(Generic[P, R]):
    """A callable the model may use: `name`, `description`, the pydantic `params` model and `fn`.

    Calling the tool calls `fn` with the same arguments (`inspect.signature` and `help` show `fn`'s).
    """

    name: str
    description: str
    fn: Callable[P, R]
    params: type[BaseModel]

    def __post_init__(self) -> None:
        for attribute in ("__module__", "__name__", "__qualname__", "__doc__"):
            if hasattr(self.fn, attribute):
                object.__setattr__(self, attribute, getattr(self.fn, attribute))
        object.__setattr__(self, "__wrapped__", self.fn)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.fn(*args, **kwargs)

    @classmethod
    def from_function(cls, fn: Callable[P, R], name: str | None = None) -> Tool[P, R]:
        """Build a tool from a typed function; every parameter needs a type hint.

        Raises:
            InputError: not a function, a parameter without a type hint, a *args/**kwargs parameter,
                or a bad name.
        """
        if isinstance(fn, Tool):
            return fn
        if not callable(fn):
            raise InputError(f"a tool must be a typed function, got {type(fn).__name__}")
        tool_name = name or str(getattr(fn, "__name__", ""))
        if not TOOL_NAME.match(tool_name):
            raise InputError(f"tool name {tool_name!r} must match {TOOL_NAME.pattern}")
        summary, arg_docs = _docstring_parts(fn.__doc__ or "")
        hints = inspect.get_annotations(fn, eval_str=True)
        fields: dict[str, Any] = {}
        for param in inspect.signature(fn).parameters.values():
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                raise InputError(f"tool {tool_name}: *args/**kwargs parameters are not supported")
            if param.name not in hints:
                raise InputError(f"tool {tool_name}: parameter {param.name!r} needs a type hint")
            default = ... if param.default is param.empty else param.default
            fields[param.name] = (hints[param.name], Field(default, description=arg_docs.get(param.name)))
        params = create_model(
            f"{tool_name.replace('.', '_').replace('-', '_')}_args",
            __config__=ConfigDict(extra="forbid"),
            **fields,
        )
        return cls(tool_name, summary or tool_name, fn, params)

    def json_schema(self) -> dict[str, Any]:
        """The parameters' JSON schema, as shown to the model."""
        schema = self.params.model_json_schema()
        schema.pop("title", None)
        for prop in schema.get("properties", {}).values():
            prop.pop("title", None)
        return schema


@overload
def tool(fn: Callable[P, R], *, name: str | None = None) -> Tool[P, R]: ...


@overload
def tool(fn: None = None, *, name: str | None = None) -> Callable[[Callable[P, R]], Tool[P, R]]: ...


def tool(
    fn: Callable[P, R] | None = None, *, name: str | None = None
) -> Tool[P, R] | Callable[[Callable[P, R]], Tool[P, R]]:
    """Decorator: `@tool` or `@tool(name="x")` turns a typed function into a `Tool` (still callable as it).

    Raises:
        InputError: as `Tool.from_function`: not a function, a bad name, *args/**kwargs, a parameter without a type.
    """
    if fn is None:
        return lambda f: Tool.from_function(f, name=name)
    return Tool.from_function(fn, name=name)


ToolLike = Callable[..., Any] | Tool[..., Any] | str
"""A tool as a caller gives it: a typed function, a `Tool`, or the name of a built-in tool."""


def builtin_tool_functions() -> dict[str, Callable[..., Any]]:
    """The built-in catalogue (`agentlib.tools.catalog`), name -> function; empty when not installed."""
    try:
        from agentlib.tools.catalog import builtin_tools
    except ImportError:
        return {}
    return builtin_tools()


@dataclass(frozen=True)
class ToolResult:
    """What a call produced: `content` is the text the model sees."""

    ok: bool
    content: str
    certifies: bool = False


@dataclass(frozen=True)
class PreparedCall:
    """A call whose arguments passed validation and the repeat guard; safe to execute."""

    tool: Tool[..., Any]
    arguments: dict[str, Any]
    key: str


def canonical_arguments(arguments: Mapping[str, Any]) -> str:
    """Canonical JSON of call arguments (sorted keys), the repeat guard's key."""
    return json.dumps(arguments, sort_keys=True, ensure_ascii=True, default=str)


def _certifies(value: object) -> bool:
    if isinstance(value, Mapping):
        return bool(value.get("certifies")) or bool(value.get("certificate"))
    return bool(getattr(value, "certifies", False))


def _render_result(value: object) -> str:
    if isinstance(value, str):
        text = value
    elif isinstance(value, BaseModel):
        text = value.model_dump_json()
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            text = repr(value)
    if len(text) > MAX_RESULT_CHARS:
        text = text[:MAX_RESULT_CHARS] + f"... [truncated, {len(text)} chars]"
    return text


def _summarize_validation(error: ValidationError) -> str:
    parts = []
    for item in error.errors()[:4]:
        where = ".".join(str(p) for p in item["loc"]) or "arguments"
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


@dataclass
class ToolSet:
    """The tools a task allows. `prepare` validates a call; `execute` runs a prepared call.

    `transient_attempts` bounds retries of `TransientToolFailure`.
    """

    tools: dict[str, Tool[..., Any]] = dataclass_field(default_factory=dict)
    transient_attempts: int = 3
    retry_wait_s: float = 0.0
    _seen: dict[str, int] = dataclass_field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, tools: Iterable[ToolLike] | Mapping[str, Callable[..., Any]] = ()) -> ToolSet:
        """A ToolSet from functions, Tools, names of built-in tools, or a name -> function mapping.

        Raises:
            InputError: not a list or mapping, an unknown built-in name (the message lists the known ones),
                something that is not a function, or two tools with one name.
        """
        if isinstance(tools, str):
            raise InputError(f"tools must be a list, not the string {tools[:60]!r}; write tools=[{tools[:60]!r}]")
        if isinstance(tools, bytes | bytearray) or not isinstance(tools, Iterable):
            raise InputError(f"tools must be a list of functions, Tools or tool names, not {type(tools).__name__}")
        built: dict[str, Tool[..., Any]] = {}
        items = tools.items() if isinstance(tools, Mapping) else ((None, t) for t in tools)
        catalogue: dict[str, Callable[..., Any]] | None = None
        for name, fn in items:
            if isinstance(fn, str):
                catalogue = builtin_tool_functions() if catalogue is None else catalogue
                if fn not in catalogue:
                    known = ", ".join(sorted(catalogue)) or "none (agentlib.tools is not installed)"
                    raise InputError(f"unknown tool {fn[:60]!r}: not a built-in tool name; known tools: {known}")
                fn = catalogue[fn]
            made = fn if isinstance(fn, Tool) else Tool.from_function(fn, name=name)
            if made.name in built:
                raise InputError(f"two tools are named {made.name!r}; give one a different name")
            built[made.name] = made
        return cls(built)

    def restricted(self, allowed: Iterable[str]) -> ToolSet:
        """A ToolSet with only the `allowed` names (never wider than this one)."""
        keep = set(allowed)
        return ToolSet({n: t for n, t in self.tools.items() if n in keep}, self.transient_attempts, self.retry_wait_s)

    @property
    def names(self) -> list[str]:
        return sorted(self.tools)

    def prepare(self, name: object, arguments: object, *, step_index: int | None = None) -> PreparedCall:
        """Validate a call before anything runs.

        Raises:
            ModelRetry: unknown or disallowed tool (lists the valid names), arguments that are not an
                object, too large, fail the schema (pydantic's summary), or repeat an earlier call.
        """
        if not isinstance(name, str) or name not in self.tools:
            valid = ", ".join(self.names) or "(no tools are allowed for this task)"
            shown = name if isinstance(name, str) else type(name).__name__
            raise ModelRetry(
                f"unknown or not allowed tool {str(shown)[:60]!r}; valid tools: {valid}", reason="tool_denied"
            )
        if arguments is None:
            arguments = {}
        if not isinstance(arguments, dict):
            raise ModelRetry(
                f"arguments for {name} must be a JSON object, got {type(arguments).__name__}",
                reason="invalid_arguments",
            )
        key = f"{name}:{canonical_arguments(arguments)}"
        if len(key) > MAX_ARGUMENT_CHARS:
            raise ModelRetry(
                f"arguments for {name} are too large ({len(key)} chars, limit {MAX_ARGUMENT_CHARS})",
                reason="invalid_arguments",
            )
        tool_ = self.tools[name]
        try:
            validated = tool_.params.model_validate(arguments)
        except ValidationError as error:
            raise ModelRetry(
                f"invalid arguments for {name}: {_summarize_validation(error)}", reason="invalid_arguments"
            ) from None
        if key in self._seen:
            raise ModelRetry(
                f"repeated call: {name} was already called with these arguments (result in step "
                f"{self._seen[key]}); use that result or call something different",
                reason="repeat",
            )
        if step_index is not None:
            self._seen[key] = step_index
        return PreparedCall(tool_, {k: getattr(validated, k) for k in type(validated).model_fields}, key)

    def execute(self, call: PreparedCall) -> ToolResult:
        """Run a prepared call; never raises for a tool's own failure."""

        @retry(
            retry=retry_if_exception_type(TransientToolFailure),
            stop=stop_after_attempt(max(1, self.transient_attempts)),
            wait=wait_fixed(self.retry_wait_s),
            reraise=True,
        )
        def attempt() -> Any:
            return call.tool.fn(**call.arguments)

        try:
            value = attempt()
        except InputError as refusal:
            return ToolResult(False, f"tool {call.tool.name} refused its input: {refusal}"[:MAX_RESULT_CHARS])
        except ToolFailure as failure:
            return ToolResult(False, f"tool {call.tool.name} failed: {failure}"[:MAX_RESULT_CHARS])
        except Exception as error:  # a tool's bug or bad input must reach the model, not crash the loop
            return ToolResult(False, f"tool {call.tool.name} raised {type(error).__name__}: {error}"[:MAX_RESULT_CHARS])
        return ToolResult(True, _render_result(value), _certifies(value))

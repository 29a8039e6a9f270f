"""Request and response bodies of the HTTP API as pydantic models: they validate input and write the OpenAPI schema.

The chat models follow OpenAI's chat-completions API (the fields agentlib honours; unknown fields are
ignored, as OpenAI-compatible servers do; known fields are read strictly, with their JSON types). The task
models mirror the CLI commands' arguments. Sizes here are the schema's ceilings (`limits.SCHEMA_*`); a
server's configured caps may be lower (and its OpenAPI schema says so). Response models list the fields a
client can rely on and allow more (a verdict carries its family's details).

Left out: vendor tool-calling fields (agentlib agents use their own text protocol), images, audio.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field

from agentlib.server.limits import (
    SCHEMA_MAX_BATCH,
    SCHEMA_MAX_MESSAGES,
    SCHEMA_MAX_TEXT_CHARS,
    SCHEMA_MAX_TOKENS,
)


class _Lenient(BaseModel):
    # unknown fields are ignored (as OpenAI-compatible servers do); known ones must have their JSON type
    # (no "1" for 1, no 0 for false): what the schema says is what the server takes
    model_config = ConfigDict(extra="ignore", strict=True)


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


# -- errors ---------------------------------------------------------------------------------------------------
class ErrorDetail(BaseModel):
    type: str
    message: str
    code: str = Field(description="stable name of the problem, for programs to branch on")


class ErrorResponse(BaseModel):
    error: ErrorDetail


# -- chat -----------------------------------------------------------------------------------------------------
NonBlank = Annotated[str, Field(max_length=SCHEMA_MAX_TEXT_CHARS, pattern=r"\S")]  # some text, not only spaces


class ContentPart(_Lenient):
    type: Literal["text"]
    text: NonBlank


Content = NonBlank | Annotated[list[ContentPart], Field(min_length=1)]


class SystemMessage(_Lenient):
    role: Literal["system"]
    content: Content
    name: str | None = Field(default=None, max_length=256)


class DeveloperMessage(_Lenient):
    """OpenAI's newer name for a system message; read as one."""

    role: Literal["developer"]
    content: Content
    name: str | None = Field(default=None, max_length=256)


class UserMessage(_Lenient):
    role: Literal["user"]
    content: Content
    name: str | None = Field(default=None, max_length=256)


class AssistantTurn(_Lenient):
    """An earlier reply; its content may be empty (a model can answer nothing)."""

    role: Literal["assistant"]
    content: str | list[ContentPart] | None = Field(default=None, max_length=SCHEMA_MAX_TEXT_CHARS)
    name: str | None = Field(default=None, max_length=256)


class ToolMessage(_Lenient):
    role: Literal["tool"]
    content: Content
    tool_call_id: str | None = Field(default=None, max_length=256)


ChatMessage = Annotated[
    SystemMessage | DeveloperMessage | UserMessage | AssistantTurn | ToolMessage, Field(discriminator="role")
]


class JSONSchemaFormat(_Lenient):
    name: str = Field(default="response", max_length=256)
    schema_: dict[str, Any] = Field(default_factory=dict, alias="schema")
    strict: bool | None = None
    description: str | None = Field(default=None, max_length=4096)


class ResponseFormat(_Lenient):
    type: Literal["text", "json_object", "json_schema"] = "text"
    json_schema: JSONSchemaFormat | None = None


class StreamOptions(_Lenient):
    include_usage: bool = False


class ChatCompletionRequest(_Lenient):
    model: str = Field(default="default", max_length=256)
    messages: list[ChatMessage] = Field(min_length=1, max_length=SCHEMA_MAX_MESSAGES)
    max_tokens: int | None = Field(default=None, ge=1, le=SCHEMA_MAX_TOKENS)
    max_completion_tokens: int | None = Field(default=None, ge=1, le=SCHEMA_MAX_TOKENS)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    stop: str | list[str] | None = Field(default=None)
    seed: int | None = Field(default=None, ge=-(2**63), lt=2**63)
    stream: bool = False
    stream_options: StreamOptions | None = None
    response_format: ResponseFormat | None = None
    n: int = Field(default=1, ge=1, le=1)


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_tokens_details: dict[str, int] = Field(default_factory=dict)


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class Choice(BaseModel):
    index: int
    message: AssistantMessage
    finish_reason: Literal["stop", "length"]
    logprobs: None = None


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: Usage
    system_fingerprint: str | None = None


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "agentlib"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


# -- tasks ----------------------------------------------------------------------------------------------------
Family = Literal["knights-and-knaves", "logicaldeduction", "prontoqa", "proofwriter", "folio"]
Level = Literal["beginner", "intermediate", "advanced"]
Kind = Literal["auto", "puzzle", "math", "argument"]


class SolveRequest(_Lenient):
    problem: str = Field(min_length=1, max_length=SCHEMA_MAX_TEXT_CHARS)
    family: Family | None = None
    votes: int = Field(default=3, ge=1, le=9)


class SolveMathRequest(_Lenient):
    problem: str = Field(min_length=1, max_length=SCHEMA_MAX_TEXT_CHARS)
    level: Level = "intermediate"


class LogicalReasoningRequest(_Lenient):
    question: NonBlank
    context: str = Field(default="", max_length=SCHEMA_MAX_TEXT_CHARS)


_TraceText = Annotated[str, Field(max_length=SCHEMA_MAX_TEXT_CHARS)]
_TraceSteps = Annotated[list[_TraceText], Field(max_length=10000)]


class CheckTraceRequest(_Lenient):
    """`trace`: the steps as a list of texts, or one text split into steps (blank lines, step markers); `steps` is
    accepted for it too, as in the CLI's JSON files."""

    problem: str = Field(default="", max_length=SCHEMA_MAX_TEXT_CHARS)
    trace: _TraceText | _TraceSteps = Field(validation_alias=AliasChoices("trace", "steps"))
    formalization: dict[str, Any] | None = None
    deadline_s: float = Field(default=20.0, gt=0, le=600)
    doubts: bool | None = None


class SummarizeRequest(_Lenient):
    text: str = Field(min_length=1, max_length=SCHEMA_MAX_TEXT_CHARS)
    format: Literal["text", "markdown", "html"] = "text"
    words: int = Field(default=150, ge=10, le=5000)


class BatchItem(_Lenient):
    problem: str = Field(min_length=1, max_length=SCHEMA_MAX_TEXT_CHARS)
    kind: Kind = "auto"
    level: Level = "intermediate"


ProblemText = Annotated[str, Field(min_length=1, max_length=SCHEMA_MAX_TEXT_CHARS)]


class BatchSolveRequest(_Lenient):
    problems: list[ProblemText | BatchItem] = Field(min_length=1, max_length=SCHEMA_MAX_BATCH)


class TaskResult(_Open):
    """A task's answer: `status` ("verified", "unverified", "abstained", or a check's outcome) and the result's own
    fields; `cached` says whether it came from the result cache."""

    status: str
    cached: bool = False


class CheckTraceResult(_Open):
    first_error_step: int | None
    explanation: str | None
    counts: dict[str, int]
    steps: list[dict[str, Any]]
    run_id: str | None = None
    cached: bool = False


class BatchAnswer(_Open):
    index: int
    kind: str
    status: str
    cached: bool


class BatchSolveResult(BaseModel):
    answers: list[BatchAnswer]
    cached: int
    computed: int


class Health(BaseModel):
    status: Literal["ok"]
    backend: str | None
    cache: str
    cache_ok: bool
    uptime_s: float


class ModelInfo(_Open):
    backend: str | None
    architecture: str | None
    parameters: int | None
    dtype: str | None
    device: str | None
    context_length: int | None
    state_bytes_per_token: int | None
    state_bytes_64k: int | None
    memory: dict[str, int | None]


class StatsBody(_Open):
    uptime_s: float
    total: dict[str, Any]
    endpoints: dict[str, Any]

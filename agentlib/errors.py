"""The typed errors of agentlib.

Every error says who acts next (principle 3 of STYLE.md):
- `InputError`: the caller gave bad input and must fix it (a file, an argument, a prompt).
- `ConfigError` / `CheckpointError`: a developer must fix a model folder or configuration.
- `ModelRetry`: the language model produced something invalid; the loop sends the message back.
  Its `reason` says which kind of problem it was (a typed field: callers never match message text).
- `ModelUnavailable`: the model could not produce a reply at all (a server down after retries, a
  scripted model with no replies left); the agent loop ends with an "abstained" Answer.
- `ToolFailure`: a tool could not finish (deadline, resource limit); the loop may adapt.
- `BudgetExhausted`: a step, token or time budget ran out; the loop must answer now.

The CLI prints `error: <message>` for any `AgentlibError` and exits with status 2, never a traceback.
"""

from __future__ import annotations

from typing import Literal

RetryReason = Literal["format", "repeat", "tool_denied", "invalid_arguments"]
"""Why a model reply was sent back: unreadable, a repeated call, a tool outside the task's set, bad arguments."""


# An error message is read by a person or sent back to a model: one that echoes megabytes of input (a topic, a path,
# a backend spec given the wrong text) is cut here, whatever raised it.
MAX_MESSAGE_CHARS = 2_000


class AgentlibError(Exception):
    """Base of every error agentlib raises on purpose; a message over `MAX_MESSAGE_CHARS` is cut, its length said."""

    def __init__(self, *args: object):
        if args and isinstance(args[0], str) and len(args[0]) > MAX_MESSAGE_CHARS:
            args = (f"{args[0][:MAX_MESSAGE_CHARS]}... ({len(args[0]):,} characters)", *args[1:])
        super().__init__(*args)


class InputError(AgentlibError, ValueError):
    """Bad input from a user or caller: the message says what to fix."""


class ContextOverflowError(InputError):
    """A prompt does not fit the model's context; carries the token counts."""

    def __init__(self, message: str, *, prompt_tokens: int, context_length: int):
        super().__init__(message)
        self.prompt_tokens = prompt_tokens
        self.context_length = context_length


class ConfigError(AgentlibError, ValueError):
    """A configuration is malformed or unsupported; names the offending field."""


class CheckpointError(AgentlibError):
    """A checkpoint folder or file is missing, truncated, foreign or mismatched."""


class ModelRetry(AgentlibError):
    """The model's output was invalid; the message is fed back to it for another try.

    `reason` is the kind of problem, for control flow; the message is for the model.
    """

    def __init__(self, message: str, *, reason: RetryReason = "format"):
        super().__init__(message)
        self.reason: RetryReason = reason


class ModelUnavailable(AgentlibError):
    """The model produced no reply (server down after bounded retries, a script out of replies)."""


class ToolFailure(AgentlibError):
    """A tool did not produce a result (deadline, memory limit, crashed worker)."""


class DeadlineReached(AgentlibError):
    """A wall-clock deadline passed mid-work. Entry points catch it and return a typed result that
    says "deadline" (an abstention, a fallback answer); it reaches a caller only from internal helpers."""


class BudgetExhausted(AgentlibError):
    """A step, token or wall-time budget ran out."""


class DependencyMissing(AgentlibError, ImportError):
    """An optional dependency is needed for this feature; the message has the install hint."""

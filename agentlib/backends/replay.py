"""Replay a recorded run: a `TextModel` that answers with the model replies stored in a JSONL file.

Two file shapes are accepted: an agent trace (`agentlib.agent.tracefile`; its `model_reply` steps are
replayed in order, and with `strict=True` each prompt's SHA-256 must match the recorded one, so a
replay that drifts fails loudly instead of answering the wrong question), or a plain script with one
`{"reply": "..."}` object per line. The file must be UTF-8 text under `MAX_REPLAY_BYTES`; anything else
(a binary file, a folder, JSON nested past Python's recursion limit) is an `InputError` that names the
file, never a traceback.
Left out: recording (the loop's trace does that).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from agentlib.agent.tracefile import read_trace
from agentlib.errors import CheckpointError, InputError
from agentlib.llm import GenerateOptions, Message, ScriptedModel, ScriptExhausted

MAX_REPLAY_BYTES = 64 * 1024 * 1024


def _prompt_hash(messages: Sequence[Message]) -> str:
    return hashlib.sha256(json.dumps([[m.role, m.content] for m in messages], ensure_ascii=True).encode()).hexdigest()


def recorded_replies(path: str | Path) -> list[tuple[str, str]]:
    """(reply text, prompt sha256 or "") pairs stored in a trace or a reply script."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"replay file {path} does not exist or is not a file")
    text = _read_utf8(path)
    if text.lstrip().startswith('{"seq"'):
        replies = []
        for record in read_trace(path):
            step = record.get("step") or {}
            if step.get("kind") == "model_reply":
                replies.append((str(step.get("text", "")), str(step.get("prompt_sha256", ""))))
        return replies
    replies = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as error:
            raise InputError(f"{path}: line {number} is not JSON ({error})") from None
        except RecursionError:
            raise InputError(f"{path}: line {number} is JSON nested too deeply") from None
        if not isinstance(value, dict) or not isinstance(value.get("reply"), str):
            raise InputError(f'{path}: line {number} must be an object with a string "reply"')
        replies.append((value["reply"], ""))
    return replies


def _read_utf8(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_REPLAY_BYTES:
        raise InputError(f"replay file {path} is {size:,} bytes, over the {MAX_REPLAY_BYTES:,}-byte limit")
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"replay file {path} is not UTF-8 text (byte {error.start}); give a .jsonl trace or script"
        ) from None
    except OSError as error:
        raise InputError(f"cannot read replay file {path}: {error.strerror or error}") from None


class ReplayModel(ScriptedModel):
    """A ScriptedModel fed from a recorded file (see the module docstring)."""

    def __init__(self, path: str | Path, *, strict: bool = False, context_length: int = 65536):
        replies = recorded_replies(path)
        queue = iter(replies)
        source = str(path)

        def next_reply(messages: Sequence[Message], options: GenerateOptions) -> str:
            try:
                text, expected = next(queue)
            except StopIteration:
                raise ScriptExhausted(f"replay {source}: no more recorded replies") from None
            if strict and expected and _prompt_hash(messages) != expected:
                raise CheckpointError(f"replay {source}: the prompt differs from the recorded one; the run diverged")
            return text

        super().__init__(next_reply, name=f"replay:{Path(path).name}", context_length=context_length)
        self.recorded = len(replies)

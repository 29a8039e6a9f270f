"""A conversation bound to an engine state: each turn prefills only the tokens the state does not hold yet.

The chat template renders the whole conversation every turn; if the state's tokens are a prefix of the new
rendering only the suffix is fed (extend). Otherwise (the template re-rendered earlier text differently, a
reply re-tokenizes differently, a system message was added late) the session resumes from the longest
turn-boundary snapshot or prefix-cache entry that is a prefix, and prefills the rest.

SSM and window states cannot be truncated, so `rewind` needs snapshots: one is kept at each generation
prompt and at the end of the messages on `prefill()` (the state plus its next-token logits), oldest dropped
past `snapshot_budget_bytes`; a turn without a usable snapshot is rebuilt from the longest earlier one or
from scratch. A snapshot copies only the fixed-size parts and shares the append-only KV (`snapshot_state`).
Snapshots are never mutated (they are cloned before use), so `fork` shares them and copies only the live
state. A generation or prefill that fails midway drops the live state (its position is unknown).

`save`/`load` write one safetensors file: the state's tensors, plus JSON metadata naming the model (its
config and `weight_fingerprint`), the token ids the state holds, the messages, and `state_digest`, a sha256
over all of them (ids, messages and every tensor's bytes). Writes are atomic. `load` trusts nothing it reads:
the header is size- and depth-checked before parsing (jsonlimits), the digest must match (a state or logits
taken from another conversation or file is refused), the model must match, the token ids must be the
rendering of the messages (their prompt rendering, or the prompt of the last assistant reply followed by
tokens that decode to that reply), every state tensor must have the config's shape, a float dtype and finite
values, and the logits must be finite (1, V).

Left out: tool definitions for the template (session messages carry role and content only).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from agentlib.engine.generation import (
    GenerationConfig,
    GenerationResult,
    check_fits,
    decode_loop,
    extend,
    run_loop,
)
from agentlib.engine.jsonlimits import load_json
from agentlib.engine.prefix_cache import PrefixCache, snapshot_state, state_nbytes
from agentlib.engine.tokenizer import Tokenizer
from agentlib.errors import CheckpointError, InputError

ROLES = ("system", "user", "assistant", "tool")
SESSION_FORMAT = "agentlib-session-v2"  # v2: state_digest binds the tensors to the conversation
MAX_SESSION_HEADER_BYTES = 64 << 20  # tensor table + metadata (messages of a 64K-token conversation: < 1 MB)
_SAMPLE_ELEMENTS = 4096  # elements hashed per weight tensor by `weight_fingerprint`


@dataclass(frozen=True)
class _Snapshot:
    """The state after `ids` (never mutated), with the logits for the next token [1, V]."""

    ids: tuple[int, ...]
    state: Any
    logits: torch.Tensor | None
    nbytes: int


_fingerprints: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def weight_fingerprint(model: Any) -> str:
    """A cheap deterministic hash of a model's weights: sha256 over every parameter and buffer's name, shape
    and dtype, plus up to 4096 evenly strided elements of each (not a full-content hash: a change that misses
    every sampled element goes unnoticed). Cached per model object."""
    cached = _fingerprints.get(model)
    if cached is not None:
        return cached
    digest = hashlib.sha256()
    with torch.no_grad():
        for name, tensor in sorted(model.state_dict().items()):
            digest.update(f"{name}|{tuple(tensor.shape)}|{tensor.dtype}\n".encode())
            flat = tensor.detach().reshape(-1)
            if flat.numel():
                step = max(1, flat.numel() // _SAMPLE_ELEMENTS)
                sample = flat[::step][:_SAMPLE_ELEMENTS].to("cpu", torch.float32).contiguous()
                digest.update(sample.numpy().tobytes())
    value = digest.hexdigest()
    _fingerprints[model] = value
    return value


def config_dict(model: Any) -> dict[str, Any]:
    """The model config as plain JSON-able data (for save-file identity)."""
    config = model.config
    if dataclasses.is_dataclass(config):
        data = {f.name: getattr(config, f.name) for f in dataclasses.fields(config) if f.compare}
    else:
        data = dict(vars(config))
    return json.loads(json.dumps(data, default=str, sort_keys=True))


def _check_message(role: str, content: Any) -> dict[str, Any]:
    if role not in ROLES:
        raise InputError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
    if not isinstance(content, str):
        raise InputError(f"message content must be text, got {type(content).__name__}")
    if not content.strip():
        raise InputError(f"the {role} message is empty; give it some text")
    return {"role": role, "content": content}


class Session:
    """A conversation on `model` (a SambaY engine) with `tokenizer`.

    Args:
        snapshot_budget_bytes: memory for turn-boundary snapshots (oldest dropped first).
        prefix_cache: optional cache shared across sessions; each message boundary's state is offered to it.
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Tokenizer,
        *,
        snapshot_budget_bytes: int = 512 << 20,
        prefix_cache: PrefixCache | None = None,
    ):
        self.model = model
        self.tokenizer = tokenizer
        self.snapshot_budget_bytes = snapshot_budget_bytes
        self.prefix_cache = prefix_cache
        self.messages: list[dict[str, Any]] = []
        self._state: Any = None
        self._ids: list[int] = []
        self._logits: torch.Tensor | None = None
        self._snapshots: OrderedDict[tuple[int, ...], _Snapshot] = OrderedDict()
        self._lock = threading.RLock()
        self.prefilled_tokens = 0  # tokens fed by syncs so far (tests and benches read it)

    # -- conversation -------------------------------------------------------------------------------
    @property
    def turns(self) -> int:
        """Number of messages in the conversation."""
        return len(self.messages)

    @property
    def token_ids(self) -> list[int]:
        """The token ids the live state holds (empty before the first generate)."""
        return list(self._ids)

    def add(self, role: str, content: str) -> None:
        """Append one message (validated: known role, non-empty text). Prefill happens at `generate`/`prefill`."""
        message = _check_message(role, content)
        with self._lock:
            self.messages.append(message)

    def add_messages(self, messages: Sequence[Mapping[str, Any]]) -> None:
        """Append several messages (dicts with role and content); all are checked before any is added."""
        if isinstance(messages, str | bytes | Mapping) or not isinstance(messages, Iterable):
            raise InputError("add_messages takes a list of dicts with 'role' and 'content', "
                             f"not {type(messages).__name__}")
        messages = list(messages)  # read twice below: a generator would be spent by the first check
        if any(not isinstance(m, Mapping) for m in messages):
            raise InputError("add_messages takes dicts with 'role' and 'content'")
        checked = [_check_message(str(m.get("role")), m.get("content")) for m in messages]
        with self._lock:
            self.messages.extend(checked)

    def prompt_ids(self) -> list[int]:
        """Ids of the conversation rendered with the generation prompt (forgery-safe)."""
        if not self.messages:
            raise InputError("the session has no messages; add one before generating")
        return self.tokenizer.encode_chat(self.messages, add_generation_prompt=True)

    # -- state ----------------------------------------------------------------------------------------
    def prefill(self) -> int:
        """Bring the state up to the end of the last message and keep a snapshot there (the generation prompt
        is fed by `generate`, so a following user turn extends this state directly); returns tokens fed."""
        with self._lock:
            before = self.prefilled_tokens
            target = self.prompt_ids()
            closed = _common_prefix(self.tokenizer.encode_chat(self.messages, add_generation_prompt=False), target)
            check_fits(self.model, len(target))
            self._sync(target[: max(closed, 1)])
            self._remember(tuple(self._ids), self._state, self._logits)
            return self.prefilled_tokens - before

    def generate(self, config: GenerationConfig | None = None,
                 on_text: Callable[[str], None] | None = None) -> GenerationResult:
        """Continue as the assistant; the reply is appended to the conversation and the state."""
        config = config or GenerationConfig()
        with self._lock:
            target = self.prompt_ids()
            check_fits(self.model, len(target))
            self._sync(target)
            self._remember(tuple(self._ids), self._state, self._logits)
            logits = self._logits
            assert logits is not None  # _sync leaves next-token logits beside the state
            self._logits = None  # the loop advances the state; these logits no longer match it
            loop = decode_loop(self.model, self.tokenizer, self._state, logits, target, config, [config.seed])
            try:
                result = run_loop(loop, (lambda _row, delta: on_text(delta)) if on_text else None)[0]
            except BaseException:
                self._drop_live_state()  # advanced by an unknown number of tokens; resume from the snapshot
                raise
            self._ids = list(target) + result.token_ids[: result.in_state]
            self.messages.append({"role": "assistant", "content": result.text})
            return result

    def fork(self) -> Session:
        """An independent copy: same conversation, a clone of the live state, shared (immutable) snapshots."""
        with self._lock:
            other = Session(
                self.model, self.tokenizer, snapshot_budget_bytes=self.snapshot_budget_bytes,
                prefix_cache=self.prefix_cache
            )
            other.messages = [dict(m) for m in self.messages]
            other._state = self._state.clone() if self._state is not None else None
            other._ids = list(self._ids)
            other._logits = self._logits
            other._snapshots = OrderedDict(self._snapshots)
            return other

    def rewind(self, turn: int) -> None:
        """Go back to the conversation's first `turn` messages; the state resumes from a snapshot on next use."""
        with self._lock:
            if isinstance(turn, bool) or not isinstance(turn, int) or not 0 <= turn <= len(self.messages):
                raise InputError(f"turn must be between 0 and {len(self.messages)}, got {turn!r}")
            self.messages = self.messages[:turn]
            self._drop_live_state()

    @property
    def snapshot_bytes(self) -> int:
        return sum(s.nbytes for s in self._snapshots.values())

    def _remember(self, ids: tuple[int, ...], state: Any, logits: torch.Tensor | None) -> None:
        """Keep a snapshot of `state` at `ids` (a turn boundary), dropping the oldest past the budget."""
        if ids in self._snapshots:
            self._snapshots.move_to_end(ids)
            return
        size = state_nbytes(state, logits)
        if size > self.snapshot_budget_bytes:
            return
        self._snapshots[ids] = _Snapshot(ids, snapshot_state(state), logits, size)
        while self.snapshot_bytes > self.snapshot_budget_bytes:
            self._snapshots.popitem(last=False)

    def _drop_live_state(self) -> None:
        self._state, self._ids, self._logits = None, [], None

    def _sync(self, target: list[int]) -> None:
        """Make the live state hold exactly `target` with next-token logits, feeding as few tokens as possible."""
        try:
            self._sync_unsafe(target)
        except BaseException:
            self._drop_live_state()  # a failed or interrupted feed leaves the state at an unknown position
            raise

    def _sync_unsafe(self, target: list[int]) -> None:
        extendable = len(self._ids) < len(target) or self._logits is not None
        if self._state is not None and _is_prefix(self._ids, target) and extendable:
            start = len(self._ids)
        else:
            start = self._resume(target)
        if start < len(target):
            self._feed(target, start)

    def _resume(self, target: list[int]) -> int:
        """Restore the longest usable snapshot or cached prefix of `target`; returns its length (0 = scratch)."""
        best: _Snapshot | None = None
        for snapshot in self._snapshots.values():
            usable = len(snapshot.ids) < len(target) or snapshot.logits is not None
            if usable and _is_prefix(snapshot.ids, target) and (best is None or len(snapshot.ids) > len(best.ids)):
                best = snapshot
        cached = None
        if self.prefix_cache is not None:
            cached = self.prefix_cache.longest(target, max_length=len(target) - 1)
        if cached is not None and (best is None or cached.length > len(best.ids)):
            self._state, self._ids, self._logits = cached.state, list(target[: cached.length]), cached.logits
        elif best is not None:
            self._snapshots.move_to_end(best.ids)
            self._state, self._ids, self._logits = best.state.clone(), list(best.ids), best.logits
        else:
            self._state, self._ids, self._logits = self.model.new_state(batch_size=1), [], None
        return len(self._ids)

    def _feed(self, target: list[int], start: int) -> None:
        """Extend the live state with target[start:]; with a prefix cache, pause at every message boundary to
        offer the state there to the cache (one forward call otherwise: pauses cost a call each)."""
        stops = {len(target)}
        if self.prefix_cache is not None:
            stops |= set(self._message_boundaries(target))
        for stop in sorted(b for b in stops if start < b <= len(target)):
            self._logits = extend(self.model, self._state, target[start:stop])
            self.prefilled_tokens += stop - start
            self._ids = list(target[:stop])
            if self.prefix_cache is not None and stop < len(target):
                self.prefix_cache.put(self._ids, self._state, self._logits)
            start = stop

    def _message_boundaries(self, target: list[int]) -> list[int]:
        """Token counts at which each shorter message prefix of the conversation ends inside `target`."""
        return [
            _common_prefix(self.tokenizer.encode_chat(self.messages[:k], add_generation_prompt=False), target)
            for k in range(1, len(self.messages) + 1)
        ]

    # -- persistence -----------------------------------------------------------------------------------
    def save(self, path: str | Path) -> Path:
        """Write the conversation and its state to `path` (safetensors; atomic). Returns the path."""
        from safetensors.torch import save_file

        with self._lock:
            state, ids, logits = self._state, self._ids, self._logits
            if state is None and self._snapshots and self.messages:
                target = self.prompt_ids()
                usable = [s for s in self._snapshots.values() if _is_prefix(s.ids, target)]
                if usable:
                    best = max(usable, key=lambda s: len(s.ids))
                    state, ids, logits = best.state, list(best.ids), best.logits
            tensors: dict[str, torch.Tensor] = {}
            if state is not None:
                tensors.update({f"state.{k}": v.detach().to("cpu").contiguous() for k, v in state.to_tensors().items()})
            if logits is not None:
                tensors["logits"] = logits.detach().to("cpu").contiguous()
            metadata = {
                "format": SESSION_FORMAT,
                "model_config": json.dumps(config_dict(self.model), sort_keys=True),
                "weight_fingerprint": weight_fingerprint(self.model),
                "token_ids": json.dumps(list(ids) if state is not None else []),
                "messages": json.dumps(self.messages, ensure_ascii=False),
            }
            metadata["state_digest"] = _state_digest(metadata, tensors)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(handle)
        try:
            save_file(tensors, temporary, metadata=metadata)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        return path

    @classmethod
    def load(cls, path: str | Path, model: Any, tokenizer: Tokenizer, **options: Any) -> Session:
        """Read a session written by `save`. CheckpointError if the file is foreign, corrupted, saved with a
        different model (config or weights), or its state does not belong to its conversation."""
        path = Path(path)
        if not path.is_file():
            raise InputError(f"no session file at {path}")
        metadata, tensors = _read_session_file(path)
        if metadata.get("format") != SESSION_FORMAT:
            raise CheckpointError(f"{path} is not an agentlib session file of this version "
                                  f"(format {str(metadata.get('format'))[:40]!r}, expected {SESSION_FORMAT!r})")
        if metadata.get("state_digest") != _state_digest(metadata, tensors):
            raise CheckpointError(f"{path}: its state, logits or metadata do not belong together (digest mismatch); "
                                  "the file was altered or assembled from another conversation")
        def parse(key: str) -> Any:
            return load_json(metadata[key], what=f"the {key} of {path}", error=CheckpointError,
                             max_bytes=MAX_SESSION_HEADER_BYTES)

        try:
            saved_config, token_ids, messages = parse("model_config"), parse("token_ids"), parse("messages")
            fingerprint = metadata["weight_fingerprint"]
        except KeyError as error:
            raise CheckpointError(f"{path} has corrupted session metadata (missing {error})") from None
        if not isinstance(token_ids, list) or any(isinstance(i, bool) or not isinstance(i, int) for i in token_ids):
            raise CheckpointError(f"{path} has corrupted session metadata (token_ids is not a list of ids)")
        if saved_config != config_dict(model):
            raise CheckpointError(f"{path} was saved with a different model configuration; load it with that model")
        if fingerprint != weight_fingerprint(model):
            raise CheckpointError(f"{path} was saved with different model weights; load it with that model")
        if not isinstance(messages, list):
            raise CheckpointError(f"{path} has corrupted messages (not a list)")
        session = cls(model, tokenizer, **options)
        try:
            session.add_messages(messages)
        except (InputError, AttributeError) as error:
            raise CheckpointError(f"{path} has corrupted messages ({error})") from None
        state_tensors = {k[len("state."):]: v for k, v in tensors.items() if k.startswith("state.")}
        if state_tensors:
            session._check_rendering(path, token_ids)
            device = next(model.parameters()).device
            session._state = _restore_state(path, model, state_tensors, len(token_ids), device)
            session._ids = token_ids
            session._logits = _check_logits(path, tensors.get("logits"), model, device)
        elif token_ids or "logits" in tensors:
            raise CheckpointError(f"{path} holds token ids or logits but no state")
        return session

    def _check_rendering(self, path: Path, ids: list[int]) -> None:
        """CheckpointError unless `ids` is what this conversation renders to: a prefix of its prompt, or the
        prompt of its last assistant reply followed by tokens that decode to that reply (sampled tokens need
        not re-tokenize the same way, so the reply is compared as text)."""
        if not ids:
            raise CheckpointError(f"{path} holds a state of no tokens")
        prompt = self.tokenizer.encode_chat(self.messages, add_generation_prompt=True)
        if _is_prefix(ids, prompt):
            return
        last = self.messages[-1] if self.messages else None
        if last is not None and last["role"] == "assistant":
            before = self.tokenizer.encode_chat(self.messages[:-1], add_generation_prompt=True)
            if _is_prefix(before, ids) and len(ids) > len(before):
                reply = self.tokenizer.decode(ids[len(before):])
                if reply.startswith(last["content"]):
                    return
        raise CheckpointError(f"{path}: its token ids are not the rendering of its messages; the state belongs to "
                              "another conversation")


def _state_digest(metadata: Mapping[str, Any], tensors: Mapping[str, torch.Tensor]) -> str:
    """sha256 over the identity metadata and every tensor's name, dtype, shape and bytes."""
    digest = hashlib.sha256()
    for key in ("format", "model_config", "weight_fingerprint", "token_ids", "messages"):
        digest.update(f"{key}={metadata.get(key)!s}\n".encode("utf-8", "surrogatepass"))
    for name in sorted(tensors):
        tensor = tensors[name].detach().to("cpu").contiguous()
        digest.update(f"{name}|{tensor.dtype}|{tuple(tensor.shape)}\n".encode())
        digest.update(tensor.reshape(-1).view(torch.uint8).numpy().tobytes() if tensor.numel() else b"")
    return digest.hexdigest()


def _read_session_file(path: Path) -> tuple[dict[str, str], dict[str, torch.Tensor]]:
    """Metadata and tensors of a session file; the header is capped and depth-checked before safetensors
    parses it."""
    from safetensors import safe_open

    try:
        with open(path, "rb") as handle:
            raw_length = handle.read(8)
            length = int.from_bytes(raw_length, "little") if len(raw_length) == 8 else -1
            if not 0 < length <= MAX_SESSION_HEADER_BYTES:
                raise CheckpointError(f"{path} is not a session file (header length {length})")
            load_json(handle.read(length), what=f"the header of {path}", error=CheckpointError,
                      max_bytes=MAX_SESSION_HEADER_BYTES)
    except OSError as error:
        raise CheckpointError(f"{path} cannot be read ({error.strerror or error})") from None
    try:
        with safe_open(str(path), framework="pt", device="cpu") as handle:
            metadata = dict(handle.metadata() or {})
            tensors = {key: handle.get_tensor(key) for key in handle.keys()}
    except Exception as error:  # safetensors raises its own SafetensorError and OS errors for bad files
        raise CheckpointError(f"{path} is not a readable session file ({str(error)[:200]})") from None
    return metadata, tensors


def _restore_state(path: Path, model: Any, tensors: dict[str, torch.Tensor], num_tokens: int,
                   device: torch.device) -> Any:
    """The saved state, checked: the config's names and shapes, float dtypes, finite values, its length."""
    for name, tensor in tensors.items():
        if name in ("num_tokens", "key_valid"):
            continue
        if not tensor.dtype.is_floating_point:
            raise CheckpointError(f"{path}: state tensor {name!r} has dtype {tensor.dtype}, not a float dtype")
        if not bool(torch.isfinite(tensor).all()):
            raise CheckpointError(f"{path}: state tensor {name!r} holds inf or NaN values")
    valid = tensors.get("key_valid")
    if valid is not None and (valid.dtype != torch.bool or valid.ndim != 2 or valid.shape[1] != num_tokens):
        raise CheckpointError(f"{path}: key_valid must be a bool (batch, {num_tokens}) tensor")
    state_type = type(model.new_state(batch_size=1))
    try:
        state = state_type.from_tensors(model.config, {k: v.to(device) for k, v in tensors.items()},
                                        dtype=model.dtype)
    except CheckpointError as error:
        raise CheckpointError(f"{path} holds a state that does not fit this model ({error})") from None
    except (KeyError, IndexError, TypeError, ValueError, RuntimeError) as error:
        raise CheckpointError(f"{path} holds a state that does not fit this model ({error})") from None
    if state.batch_size != 1:
        raise CheckpointError(f"{path} holds a batch of {state.batch_size} states; a session holds one")
    if int(state.num_tokens) != num_tokens:
        raise CheckpointError(f"{path} is inconsistent: its state holds {state.num_tokens} tokens, "
                              f"metadata {num_tokens}")
    return state


def _check_logits(path: Path, logits: torch.Tensor | None, model: Any, device: torch.device) -> torch.Tensor | None:
    """The saved next-token logits, checked: (1, V) float and finite."""
    if logits is None:
        return None
    vocab = model.config.vocab_size
    if not logits.dtype.is_floating_point or tuple(logits.shape) != (1, vocab):
        raise CheckpointError(f"{path}: logits must be a float (1, {vocab}) tensor, got {logits.dtype} "
                              f"{tuple(logits.shape)}")
    if not bool(torch.isfinite(logits).all()):
        raise CheckpointError(f"{path}: logits hold inf or NaN values")
    return logits.to(device)


def _is_prefix(prefix: Sequence[int], ids: Sequence[int]) -> bool:
    return len(prefix) <= len(ids) and list(prefix) == list(ids[: len(prefix)])


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n

"""The model's tokenizer: `tokenizer.json` through the `tokenizers` package, chat rendering, safe encoding.

Turn-forgery safety: message content is data. `Tokenizer.encode_chat` renders the template once with each
message's text replaced by an unguessable sentinel, so it knows which characters the template wrote; control
tokens are matched only there, and every run of text is encoded with special-token matching off. For
ordinary content the ids equal `tokenizer(rendered_text)` exactly (added tokens are split points of the
`tokenizers` pipeline either way); a literal `<|end|>` inside content becomes plain text tokens.

`IncrementalDecoder` turns a growing id list into text deltas that never end in half a UTF-8 character.

Left out: slow (Python) tokenizers, `tokenizer.model` sentencepiece files, BOS insertion (the Phi template
has none; encoding never adds special tokens).
"""

from __future__ import annotations

import json
import re
import secrets
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tokenizers import Tokenizer as _HFTokenizer

from agentlib.engine.chat_template import DEFAULT_CHAT_TEMPLATE, render_chat
from agentlib.errors import CheckpointError, ConfigError, InputError
from agentlib.llm import valid_unicode

# Names of the tokenizer_config.json entries that transformers passes to the chat template.
_SPECIAL_TOKEN_KEYS = ("bos_token", "eos_token", "unk_token", "pad_token", "sep_token", "cls_token", "mask_token")
_RUN_CACHE_SIZE = 256  # encoded text runs kept, so re-rendering a long conversation re-encodes only new text
_RUN_CACHE_MIN_CHARS = 256
# Strings that end a turn, when the tokenizer has them: the model ends a reply with <|end|> and may end a
# document with <|endoftext|>, so generation stops on both.
STOP_TOKENS = ("<|end|>", "<|endoftext|>")


@dataclass(frozen=True)
class _Piece:
    """A rendered chat split into control tokens and runs of plain text."""

    text: str | None = None
    control_id: int | None = None


class Tokenizer:
    """A `tokenizer.json` tokenizer plus the folder's chat template and special tokens.

    `tokenizer_config` is the parsed tokenizer_config.json (may be empty); `chat_template` falls back to
    its `chat_template` entry, then to the Phi-4-mini-reasoning template.
    """

    def __init__(self, tokenizer_json: str, tokenizer_config: Mapping[str, Any] | None = None,
                 chat_template: str | None = None):
        config = dict(tokenizer_config or {})
        try:
            data = json.loads(tokenizer_json)
            added = data.get("added_tokens") or []
            # Every added token (special or not) is a control string: only the template may emit it.
            self.control_tokens: dict[str, int] = {t["content"]: int(t["id"]) for t in added}
            if all(entry.get("special") for entry in added):
                self._plain = _HFTokenizer.from_str(tokenizer_json)
            else:
                for entry in added:
                    entry["special"] = True
                self._plain = _HFTokenizer.from_str(json.dumps(data))
        except Exception as error:  # json and the tokenizers parser raise assorted Exception subclasses
            raise CheckpointError(f"tokenizer.json is not a valid tokenizers file: {error}") from None
        self._plain.encode_special_tokens = True
        self.source_json = tokenizer_json
        self._with_specials: _HFTokenizer | None = None  # built on first `encode(allow_special=True)`
        self._with_specials_lock = threading.Lock()
        self.control_ids: frozenset[int] = frozenset(self.control_tokens.values())
        self._control_pattern = (
            re.compile("|".join(re.escape(s) for s in sorted(self.control_tokens, key=len, reverse=True)))
            if self.control_tokens
            else None
        )
        self.special_tokens: dict[str, str] = {}
        for key in _SPECIAL_TOKEN_KEYS:
            value = config.get(key)
            if isinstance(value, dict):
                value = value.get("content")
            if isinstance(value, str):
                self.special_tokens[key] = value
        template = chat_template if chat_template is not None else config.get("chat_template")
        if isinstance(template, list):  # transformers allows a list of named templates
            template = next((t.get("template") for t in template if t.get("name") == "default"), None)
        self.chat_template: str = template if isinstance(template, str) else DEFAULT_CHAT_TEMPLATE
        stop_strings = list(STOP_TOKENS) + [self.special_tokens.get("eos_token", "")]
        self.eos_ids: frozenset[int] = frozenset(
            self.control_tokens[s] for s in stop_strings if s in self.control_tokens)
        self.vocab_size: int = self._plain.get_vocab_size(with_added_tokens=True)
        self._run_cache: OrderedDict[str, tuple[int, ...]] = OrderedDict()
        self._run_cache_lock = threading.Lock()

    @classmethod
    def from_dir(cls, folder: str | Path) -> Tokenizer:
        """Load `tokenizer.json` (+ `tokenizer_config.json` if present) from a model folder."""
        folder = Path(folder)
        path = folder / "tokenizer.json"
        if not path.is_file():
            raise CheckpointError(f"{folder} has no tokenizer.json; build one with `agentlib tokenizer build {folder}`")
        config: dict[str, Any] = {}
        config_path = folder / "tokenizer_config.json"
        if config_path.is_file():
            try:
                config = json.loads(config_path.read_text(encoding="utf-8"))
            except json.JSONDecodeError as error:
                raise CheckpointError(f"{config_path} is not valid JSON: {error}") from None
        return cls(path.read_text(encoding="utf-8"), config)

    def encode(self, text: str, *, allow_special: bool = False) -> list[int]:
        """Ids of `text`. Control strings inside it stay plain text unless `allow_special`.

        A lone surrogate (text no UTF-8 encoder accepts, which `tokenizers` refuses with a TypeError) is
        encoded as U+FFFD, as every other text boundary of agentlib does.
        """
        text = valid_unicode(text)
        if allow_special:
            with self._with_specials_lock:
                if self._with_specials is None:
                    self._with_specials = _HFTokenizer.from_str(self.source_json)
            return self._with_specials.encode(text, add_special_tokens=False).ids
        return self._plain.encode(text, add_special_tokens=False).ids

    def decode(self, ids: Sequence[int], *, skip_special: bool = False) -> str:
        """Text of `ids`."""
        return self._plain.decode(list(ids), skip_special_tokens=skip_special)

    def token_id(self, token: str) -> int:
        """The id of a control token such as `<|end|>`; InputError if the tokenizer lacks it."""
        if token not in self.control_tokens:
            raise InputError(f"the tokenizer has no control token {token!r}")
        return self.control_tokens[token]

    def render_chat(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        add_generation_prompt: bool = True,
        tools: Sequence[Mapping[str, Any]] | None = None,
    ) -> str:
        """The chat as text, exactly as transformers' `apply_chat_template(tokenize=False)` renders it."""
        return render_chat(
            self.chat_template,
            messages,
            add_generation_prompt=add_generation_prompt,
            special_tokens=self.special_tokens,
            tools=tools,
        )

    def encode_chat(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        add_generation_prompt: bool = True,
        tools: Sequence[Mapping[str, Any]] | None = None,
    ) -> list[int]:
        """Ids of the rendered chat where control tokens come only from the template (see module doc).

        Raises ConfigError if the template rewrites message text (then no safe split exists).
        """
        nonce = secrets.token_hex(8)
        values: list[str] = []

        def sentinel(value: str) -> str:
            values.append(value)
            return f"\ue000{nonce}:{len(values) - 1}\ue001"

        masked = [
            {k: (sentinel(v) if isinstance(v, str) and k != "role" else v) for k, v in message.items()}
            for message in messages
        ]
        masked_text = self.render_chat(masked, add_generation_prompt=add_generation_prompt, tools=tools)
        sentinel_re = re.compile(f"\ue000{nonce}:(\\d+)\ue001")
        pieces: list[_Piece] = []
        position = 0
        for match in sentinel_re.finditer(masked_text):
            pieces.extend(self._split_template_text(masked_text[position : match.start()]))
            pieces.append(_Piece(text=values[int(match.group(1))]))
            position = match.end()
        pieces.extend(self._split_template_text(masked_text[position:]))
        reference = self.render_chat(messages, add_generation_prompt=add_generation_prompt, tools=tools)
        if not self._same_render(pieces, reference):
            raise ConfigError("the chat template rewrites message text, so content cannot be encoded safely")
        ids: list[int] = []
        run: list[str] = []
        for piece in pieces:
            if piece.control_id is None:
                run.append(piece.text or "")
                continue
            if run:
                ids.extend(self._encode_run("".join(run)))
                run = []
            ids.append(piece.control_id)
        if run:
            ids.extend(self._encode_run("".join(run)))
        return ids

    def _encode_run(self, text: str) -> tuple[int, ...]:
        """Plain encoding of one run between control tokens, memoized for long runs (documents, history)."""
        if len(text) < _RUN_CACHE_MIN_CHARS:
            return tuple(self.encode(text))
        with self._run_cache_lock:
            cached = self._run_cache.get(text)
            if cached is not None:
                self._run_cache.move_to_end(text)
                return cached
        ids = tuple(self.encode(text))
        with self._run_cache_lock:
            self._run_cache[text] = ids
            while len(self._run_cache) > _RUN_CACHE_SIZE:
                self._run_cache.popitem(last=False)
        return ids

    def _same_render(self, pieces: list[_Piece], reference: str) -> bool:
        inverse = {v: k for k, v in self.control_tokens.items()}
        text = "".join(inverse[p.control_id] if p.control_id is not None else (p.text or "") for p in pieces)
        return text == reference

    def _split_template_text(self, text: str) -> list[_Piece]:
        """Template-written text split at control strings (these are the only control tokens emitted)."""
        if not text:
            return []
        if self._control_pattern is None:
            return [_Piece(text=text)]
        pieces: list[_Piece] = []
        position = 0
        for match in self._control_pattern.finditer(text):
            if match.start() > position:
                pieces.append(_Piece(text=text[position : match.start()]))
            pieces.append(_Piece(control_id=self.control_tokens[match.group(0)]))
            position = match.end()
        if position < len(text):
            pieces.append(_Piece(text=text[position:]))
        return pieces

    def stream_decoder(self, *, skip_special: bool = False) -> IncrementalDecoder:
        """A fresh incremental detokenizer for streaming."""
        return IncrementalDecoder(self, skip_special=skip_special)


class IncrementalDecoder:
    """Text deltas from a growing token list, never ending in half a multi-byte character.

    Decodes a short window (`prefix_offset`..end) and emits the part past the previous read point only when it
    does not end in U+FFFD (an incomplete UTF-8 sequence); `flush` emits what is left.
    """

    def __init__(self, tokenizer: Tokenizer, *, skip_special: bool = False):
        self._tokenizer = tokenizer
        self._skip_special = skip_special
        self.ids: list[int] = []
        self._prefix_offset = 0
        self._read_offset = 0

    def push(self, token_id: int) -> str:
        """Add one id; return the new complete text (possibly empty)."""
        self.ids.append(int(token_id))
        return self._advance(final=False)

    def flush(self) -> str:
        """The rest of the text, including any incomplete bytes as U+FFFD."""
        return self._advance(final=True)

    def _advance(self, *, final: bool) -> str:
        decode = self._tokenizer.decode
        prefix_text = decode(self.ids[self._prefix_offset : self._read_offset], skip_special=self._skip_special)
        new_text = decode(self.ids[self._prefix_offset :], skip_special=self._skip_special)
        if len(new_text) > len(prefix_text) and (final or not new_text.endswith("\ufffd")):
            delta = new_text[len(prefix_text) :]
            self._prefix_offset = self._read_offset
            self._read_offset = len(self.ids)
            return delta
        return ""

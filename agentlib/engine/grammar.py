"""Grammar-constrained decoding: an llguidance matcher as a generation logits processor.

`GrammarConstraint(tokenizer, grammar, kind)` is a `(ids_so_far, logits) -> logits` processor: on each call
it feeds the matcher the tokens sampled since the last call, then sets every token the grammar forbids to
-inf. When the grammar is complete only EOS (`<|end|>`, else the first EOS id) stays allowed, so generation
stops there. Grammars: Lark (llguidance's dialect), JSON schema (as text) or a regular expression.

One constraint follows one sequence: use a fresh one per request, and not with `generate_batch` (its rows
would share it; the constraint refuses ids that do not extend the sequence it has followed).

Left out: fast-forward tokens and parallel mask computation (`fill_next_token_bitmask_par`).
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Sequence
from typing import Literal

import numpy as np
import torch

from agentlib.engine.tokenizer import Tokenizer
from agentlib.errors import DependencyMissing, InputError

GrammarKind = Literal["lark", "json_schema", "regex"]
_lltokenizers: weakref.WeakKeyDictionary[Tokenizer, object] = weakref.WeakKeyDictionary()


def _llguidance():
    try:
        import llguidance
    except ImportError:
        raise DependencyMissing("grammar-constrained decoding needs llguidance: pip install llguidance") from None
    return llguidance


def _lltokenizer(tokenizer: Tokenizer) -> object:
    """The llguidance view of `tokenizer` (built once per tokenizer: about a second for 200K ids)."""
    cached = _lltokenizers.get(tokenizer)
    if cached is None:
        llguidance = _llguidance()
        eos = tokenizer.control_tokens.get("<|end|>", min(tokenizer.eos_ids, default=None))
        if eos is None:
            raise InputError("grammar-constrained decoding needs an EOS token; the tokenizer has none")
        cached = llguidance.LLTokenizer(tokenizer.source_json, n_vocab=tokenizer.vocab_size, eos_token=eos)
        _lltokenizers[tokenizer] = cached
    return cached


def grammar_source(grammar: str, kind: GrammarKind) -> str:
    """The llguidance grammar text for `grammar` of `kind`; InputError for an unknown kind or bad schema."""
    llguidance = _llguidance()
    if kind == "lark":
        return llguidance.LLMatcher.grammar_from_lark(grammar)
    if kind == "regex":
        return llguidance.LLMatcher.grammar_from_regex(grammar)
    if kind == "json_schema":
        try:
            json.loads(grammar)
        except (ValueError, RecursionError) as error:  # a huge integer is a ValueError; RecursionError: too deep
            raise InputError(f"the JSON schema is not valid JSON: {error}") from None
        return llguidance.LLMatcher.grammar_from_json_schema(grammar)
    raise InputError(f"unknown grammar kind {kind!r}; use lark, json_schema or regex")


class GrammarConstraint:
    """A logits processor that keeps generation inside a grammar (see module docstring).

    Raises InputError when the grammar does not compile (with llguidance's message).
    """

    def __init__(self, tokenizer: Tokenizer, grammar: str, kind: GrammarKind = "lark"):
        llguidance = _llguidance()
        if not isinstance(grammar, str) or not grammar.strip():
            raise InputError("the grammar is empty")
        self._matcher = llguidance.LLMatcher(_lltokenizer(tokenizer), grammar_source(grammar, kind), log_level=0)
        if self._matcher.is_error():
            raise InputError(f"the {kind} grammar does not compile: {self._matcher.get_error()}")
        self._vocab = tokenizer.vocab_size
        self._start: int | None = None
        self._followed: list[int] = []

    def __call__(self, ids_so_far: Sequence[int], logits: torch.Tensor) -> torch.Tensor:
        if self._start is None:
            self._start = len(ids_so_far)
        new = list(ids_so_far[self._start :])
        if new[: len(self._followed)] != self._followed:
            raise InputError("a GrammarConstraint follows one sequence; make a fresh one per request and row")
        for token in new[len(self._followed) :]:
            self._matcher.consume_token(token)
            self._followed.append(token)
        if self._matcher.is_error():
            raise InputError(f"generation left the grammar: {self._matcher.get_error()}")
        bits = np.unpackbits(np.frombuffer(self._matcher.compute_bitmask(), dtype=np.uint8), bitorder="little")
        allowed = torch.from_numpy(bits[: logits.shape[-1]].astype(bool)).to(logits.device)
        if allowed.shape[0] < logits.shape[-1]:  # ids past the tokenizer (embedding padding) are never allowed
            allowed = torch.cat([allowed, allowed.new_zeros(logits.shape[-1] - allowed.shape[0])])
        return logits.masked_fill(~allowed, float("-inf"))

    @property
    def done(self) -> bool:
        """True once the grammar accepts the text so far and allows nothing more."""
        return bool(self._matcher.is_stopped())

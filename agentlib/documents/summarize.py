"""Summaries of documents of any length, each sentence cited and checked.

With a model: if the document and instructions fit the context, one call; otherwise the document
is cut along its structure into overlapping chunks (`chunking.py`), each chunk is summarised (cached
on disk by content hash), and the partial summaries are merged in rounds until one merge fits. Every
prompt is measured before it is sent (`budget.guarded_generate`), and replies are cut to their token
budget, so each merge round shrinks the text and the loop ends. The final sentences are resolved to
cited spans and checked (`citations.py`); a flagged sentence is rewritten from its cited paragraphs
(bounded by `regenerate`) and dropped when still unsupported.
Without a model: an extractive summary (central and leading sentences of each chunk), labelled
"extractive (no model)".
The whole call has a wall-clock deadline (`deadline_s`, default `agentlib.limits.SUMMARIZE_DEADLINE_S`)
that every model call runs within; when it passes, `summarize` returns the extractive summary with
`ended_by="deadline"` and a method label that says so, never an exception. The extractive summary keeps the
deadline too (a document of megabytes takes seconds to split): past it, it summarises the chunks read so far.
Left out: streaming partial summaries; parallel chunk calls.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from agentlib.documents.budget import guarded_generate, truncate_to_tokens
from agentlib.documents.cache import SummaryCache, default_cache_dir
from agentlib.documents.chunking import Chunk, Paragraph, chunk_document, render_paragraphs, split_paragraphs
from agentlib.documents.citations import CheckedSentence, cite_and_check
from agentlib.documents.faithfulness import SourceIndex, check_sentence, content_words, stem
from agentlib.documents.injection import is_clean, neutralize
from agentlib.documents.prompts import (
    PROMPT_VERSION,
    merge_messages,
    messages_tokens,
    rewrite_messages,
    summary_messages,
)
from agentlib.documents.reader import Document, load_document
from agentlib.documents.sentences import split_sentences
from agentlib.errors import DeadlineReached, InputError
from agentlib.limits import SUMMARIZE_DEADLINE_S, SUMMARY_FALLBACK_S, Deadline, check_count
from agentlib.llm import GenerateOptions, Message, TextModel, approx_token_count, check_backend

EXTRACTIVE = "extractive (no model)"
EXTRACTIVE_AFTER_DEADLINE = "extractive (the deadline passed before the model finished)"
EndedBy = Literal["complete", "deadline"]
# When the deadline passes before a document is even cut into chunks (tens of megabytes), the extractive summary
# reads this many leading characters instead (about 0.3 s of work).
EXTRACTIVE_HEAD_CHARS = 100_000


@dataclass
class Summary:
    """A checked summary: kept sentences, dropped ones (with why), and how it was made."""

    sentences: list[CheckedSentence]
    dropped: list[CheckedSentence]
    method: str
    source: str
    chunks: int = 1
    rounds: int = 0
    model_calls: int = 0
    cache_hits: int = 0
    tree: list[list[str]] = field(default_factory=list)
    ended_by: EndedBy = "complete"

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    def render(self) -> str:
        """Human-readable: each sentence with its citations and verdict, then what was dropped."""
        from agentlib.documents.render import render_summary

        return render_summary(self)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "method": self.method, "text": self.text,
                "sentences": [s.to_dict() for s in self.sentences], "dropped": [s.to_dict() for s in self.dropped],
                "chunks": self.chunks, "rounds": self.rounds, "model_calls": self.model_calls,
                "cache_hits": self.cache_hits, "ended_by": self.ended_by}


def as_document(source: str | Path | Document) -> Document:
    """A Document from a path or an already-loaded Document."""
    if isinstance(source, Document):
        return source
    if isinstance(source, (str, Path)):
        return load_document(source)
    raise InputError(f"expected a file path or Document, got {type(source).__name__}")


def summarize(source: str | Path | Document, *, backend: TextModel | None = None, context_length: int | None = None,
              words: int = 150, cache: SummaryCache | str | Path | None | bool = True, progress: bool = False,
              regenerate: int = 1, deadline_s: float | None = None) -> Summary:
    """Summarise a document (see module docstring).

    Args:
        backend: the model; None gives the extractive summary.
        context_length: tokens per prompt (default: the backend's).
        cache: a SummaryCache, a folder, True for the default folder, or False/None for none.
        regenerate: rewrite attempts per flagged sentence before it is dropped.
        deadline_s: wall-clock seconds for the whole call (default `SUMMARIZE_DEADLINE_S`); past it
            the extractive summary (of the chunks read so far, without a model) comes back with
            `ended_by="deadline"`.
    Raises:
        InputError: unreadable document, a bad deadline, a backend that is not a `TextModel`, a context length that
            is not a whole number, or a context too small for even one paragraph.
        ContextOverflowError: never for well-formed input; raised instead of sending an oversized prompt.
    """
    deadline = Deadline(SUMMARIZE_DEADLINE_S if deadline_s is None else deadline_s)
    document = as_document(source)
    if isinstance(words, bool) or not isinstance(words, int) or words < 10:
        raise InputError(f"words must be an integer of at least 10, got {words!r}")
    backend = check_backend(backend)
    if context_length is not None:
        check_count(context_length, "context_length")
    if backend is None:
        return _extractive(document, words, deadline)
    summarizer = _Summarizer(document, backend, context_length or backend.context_length, words,
                             _as_cache(cache), progress, regenerate, deadline)
    try:
        return summarizer.run()
    except DeadlineReached:
        summary = _extractive(document, words, Deadline(SUMMARY_FALLBACK_S))
        summary.method, summary.ended_by, summary.model_calls = EXTRACTIVE_AFTER_DEADLINE, "deadline", summarizer.calls
        return summary


def _as_cache(cache: SummaryCache | str | Path | None | bool) -> SummaryCache | None:
    if cache is True:
        return SummaryCache(default_cache_dir())
    if cache is False or cache is None:
        return None
    return cache if isinstance(cache, SummaryCache) else SummaryCache(cache)


class _Summarizer:
    def __init__(self, document: Document, backend: TextModel, context: int, words: int,
                 cache: SummaryCache | None, progress: bool, regenerate: int, deadline: Deadline):
        self.document, self.backend, self.context, self.cache = document, backend, context, cache
        self.progress, self.regenerate, self.deadline = progress, regenerate, deadline
        self.reply_tokens = min(1024, max(48, context // 8))
        self.words = min(words, int(self.reply_tokens * 0.6))
        self.options = GenerateOptions(max_new_tokens=self.reply_tokens)
        self.calls = 0
        self.tree: list[list[str]] = []
        self.ended_by: EndedBy = "complete"

    def count(self, text: str) -> int:
        return self.backend.count_tokens(text)

    def fits(self, messages: list[Message]) -> bool:
        return messages_tokens(messages, self.count) + self.reply_tokens <= self.context

    def run(self) -> Summary:
        paragraphs = split_paragraphs(self.document, deadline=self.deadline)
        whole = summary_messages(render_paragraphs(paragraphs), self.words)
        rounds, chunks = 0, 1
        if self.fits(whole):
            final = self.call(whole)
            self.tree.append([final])
        else:
            overhead = messages_tokens(summary_messages("", self.words), self.count) + 16
            budget = self.context - overhead - self.reply_tokens
            if budget < 3 * self.reply_tokens:
                raise InputError(f"a context of {self.context} tokens is too small to summarise in chunks; "
                                 f"use at least {overhead + 4 * self.reply_tokens}")
            pieces = chunk_document(self.document, budget, lambda t: self.count(neutralize(t)), deadline=self.deadline)
            chunks = len(pieces)
            partials = self.summarize_chunks(pieces)
            final, rounds = self.merge(partials)
        checked = cite_and_check(final, paragraphs)
        kept, dropped = self.repair(checked, paragraphs)
        return Summary(kept, dropped, f"model:{self.backend.name}", self.document.source, chunks, rounds,
                       self.calls, self.cache.hits if self.cache else 0, self.tree, self.ended_by)

    def call(self, messages: list[Message]) -> str:
        """One cached, guarded model call; the reply is cut to the reply budget."""
        key = SummaryCache.key(PROMPT_VERSION, self.backend.name, str(self.reply_tokens),
                               *(f"{m.role}:{m.content}" for m in messages))
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                return hit
        self.calls += 1
        text = guarded_generate(self.backend, messages, self.options, self.context, self.deadline).text.strip()
        text = truncate_to_tokens(text, self.reply_tokens, self.count)
        if self.cache is not None:
            self.cache.put(key, text)
        return text

    def summarize_chunks(self, pieces: list[Chunk]) -> list[str]:
        from tqdm import tqdm

        partials = []
        for chunk in tqdm(pieces, desc="chunks", unit="chunk", disable=not self.progress, file=sys.stderr):
            partials.append(self.call(summary_messages(chunk.text, self.words)))
        self.tree.append(partials)
        return partials

    def merge(self, partials: list[str]) -> tuple[str, int]:
        rounds = 0
        while True:
            rounds += 1
            if self.fits(merge_messages(partials, self.words)):
                final = self.call(merge_messages(partials, self.words))
                self.tree.append([final])
                return final, rounds
            groups: list[list[str]] = [[]]
            for text in partials:
                if groups[-1] and not self.fits(merge_messages([*groups[-1], text], self.words)):
                    groups.append([])
                groups[-1].append(text)
            if len(groups) == len(partials):
                # Cannot happen while replies are cut to reply_tokens and the budget holds 3 of them;
                # kept so a future prompt change fails loudly instead of looping.
                raise InputError(f"merge round {rounds} cannot combine partial summaries within {self.context} tokens")
            partials = [self.call(merge_messages(group, self.words)) for group in groups]
            self.tree.append(partials)

    def repair(self, checked: list[CheckedSentence], paragraphs: list[Paragraph]
               ) -> tuple[list[CheckedSentence], list[CheckedSentence]]:
        """Rewrite flagged sentences from their cited paragraphs; past the deadline, flagged ones are dropped."""
        kept: list[CheckedSentence] = []
        dropped: list[CheckedSentence] = []
        by_id = {p.id: p for p in paragraphs}
        for sentence in checked:
            attempts = 0
            while not sentence.verdict.supported and attempts < self.regenerate and sentence.citations \
                    and self.ended_by == "complete":
                attempts += 1
                evidence = render_paragraphs([by_id[i] for i in sentence.citations])
                cited = "".join(f" [{i}]" for i in sentence.citations)
                try:
                    rewritten = self.call(rewrite_messages(sentence.text + cited, evidence))
                except DeadlineReached:
                    self.ended_by = "deadline"
                    break
                again = cite_and_check(rewritten, [by_id[i] for i in sentence.citations])
                if len(again) == 1:
                    sentence = again[0]
            (kept if sentence.verdict.supported else dropped).append(sentence)
        return kept, dropped


def _extractive(document: Document, words: int, deadline: Deadline) -> Summary:
    """Central and leading sentences of each chunk, in document order, each citing its paragraph.

    Past `deadline` it summarises the chunks read so far (at least one; the first `EXTRACTIVE_HEAD_CHARS`
    characters when even cutting the document into chunks did not finish) and says `ended_by="deadline"`.
    """
    ended_by: EndedBy = "complete"
    try:
        pieces = chunk_document(document, 512, approx_token_count, overlap=0, deadline=deadline)
    except DeadlineReached:
        ended_by = "deadline"
        pieces = chunk_document(replace(document, text=document.text[:EXTRACTIVE_HEAD_CHARS]), 512,
                                approx_token_count, overlap=0)
    target = max(1, round(words / 22))
    per_chunk = max(1, round(target / len(pieces)))
    picked: list[tuple[int, str, Paragraph]] = []
    for index, chunk in enumerate(pieces):
        if index and deadline.expired:
            ended_by = "deadline"
            break
        # Instruction-like or control-string sentences are injected text, not content worth summarising.
        candidates = [(s, p) for p in chunk.paragraphs for s in split_sentences(p.text, p.start) if is_clean(s.text)]
        stems = [{stem(w) for w in content_words(s.text)} for s, _ in candidates]
        scores = []
        for i, (sentence, paragraph) in enumerate(candidates):
            centrality = sum(len(stems[i] & other) for j, other in enumerate(stems) if j != i)
            lead = 1.5 if sentence.start == paragraph.start else 1.0
            scores.append(lead * centrality / (1 + len(stems[i])) ** 0.5 if len(stems[i]) >= 3 else -1.0)
        chosen: list[int] = []
        for i in sorted(range(len(candidates)), key=lambda i: -scores[i]):
            if len(chosen) == per_chunk:
                break
            # Repeated boilerplate is central but says nothing new: skip near-duplicates of a pick.
            if scores[i] >= 0 and all(len(stems[i] & stems[j]) < 0.7 * len(stems[i]) for j in chosen) \
                    and not any(candidates[i][0].text == text for _, text, _ in picked):
                chosen.append(i)
        picked.extend((candidates[i][0].start, candidates[i][0].text, candidates[i][1]) for i in chosen)
    # Checking the picks is bounded too (one pick per chunk: 368 checks of a 13 MB line took 6 s past the
    # deadline): until `SUMMARY_FALLBACK_S` past it, then the picks checked so far (at least one) are the summary.
    checking = Deadline(deadline.remaining() + SUMMARY_FALLBACK_S)
    seen: set[int] = set()
    kept: list[CheckedSentence] = []
    for start, text, paragraph in sorted(picked, key=lambda item: item[0])[: max(target, len(pieces))]:
        if kept and checking.expired:
            ended_by = "deadline"
            break
        if start in seen:
            continue
        seen.add(start)
        verdict = check_sentence(text, SourceIndex.build(paragraph.text))
        text = " ".join(text.split())
        kept.append(CheckedSentence(text, (paragraph.id,), ((paragraph.start, paragraph.end),), verdict))
    return Summary(kept, [], EXTRACTIVE, document.source, len(pieces), 0, 0, 0, [[s.text for s in kept]],
                   ended_by=ended_by)



"""Output sentences with their cited source spans and the checker's verdict.

A model is asked to end each sentence with paragraph ids like `[P3]` or `[P3, P7]`. `cite_and_check`
splits its text into sentences, strips and resolves the ids to paragraph spans, finds the best
supporting paragraphs by lexical overlap for sentences that cite nothing (or cite unknown ids),
and runs the tools-only checker against exactly those spans.
Left out: sub-paragraph (sentence-level) citation granularity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from agentlib.documents.chunking import Paragraph
from agentlib.documents.faithfulness import SourceIndex, SupportVerdict, check_sentence, content_words, stem
from agentlib.documents.sentences import split_sentences
from agentlib.limits import Deadline

# A citation with the whitespace before it; `(?<=\S)|^` starts the match only where a run of whitespace
# begins, so a long run is scanned once, not once per position (linear time on any input).
_CITATION = re.compile(r"(?:(?<=\S)|^)\s*\[(P\d+(?:\s*[,;]\s*P?\d+)*)\]")
_CITATION_SEPARATOR = re.compile(r"[,;]")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<=\S)\s+([.,;:!?])")
_NO_WORDS = re.compile(r"[\W_]*")
_BARE_CITATION = re.compile(r"\[?P\d+")
_SCORED_BETWEEN_CHECKS = 64  # paragraphs scored between two looks at the deadline


@dataclass(frozen=True)
class CheckedSentence:
    """One output sentence, the paragraph ids it rests on (cited or found), and the verdict."""

    text: str
    citations: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    verdict: SupportVerdict
    explicit: bool = True  # cited by the model or taken from that span; False: found by overlap

    def to_dict(self) -> dict:
        return {"sentence": self.text, "citations": list(self.citations), "spans": [list(s) for s in self.spans],
                "citation_explicit": self.explicit, "supported": self.verdict.supported,
                "reasons": list(self.verdict.reasons)}


def strip_citations(sentence: str) -> tuple[str, list[str]]:
    """The sentence without `[P#]` markers, and the ids in order."""
    ids: list[str] = []
    for match in _CITATION.finditer(sentence):
        for part in (p.strip() for p in _CITATION_SEPARATOR.split(match.group(1))):
            ids.append(part if part.startswith("P") else f"P{part}")
    text = _CITATION.sub("", sentence).strip()
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    return text, list(dict.fromkeys(ids))


def best_paragraphs(sentence: str, paragraphs: Sequence[Paragraph], k: int = 2,
                    deadline: Deadline | None = None) -> list[Paragraph]:
    """The `k` paragraphs sharing the most content stems with `sentence`.

    With `deadline`, scoring stops once it has passed (checked every `_SCORED_BETWEEN_CHECKS` paragraphs, the
    first batch always scored): the best of the paragraphs scored so far. `deadline.expired` afterwards tells."""
    target = {stem(w) for w in content_words(sentence)}
    scored = []
    for i, p in enumerate(paragraphs):
        if deadline is not None and i and i % _SCORED_BETWEEN_CHECKS == 0 and deadline.expired:
            break
        scored.append((len(target & {stem(w) for w in content_words(p.text)}), -i, p))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [p for score, _, p in scored[:k] if score > 0]


def cite_and_check(text: str, paragraphs: Sequence[Paragraph], extra_evidence: str = "",
                   deadline: Deadline | None = None) -> list[CheckedSentence]:
    """Split a model's cited text into checked sentences (see module docstring).

    `extra_evidence` (e.g. calculator results) is checked alongside every sentence's cited spans. Past `deadline`
    the rest of the text is one unsupported sentence "not checked: the deadline passed" (kept, never verified).
    """
    by_id = {p.id: p for p in paragraphs}
    checked: list[CheckedSentence] = []
    pending = ""
    for sentence in split_sentences(text):
        if deadline is not None and deadline.expired:
            rest = (pending + text[sentence.start:]).strip()
            checked.append(CheckedSentence(rest, (), (), SupportVerdict(False, ("not checked: the deadline passed",)),
                                           False))
            break
        raw = pending + sentence.text
        plain, ids = strip_citations(raw)
        if not plain or _NO_WORDS.fullmatch(plain):
            continue
        if not ids and _BARE_CITATION.fullmatch(raw.strip()):
            continue
        cited = [by_id[i] for i in ids if i in by_id]
        found_by_model = bool(cited)
        if not cited:
            cited = best_paragraphs(plain, paragraphs)
        evidence = "\n\n".join([*(p.text for p in cited), extra_evidence]).strip() or " "
        verdict = check_sentence(plain, SourceIndex.build(evidence))
        checked.append(CheckedSentence(plain, tuple(p.id for p in cited), tuple((p.start, p.end) for p in cited),
                                       verdict, found_by_model))
    return checked

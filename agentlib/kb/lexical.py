"""BM25 over passages, for what embeddings blur: names, numbers, codes and rare words.

Tokens are lower-cased words and numbers (`1,500` and `1500` are one token, decimals keep their point),
English stop words dropped (Lucene's list of 33), words stemmed with the same suffix rule the faithfulness
checker uses, so a query for "opened" finds "opening". Scoring is bm25s (Lucene BM25, k1=1.5, b=0.75) on a
sparse matrix; the index is saved as its `.npy` arrays and JSON (never pickles) and loaded with
`allow_pickle=False`.
The index covers the whole base: IDF depends on every passage, so it is rebuilt whenever a file changes
(tokenising is cheap next to embedding).
Left out: phrase queries, per-field weights, languages other than English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from agentlib.documents.faithfulness import stem
from agentlib.errors import DependencyMissing

_TOKEN = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_STOPWORDS = frozenset([
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
    "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
])


def tokenize(text: str) -> list[str]:
    """BM25 tokens of `text` (see module docstring)."""
    tokens: list[str] = []
    for match in _TOKEN.finditer(text.lower()):
        word = match.group()
        if word[0].isdigit():
            if _THOUSANDS.match(word):
                word = word.replace(",", "")
            tokens.extend(part for part in word.split(",") if part)
            continue
        word = word.replace("’", "'")
        word = word.removesuffix("'s")
        if word in _STOPWORDS:
            continue
        tokens.append(stem(word))
    return tokens


def _bm25s() -> Any:
    try:
        import bm25s
    except ImportError:
        raise DependencyMissing("BM25 search needs bm25s: pip install 'agentlib[kb]'") from None
    return bm25s


class LexicalIndex:
    """BM25 over the base's passages, rows in the base's passage order."""

    def __init__(self, model: Any, rows: int):
        self._model = model
        self.rows = rows

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        """Index `texts` (row i is passage i)."""
        bm25s = _bm25s()
        model = bm25s.BM25()
        corpus = [tokenize(text) or [""] for text in texts]
        if corpus:
            model.index(corpus, show_progress=False)
        return cls(model, len(texts))

    def save(self, folder: Path) -> list[Path]:
        """Write the index into `folder` (npy arrays + JSON); the files written."""
        folder.mkdir(parents=True, exist_ok=True)
        if self.rows:
            self._model.save(str(folder), allow_pickle=False, show_progress=False)
        return sorted(p for p in folder.iterdir() if p.is_file())

    @classmethod
    def load(cls, folder: Path, rows: int) -> LexicalIndex:
        bm25s = _bm25s()
        if rows == 0:
            return cls(bm25s.BM25(), 0)
        model = bm25s.BM25.load(str(folder), allow_pickle=False, mmap=False, show_progress=False)
        return cls(model, rows)

    def search(self, query: str, depth: int) -> list[tuple[int, float]]:
        """Up to `depth` (row, score) pairs with a positive score, best first."""
        if not self.rows:
            return []
        vocabulary = self._model.vocab_dict
        ids = [vocabulary[token] for token in tokenize(query) if token in vocabulary]
        if not ids:
            return []
        scores = np.asarray(self._model.get_scores_from_ids(ids), dtype=np.float32)
        depth = min(depth, scores.shape[0])
        top = np.argpartition(-scores, depth - 1)[:depth] if depth < scores.shape[0] else np.arange(scores.shape[0])
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(row), float(scores[row])) for row in top if scores[row] > 0]

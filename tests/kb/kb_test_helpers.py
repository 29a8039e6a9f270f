"""A fast fake Embedder (hashed bag of words) that records what it embeds, and small generated corpora."""

from __future__ import annotations

import random
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from agentlib.kb.embedder import normalize_rows
from agentlib.kb.lexical import tokenize


class HashEmbedder:
    """Words hashed into 64 buckets: similar word sets give similar vectors; every call is recorded."""

    name = "test/hash-64"
    dimension = 64
    max_tokens = 256

    def __init__(self, name: str = "test/hash-64"):
        self.name = name
        self.embedded: list[str] = []
        self.queries: list[str] = []

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dimension, dtype=np.float32)
        for word in tokenize(text):
            vector[zlib.crc32(word.encode()) % self.dimension] += 1.0
        vector[0] += 1e-3  # never the zero vector
        return vector

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded.extend(texts)
        return normalize_rows(np.stack([self._vector(t) for t in texts]) if texts
                              else np.zeros((0, self.dimension), np.float32))

    def embed_query(self, text: str) -> np.ndarray:
        self.queries.append(text)
        return normalize_rows(self._vector(text)[None, :])


TOPICS = ["pump", "invoice", "glacier", "violin", "satellite", "orchard", "ferry", "bakery", "telescope", "quarry"]


def write_corpus(folder: Path, files: int, seed: int = 0) -> list[Path]:
    """`files` small Markdown files, each about one topic with a unique code number in it."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(files):
        topic = TOPICS[i % len(TOPICS)]
        path = folder / f"{topic}" / f"note-{i:04d}.md"
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"# Note {i} on the {topic}\n\nThe {topic} log entry {i} records code {10000 + i} and a "
                        f"reading of {rng.randint(1, 999)} units.\n\nA second paragraph about the {topic} "
                        f"mentions inspector {rng.choice(['Alvarez', 'Okafor', 'Lindqvist', 'Tanaka'])}.\n",
                        encoding="utf-8")
        paths.append(path)
    return paths

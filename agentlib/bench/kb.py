"""`agentlib bench kb`: knowledge-base speed and memory with the real all-MiniLM-L6-v2 model, on synthetic text.

Synthetic passages are English-like paragraphs drawn from a seeded vocabulary with names and numbers in them,
chunked as `agentlib index` chunks them (128 model tokens, about 100 per passage). Figures:
- `embed_passages_per_s_1_thread` / `_all_threads`: passages embedded per second, after a warm-up;
- for each size (default 10K and 100K passages): `KnowledgeBase.build` over a folder of such files, run in a
  child process so its peak RSS is its own: total seconds, seconds embedding, the rest (reading, chunking,
  FAISS, BM25, writing), peak RSS, bytes on disk and the vector index kind. Only the first `real_embed_limit`
  passages of a base (default 10K) go through the model; past it, vectors are seeded perturbations of real
  ones (the FAISS and BM25 work is the same), and `embed_s_all_passages_estimate` gives the model time for all
  passages at the measured rate;
- at the largest size, on one thread (torch and FAISS): load time, and `search(q, k=5)` latency p50/p95 over
  `queries` questions made from random passages, with the query embedding, vector and BM25 parts alone, and
  the HNSW graph's recall@10 against the exact scan.
Sizes are configurable: `python -m agentlib.bench.kb --sizes 2000,20000 --queries 100 --real-embed-limit N`.
torch, faiss and the model load here, lazily.
Left out: GPU embedding, bases larger than memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Sizes:
    """How big a run is: base sizes in passages (the last one is searched), queries, and model-embedded passages."""

    sizes: tuple[int, ...]
    queries: int
    throughput_passages: int
    real_embed_limit: int


FULL = Sizes((10_000, 100_000), queries=200, throughput_passages=256, real_embed_limit=10_000)
QUICK = Sizes((300, 1_500), queries=30, throughput_passages=32, real_embed_limit=200)
PARAGRAPHS_PER_FILE = 20
_NAMES = ["Alvarez", "Okafor", "Lindqvist", "Tanaka", "Moreau", "Novak", "Haddad", "Kowalski", "Silva", "Brennan"]
_SYLLABLES = ["ka", "lo", "mi", "ter", "van", "sor", "pel", "dun", "ri", "bel", "cor", "na", "tis", "gro", "fen"]
_COMMON = [
    "the", "report", "of", "the", "team", "said", "that", "a", "new", "review", "of", "every", "unit", "would",
    "start", "after", "the", "meeting", "and", "before", "the", "end", "of", "the", "season", "while", "costs",
    "rose", "in", "each", "region",
]


def _vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def synthetic_paragraph(rng: random.Random, vocabulary: list[str]) -> str:
    """Two sentences, about 30 words (under 320 characters, so the chunker never cuts one): common words, rare
    words, a name and a number."""
    sentences = []
    for _ in range(2):
        words = [rng.choice(_COMMON) if rng.random() < 0.6 else rng.choice(vocabulary)
                 for _ in range(rng.randint(9, 12))]
        words.insert(rng.randrange(len(words)), rng.choice(_NAMES))
        words.insert(rng.randrange(len(words)), f"{rng.randint(1, 99_999):,}")
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def write_corpus(folder: Path, passages: int, count_tokens: Any, seed: int = 0) -> None:
    """Files of `PARAGRAPHS_PER_FILE` paragraphs, as many as make `passages` chunks at the default chunk size."""
    from agentlib.documents.reader import Document
    from agentlib.kb.passages import DEFAULT_CHUNK_TOKENS, chunk_record

    rng = random.Random(seed)
    vocabulary = _vocabulary(rng)
    folder.mkdir(parents=True, exist_ok=True)
    made, number = 0, 0
    while made < passages:
        paragraphs = [synthetic_paragraph(rng, vocabulary) for _ in range(PARAGRAPHS_PER_FILE)]
        while True:
            text = "\n\n".join(paragraphs)
            chunks = len(chunk_record(Document.from_text(text), "x", "", DEFAULT_CHUNK_TOKENS, count_tokens).chunks)
            if made + chunks <= passages or len(paragraphs) == 1:
                break
            paragraphs.pop()
        (folder / f"doc{number:06d}.txt").write_text(text, encoding="utf-8")
        made, number = made + chunks, number + 1


class _BenchEmbedder:
    """The real embedder for the first `real_limit` passages; past it, unit vectors near real ones.

    Embedding 100K passages takes hours on two loaded cores; the index, BM25 and query figures need the passages
    and realistic vectors, not the hours. Vectors past the limit are a real vector (chosen by a hash of the text)
    plus seeded noise, normalised; the embedding cost of all passages is estimated from the measured rate.
    """

    def __init__(self, inner: Any, real_limit: int):
        self.inner, self.real_limit, self.seconds, self.real = inner, real_limit, 0.0, 0
        self.name, self.dimension, self.max_tokens = inner.name, inner.dimension, inner.max_tokens
        self._pool: list[Any] = []

    def count_tokens(self, text: str) -> int:
        return int(self.inner.count_tokens(text))

    def embed_passages(self, texts: Any) -> Any:
        import numpy as np

        from agentlib.kb.embedder import normalize_rows

        real = list(texts[: max(0, self.real_limit - self.real)])
        rows = []
        if real:
            started = time.perf_counter()
            vectors = self.inner.embed_passages(real)
            self.seconds += time.perf_counter() - started
            self.real += len(real)
            self._pool.extend(vectors)
            rows.append(vectors)
        rest = texts[len(real):]
        if rest:
            noise = []
            for text in rest:
                seed = zlib.crc32(text.encode("utf-8"))
                generator = np.random.default_rng(seed)
                base = self._pool[seed % len(self._pool)]
                noise.append(base + 0.35 * generator.standard_normal(self.dimension).astype(np.float32) / 19.6)
            rows.append(normalize_rows(np.stack(noise)))
        return np.concatenate(rows) if rows else np.zeros((0, self.dimension), dtype=np.float32)

    def embed_query(self, text: str) -> Any:
        return self.inner.embed_query(text)


def _threads(count: int) -> None:
    import faiss
    import torch

    torch.set_num_threads(count)
    faiss.omp_set_num_threads(count)


def build_child(size: int, out: Path, real_limit: int) -> dict[str, Any]:
    """In a fresh process: write the corpus, build the base on all threads, report time and peak RSS."""
    from agentlib.kb.base import KnowledgeBase
    from agentlib.kb.embedder import default_embedder

    _threads(os.cpu_count() or 1)
    corpus = out.parent / f"corpus-{size}"
    embedder = _BenchEmbedder(default_embedder(), real_limit)
    write_corpus(corpus, size, embedder.count_tokens)
    started = time.perf_counter()
    kb = KnowledgeBase.build([corpus], out, embedder=embedder)
    total = time.perf_counter() - started
    shutil.rmtree(corpus, ignore_errors=True)
    rate = embedder.real / embedder.seconds if embedder.seconds else 0.0
    return {"passages": len(kb), "files": len(kb.records), "build_s": round(total, 2),
            "embedded_by_the_model": embedder.real, "embed_s": round(embedder.seconds, 2),
            "embed_s_all_passages_estimate": round(len(kb) / rate, 1) if rate else None,
            "index_and_io_s": round(total - embedder.seconds, 2), "index": kb.manifest.index,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "disk_mb": round(sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 2**20, 1)}


def _throughput(threads: int, texts: list[str]) -> float:
    from agentlib.kb.embedder import default_embedder

    _threads(threads)
    embedder = default_embedder()
    embedder.embed_passages(texts[:8])  # warm-up: first-call allocations
    started = time.perf_counter()
    embedder.embed_passages(texts)
    return len(texts) / (time.perf_counter() - started)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _latency(folder: Path, queries: int) -> dict[str, Any]:
    import numpy as np
    from safetensors.numpy import load_file

    from agentlib.kb.base import KnowledgeBase
    from agentlib.kb.vectors import VectorIndex

    _threads(1)
    started = time.perf_counter()
    kb = KnowledgeBase.load(folder)
    load_s = time.perf_counter() - started
    rng = random.Random(7)
    questions = []
    for _ in range(queries):
        record = rng.choice(kb.records)
        words = record.chunk_text(rng.randrange(len(record.chunks))).split()
        start = rng.randrange(max(1, len(words) - 8))
        questions.append("What does the note say about " + " ".join(words[start:start + 8]).strip(".,") + "?")
    kb.search(questions[0], 5)  # warm-up
    total, embed, vector, lexical = [], [], [], []
    for question in questions:
        t0 = time.perf_counter()
        kb.search(question, 5)
        t1 = time.perf_counter()
        query = kb.embedder.embed_query(question)
        t2 = time.perf_counter()
        kb.vector_index.search(query, 50)
        t3 = time.perf_counter()
        kb.lexical.search(question, 50)
        t4 = time.perf_counter()
        total.append(t1 - t0)
        embed.append(t2 - t1)
        vector.append(t3 - t2)
        lexical.append(t4 - t3)
    result = {"passages": len(kb), "index": kb.manifest.index, "load_s": round(load_s, 2),
              "query_p50_ms": round(1000 * statistics.median(total), 2),
              "query_p95_ms": round(1000 * _percentile(total, 0.95), 2),
              "query_embed_p50_ms": round(1000 * statistics.median(embed), 2),
              "query_vector_p50_ms": round(1000 * statistics.median(vector), 2),
              "query_bm25_p50_ms": round(1000 * statistics.median(lexical), 2), "queries": len(questions)}
    if kb.manifest.index == "hnsw":
        exact = VectorIndex.build(np.ascontiguousarray(load_file(str(folder / "vectors.safetensors"))["vectors"]),
                                  "flat")
        overlap = []
        for question in questions:
            query = kb.embedder.embed_query(question)
            truth = {row for row, _ in exact.search(query, 10)}
            overlap.append(len(truth & {row for row, _ in kb.vector_index.search(query, 10)}) / 10)
        result["hnsw_recall_at_10"] = round(statistics.mean(overlap), 3)
    return result


def measure(sizes: list[int], queries: int, throughput_passages: int, real_limit: int) -> dict[str, Any]:
    rng = random.Random(3)
    vocabulary = _vocabulary(rng)
    # Two paragraphs a passage: what the chunker makes of this text at 128 tokens.
    texts = [synthetic_paragraph(rng, vocabulary) + "\n\n" + synthetic_paragraph(rng, vocabulary)
             for _ in range(throughput_passages)]
    from agentlib.kb.embedder import default_embedder

    tokens = statistics.mean(default_embedder().count_tokens(t) for t in texts)
    result: dict[str, Any] = {"model": default_embedder().name, "cpu_count": os.cpu_count(),
                              "passage_dtype": default_embedder().passage_dtype, "real_embed_limit": real_limit,
                              "passage_tokens_mean": round(tokens, 1),
                              "embed_passages_per_s_1_thread": round(_throughput(1, texts), 1),
                              "embed_passages_per_s_all_threads": round(_throughput(os.cpu_count() or 1, texts), 1)}
    with tempfile.TemporaryDirectory(prefix="agentlib-bench-kb-") as scratch:
        for size in sizes:
            out = Path(scratch) / f"kb-{size}"
            child = subprocess.run([sys.executable, "-m", "agentlib.bench.kb", "--child-build", str(size),
                                    "--child-out", str(out), "--real-embed-limit", str(real_limit)],
                                   capture_output=True, text=True, check=False)
            if child.returncode != 0:
                raise RuntimeError(f"build of {size} passages failed: {child.stderr.strip()[-2000:]}")
            result[f"build_{size}"] = json.loads(child.stdout.strip().splitlines()[-1])
        result[f"search_{sizes[-1]}_1_thread"] = _latency(Path(scratch) / f"kb-{sizes[-1]}", queries)
    return result


def run(args: argparse.Namespace) -> dict[str, Any]:
    """`agentlib bench kb [--quick]`."""
    sizes = QUICK if getattr(args, "quick", False) else FULL
    return measure(list(sizes.sizes), sizes.queries, sizes.throughput_passages, sizes.real_embed_limit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in FULL.sizes),
                        help="comma-separated base sizes in passages (the last is also searched)")
    parser.add_argument("--queries", type=int, default=FULL.queries)
    parser.add_argument("--throughput-passages", type=int, default=FULL.throughput_passages)
    parser.add_argument("--real-embed-limit", type=int, default=FULL.real_embed_limit,
                        help="passages per base embedded by the model; past it, vectors near real ones")
    parser.add_argument("--child-build", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--child-out", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_build is not None:
        print(json.dumps(build_child(args.child_build, args.child_out, args.real_embed_limit)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if not sizes or min(sizes) < 1 or args.queries < 1:
        parser.error("--sizes and --queries must be positive")
    print(json.dumps(measure(sizes, args.queries, args.throughput_passages, args.real_embed_limit), sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())

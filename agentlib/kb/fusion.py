"""Reciprocal rank fusion: one ranking from several, by rank alone.

BM25 scores and cosine similarities live on different scales, so they are not added; each ranking gives a
passage `1 / (RRF_K + rank)` (rank from 1) and the sums are sorted (Cormack, Clarke and Buettcher, SIGIR 2009,
with their constant 60). A passage found by both retrievers beats one found high by only one, which is what a
question that names a thing ("order 4471", "Jane Doe") and describes it in other words needs.
Ties break by the best single rank, then by row, so results are deterministic.
Left out: learned or per-query weights.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

RRF_K = 60


def reciprocal_rank_fusion(rankings: Mapping[str, Sequence[int]], k: int = RRF_K
                           ) -> list[tuple[int, float, dict[str, int]]]:
    """Fuse named rankings (rows, best first) into (row, fused score, {name: rank from 1}), best first."""
    scores: dict[int, float] = {}
    ranks: dict[int, dict[str, int]] = {}
    for name, rows in rankings.items():
        seen: set[int] = set()
        for position, row in enumerate(rows, 1):
            if row in seen:
                continue
            seen.add(row)
            scores[row] = scores.get(row, 0.0) + 1.0 / (k + position)
            ranks.setdefault(row, {})[name] = position
    order = sorted(scores, key=lambda row: (-scores[row], min(ranks[row].values()), row))
    return [(row, scores[row], ranks[row]) for row in order]

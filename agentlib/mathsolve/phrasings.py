"""Competition phrasings (placeholder; filled in below)."""

from __future__ import annotations

from agentlib.mathsolve.reading import Reading


def read_phrasing(problem: str) -> Reading | None:
    return None

"""Tuning and blind halves of a development set, chosen by a hash of each item's text.

Rules tuned on every item of a development set do not transfer to unseen items, so work on a
benchmark follows one protocol: split the set in two by a hash, read only the tuning half's items
(per-item output, misses, traces), and look at the blind half only through its aggregate score.
Both figures are reported. `agentlib eval DATASET --half blind` prints aggregates and writes no
per-item file.

The key of an item is the text a person would read first (the problem, the passage, the article),
normalised (NFKC, case-folded, whitespace collapsed), so items that share a passage land on the same
side. The hash is SHA-256 of `SALT + key`; an even first hex digit is the tuning half. The salt
differs from the one that separated the development set from the held-out set, so the two splits are
independent.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

Half = Literal["all", "tuning", "blind"]
HALVES: tuple[Half, ...] = ("all", "tuning", "blind")
SALT = "agentlib-tune-v1:"

Item = TypeVar("Item")


def normalize_key(text: str) -> str:
    """The text an item is hashed by: NFKC, case-folded, runs of whitespace as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def half_of(text: str) -> Literal["tuning", "blind"]:
    """Which half an item whose key text is `text` belongs to."""
    digest = hashlib.sha256((SALT + normalize_key(text)).encode("utf-8")).hexdigest()
    return "tuning" if int(digest[0], 16) % 2 == 0 else "blind"


def select_half(items: Iterable[Item], half: Half, key: Callable[[Item], str]) -> list[Item]:
    """The items of `half` ("all" keeps every item), in their original order."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    items = list(items)
    if half == "all":
        return items
    return [item for item in items if half_of(key(item)) == half]

"""Verbs for different acts of one event: "borrows the book" and "returns the book" are two propositions.

The verbs of one kind of event name its participants' parts or its stages: in a loan the borrower borrows, the
lender lends, and later the book is returned; in a sale one buys, the other sells; a letter is written, sent,
received and read. Sentence embeddings score such verbs as close as synonyms ("borrows the book" / "returns the
book" 0.84 as phrases, while "helps" / "assists" score 0.34 as words), so the loose reader joined them as one
proposition and a rule about borrowing answered a question about returning. Relatedness is not synonymy: two
verbs are one act only when they are synonyms, and the verbs of one event are grouped here into synonym sets, so
that two verbs of one event in *different* sets are never one proposition ("buys" / "purchases" stay joinable,
"buys" / "sells" / "rents" do not).

Each event is a closed class of acts, like the closed classes of `contrasts.py` (days, colours, ordinals); the
table lists verbs whose everyday sense is the event's (no "get", "take", "keep up"). Left out: verbs of unrelated
events ("washes" / "paints" the van), which `near_misses.py` leaves to the matcher.
"""

from __future__ import annotations

from collections.abc import Set

# one event per line; within it, one synonym set per act
EVENTS: list[list[frozenset[str]]] = [[frozenset(act.split("/")) for act in event.split()] for event in (
    "buy/purchase sell rent/lease/hire borrow lend/loan return steal/rob keep donate",
    "send/mail receive write read",
    "cook/bake eat serve",
    "hide find/discover lose seek/search",
    "wash/clean dry",
    "fix/repair/mend break/damage",
    "throw/toss catch",
    "build/construct demolish",
    "plant harvest",
    "hire/employ fire/dismiss",
    "teach/tutor learn/study",
    "open unlock close/shut lock",
)]


def different_acts(left: Set[str], right: Set[str]) -> bool:
    """Whether the forms of one word (`left`: the word and its lemmas) and of another (`right`) name different acts
    of one event (see the module notes)."""
    for event in EVENTS:
        own = [k for k, act in enumerate(event) if act & left]
        other = [k for k, act in enumerate(event) if act & right]
        if own and other and not set(own) & set(other):
            return True
    return False

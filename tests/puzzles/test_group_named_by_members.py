"""A group named by its members, subject first: "My three cats are Tom, Pip and Max.", "The players were Ann, Bo and
Cy.", "I have three dogs, Rex, Ace and Bo." introduce the cast as "Tom, Pip and Max are my cats." does. A count that
disagrees with the names is left unread. Regression: each abstained with the sentence not understood."""

from __future__ import annotations

import random

import pytest

import agentlib

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
COUNTS = {2: "two", 3: "three", 4: "four"}
NOUNS = ["cats", "dogs", "players", "runners", "students"]


def _names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


@pytest.mark.parametrize("seed", range(16))
def test_a_group_named_by_its_members_introduces_them(seed):
    rng = random.Random(seed)
    size = rng.choice([3, 4])
    names = _names(rng, size)  # oldest first
    noun = rng.choice(NOUNS)
    listed = rng.sample(names, size)
    named = ", ".join(listed[:-1]) + " and " + listed[-1]
    det = rng.choice(["My", "Our", "The"])
    count = rng.choice(["", COUNTS[size] + " "])
    intro = rng.choice([f"{det} {count}{noun} are {named}.", f"I have {COUNTS[size]} {noun}, {named}."])
    clues = [f"{older} is older than {younger}." for older, younger in zip(names, names[1:])]
    rng.shuffle(clues)
    youngest = rng.random() < 0.5
    text = f"{intro} {' '.join(clues)} Who is the {'youngest' if youngest else 'oldest'}?"
    verdict = agentlib.solve(text)
    assert (verdict.status, verdict.answer) == ("verified", names[-1] if youngest else names[0]), \
        (text, verdict.reason, verdict.unparsed)


def test_a_count_that_disagrees_is_not_read():
    verdict = agentlib.solve("My two cats are Tom, Pip and Max. Tom is older than Pip. Pip is older than Max. "
                             "Who is the oldest?")
    assert verdict.status == "abstained"

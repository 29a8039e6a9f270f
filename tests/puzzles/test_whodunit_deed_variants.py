"""Whodunits typed two everyday ways batch Y found unread, checked against brute force over generated variants:

- the suspects as the deed's subject, joined by "or": "Dan, Eve or Finn took the car." (`whodunit_cast.py`);
- the question naming the deed's object by its noun alone: "One of the three kids ate the last cookie. ... Who ate
  the cookie?" (`deed_question.py`).

Each variant is keyed by trying every suspect as the one who did it; a verified answer must be that key, and a
variant with one fitting suspect must be answered.
"""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ("Dan", "Eve", "Finn", "Gwen", "Hiro", "Ines", "Jude", "Kasia", "Lorcan")
DEEDS = (("took", "take", "car", "red"), ("ate", "eat", "cookie", "last"), ("broke", "break", "vase", "blue"),
         ("stole", "steal", "pie", "apple"))
NUMBER = {3: "three", 4: "four"}


def _claim(speaker: str, kind: int, target: str, did: str, do: str, thing: str) -> tuple[str, object]:
    """(what the speaker says, who did it -> whether it is true)."""
    if kind == 0:
        return f"{target} {did} it.", lambda culprit: culprit == target
    if kind == 1:
        return f"I didn't {do} it.", lambda culprit: culprit != speaker
    if kind == 2:
        return f"{target} didn't {do} the {thing}.", lambda culprit: culprit != target
    return f"It was {target}.", lambda culprit: culprit == target


def _variant(rng: random.Random, opener: str) -> tuple[str, str | None]:
    size = rng.choice((3, 4))
    cast = rng.sample(NAMES, size)
    did, do, thing, word = rng.choice(DEEDS)
    liars = rng.choice((("Exactly one of them is lying.", "lie", 1), ("Only one of them is telling the truth.",
                                                                        "truth", 1)))
    lines, tests = [], []
    for speaker in cast:
        claim, holds = _claim(speaker, rng.randrange(4), rng.choice([n for n in cast if n != speaker]), did, do,
                              thing)
        lines.append(f'{speaker} says, "{claim}"')
        tests.append(holds)
    if opener == "or":
        head = f"{', '.join(cast[:-1])} or {cast[-1]} {did} the {thing}."
        question = f"Who {did} the {thing}?"
    else:
        head = f"One of the {NUMBER[size]} kids {did} the {word} {thing}."
        question = f"Who {did} the {thing}?"
    fits = []
    for culprit in cast:
        truths = sum(holds(culprit) for holds in tests)
        if (liars[1] == "lie" and size - truths == 1) or (liars[1] == "truth" and truths == 1):
            fits.append(culprit)
    text = " ".join([head, *lines, liars[0], question])
    return text, fits[0] if len(fits) == 1 else None


@pytest.mark.parametrize("opener", ["or", "counted"])
def test_whodunit_variants_agree_with_brute_force(opener):
    rng = random.Random(11 if opener == "or" else 12)
    answered = 0
    for _ in range(40):
        text, key = _variant(rng, opener)
        verdict = solve(text)
        if verdict.status == "verified":
            assert verdict.answer == key, text
        if key is not None:
            assert verdict.status == "verified", text
            answered += 1
    assert answered >= 5

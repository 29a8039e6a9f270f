"""A table's cast with the place said first ("At a round table sit A, B, C and D.", "Around the table sat ...") or
around a table of no stated shape ("A, B, C and D sat around the table."), generated with fresh names and checked
against the seats tried by brute force. Before: both abstained (the cast after its verb was no subject; a table
with no shape was not a ring)."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.locative_inversion import uninvert_location

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]


def _names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


@pytest.mark.parametrize("seed", range(10))
def test_a_table_named_first_or_with_no_shape(seed: int) -> None:
    rng = random.Random(seed)
    a, b, c, d = _names(rng, 4)
    shown = rng.sample([a, b, c, d], 4)
    listed = f"{shown[0]}, {shown[1]}, {shown[2]} and {shown[3]}"
    present, verb = rng.choice([("sit", "sits"), ("sat", "sat")])
    cast = rng.choice([f"At a round table {present} {listed}.", f"Around the table {present} {listed}.",
                       f"Around a circular table {present} {listed}.", f"{listed} {present} around the table."])
    seats = [p for p in permutations([a, b, c, d]) if p[0] == a and p[2] == c and p[3] == b]
    text = f"{cast} {a} {verb} across from {c}. {b} {verb} on {a}'s right. Who {verb} on {a}'s left?"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", seats[0][1]), (text, verdict.reason)


def test_only_a_verb_of_position_before_names_is_turned() -> None:
    assert uninvert_location("At a round table sit Ann, Bo and Cy.") == "Ann, Bo and Cy sit at a round table."
    assert uninvert_location("Ann laughed. Around the fire sat Jo and Lu.") == "Ann laughed. Jo and Lu sat around the fire."
    for unchanged in ("In the box is a key.", "At the party Ann met Bo and Cy.", "On the table sit two cats."):
        assert uninvert_location(unchanged) == unchanged


def test_a_table_of_no_shape_with_at_is_not_a_ring() -> None:
    text = "Ann, Bo, Cy and Di sat at the table. Ann sat across from Cy. Bo sat on Ann's right. Who sat on Ann's left?"
    assert solve(text).status == "abstained"

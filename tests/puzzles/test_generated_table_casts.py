"""A round table's cast under any plural noun ("Four cousins sat around a round table: ..."), generated with fresh
names, nouns, tenses and cast forms, and checked against the seats tried by brute force.

Only "people", "friends", "guests" and a few more nouns opened a table's cast, so "Four cousins ..." abstained; the
count still has to match the names.
"""

from __future__ import annotations

import random
from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
NOUNS = ["cousins", "sisters", "neighbours", "diners", "teammates", "aunts", "coworkers"]
TENSES = [("sit", "sits", "sits"), ("sat", "sat", "sat")]


def _names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10**9))
def test_a_table_cast_under_any_plural_noun(seed):
    rng = random.Random(seed)
    a, b, c, d = _names(rng, 4)
    shown = rng.sample([a, b, c, d], 4)
    listed = f"{shown[0]}, {shown[1]}, {shown[2]} and {shown[3]}"
    noun = rng.choice(NOUNS)
    plural, verb, asked = rng.choice(TENSES)
    cast = (f"Four {noun} {plural} around a round table: {listed}." if rng.random() < 0.5 else
            f"Four {noun}, {listed}, {plural} around a round table.")
    # seats clockwise; a diner's left is the next seat clockwise (the mirror answers alike)
    seats = [p for p in permutations([a, b, c, d]) if p[0] == a and p[2] == c and p[3] == b]
    assert len(seats) == 1
    text = (f"{cast} {a} {verb} across from {c}. {b} {verb} on {a}'s right. Who {asked} on {a}'s left?")
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", seats[0][1]), (text, verdict.reason)


def test_a_count_that_disagrees_with_the_names_reads_no_table():
    text = ("Five cousins sat around a round table: Ann, Bo, Cy and Di. Ann sat across from Cy. Bo sat on Ann's "
            "right. Who sat on Ann's left?")
    assert solve(text).status != "verified"

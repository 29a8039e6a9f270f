"""", in some order" at the end of a cast says nothing more than the cast: the verdict is the one without it.

Generated knights, knaves and normals (one of each) with fresh names and claims, the cast with and without the
remark ("in some order", "in no particular order", "in any order"), the key found by trying every assignment.
"""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus"]
KINDS = ("knight", "knave", "normal")
REMARKS = [", in some order", ", in no particular order", " in any order"]


def _honest(kind: str, claim: bool) -> bool:
    return kind == "normal" or (kind == "knight") == claim


@pytest.mark.parametrize("seed", range(8))
def test_in_some_order_changes_nothing(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, 3)
    claims = []  # (speaker, subject, kind): 'subject is the kind'
    for speaker in people:
        claims.append((speaker, rng.choice(people), rng.choice(KINDS)))
    solutions = [dict(zip(people, kinds)) for kinds in itertools.permutations(KINDS)
                 if all(_honest(dict(zip(people, kinds))[s], dict(zip(people, kinds))[o] == k) for s, o, k in claims)]
    said = " ".join(f'{s} says "{"I am" if o == s else o + " is"} the {k}."' for s, o, k in claims)
    cast = f"{people[0]}, {people[1]} and {people[2]} are one knight, one knave and one normal"
    rules = "A knight always tells the truth, a knave always lies, and a normal sometimes lies."
    plain = solve(f"{rules} {cast}. {said} Who is the knight?")
    remarked = solve(f"{rules} {cast}{rng.choice(REMARKS)}. {said} Who is the knight?")
    assert (remarked.status, remarked.answer) == (plain.status, plain.answer)
    knights = {next(p for p in s if s[p] == "knight") for s in solutions}
    if plain.status == "verified" or len(knights) == 1:
        assert len(knights) == 1 and plain.answer == knights.pop()

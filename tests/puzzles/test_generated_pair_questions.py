"""Questions about "both" of a two-person cast ("Can both be knights?", "Are they both knaves?"), over fresh names
and statements, answered by brute force over the four assignments of knight and knave."""

from __future__ import annotations

import random
from itertools import product

import pytest

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.pair_pronouns import named_pair

NAMES = ["Cal", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon"]
# what a speaker says, as text (other = the other person) and as truth over (speaker_knight, other_knight)
CLAIMS = [("{o} is a knave", lambda s, o: not o), ("{o} is a knight", lambda s, o: o),
          ("we are both knaves", lambda s, o: not s and not o),
          ("at least one of us is a knave", lambda s, o: not s or not o),
          ("{o} and I are the same kind", lambda s, o: s == o)]


def _worlds(claims: list[tuple[int, int]]) -> list[tuple[bool, bool]]:
    worlds = []
    for first, second in product((True, False), repeat=2):
        said = [CLAIMS[claims[0][0]][1](first, second), CLAIMS[claims[1][0]][1](second, first)]
        if said == [first, second]:
            worlds.append((first, second))
    return worlds


@pytest.mark.parametrize("seed", range(4))
def test_both_of_a_pair(seed: int) -> None:
    rng = random.Random(seed)
    checked = 0
    while checked < 3:
        a, b = rng.sample(NAMES, 2)
        claims = [(rng.randrange(len(CLAIMS)), 0), (rng.randrange(len(CLAIMS)), 0)]  # (claim index, unused)
        worlds = _worlds(claims)
        if not worlds:
            continue
        kind = rng.choice(["knights", "knaves"])
        wanted = (kind == "knights", kind == "knights")
        said_a = CLAIMS[claims[0][0]][0].format(o=b)
        said_b = CLAIMS[claims[1][0]][0].format(o=a)
        setup = (f"Knights always tell the truth and knaves always lie. {a} says \"{said_a[0].upper()}{said_a[1:]}.\" "
                 f"{b} says \"{said_b[0].upper()}{said_b[1:]}.\"")
        if rng.random() < 0.5:
            question, expected = f"Can both be {kind}?", "yes" if wanted in worlds else "no"
        else:
            question = f"Are they both {kind}?"
            expected = "yes" if all(w == wanted for w in worlds) else \
                "no" if wanted not in worlds else "cannot be determined"
        verdict = solve(f"{setup} {question}")
        assert (verdict.status, verdict.answer) == ("verified", expected), (setup, question, verdict.reason,
                                                                            verdict.unparsed)
        checked += 1


def test_both_needs_a_cast_of_two() -> None:
    assert named_pair("Can both be knights?", ["Cal", "Dee", "Eli"]) == "Can both be knights?"
    assert named_pair("Are they both knaves?", ["Cal", "Dee"]) == "Are Cal and Dee both knaves?"

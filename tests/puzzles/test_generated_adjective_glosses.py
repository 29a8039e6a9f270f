"""Kinds glossed with an adjective ("a knight (always truthful) or a knave (always lies)"), in "live on an island
where each person is ...", generated with fresh names, glosses and claims, and checked against every assignment
tried by brute force.

Only a verb phrase ("(always tells the truth)") was a gloss, so the island sentence with "(always truthful)" was
unread; a gloss that contradicts its word ("a knight (always lying)") still reads nothing.
"""

from __future__ import annotations

import random
from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
TRUE_GLOSS = ["always truthful", "always honest", "truthful", "always tells the truth"]
FALSE_GLOSS = ["always lies", "always lying", "dishonest", "never truthful"]


def _names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10**9))
def test_an_adjective_gloss_reads_like_a_verb_gloss(seed):
    rng = random.Random(seed)
    names = _names(rng, 3)
    claims = [(speaker, rng.choice([n for n in names if n != speaker]), rng.random() < 0.5) for speaker in names]
    knights = set()
    for kinds in product([True, False], repeat=3):
        knight = dict(zip(names, kinds))
        if all(knight[s] == (knight[about] == says_knight) for s, about, says_knight in claims):
            knights.add(frozenset(n for n in names if knight[n]))
    said = " ".join(f"{s} says '{about} is a {'knight' if k else 'knave'}'." for s, about, k in claims)
    text = (f"{names[0]}, {names[1]} and {names[2]} live on an island where each person is a knight "
            f"({rng.choice(TRUE_GLOSS)}) or a knave ({rng.choice(FALSE_GLOSS)}). {said} What is {names[0]}?")
    verdict = solve(text)
    firsts = {names[0] in k for k in knights}
    if len(firsts) == 1:
        expected = {names[0]: "knight" if firsts.pop() else "knave"}
        assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason)
    else:
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)


def test_a_gloss_that_contradicts_its_word_reads_nothing():
    text = ("Rin and Sol live on an island where each person is a knight (always lying) or a knave (always truthful). "
            "Rin says 'Sol is a knave'. Who is a knight?")
    assert solve(text).status != "verified"

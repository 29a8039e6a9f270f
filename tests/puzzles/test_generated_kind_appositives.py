"""Kinds glossed after a comma ("one is normal, who sometimes lies and sometimes tells the truth"), generated with
fresh names, glosses and statements, and checked against every assignment tried by brute force.

The gloss was read as a clause of its own and the whole distribution abstained; now it reads as the parenthesis does
("normal (sometimes lies ...)"), and a gloss that contradicts its word ("a knight, who always lies") still reads
nothing.
"""

from __future__ import annotations

import random
from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
# (the truthful one, the lying one, what the liar is called in the question)
KINDS = [("One always tells the truth", "one always lies", "the liar"),
         ("One is a knight, who always tells the truth", "one is a knave, who always lies", "the knave")]
NORMAL = ["one is normal, who sometimes lies and sometimes tells the truth", "one is normal, who may lie or tell "
          "the truth", "one is normal, who can lie or tell the truth"]


def _names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


def _claims(rng: random.Random, names: list[str]) -> list[tuple[str, str, str, bool]]:
    """(speaker, words, about, normal?) for each speaker: "I am normal", "Y is not normal", ..."""
    said = []
    for speaker in names:
        about = rng.choice(names)
        normal = rng.random() < 0.5
        subject = "I am" if about == speaker else f"{about} is"
        said.append((speaker, f"{subject}{'' if normal else ' not'} normal", about, normal))
    return said


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10**9))
def test_a_kind_glossed_after_a_comma_reads_like_a_parenthesis(seed):
    rng = random.Random(seed)
    names = _names(rng, 3)
    claims = _claims(rng, names)
    liars = set()
    for roles in permutations(["truth", "liar", "normal"]):
        role = dict(zip(names, roles))
        if all((role[about] == "normal") == normal if role[speaker] == "truth" else
               (role[about] == "normal") != normal if role[speaker] == "liar" else True
               for speaker, _, about, normal in claims):
            liars.add(next(n for n in names if role[n] == "liar"))
    speeches = " ".join(f"{speaker} says, '{words}.'" for speaker, words, _, _ in claims)
    truthful, lying, liar = rng.choice(KINDS)
    text = (f"{names[0]}, {names[1]} and {names[2]} are witnesses. {truthful}, {lying}, and {rng.choice(NORMAL)}. "
            f"{speeches} Who is {liar}?")
    verdict = solve(text)
    if len(liars) == 1:
        assert (verdict.status, verdict.answer) == ("verified", liars.pop()), (text, verdict.reason)
    else:
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)


def test_a_gloss_that_contradicts_its_kind_reads_nothing():
    text = ("Ruth, Saul and Tess are witnesses. One is a knight, who always lies, one is a knave, who always tells the "
            "truth, and one is normal. Ruth says, 'I am normal.' Who is the knave?")
    assert solve(text).status != "verified"

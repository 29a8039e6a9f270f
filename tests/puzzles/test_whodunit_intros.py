"""Whodunits whose deed and suspects are typed in one sentence ("someone ate the cake, it was Mo, Ned or Ola.", "One
of four kids broke the window: Pat, Quin, Rae or Sam.") and whose claims are quoted in lower case ("Mo says 'it
wasnt me'"): none was read. Generated with fresh names, deeds, claims and counts of liars, checked by brute force
over every culprit."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Mo", "Ned", "Ola", "Pat", "Quin", "Rae", "Sam", "Tove"]
DEEDS = [("ate", "the cake"), ("broke", "the window"), ("took", "the money")]
WORDS = {3: "three", 4: "four"}


def _claim(rng: random.Random, me: str, people: list[str], claims: list) -> tuple[str, object]:
    """A claim by `me` as (words, truth given the culprit and the truths of earlier claims)."""
    other = rng.choice([p for p in people if p != me])
    kind = rng.randrange(4 if claims else 3)
    if kind == 0:
        return f"{other} did it", lambda c, t: c == other
    if kind == 1:
        return rng.choice(["I didn't do it", "it wasnt me", "it was not me"]), lambda c, t: c != me
    if kind == 2:
        return f"it was {other}", lambda c, t: c == other
    earlier = rng.randrange(len(claims))
    return f"{claims[earlier][0]} is lying", lambda c, t, k=earlier: not t[k]


@settings(max_examples=20, deadline=None, derandomize=True)
@given(st.integers(0, 10**9), st.sampled_from([3, 4]), st.sampled_from(range(4)), st.booleans())
def test_whodunits_typed_in_one_sentence_answer_as_brute_force(seed, size, intro, one_liar):
    rng = random.Random(seed)
    people = rng.sample(NAMES, size)
    verb, thing = rng.choice(DEEDS)
    listed = ", ".join(people[:-1]) + f" or {people[-1]}"
    opening = [f"someone {verb} {thing}, it was {listed}.", f"Someone {verb} {thing}, it was {listed}.",
               f"One of {WORDS[size]} kids {verb} {thing}: {listed}.", f"One of the kids {verb} {thing}: {listed}."]
    claims: list = []
    for me in people:
        words, test = _claim(rng, me, people, claims)
        claims.append((me, words, test))
    said = " ".join(f"{me} says '{words}'." for me, words, _ in claims)
    rule = "Exactly one of them is lying." if one_liar else "Only one of them is telling the truth."
    text = f"{opening[intro]} {said} {rule} Who {verb} {thing}?"
    culprits = set()
    for culprit in people:
        truths: list[bool] = []
        for _, _, test in claims:
            truths.append(test(culprit, truths))
        if truths.count(False if one_liar else True) == 1:
            culprits.add(culprit)
    verdict = solve(text)
    if len(culprits) == 1:
        assert (verdict.status, verdict.answer) == ("verified", culprits.pop()), (text, verdict.reason,
                                                                                  verdict.unparsed)
    else:
        assert verdict.status != "verified" or verdict.answer in ("cannot be determined", "no one"), text


def test_a_count_that_disagrees_with_the_names_is_not_read_as_the_list():
    text = "One of three kids broke the window: Pat, Quin, Rae or Sam. Pat says 'I did it'. Who broke the window?"
    assert solve(text).status != "verified"

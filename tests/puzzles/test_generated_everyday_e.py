"""Generated puzzles for the constructions batch E showed misread, checked against brute force.

- a speaker comparing kinds with a pair: "X and I are of opposite types", "... are opposites", "... are the same
  sort". Before the fix "of opposite types" was read as a property of each speaker (a fresh word, so the claim
  constrained nothing) and a forced answer came back verified "cannot be determined".
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Wren", "Odo", "Pell", "Suki", "Tamsin", "Juno"]
SAME_WORDS = ["of the same kind", "the same type", "alike", "of the same sort"]
DIFFERENT_WORDS = ["of opposite types", "opposites", "of different kinds", "different", "of opposite kinds"]
OPENINGS = ["Knights always tell the truth and knaves always lie. ", "Each of them is a knight or a knave. ", ""]


@st.composite
def pair_claims(draw):
    first, second = draw(st.permutations(NAMES))[:2]
    same = draw(st.booleans())
    kind_word = draw(st.sampled_from(SAME_WORDS if same else DIFFERENT_WORDS))
    other_claim = draw(st.sampled_from(["knight", "knave"]))
    opening = draw(st.sampled_from(OPENINGS))
    return first, second, same, kind_word, other_claim, opening


@settings(max_examples=20, deadline=None)
@given(pair_claims())
def test_a_pair_compared_by_kind_agrees_with_every_world(case):
    first, second, same, kind_word, other_claim, opening = case
    text = (f'{opening}{first} says, "{second} is a {other_claim}." {second} says, "{first} and I are {kind_word}." '
            f"What are {first} and {second}?")
    worlds = [(a, b) for a, b in itertools.product([True, False], repeat=2)
              if a == (b == (other_claim == "knight")) and b == ((a == b) == same)]
    verdict = solve(text)
    if len(worlds) == 1:
        expected = {first: "knight" if worlds[0][0] else "knave", second: "knight" if worlds[0][1] else "knave"}
        if opening:
            assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)
        else:  # no opening: an abstention is allowed, a wrong answer never
            assert verdict.status != "verified" or verdict.answer == expected, (text, verdict.answer)
    else:  # open or contradictory: never one assignment
        assert verdict.status != "verified" or not isinstance(verdict.answer, dict), (text, verdict.answer)

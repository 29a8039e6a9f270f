""""A dog is barking" is one dog now, never every dog: "A dog is barking. Rex is a dog. So Rex is barking." was
verified valid (the indefinite read as generic, as in "A dog barks"). Key by a small model: two dogs, one barking.
The generic simple present ("A robin is a bird", "A dog barks") still reads as every member.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import _analyze

NAMES = ["Rex", "Fido", "Tom", "Kit", "Bella"]
KINDS = [("dog", "barking", "barks"), ("cat", "sleeping", "sleeps"), ("bird", "singing", "sings")]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(KINDS))
def test_a_progressive_indefinite_is_one_member(name, kind):
    noun, doing, does = kind
    analysis = _analyze(f"A {noun} is {doing}. {name} is a {noun}. So {name} is {doing}.")
    assert analysis.status != "verified" or analysis.answer == "invalid"
    analysis = _analyze(f"A {noun} {does}. {name} is a {noun}. So {name} {does}.")
    assert analysis.status == "verified" and analysis.answer == "valid"

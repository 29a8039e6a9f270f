"""A member of a named owner's kind said with "one of" ("Max is one of Sue's cousins.") was not understood, though
"Max is Sue's cousin." and "one of the cousins" were. It now reads as the latter, kin nouns and other nouns alike;
each answer is the syllogism's, worked out by hand for every draw (a member has the kind's property; a non-member
is left open)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Sue", "Max", "Orla", "Tobias", "Ngozi"]
KINDS = ["cousins", "friends", "neighbours", "students", "children"]
PROPERTIES = [("live in Leeds", "lives in Leeds", "live in Leeds", "own a boat", "owns a boat", "own a boat"),
              ("play chess", "plays chess", "play chess", "eat meat", "eats meat", "eat meat"),
              ("speak Welsh", "speaks Welsh", "speak Welsh", "drive a van", "drives a van", "drive a van")]


@given(st.permutations(NAMES).map(lambda p: p[:2]), st.sampled_from(KINDS), st.sampled_from(PROPERTIES),
       st.booleans())
@settings(max_examples=16, deadline=None, derandomize=True)
def test_one_of_an_owners_kind_has_what_the_kind_has(pair, kind, prop, second_step):
    owner, member = pair
    has, has_s, _, other, other_s, other_base = prop
    if second_step:
        text = (f"All of {owner}'s {kind} {has}. Nobody who {has_s} {other_s}. {member} is one of {owner}'s {kind}. "
                f"Does {member} {other_base}?")
        expected = "no"
    else:
        text = f"All of {owner}'s {kind} {has}. {member} is one of {owner}'s {kind}. Does {member} {prop[2]}?"
        expected = "yes"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), verdict.reason


@given(st.permutations(NAMES).map(lambda p: p[:2]), st.sampled_from(KINDS), st.sampled_from(PROPERTIES))
@settings(max_examples=10, deadline=None, derandomize=True)
def test_one_not_of_the_kind_is_left_open(pair, kind, prop):
    owner, member = pair
    verdict = solve(f"All of {owner}'s {kind} {prop[0]}. {member} is not one of {owner}'s {kind}. "
                    f"Does {member} {prop[2]}?")
    assert verdict.status != "verified" or verdict.answer == "cannot be determined", verdict.reason

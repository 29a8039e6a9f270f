"""A subject of names joined by "and" with a predicate the group holds together ("are a team", "are neighbors",
"met"): never verified as each member's own property. Fresh names and wordings; the key is a small model: two
people who are a team (or neighbors, or met) while neither alone is one, so "So Ann is a team" never follows and a
chain through a shared member ("Ann and Bo are neighbors. Bo and Cy are neighbors.") says nothing of the outer pair.

Regression: "Ann and Bo are neighbors. Bo and Cy are neighbors. So Ann and Cy are neighbors." and "Ann and Bo are a
team. So Ann is a team." were verified valid. Distributive predicates ("are tall", "are each a doctor") still read.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ida", "Jon"]
TOGETHER = [("are a team", "is a team"), ("are a good match", "is a good match"), ("are a couple", "is a couple"),
            ("are neighbors", "is a neighbor"), ("are old friends", "is an old friend"),
            ("are similar", "is similar"), ("are together", "is together"), ("met", "met"),
            ("gathered in the hall", "gathered in the hall"), ("disagree", "disagrees")]
RECIPROCAL = ["are neighbors", "are friends", "are similar", "are classmates", "are rivals", "are close"]
EACH = [("are tall", "is tall"), ("are each a doctor", "is a doctor"), ("passed the test", "passed the test")]


def _trio(names: list[str]) -> tuple[str, str, str]:
    return names[0], names[1], names[2]


@settings(max_examples=14, deadline=None)
@given(st.permutations(NAMES).map(_trio), st.sampled_from(TOGETHER))
def test_what_a_group_is_together_is_not_each_members_property(trio, phrases):
    a, b, _ = trio
    group, member = phrases
    analysis = _analyze(f"{a} and {b} {group}. So {a} {member}.")
    assert analysis.status != "verified" or analysis.answer == "invalid"


@settings(max_examples=10, deadline=None)
@given(st.permutations(NAMES).map(_trio), st.sampled_from(RECIPROCAL))
def test_a_reciprocal_chain_says_nothing_of_the_outer_pair(trio, phrase):
    a, b, c = trio
    told = f"{a} and {b} {phrase}. {b} and {c} {phrase}."
    analysis = _analyze(f"{told} So {a} and {c} {phrase}.")
    assert analysis.status != "verified" or analysis.answer == "invalid"
    verdict = solve(f"{told} Are {a} and {c} {phrase.split(' ', 1)[1]}?")
    assert verdict.status != "verified" or verdict.answer == "cannot be determined"


@settings(max_examples=8, deadline=None)
@given(st.permutations(NAMES).map(_trio), st.sampled_from(EACH))
def test_what_each_member_is_still_distributes(trio, phrases):
    a, b, _ = trio
    group, member = phrases
    analysis = _analyze(f"{a} and {b} {group}. So {b} {member}.")
    assert analysis.status == "verified" and analysis.answer == "valid"


@settings(max_examples=6, deadline=None)
@given(st.permutations(NAMES).map(_trio), st.sampled_from(["ten", "three", "12", "a dozen"]),
       st.sampled_from(["boxes", "cookies", "chairs"]))
def test_a_number_said_of_two_is_not_each_ones_number(trio, number, things):
    a, b, _ = trio
    for verb in ("ate", "sold", "painted", "carried", "have", "own"):  # every verb, "have" the main verb too
        member_verb = {"have": "has", "own": "owns"}.get(verb, verb)
        analysis = _analyze(f"{a} and {b} {verb} {number} {things}. So {a} {member_verb} {number} {things}.")
        assert analysis.status != "verified" or analysis.answer == "invalid", (verb, number)

"""Negated focus words: "Ann doesn't just sing" says she sings; "Ann is anything but tall" says she is not tall.
Regression: "Ann doesn't just sing. Does Ann sing?" was verified "no" and "Ann is anything but tall. Is Ann tall?"
"yes" ("just" dropped as a filler, "anything" as nothing). Keys by what each says: the focused claim holds, and the
one after "anything but" does not. Fresh names, verbs, adjectives and focus words.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay"]
VERBS = [("sing", "sings"), ("dance", "dances"), ("cook", "cooks"), ("paint", "paints")]
ADJECTIVES = ["tall", "rich", "calm", "kind", "happy"]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from(["just", "merely", "simply"]),
       st.sampled_from(["doesn't", "does not"]))
def test_a_denied_focus_never_denies_the_claim(name, verb, focus, negation):
    plain, _ = verb
    verdict = solve(f"{name} {negation} {focus} {plain}. Does {name} {plain}?")
    assert verdict.status != "verified" or verdict.answer == "yes"


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(ADJECTIVES))
def test_anything_but_is_not(name, adjective):
    verdict = solve(f"{name} is anything but {adjective}. Is {name} {adjective}?")
    assert verdict.status == "verified" and verdict.answer == "no"

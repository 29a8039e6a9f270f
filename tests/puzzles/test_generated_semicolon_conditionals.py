"""Generated "If A, B; C" sentences ("if it's not raining, I walk; today I didn't walk"), checked by brute force
over A and B: the semicolon ends the conditional, so C is a fact of its own, never part of the "then".
Regression: the sentence was read two ways ("if A, then B and C" too) and the reader abstained on it.
"""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Bo", "Cleo", "Dev", "Ines", "Jun"]
WEATHER = [("it rains", "it doesn't rain", "Does it rain?"), ("it is windy", "it is not windy", "Is it windy?")]
DEEDS = [("walks", "didn't walk", "walked", "walk"), ("sings", "didn't sing", "sang", "sing")]


def brute_force(condition_negated: bool, fact_on_deed: bool, fact_value: bool) -> str:
    """The other letter's answer over every (A, B) with (A or not A, as stated) -> B and the stated fact."""
    seen = set()
    for a, b in product([False, True], repeat=2):
        if (not a if condition_negated else a) and not b:
            continue
        if (b if fact_on_deed else a) != fact_value:
            continue
        seen.add(a if fact_on_deed else b)
    return "cannot be determined" if len(seen) == 2 else ("yes" if seen.pop() else "no")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(WEATHER), st.sampled_from(DEEDS), st.booleans(), st.booleans(),
       st.booleans(), st.booleans())
def test_a_semicolon_after_a_conditional_starts_a_fact(name, weather, deed, negated, on_deed, value, lead):
    holds, fails, ask_weather = weather
    does, did_not, did, bare = deed
    rule = f"If {fails if negated else holds}, {name} {does}"
    if on_deed:
        fact = f"{'today ' if lead else ''}{name} {did if value else did_not}"
        question = ask_weather
    else:
        fact = f"{'today ' if lead else ''}{holds if value else fails}"
        question = f"Does {name} {bare}?"
    text = f"{rule}; {fact}. {question}"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", brute_force(negated, on_deed, value)), text

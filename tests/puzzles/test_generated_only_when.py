"""Generated "A only when B" rules ("Lena sings only when she is happy"), checked by brute force: "only when" is
"only if", B is what A needs, so A settles B and not-B settles not-A, while B and not-A leave the other open.
Regression: "when" after "only" was read as "whenever" ("whenever she is happy, Lena sings"), backwards.
"""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Lena", "Omar", "Pia", "Rudi", "Sade", "Theo"]
DEEDS = [("sings", "sing", "doesn't sing"), ("swims", "swim", "doesn't swim"), ("dances", "dance", "doesn't dance")]
STATES = [("happy", "not happy"), ("rested", "not rested"), ("calm", "not calm")]
LINKS = ["only when", "only if", "only whenever"]


def brute_force(fact_on_deed: bool, fact_value: bool) -> str:
    """The other letter's answer over every (A, B) with A -> B and the stated fact."""
    seen = set()
    for a, b in product([False, True], repeat=2):
        if a and not b:
            continue
        if (a if fact_on_deed else b) != fact_value:
            continue
        seen.add(b if fact_on_deed else a)
    return "cannot be determined" if len(seen) == 2 else ("yes" if seen.pop() else "no")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(DEEDS), st.sampled_from(STATES), st.sampled_from(LINKS),
       st.booleans(), st.booleans(), st.booleans())
def test_only_when_answers_as_brute_force(name, deed, state, link, fact_on_deed, fact_value, pronoun):
    does, bare, does_not = deed
    is_, is_not = state
    who = "she" if pronoun and name in ("Lena", "Pia", "Sade") else name
    rule = f"{name} {does} {link} {who} is {is_}."
    if fact_on_deed:
        fact = f"{name} {does if fact_value else does_not}."
        question = f"Is {name} {is_}?"
    else:
        fact = f"{name} is {is_ if fact_value else is_not}."
        question = f"Does {name} {bare}?"
    text = f"{rule} {fact} {question}"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", brute_force(fact_on_deed, fact_value)), text

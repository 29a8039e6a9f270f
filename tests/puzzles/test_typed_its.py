""""its" typed for "it's" ("we go hiking unless its windy", "if its not raining ...") was read as the possessive, and
the rule was not understood. "its" followed by "not", or by a word that is never a noun and ends its clause, is "it
is"; "its tail" stays the possessive. Generated rules about the weather, checked by brute force over both atoms."""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.typed_layout import with_apostrophes

WEATHER = ["windy", "sunny", "raining", "snowing", "foggy"]
ACTS = [("we go hiking", "we did not go hiking", "did we go hiking"),
        ("the match is played", "the match was not played", "was the match played")]


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.sampled_from(WEATHER), st.sampled_from(range(len(ACTS))), st.sampled_from(["unless", "if", "if not"]),
       st.booleans(), st.booleans())
def test_its_typed_for_it_is_reads_as_brute_force(weather, act, rule, fact_about_act, fact_true):
    does, did_not, asked_act = ACTS[act]
    if rule == "unless":
        text, holds = f"{does} unless its {weather}.", lambda w, a: w or a
    elif rule == "if":
        text, holds = f"if its {weather}, {does}.", lambda w, a: not w or a
    else:
        text, holds = f"if its not {weather}, {does}.", lambda w, a: w or a
    if fact_about_act:
        fact, known = (f"{does}." if fact_true else f"{did_not}."), lambda w, a: a == fact_true
        question, asked = f"was it {weather}?", lambda w, a: w
    else:
        fact, known = (f"its {weather}." if fact_true else f"its not {weather}."), lambda w, a: w == fact_true
        question, asked = f"{asked_act}?", lambda w, a: a
    seen = {asked(w, a) for w, a in product([True, False], repeat=2) if holds(w, a) and known(w, a)}
    expected = "cannot be determined" if len(seen) == 2 else ("yes" if seen.pop() else "no")
    verdict = solve(f"{text} {fact} {question}")
    if verdict.status == "verified":
        assert verdict.answer == expected, (text, fact, question)
    else:
        assert expected == "cannot be determined" or fact_about_act and fact_true, (text, fact, question,
                                                                                     verdict.reason)


def test_its_before_a_noun_stays_the_possessive():
    assert with_apostrophes("The dog wags its tail.") == "The dog wags its tail."
    assert with_apostrophes("the cat is in its bed and its cold") == "the cat is in its bed and its cold"
    assert with_apostrophes("unless its windy.") == "unless it is windy."

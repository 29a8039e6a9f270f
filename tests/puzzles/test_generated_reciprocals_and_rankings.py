"""Two readings found by a hunt for wrong answers, each checked over fresh names and wordings.

- "Ann and Bob like each other": each does it to every other one named. It was read as "... like every other
  (thing)", so "Does Bob like Ann?" came back verified "cannot be determined".
- "Ann is the tallest. Is Bob taller than Ann?": the statements rank Ann alone, so Bob was outside the ranking
  and the answer came back verified "cannot be determined"; a person the question compares but no statement ranks
  now makes the answer abstain (say whether Bob is among them)."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Folake", "Grzegorz", "Hana", "Ilias"]
VERBS = [("like", "likes", "Does {a} like {b}?"), ("trust", "trusts", "Does {a} trust {b}?"),
         ("know", "knows", "Does {a} know {b}?")]


@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=3, unique=True), st.sampled_from(VERBS),
       st.sampled_from(["each other", "one another"]), st.booleans())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_each_other_is_every_pair_both_ways(group, verb, reciprocal, negated):
    base, _, question = verb
    named = group[0] + " and " + group[1] if len(group) == 2 else f"{group[0]}, {group[1]} and {group[2]}"
    text = f"{named} {'do not ' if negated else ''}{base} {reciprocal}."
    for a, b in itertools.permutations(group, 2):
        verdict = solve(f"{text} {question.format(a=a, b=b)}")
        if negated and len(group) > 2:  # nobody likes anybody, or not every pair does? Not chosen
            assert verdict.status == "abstained", text
        else:
            assert verdict.status == "verified" and verdict.answer == ("no" if negated else "yes"), (text, a, b)


@given(st.permutations(NAMES[:3]), st.sampled_from(["tallest", "oldest", "fastest"]))
@settings(max_examples=15, deadline=None, derandomize=True)
def test_a_person_no_statement_ranks_is_not_answered_about(names, superlative):
    first, second, _ = names
    comparative = {"tallest": "taller", "oldest": "older", "fastest": "faster"}[superlative]
    verdict = solve(f"{first} is the {superlative}. Is {second} {comparative} than {first}?")
    assert verdict.status == "abstained"
    ranked = solve(f"{first} is the {superlative}. {second} is here too, and {first} is {comparative} than "
                   f"{second}. Is {second} {comparative} than {first}?")
    assert ranked.status != "verified" or ranked.answer == "no"

""""not as tall as", "at least as tall as", "no taller than", "as tall as" over fresh names and adjectives, checked
by brute force over heights (ties allowed). Regression: "Ann is not as tall as Bob" was read as "not the same
height", so "Is Ann taller than Bob?" came back verified "cannot be determined" (a wrong answer: she is shorter)."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Ottilie", "Piers", "Rukmini"]
ADJECTIVES = [("tall", "taller", "short", "shorter"), ("old", "older", "young", "younger")]
# (wording, relation between a and b: holds(a, b) on the scale of the first adjective)
STATEMENTS = [
    ("{a} is not as {adj} as {b}.", lambda a, b: a < b),
    ("{a} isn't as {adj} as {b}.", lambda a, b: a < b),
    ("{a} is at least as {adj} as {b}.", lambda a, b: a >= b),
    ("{a} is no {er} than {b}.", lambda a, b: a <= b),
    ("{a} is as {adj} as {b}.", lambda a, b: a == b),
    ("{a} is not as {low} as {b}.", lambda a, b: a > b),
]


@given(st.permutations(NAMES), st.sampled_from(ADJECTIVES), st.sampled_from(STATEMENTS), st.booleans())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_equative_comparisons_against_brute_force(names, adjective, statement, reversed_question):
    a, b, _ = names
    adj, er, low, _ = adjective
    wording, holds = statement
    text = wording.format(a=a, b=b, adj=adj, er=er, low=low)
    first, second = (b, a) if reversed_question else (a, b)
    answers = set()
    for va, vb in itertools.product(range(3), repeat=2):
        if holds(va, vb):
            values = {a: va, b: vb}
            answers.add(values[first] > values[second])
    expected = "cannot be determined" if len(answers) == 2 else ("yes" if answers.pop() else "no")
    verdict = solve(f"{text} Is {first} {er} than {second}?")
    assert verdict.status == "verified" and verdict.answer == expected, (text, first, second, verdict.reason)


def test_every_with_a_denied_verb_abstains_and_each_reads_distributively():
    # "Every student didn't pass" is "none passed" or "not all passed": read as "none", "Did Ann pass?" was a
    # verified "no" where "not all" leaves it open; "each" is distributive ("each ... didn't": none did)
    assert solve("Every student didn't pass. Ann is a student. Did Ann pass?").status == "abstained"
    verdict = solve("Each student didn't pass. Ann is a student. Did Ann pass?")
    assert verdict.status == "verified" and verdict.answer == "no"
    # a denied copula is read as logic texts write it (ProntoQA's "Every wumpus is not shiny": none is)
    verdict = solve("Every wumpus is not shiny. Max is a wumpus. Is Max shiny?")
    assert verdict.status == "verified" and verdict.answer == "no"

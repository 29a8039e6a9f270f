"""Rules whose condition joins two clauses about the same indefinite or about named things ("If someone is young and
they are kind then they are happy", "If someone eats the rabbit and the rabbit is cold then they are blue", "If the
tiger sees the bear and the tiger needs the mouse then the tiger is big"). They abstained: the parse that splits at
"and" met "someone" again with a new variable after "they" had taken the first one, and "sees the bear and the tiger
needs the mouse" was also read as one verb with two objects. Fresh names and predicates; answers by brute force."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Bob", "Fiona", "Gary"]
ADJECTIVES = ["young", "kind", "round", "cold", "blue", "quiet"]
THINGS = ["the rabbit", "the cat", "the mouse"]


@st.composite
def rules(draw):
    a1, a2, a3 = draw(st.permutations(ADJECTIVES).map(lambda p: p[:3]))
    person = draw(st.sampled_from(NAMES))
    thing = draw(st.sampled_from(THINGS))
    pronoun = draw(st.sampled_from(["they", "he"]))
    shape = draw(st.sampled_from(["pronoun", "thing"]))
    if shape == "pronoun":  # both conditions on the indefinite
        rule = f"If someone is {a1} and {pronoun} {'are' if pronoun == 'they' else 'is'} {a2} then " \
               f"{pronoun} {'are' if pronoun == 'they' else 'is'} {a3}."
        facts = {f"{person} is {a1}.": draw(st.booleans()), f"{person} is {a2}.": draw(st.booleans())}
    else:  # one condition on a named thing
        rule = f"If someone eats {thing} and {thing} is {a2} then they are {a3}."
        facts = {f"{person} eats {thing}.": draw(st.booleans()), f"{thing[0].upper()}{thing[1:]} is {a2}.":
                 draw(st.booleans())}
    stated = [fact for fact, holds in facts.items() if holds]
    return rule, stated, f"Is {person} {a3}?", all(facts.values())


@given(rules())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_two_clause_conditions_against_brute_force(case):
    rule, stated, question, fires = case
    verdict = solve(" ".join([*stated, rule, question]))
    expected = "yes" if fires else "cannot be determined"  # nothing else says the consequence
    assert verdict.status == "verified" and verdict.answer == expected, (stated, rule, question, verdict.reason)


def test_two_clauses_about_one_named_thing_are_two_clauses():
    text = "The tiger sees the bear. The tiger needs the mouse. If the tiger sees the bear and the tiger needs the " \
           "mouse then the tiger is big. Is the tiger big?"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == "yes"
    assert list(itertools.chain(verdict.unparsed)) == []

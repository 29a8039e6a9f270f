"""A puzzle told of one named day ("It was sunny on Tuesday. Did Ann walk to work on Tuesday?") under a general
rule ("Whenever it's sunny, Ann walks to work."), checked against brute force over the day's two facts. Two days,
or a fact told without its day, are never read as one day.

First sight (before any code change for it): every generated case abstained ("It was sunny on Tuesday." was not
understood); none was answered wrong."""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bilal", "Carys", "Dagny", "Emeka"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEATHER = [("it's sunny", "it was sunny", "it was not sunny", "Was it sunny"),
           ("it rains", "it rained", "it did not rain", "Did it rain")]
ACTIONS = [("walks to work", "walked to work", "did not walk to work", "walk to work"),
           ("takes the bus", "took the bus", "did not take the bus", "take the bus")]


@given(st.sampled_from(NAMES), st.sampled_from(DAYS), st.sampled_from(WEATHER), st.sampled_from(ACTIONS),
       st.sampled_from(["weather", "no weather", "no action"]), st.booleans())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_a_rule_applied_on_the_one_day_named(name, day, weather, action, told, day_first):
    rule = f"Whenever {weather[0]}, {name} {action[0]}."
    said = {"weather": weather[1], "no weather": weather[2], "no action": f"{name} {action[2]}"}[told]
    fact = f"On {day}, {said}." if day_first else f"{said[:1].upper() + said[1:]} on {day}."
    asked_weather = told == "no action"
    question = f"{weather[3]} on {day}?" if asked_weather else f"Did {name} {action[3]} on {day}?"
    worlds = [(w, a) for w, a in product([True, False], repeat=2) if (not w or a)  # the rule
              and {"weather": w, "no weather": not w, "no action": not a}[told]]
    values = {(w if asked_weather else a) for w, a in worlds}
    expected = "cannot be determined" if len(values) > 1 else ("yes" if values.pop() else "no")
    text = f"{rule} {fact} {question}"
    verdict = solve(text)
    if expected == "cannot be determined":  # an honest abstention is as good here
        assert verdict.status != "verified" or verdict.answer == expected, (text, verdict.answer)
    else:
        assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason, verdict.unparsed)


def test_two_days_or_an_undated_fact_are_not_one_day():
    for text in ["Whenever it's sunny, Anouk walks to work. It was sunny on Tuesday. Did Anouk walk to work on "
                 "Wednesday?",
                 "Whenever it's sunny, Anouk walks to work. It was sunny on Tuesday. Did Anouk walk to work?",
                 "If it is sunny and Anouk is rested, Anouk walks to work. Anouk was rested. It was sunny on Tuesday. "
                 "Did Anouk walk to work on Tuesday?"]:
        verdict = solve(text)
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)

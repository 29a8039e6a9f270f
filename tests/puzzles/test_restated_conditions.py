"""A rule whose consequent repeats its condition ("if it rains the picnic is off and it is raining") may be a rule and
a fact joined by "and": read one way the conclusion follows, the other way not, so the argument is not judged (it
was "invalid"). A consequent that does not repeat the condition keeps its one reading. Fresh wordings; expected
outcomes by truth table of both groupings."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import _analyze

CASES = [("it rains", "it is raining", "the picnic is off"), ("the alarm rings", "the alarm is ringing",
                                                               "the guards are awake"),
         ("the dog barks", "the dog is barking", "the bridge is closed")]


@settings(max_examples=8, deadline=None)
@given(st.integers(0, 10**9))
def test_a_restated_condition_after_and_is_not_judged_one_way(seed):
    rng = random.Random(seed)
    condition, restated, result = rng.choice(CASES)
    text = rng.choice([f"{result.capitalize()}, because if {condition}, {result} and {restated}.",
                       f"If {condition}, {result} and {restated}. So {result}."])
    analysis = _analyze(text)
    assert analysis.status == "abstained", (text, analysis.answer)


@settings(max_examples=6, deadline=None)
@given(st.integers(0, 10**9))
def test_a_consequent_with_its_own_clauses_keeps_one_reading(seed):
    rng = random.Random(seed)
    condition, _, result = rng.choice(CASES)
    text = f"If {condition}, {result} and the town is quiet. {condition.capitalize()}. So the town is quiet."
    analysis = _analyze(text)
    assert analysis.status == "verified" and analysis.answer == "valid", (text, analysis.reason)


ACTS = [("study hard", "studied hard", "pass"), ("train every day", "trained every day", "win the race"),
        ("save money", "saved money", "buy a house"), ("water the roses", "watered the roses", "see flowers")]


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9))
def test_a_condition_repeated_in_the_past_is_a_fact_beside_the_rule(seed):
    """"If you study hard, you will pass, and you studied hard. So you will pass." abstained as a restated
    condition: a consequence does not reach back in time, so the past clause reports the condition, and the
    rule-and-fact grouping decides (modus ponens: valid; the result denied: invalid). Said in the present, the
    clause still leaves both groupings open. (Every subject and act here is read in one way by the grammar: "you
    will pass the exam, and you studied hard" also reads "the exam and you" as one object, and abstains.)"""
    rng = random.Random(seed)
    plain, past, result = rng.choice(ACTS)
    who, does = rng.choice([("you", "you"), ("Ann", "she"), ("Omar", "he"), ("we", "we")])
    rule = f"If {who} {plain if who in ('you', 'we') else _third(plain)}, {does} will {result}"
    valid = _analyze(f"{rule}, and {who} {past}. So {who} will {result}.")
    assert (valid.status, valid.answer) == ("verified", "valid"), valid.reason
    invalid = _analyze(f"{rule}, and {who} {past}. So {who} will not {result}.")
    assert (invalid.status, invalid.answer) == ("verified", "invalid"), invalid.reason
    if who in ("you", "we"):
        same_time = _analyze(f"{rule}, and {who} {plain}. So {who} will {result}.")
        assert same_time.status == "abstained", same_time.answer


def _third(verb_phrase: str) -> str:
    verb, _, rest = verb_phrase.partition(" ")
    return f"{verb}es {rest}" if verb.endswith(("s", "sh", "ch")) else \
        f"{verb[:-1]}ies {rest}" if verb.endswith("y") else f"{verb}s {rest}"

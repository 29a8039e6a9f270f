"""A fronted "only if" ("Only if Ann comes will Bob come", "Only if Ann sings does Bob sing") and a second-person
rule whose condition comes after its main clause ("You can't enter unless you have a ticket", "You can enter only
if you have a ticket"), checked against their truth tables: the main clause requires the condition. Names,
verbs, the auxiliary, the fact given and the question are drawn fresh. Regressions: both sentence shapes
abstained ("not understood", and "no statement says or implies" for the rule about "you")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bilal", "Carys", "Dagny", "Emeka"]
VERBS = [("comes", "come", "came"), ("sings", "sing", "sang"), ("leaves", "leave", "left"),
         ("calls", "call", "called"), ("swims", "swim", "swam")]


@st.composite
def fronted(draw):
    a, b = draw(st.permutations(NAMES))[:2]
    va, vb = draw(st.permutations(VERBS))[:2]
    aux = draw(st.sampled_from(["will", "does"]))
    rule = f"Only if {a} {va[0]} {aux} {b} {vb[1]}."
    fact_is, fact_true = draw(st.sampled_from(["a", "b"])), draw(st.booleans())
    who, verb = (a, va) if fact_is == "a" else (b, vb)
    fact = f"{who} {verb[2]}." if fact_true else f"{who} didn't {verb[1]}."
    asked_who, asked_verb = (b, vb) if fact_is == "a" else (a, va)
    question = f"Did {asked_who} {asked_verb[1]}?"
    # b -> a: b happened gives a; a not happening rules b out; the other two facts settle nothing
    if fact_is == "b" and fact_true:
        expected = "yes"
    elif fact_is == "a" and not fact_true:
        expected = "no"
    else:
        expected = "cannot be determined"
    return f"{rule} {fact} {question}", expected


@given(fronted())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_a_fronted_only_if_requires_its_condition(case):
    text, expected = case
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)
    assert verdict.answer == expected, text


@st.composite
def second_person(draw):
    name = draw(st.sampled_from(NAMES))
    rule = draw(st.sampled_from(["You can't enter unless you have a ticket.",
                                 "You can enter only if you have a ticket.",
                                 "You cannot enter unless you have a ticket."]))
    fact, expected = draw(st.sampled_from([(f"{name} entered.", "yes"),
                                           (f"{name} can enter.", "yes"),
                                           (f"{name} didn't enter.", "cannot be determined")]))
    sentences = [rule, fact]
    if draw(st.booleans()):
        sentences.reverse()
    return " ".join(sentences) + f" Does {name} have a ticket?", expected


@given(second_person())
@settings(max_examples=20, deadline=None, derandomize=True)
def test_a_second_person_rule_with_its_condition_after_is_about_anyone(case):
    text, expected = case
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)
    assert verdict.answer == expected, text


def test_a_question_about_you_keeps_you_a_participant():
    verdict = solve("You can't enter unless you have a ticket. Do you have a ticket?")
    assert verdict.status == "verified" and verdict.answer == "cannot be determined"

"""Rules in the second person ("If you're a member, you get a discount") are about anyone, checked by brute force.

Regression: "you" was read as one more individual (the listener), so a rule stated this way said nothing about the
named people and every question about them abstained. Wordings, names and facts are fresh; each verified answer
must be the brute-force one, and a forced answer must be given.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Vesna", "Tobiah", "Marit", "Kwame"]
RULES = [  # (condition on "you", its fact forms, consequence on "you", its fact forms, its question)
    ("you are a member", ("{x} is a member.", "{x} is not a member."), "you get a discount",
     ("{x} gets a discount.", "{x} doesn't get a discount."), ("Is {x} a member?", "Does {x} get a discount?")),
    ("you study", ("{x} studies.", "{x} doesn't study."), "you pass",
     ("{x} passes.", "{x} doesn't pass."), ("Does {x} study?", "Does {x} pass?")),
    ("you're a pilot", ("{x} is a pilot.", "{x} isn't a pilot."), "you can fly",
     ("{x} can fly.", "{x} can't fly."), ("Is {x} a pilot?", "Can {x} fly?")),
]
OPENERS = ["If {c}, {q}.", "If {c}, then {q}.", "When {c}, {q}.", "Whenever {c}, {q}."]


@st.composite
def cases(draw):
    condition, condition_facts, consequence, consequence_facts, questions = draw(st.sampled_from(RULES))
    opener = draw(st.sampled_from(OPENERS))
    rule = opener.format(c=condition, q=consequence)
    rule = rule[0].upper() + rule[1:]
    x = draw(st.sampled_from(NAMES))
    fact_on = draw(st.sampled_from(["condition", "consequence"]))
    truth = draw(st.booleans())
    facts = condition_facts if fact_on == "condition" else consequence_facts
    fact = facts[0 if truth else 1].format(x=x)
    asked = draw(st.sampled_from(["condition", "consequence"]))
    question = questions[0 if asked == "condition" else 1].format(x=x)
    return rule, fact, question, fact_on, truth, asked


def _expected(fact_on: str, truth: bool, asked: str) -> str:
    answers = set()
    for c, q in itertools.product([False, True], repeat=2):
        if c and not q:
            continue  # the rule
        if (c if fact_on == "condition" else q) != truth:
            continue
        answers.add(c if asked == "condition" else q)
    return "cannot be determined" if len(answers) == 2 else "yes" if answers.pop() else "no"


@given(cases())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_second_person_rules_apply_to_every_named_person(case):
    rule, fact, question, fact_on, truth, asked = case
    text = f"{rule} {fact} {question}"
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)
    assert verdict.answer == _expected(fact_on, truth, asked), text


def test_a_question_about_you_keeps_you_a_participant():
    assert solve("If you are a member, you get a discount. Do you get a discount?").answer == "cannot be determined"
    assert solve("If you are a member, you get a discount. You are a member. Do you get a discount?").answer == "yes"
    assert solve("If it rains, you get wet. It rains. Do you get wet?").answer == "yes"

"""Exam and chat wrappings of an argument (batch args j): lettered options naming forms after the conclusion ("(a)
modus ponens (b) modus tollens ..."), a question about its form first ("Which form is this argument?", "Identify
the fallacy:"), a conclusion with a confirmation tag ("So the gate is not open, right?"), and contractions typed
without their apostrophe ("doesnt"). Fresh arguments, each wrapped at random, are checked against the truth table of
the bare argument; options that state claims stay, and the text then abstains or answers as without them."""

from __future__ import annotations

import random

import pytest

import agentlib
from agentlib.puzzles.english.answer_options import without_answer_options

CLAUSES = [("the lamp is on", "the lamp is not on", "the lamp isnt on"),
           ("the gate opens", "the gate does not open", "the gate doesnt open"),
           ("Mo was late", "Mo was not late", "Mo wasnt late"),
           ("the dog barks", "the dog does not bark", "the dog doesnt bark"),
           ("the alarm rings", "the alarm does not ring", "the alarm doesnt ring")]
# form -> (the fact is about the condition?, fact said plainly?, conclusion said plainly?, valid)
FORMS = {"modus ponens": (True, True, True, True), "modus tollens": (False, False, False, True),
         "affirming the consequent": (False, True, True, False), "denying the antecedent": (True, False, False, False)}
OPTIONS = ["(a) modus ponens (b) modus tollens (c) affirming the consequent (d) denying the antecedent",
           "a) valid b) invalid", "(A) yes (B) no", "(a) modus tollens (b) undistributed middle (c) none"]
OPENERS = ["Which form is this argument?", "Question 3. Identify the fallacy:", "What fallacy does this commit?",
           "Which form does this argument take?"]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("seed", range(16))
def test_wrapped_arguments_keep_their_truth_table_verdict(seed):
    rng = random.Random(seed)
    condition, result = rng.sample(CLAUSES, 2)
    form = rng.choice(sorted(FORMS))
    about_condition, fact_plain, goal_plain, valid = FORMS[form]
    fact_clause, goal_clause = (condition, result) if about_condition else (result, condition)
    typed = 1 + rng.randrange(2)  # "does not" or "doesnt"
    fact = fact_clause[0] if fact_plain else fact_clause[typed]
    goal = goal_clause[0] if goal_plain else goal_clause[typed]
    tag = rng.choice(["", ", right?", ", correct?"])
    text = f"If {condition[0]}, {result[0]}. {_cap(fact)}. So {goal}{tag or '.'}"
    wrapping = rng.randrange(3)
    if wrapping == 1:
        text = f"{rng.choice(OPENERS)} {text} {rng.choice(OPTIONS)}"
    elif wrapping == 2:
        text = f"{text} {rng.choice(OPTIONS)}"
    verdict = agentlib.analyze(text)
    assert (verdict.status, verdict.answer) == ("verified", "valid" if valid else "invalid"), (text, verdict.reason)


@pytest.mark.parametrize("text", [
    "Therefore Rex barks. (a) Rex barks (b) Rex does not bark",  # claims, not names
    "So it rains. (b) modus ponens (a) modus tollens",  # not lettered in order
    "So it rains. (a) modus ponens",  # one option alone
])
def test_options_that_are_not_a_run_of_names_stay(text):
    assert without_answer_options(text) == text


def test_a_tag_on_a_question_is_no_conclusion_tag():
    verdict = agentlib.analyze("If the gate opens, the dog barks. The gate opens. Does the dog bark, right?")
    assert (verdict.status, verdict.answer) == ("verified", "valid")


@pytest.mark.parametrize("seed", range(8))
def test_the_conclusion_asked_before_its_reasons(seed):
    """ "Does it follow that Ella passed? Everyone who studied passed, and Ella studied.": the question first."""
    rng = random.Random(60 + seed)
    condition, result = rng.sample(CLAUSES, 2)
    form = rng.choice(sorted(FORMS))
    about_condition, fact_plain, goal_plain, valid = FORMS[form]
    fact_clause, goal_clause = (condition, result) if about_condition else (result, condition)
    fact = fact_clause[0] if fact_plain else fact_clause[1]
    goal = goal_clause[0] if goal_plain else goal_clause[1]
    opener = rng.choice(["Does it follow that", "Can we conclude that"])
    text = f"{opener} {goal}? If {condition[0]}, {result[0]}. {_cap(fact)}."
    verdict = agentlib.analyze(text)
    assert (verdict.status, verdict.answer) == ("verified", "valid" if valid else "invalid"), (text, verdict.reason)

"""A chat's question about the whole argument, before or after it: "Is this reasoning sound?", "Is that right?",
"Is the argument sound?" (batch args n). People ask these meaning "does the conclusion follow?"; fresh conditional
arguments, asked about in turn, must keep the verdict of their bare truth table (a regression: each abstained with
"sentence not understood", or read "sound" as a term the conclusion needed)."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.argument import _analyze

CLAUSES = [("Lina studied", "Lina did not study"), ("the van starts", "the van does not start"),
           ("the shop is open", "the shop is not open"), ("Otto passed", "Otto did not pass"),
           ("the kettle boils", "the kettle does not boil"), ("the ferry runs", "the ferry does not run")]
# form -> (the fact is about the condition?, fact affirmed?, valid)
FORMS = {"modus ponens": (True, True, True), "modus tollens": (False, False, True),
         "affirming the consequent": (False, True, False), "denying the antecedent": (True, False, False)}
QUESTIONS = ["Is this reasoning sound?", "Is that right?", "Is the argument sound?", "Is this right?",
             "Is that reasoning sound?", "Is it sound?"]


def _truth_table_valid(about_condition: bool, affirmed: bool) -> bool:
    """Brute force over the two atoms: whenever 'if c then r' and the fact hold, does the conclusion hold?"""
    for c, r in itertools.product([False, True], repeat=2):
        fact = (c if about_condition else r) == affirmed
        goal = (r if about_condition else c) == affirmed
        if (not c or r) and fact and not goal:
            return False
    return True


@pytest.mark.parametrize("seed", range(12))
def test_a_question_about_soundness_keeps_the_bare_verdict(seed):
    rng = random.Random(seed)
    (condition, not_condition), (result, not_result) = rng.sample(CLAUSES, 2)
    form = rng.choice(sorted(FORMS))
    about_condition, affirmed, valid = FORMS[form]
    assert _truth_table_valid(about_condition, affirmed) == valid
    fact = (condition if affirmed else not_condition) if about_condition else (result if affirmed else not_result)
    goal = (result if affirmed else not_result) if about_condition else (condition if affirmed else not_condition)
    argument = f"If {condition}, {result}. {fact[0].upper() + fact[1:]}. So {goal}."
    question = rng.choice(QUESTIONS)
    text = f"{question} {argument}" if rng.random() < 0.5 else f"{argument} {question}"
    analysis = _analyze(text)
    assert (analysis.status, analysis.answer) == ("verified", "valid" if valid else "invalid"), text


def test_a_question_about_one_premise_is_not_a_frame():
    """"Is it right that Lina studied?" asks about the world, not the argument: it is never dropped as wrapping."""
    analysis = _analyze("If Lina studied, Otto passed. Otto passed. Is it right that Lina studied?")
    assert analysis.answer != "valid"

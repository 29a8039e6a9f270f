"""Arguments typed as one run-on line (batch args l): the conclusion marked inside the sentence with no comma before
it ("... and so whales breathe air", "... a member of the club therefore Kim pays dues") or after a comma by a
phrase ("that's why", "because of that", "which is why"), and a question about the reasoning after it ("Is this a
good argument?"). Each had no conclusion found. Fresh arguments, each run on at random, are checked against the
truth table of the bare argument; "so" that means "too" ("and so is the party") is not a conclusion's marker."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.argument import _analyze, split_argument

CLAUSES = [("the lamp is on", "the lamp is not on"), ("the gate opens", "the gate does not open"),
           ("Mo is late", "Mo is not late"), ("the dog barks", "the dog does not bark"),
           ("the alarm rings", "the alarm does not ring"), ("Ivy sings", "Ivy does not sing")]
# form -> (the fact is about the condition?, fact said plainly?, conclusion said plainly?, valid)
FORMS = {"modus ponens": (True, True, True, True), "modus tollens": (False, False, False, True),
         "affirming the consequent": (False, True, True, False), "denying the antecedent": (True, False, False, False)}
JOINS = [" and so ", " and therefore ", " therefore ", ", that's why ", ", and because of that ", ", which is why ",
         ", and as a result ", " and hence "]
TAILS = ["", " Is this reasoning valid?", " Is this a good argument?", " Is this good reasoning?"]


@pytest.mark.parametrize("seed", range(16))
def test_run_on_arguments_keep_their_truth_table_verdict(seed):
    rng = random.Random(seed)
    condition, result = rng.sample(CLAUSES, 2)
    form = rng.choice(sorted(FORMS))
    about_condition, fact_plain, goal_plain, valid = FORMS[form]
    fact_clause, goal_clause = (condition, result) if about_condition else (result, condition)
    fact, goal = fact_clause[0 if fact_plain else 1], goal_clause[0 if goal_plain else 1]
    text = f"If {condition[0]}, {result[0]}. {fact[0].upper()}{fact[1:]}{rng.choice(JOINS)}{goal}."
    text += rng.choice(TAILS)
    analysis = _analyze(text)
    assert (analysis.status, analysis.answer) == ("verified", "valid" if valid else "invalid"), (text, analysis.reason)


def test_a_run_on_syllogism_in_lower_case():
    analysis = _analyze("all mammals breathe air and whales are mammals and so whales breathe air")
    assert (analysis.status, analysis.answer) == ("verified", "valid")


@pytest.mark.parametrize("sentence", ["The game is off and so is the party.", "Ann was tired and so was Bo.",
                                      "It rained and so much water fell.",
                                      "Ann likes apples, pears and so on."])
def test_so_meaning_too_is_not_a_conclusion(sentence):
    assert split_argument([sentence])[1] is None

"""Short questions typed after an argument in a chat: "Valid?", "Sound?", "Does that follow?", "Does this logic hold
up?", "Is my reasoning valid?". Through `solve` (the door people use first) each fresh conditional argument must keep
the verdict of its bare truth table; before, each abstained on "a question form the grammar does not know" or on a
term ("follow", "hold up") no statement mentions."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

CLAUSES = [("Lina studied", "Lina did not study"), ("the van starts", "the van does not start"),
           ("the shop is open", "the shop is not open"), ("Otto passed", "Otto did not pass"),
           ("the kettle boils", "the kettle does not boil"), ("the ferry runs", "the ferry does not run"),
           ("you water the plant", "you do not water the plant"), ("the bell rings", "the bell does not ring")]
# form -> (the fact is about the condition?, fact affirmed?)
FORMS = {"modus ponens": (True, True), "modus tollens": (False, False),
         "affirming the consequent": (False, True), "denying the antecedent": (True, False)}
QUESTIONS = ["Valid?", "Sound?", "Does that follow?", "Does this follow?", "Does it really follow?",
             "Does this logic hold up?", "Does the reasoning work?", "Is my reasoning valid?", "Is the logic valid?",
             "Logically valid?", "Does my argument hold?", "Does that logically follow?"]


def _truth_table_valid(about_condition: bool, affirmed: bool) -> bool:
    """Brute force over the two atoms: whenever 'if c then r' and the fact hold, does the conclusion hold?"""
    for c, r in itertools.product([False, True], repeat=2):
        fact = (c if about_condition else r) == affirmed
        goal = (r if about_condition else c) == affirmed
        if (not c or r) and fact and not goal:
            return False
    return True


@pytest.mark.parametrize("seed", range(16))
def test_a_short_question_after_an_argument_asks_its_validity(seed):
    rng = random.Random(seed)
    (condition, not_condition), (result, not_result) = rng.sample(CLAUSES, 2)
    about_condition, affirmed = FORMS[rng.choice(sorted(FORMS))]
    fact = (condition if affirmed else not_condition) if about_condition else (result if affirmed else not_result)
    goal = (result if affirmed else not_result) if about_condition else (condition if affirmed else not_condition)
    marker = rng.choice(["So", "Therefore", "Hence"])
    question = QUESTIONS[seed % len(QUESTIONS)]
    text = f"If {condition}, {result}. {fact[0].upper() + fact[1:]}. {marker} {goal}. {question}"
    verdict = solve(text).to_dict()
    expected = "valid" if _truth_table_valid(about_condition, affirmed) else "invalid"
    assert (verdict["status"], verdict["answer"]) == ("verified", expected), text


@pytest.mark.parametrize("question", ["Is that correct?", "Right?", "Does Lina study?"])
def test_a_question_that_names_no_validity_is_not_taken_for_one(question):
    """After a bare statement (no conclusion drawn) these ask about the world, not an argument: never "valid"."""
    verdict = solve(f"If Lina studied, Otto passed. Otto passed. {question}").to_dict()
    assert verdict["answer"] not in ("valid", "invalid")


JUDGING = ["Is that right?", "Is this correct?", "Am I right?", "Right?", "Correct?", "Is my reasoning right?",
           "Was that right??"]


@pytest.mark.parametrize("seed", range(14))
def test_is_that_right_after_a_drawn_conclusion_asks_its_validity(seed):
    """"Is that right?" names no validity, but right after "So ..." it asks whether the conclusion follows (it
    abstained on a sentence not understood)."""
    rng = random.Random(1000 + seed)
    (condition, not_condition), (result, not_result) = rng.sample(CLAUSES, 2)
    about_condition, affirmed = FORMS[rng.choice(sorted(FORMS))]
    fact = (condition if affirmed else not_condition) if about_condition else (result if affirmed else not_result)
    goal = (result if affirmed else not_result) if about_condition else (condition if affirmed else not_condition)
    marker = rng.choice(["So", "Therefore", "Hence", "Thus"])
    text = f"If {condition}, {result}. {fact[0].upper() + fact[1:]}. {marker} {goal}. {JUDGING[seed % len(JUDGING)]}"
    verdict = solve(text).to_dict()
    expected = "valid" if _truth_table_valid(about_condition, affirmed) else "invalid"
    assert (verdict["status"], verdict["answer"]) == ("verified", expected), text


LEADS = ["Is this logic correct?", "Is this reasoning right?", "Is my logic correct?",
         "Can you tell me if this is valid:", "Could you check whether this is valid:", "Can you say if this is valid:"]


@pytest.mark.parametrize("seed", range(12))
def test_a_validity_question_before_the_argument(seed):
    """"Is this logic correct? If I eat too much, I feel sick. ..." and "Can you tell me if this is valid: ..."
    (each abstained: "correct" was taken for a term of the argument, "can you" for no question of validity)."""
    rng = random.Random(2000 + seed)
    (condition, not_condition), (result, not_result) = rng.sample(CLAUSES, 2)
    about_condition, affirmed = FORMS[rng.choice(sorted(FORMS))]
    fact = (condition if affirmed else not_condition) if about_condition else (result if affirmed else not_result)
    goal = (result if affirmed else not_result) if about_condition else (condition if affirmed else not_condition)
    text = f"{LEADS[seed % len(LEADS)]} If {condition}, {result}. {fact[0].upper() + fact[1:]}. So {goal}."
    verdict = solve(text).to_dict()
    expected = "valid" if _truth_table_valid(about_condition, affirmed) else "invalid"
    assert (verdict["status"], verdict["answer"]) == ("verified", expected), text

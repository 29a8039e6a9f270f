"""An argument typed into `solve` with a question about its validity is answered as `analyze` answers it
(`english/validity_question.py`): "valid" / "invalid", checked against the truth table of generated arguments in
everyday wordings, with the question in several wordings and the premises labelled or not. Before, `solve` abstained
on "Is this argument valid?" as a question form the puzzle grammar does not know."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import agentlib


def _sibling(name: str):  # noqa: ANN202 -- tests import their siblings by path (importlib import mode)
    spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


arguments = _sibling("test_generated_arguments").arguments

QUESTIONS = ["Is this argument valid?", "Is the argument valid or invalid?", "Valid or invalid?",
             "Does the conclusion follow?", "Is this reasoning valid?", "Is the conclusion valid?"]


@settings(max_examples=25, deadline=None)
@given(arguments(), st.integers(0, 10**6))
def test_solve_answers_a_validity_question_as_the_truth_table_does(case, seed):
    text, valid, _name, grouped_two_ways = case
    rng = random.Random(seed)
    asked = f"{text} {rng.choice(QUESTIONS)}" if rng.random() < 0.7 else f"{rng.choice(QUESTIONS)} {text}"
    verdict = agentlib.solve(asked)
    if grouped_two_ways and verdict.status == "abstained":
        return  # "X, because if A, B, and C" groups two ways; abstaining is allowed, a wrong verdict is not
    assert verdict.status == "verified", (asked, verdict.reason, verdict.unparsed)
    assert verdict.answer == ("valid" if valid else "invalid"), asked


def test_numbered_statements_are_premises_and_a_question_about_correctness_is_not_handed_over():
    text = ("Statement 1: All cats are mammals.\nStatement 2: Some pets are cats.\nConclusion: Some pets are "
            "mammals.\nIs the conclusion valid?")
    assert (agentlib.solve(text).answer, agentlib.analyze(text).answer) == ("valid", "valid")
    # "Is that correct?" names no validity: it stays with the puzzle grammar (which does not read it)
    verdict = agentlib.solve("A says B is a knave. B says A is a knight. Is that correct?")
    assert verdict.status == "abstained" and verdict.answer is None

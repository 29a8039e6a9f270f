"""Word problems: a (scripted) model solves, check_trace checks, the answer is recomputed; no model: abstain."""

from agentlib import solve_math
from agentlib.llm import ScriptedModel

PROBLEM = "Tom has 3 boxes with 12 apples each. He gives away 5 apples. How many apples does he have left?"


def test_a_checked_solution_is_verified():
    result = solve_math(PROBLEM, backend=ScriptedModel(["3 * 12 = 36\n36 - 5 = 31\nAnswer: 31"]))
    assert result.status == "verified" and result.answer == "31"
    assert all(c.result == "holds" for c in result.verification.checks)


def test_a_wrong_step_makes_it_unverified_with_the_reason():
    result = solve_math(PROBLEM, backend=ScriptedModel(["3 * 12 = 38\n38 - 5 = 33\nAnswer: 33"]))
    assert result.status == "unverified" and "refuted" in result.reason


def test_an_answer_no_checked_step_computed_is_unverified():
    result = solve_math(PROBLEM, backend=ScriptedModel(["3 * 12 = 36\n36 - 5 = 31\nAnswer: 30"]))
    assert result.status == "unverified" and "not the result of a checked step" in result.reason


def test_a_reply_without_an_answer_abstains():
    result = solve_math(PROBLEM, backend=ScriptedModel(["I think it is a lot of apples."]))
    assert result.status == "abstained" and result.failure == "model"


def test_without_a_model_a_word_problem_abstains_and_says_why():
    result = solve_math(PROBLEM)
    assert result.status == "abstained" and "needs a model" in result.reason

"""Fresh everyday texts (`everyday_fresh.py`, written before the code that reads them) through `agentlib.solve`
and `agentlib.analyze`.

These are first-reading measures, not texts the grammar was fitted to: many still abstain, and that is allowed.
What is never allowed is a verified wrong answer. The floor on verified-right answers is a ratchet (today's
count); raise it when the reader grows, never lower it to make a change pass.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve


def _grading():
    spec = importlib.util.spec_from_file_location("everyday_grading", Path(__file__).parent / "everyday_grading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRADING = _grading()
BATCH = GRADING.load_batch("everyday_fresh")
RIGHT_FLOOR = 47  # verified and right (solve and analyze together), plus the right abstentions


def test_no_fresh_text_gets_a_wrong_answer_and_the_right_ones_do_not_shrink():
    outcomes = GRADING.outcomes(BATCH.ROUND_A_SOLVE, BATCH.ROUND_A_ANALYZE)
    wrong = [text for text, outcome in outcomes if outcome == "wrong"]
    assert not wrong
    assert sum(outcome == "right" for _, outcome in outcomes) >= RIGHT_FLOOR


@pytest.mark.parametrize("text, why", [
    # the bug classes batch A found, in other words than the batch's
    ("If it is a weekend, the office is closed. The office is open. Is it a weekend?", "the opposite of"),
    ("Either Omar forgot his glasses or he broke them. He didn't forget them. Did he break them?", "shares nothing"),
    ("If Bea goes to the concert, Cy goes too. If Cy goes, Dev stays in. Bea is going. Does Dev stay in?",
     "shares nothing"),
])
def test_a_fact_that_shares_nothing_is_reread_before_cannot_be_determined(text, why):
    """Regression: a stated fact in other words than the rule it meets ("the bank is open" / "the bank is closed",
    "she didn't forget them" / "Kim forgot her keys", "Anna is going" / "Anna goes to the party") was read as a
    proposition of its own, and the verified answer was "cannot be determined" where a person reads yes or no."""
    verdict = solve(text)
    if verdict.status == "verified":
        assert verdict.answer != "cannot be determined", verdict.reason
    else:
        assert verdict.failure in ("ambiguous", "not_parsed") and why in verdict.reason, verdict.reason


def test_a_premise_that_shares_nothing_is_reread_before_invalid():
    """Regression: "The window is closed" next to "the window is open" in a disjunction gave a verified invalid."""
    analysis = _analyze("Either the printer is broken or the cable is loose. The cable is tight. Therefore the printer "
                        "is broken.")
    assert analysis.status == "abstained" and analysis.failure == "ambiguous", analysis.reason
    assert "'the cable is tight' means the opposite of 'the cable is loose'" in analysis.reason


def test_an_it_that_meant_something_else_before_is_not_guessed():
    """Regression: in "If the car is out of gas, it won't start. If the battery is dead, it won't start either."
    the second "it" was read as the battery (and "start either" as a property), so a valid argument was judged
    invalid."""
    analysis = _analyze("If the boat has a hole, it will sink. If the storm is strong, it will sink too. The boat "
                        "does not sink. Therefore the boat has no hole and the storm is not strong.")
    assert analysis.answer != "invalid", analysis.reason
    assert analysis.status == "abstained" and "'it' could mean more than one thing" in " ".join(analysis.unparsed)

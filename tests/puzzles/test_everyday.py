"""Everyday puzzles and arguments (tests/puzzles/everyday.py) through `agentlib.solve` and `agentlib.analyze`.

Every case must be answered `verified` and right; a wrong answer is the one outcome never allowed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve


def _cases():
    spec = importlib.util.spec_from_file_location("everyday_cases", Path(__file__).parent / "everyday.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SOLVE, module.ANALYZE


SOLVE, ANALYZE = _cases()


@pytest.mark.parametrize("text, expected", SOLVE, ids=[f"solve{i}" for i in range(len(SOLVE))])
def test_everyday_puzzle_is_verified_and_right(text, expected):
    verdict = solve(text)
    assert verdict.status == "verified", (verdict.failure, verdict.reason, verdict.unparsed)
    assert verdict.answer == expected
    assert verdict.certificate is not None and verdict.certificate.checks[0].result == "sat"


@pytest.mark.parametrize("text, expected, name", ANALYZE, ids=[f"analyze{i}" for i in range(len(ANALYZE))])
def test_everyday_argument_is_judged_and_named(text, expected, name):
    analysis = _analyze(text)
    assert analysis.status == "verified", (analysis.failure, analysis.reason, analysis.unparsed)
    assert analysis.answer == expected
    assert name in (analysis.fallacy if expected == "invalid" else analysis.form)
    if expected == "invalid":
        assert analysis.counter_model.startswith("the premises can all be true while the conclusion is false")


@pytest.mark.parametrize("text, why", [
    ("If I don't sleep, I feel tired. I am not tired. Did I sleep?", "'feel tired' and 'tired'"),
    ("All the guests who arrived early got a seat. Carl arrived early. Did Carl get a seat?", "part of a rule"),
])
def test_an_answer_that_hangs_on_wording_abstains_instead_of_guessing(text, why):
    """Bug class found by fresh everyday texts: two wordings of one property read as two properties gave a verified
    'cannot be determined' where a person reads 'yes'. Now the grammar tries the merged reading, or sees the near miss,
    and abstains when the answer would change."""
    verdict = solve(text)
    assert verdict.status == "abstained" and verdict.failure == "ambiguous", (verdict.answer, verdict.reason)
    assert why in verdict.reason


def test_a_verb_and_its_agent_noun_are_read_as_one_property():
    """'play chess' and 'chess player' are the same words in another form (unlike 'get tired' / 'tired'), so the
    merged reading is the reading, and the answer says so."""
    verdict = solve("Some students play chess. All chess players are patient. Are some students patient?")
    assert verdict.status == "verified" and verdict.answer == "yes"
    assert "'play chess' and 'chess player' as one property" in verdict.reason


def test_a_state_reached_is_the_state_held():
    """"get tired" is "be tired" where the text also says "is tired" (batch E): the person's reading, "yes"."""
    verdict = solve("If I don't sleep, I get tired. I am not tired. Did I sleep?")
    assert verdict.status == "verified" and verdict.answer == "yes", verdict.reason


def test_a_question_in_words_no_statement_uses_abstains():
    verdict = solve("Birds can fly. Tweety is a bird. Does Tweety fly?")
    assert verdict.status == "abstained" and "no statement mentions" in verdict.reason

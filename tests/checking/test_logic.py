"""Knights-and-knaves search traces: gold steps raise no alarm, planted errors are caught at their step."""

import json
import random
from pathlib import Path

import pytest

from agentlib.checking.checker import check_trace
from agentlib.checking.search_slips import PLANTINGS, plant
from agentlib.evals.kk_traces import evaluate, load

DATA = Path(__file__).parent / "data" / "kk"
PUZZLE = ('A very special island is inhabited only by knights and knaves. Knights always tell the truth, and knaves '
          'always lie. You meet 2 inhabitants: Zoey and Oliver. Zoey said, "Oliver is a knave." Oliver said, '
          '"Zoey is a knight and Oliver is a knight." So who is a knight and who is a knave?')


def test_gold_traces_have_no_false_alarm():
    for trace in load(DATA):
        report = check_trace(trace.quiz, trace.steps)
        assert report.counts["refuted"] == 0, report.render()
        assert report.counts["verified"] >= 3


@pytest.mark.parametrize("kind", PLANTINGS)
def test_planted_errors_caught_at_their_step(kind):
    rng = random.Random(7)
    for trace in load(DATA):
        steps, index = plant(trace.steps, kind, rng)
        assert steps[index] != trace.steps[index]
        assert check_trace(trace.quiz, steps).first_error_index == index


def test_evaluate_figures():
    figures = evaluate(load(DATA), seed=1)
    assert figures["gold_false_alarms"] == 0
    assert figures["caught_rate"] == 1.0
    assert figures["role_planted"] == figures["traces"] == 6


def test_wrong_conclusion_refuted_with_the_right_role():
    report = check_trace(PUZZLE, ["Zoey's statement and Oliver's cannot both hold, so Oliver is a knight."])
    (claim,) = report.steps[0].claims
    assert claim.verdict == "refuted"
    assert "Oliver is a knave" in claim.correct
    assert check_trace(PUZZLE, ["Therefore Oliver is a knave."]).steps[0].claims[0].verdict == "verified"


def test_claim_attribution_checked():
    steps = ["Assume Zoey is a knave. No contradiction is found in their claim that Oliver is a knave."]
    report = check_trace(PUZZLE, steps)
    assert report.first_error_step == 1
    assert "assumed a knave" in report.steps[0].claims[0].correct


def test_explicit_formalization_is_used():
    spec = {"variables": {"t0_Zoey": "Bool", "t1_Oliver": "Bool"},
            "constraints": [{"label": "s1", "expr": "t0_Zoey <-> (not t1_Oliver)"},
                            {"label": "s2", "expr": "t1_Oliver <-> (t0_Zoey and t1_Oliver)"}]}
    report = check_trace(PUZZLE, ["So Zoey is a knight."], formalization=spec)
    assert report.steps[0].claims[0].verdict == "verified"


def test_non_puzzle_problem_has_no_logic_claims():
    report = check_trace("What is 2 + 2?", ["Assume Bob is a knight. No contradiction is found in their claim."])
    assert report.steps[0].claims == []


def test_sample_files_are_real_records():
    first = json.loads((DATA / "3ppl_sample.jsonl").read_text().splitlines()[0])
    assert {"quiz", "cot_repeat_steps", "cot_head", "cot_foot"} <= set(first)


def test_hypotheticals_are_not_conclusions():
    report = check_trace(PUZZLE, ["If Zoey is a knave, then Oliver is a knight, so Oliver is a knight."])
    assert report.steps[0].claims == []

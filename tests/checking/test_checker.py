"""check_trace end to end: first wrong step, explanation, dependency marks, bad input, the loop callback."""

import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.checking import checker
from agentlib.checking.checker import check_steps, check_trace, make_reasoning_checker
from agentlib.checking.report import TraceReport
from agentlib.checking.steps import split_steps
from agentlib.errors import InputError

PROBLEM = "Tom has 12 bags with 4 apples each. He buys 2 more apples. How many apples does he have?"


def test_first_wrong_step_and_feedback_line():
    report = check_trace(PROBLEM, ["Each bag has 4 apples, so 12 x 4 = 46 apples.", "Then 46 + 2 = 48."])
    assert report.first_error_step == 1
    assert report.explanation == "Step 1: 12 * 4 = 46 is wrong; 12 * 4 = 48."
    assert [c.verdict for c in report.steps[1].claims] == ["verified"]
    assert report.steps[1].depends_on_error is True
    assert report.counts == {"verified": 1, "refuted": 1, "unsupported": 0, "unchecked": 0}


def test_correct_trace_has_no_error():
    report = check_trace(PROBLEM, "12 * 4 = 48 apples in bags.\n\n48 + 2 = 50 apples. The answer is \\boxed{50}.")
    assert report.first_error_step is None
    assert report.explanation is None
    assert report.counts["verified"] == 2


def test_later_step_error_found_at_its_index():
    steps = ["12 * 4 = 48.", "48 + 2 = 52.", "So the answer is 52."]
    report = check_trace(PROBLEM, steps)
    assert report.first_error_step == 2
    assert "48 + 2 = 50" in report.explanation
    assert report.steps[2].depends_on_error is True
    assert report.steps[0].depends_on_error is False


def test_render_and_to_dict_and_back():
    report = check_trace(PROBLEM, ["3 * 4 = 13"])
    text = report.render()
    assert "✗ [arithmetic] 3 * 4 = 13 -> 3 * 4 = 12" in text
    data = report.to_dict()
    assert (data["first_error_step"], data["first_error_index"], data["complete"]) == (1, 0, True)
    assert data["steps"][0]["number"] == 1 and data["steps"][0]["index"] == 0
    assert data["steps"][0]["claims"][0]["verdict"] == "refuted"
    assert data["steps"][0]["claims"][0]["rule"] == "arithmetic"
    assert TraceReport.from_dict(json.loads(json.dumps(data))) == report


def test_step_numbers_are_the_printed_ones_in_api_json_and_render():
    """Regression (issue 13): `first_error_step` was a 0-based index while the render said "Step 1"."""
    report = check_trace(PROBLEM, ["12 * 4 = 48.", "48 + 2 = 51."])
    assert report.first_error_step == 2 and report.first_error_index == 1
    assert report.steps[report.first_error_index].number == 2
    assert report.explanation.startswith("Step 2: ")
    assert "Step 2: 48 + 2 = 51." in report.render()


def test_the_traces_own_step_markers_are_printed_once():
    """Regression (issue 15): steps rendered as "Step 1: Step 1: ..."."""
    report = check_trace(PROBLEM, "Step 1: 12 * 4 = 48.\n\nStep 2: 48 + 2 = 50.")
    lines = report.render().splitlines()
    assert lines[0] == "Step 1: 12 * 4 = 48." and "Step 2: 48 + 2 = 50." in lines
    assert [s.text for s in report.steps] == ["12 * 4 = 48.", "48 + 2 = 50."]
    assert split_steps(["**Step 3:** 2 + 2 = 4", "4. Then 4 + 1 = 5", "12.5 + 1 = 13.5"]) == [
        "2 + 2 = 4", "Then 4 + 1 = 5", "12.5 + 1 = 13.5"]


def test_empty_trace_is_refused_and_claimless_traces_say_so():
    for empty in ("", "  \n\n ", [], ["", " "]):
        with pytest.raises(InputError, match="empty"):
            check_trace("", empty)
    prose = check_trace("Why?", "Because the sky is blue.")
    assert prose.first_error_step is None and prose.complete
    assert "no checkable claim" in prose.notes[0]


def test_bad_deadlines_and_formalizations_are_refused():
    """Regression (issue 15): deadline_s=0 was accepted."""
    for deadline in (0, -1, float("nan"), float("inf"), "5", True):
        with pytest.raises(InputError, match="deadline"):
            check_trace(PROBLEM, ["1 + 1 = 2"], deadline_s=deadline)
    for spec in ([], {"variables": {}}, {"variables": {}, "constraints": [{"label": "a"}]}):
        with pytest.raises(InputError, match="formalization|constraint"):
            check_trace(PROBLEM, ["1 + 1 = 2"], formalization=spec)
    with pytest.raises(InputError, match="list of strings"):
        check_trace(PROBLEM, [1, 2])


def test_an_unused_formalization_is_noted():
    """Regression (issue 15): a formalization the checker could not use was ignored without a word."""
    spec = {"variables": {"a": "Bool"}, "constraints": [{"label": "s1", "expr": "a"}]}
    report = check_trace(PROBLEM, ["1 + 1 = 2"], formalization=spec)
    assert any(note.startswith("the formalization was not used") for note in report.notes)


def test_huge_numbers_are_not_checkable_not_a_hang():
    start = time.monotonic()
    report = check_trace("", ["10^10^10 + 1 = 5", "9^99999999 = 3", r"\frac{\frac{1}{2}}{" * 50 + "= 1"])
    assert time.monotonic() - start < 5
    assert report.first_error_step is None


def test_a_long_trace_is_checked_to_its_last_step():
    """Regression (issue 15): a 2,101-step trace was cut at 2,000 steps and "2 + 2 = 5" at its end passed."""
    steps = [f"{n} + 1 = {n + 1}" for n in range(2100)] + ["2 + 2 = 5"]
    report = check_trace("", steps)
    assert report.complete and report.first_error_step == 2101
    assert report.explanation == "Step 2101: 2 + 2 = 5 is wrong; 2 + 2 = 4."


def test_steps_past_the_deadline_are_reported_unchecked():
    report = check_steps(PROBLEM, ["1 + 1 = 2"] * 50, budget_s=1e-9)
    assert not report.complete and report.unchecked_steps == list(range(1, 51))
    assert {s.unchecked for s in report.steps} == {"deadline"}
    assert report.first_error_step is None and report.explanation is None
    assert report.summary() == "No checked step was refuted or flagged, but steps 1-50 were not checked (deadline)."
    assert any("deadline" in note for note in report.notes)


def test_steps_past_the_step_limit_are_reported_unchecked(monkeypatch):
    monkeypatch.setattr(checker, "MAX_STEPS", 3)
    report = check_steps("", ["1 + 1 = 2"] * 5 + ["2 + 2 = 5"])
    assert report.unchecked_steps == [4, 5, 6] and {s.unchecked for s in report.steps[3:]} == {"step_limit"}
    assert report.first_error_step is None and "steps 4-6 were not checked (step_limit)" in report.summary()


def test_split_steps_on_markers_and_think():
    steps = split_steps("<think>First, 2 + 2 = 4.\nStep 2: then 4 * 2 = 8.\n\nDone.</think>")
    assert steps == ["First, 2 + 2 = 4.", "then 4 * 2 = 8.", "Done."]


def test_make_reasoning_checker_returns_first_wrong_step_or_none():
    checker = make_reasoning_checker()
    assert checker(PROBLEM, "12 * 4 = 48\n\n48 + 2 = 50") is None
    assert checker(PROBLEM, "12 * 4 = 48\n\n48 + 2 = 51") == "Step 2: 48 + 2 = 51 is wrong; 48 + 2 = 50."


_OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}


@settings(max_examples=60, deadline=None)
@given(a=st.integers(0, 10_000), b=st.integers(0, 10_000), op=st.sampled_from(sorted(_OPS)),
       error=st.integers(-50, 50).filter(lambda e: e != 0), wrong=st.booleans(),
       template=st.sampled_from(["So {a} {op} {b} = {c} apples.", "We get ${a} {op} ${b} = ${c}.",
                                 r"\[ {a} {op} {b} = {c} \]", "Then {a} {op} {b} = {c}, which is the total."]))
def test_random_claims_in_prose_are_classified(a, b, op, error, wrong, template):
    value = _OPS[op](a, b) + (error if wrong else 0)
    shown = {"*": r"\times" if template.startswith(r"\[") else "x"}.get(op, op)
    report = check_trace("", [template.format(a=a, op=shown, b=b, c=value)])
    verdicts = [c.verdict for c in report.steps[0].claims]
    assert verdicts == (["refuted"] if wrong else ["verified"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789+-*/^=()., \\{}$%xabf≈<>") + ["\\frac", "\\sqrt", "\n\n", "99999"]),
                min_size=1, max_size=120).map("".join).filter(str.strip))
def test_random_junk_never_crashes_and_returns_quickly(junk):
    start = time.monotonic()
    report = check_trace("junk", junk, deadline_s=2.0)
    assert time.monotonic() - start < 3.0
    assert report.first_error_step is None or report.steps[report.first_error_index].refuted


_PIECES = ["x", "y", "n_1", "2", "10^{9}", "99999", "=", "<", r"\neq", "+", "-", r"\cdot", r"\frac{", "}", "{", "(", ")",
           "$", r"\(", r"\)", r"\[", r"\]", r"\log_2(", r"\lfloor", r"\rfloor", r"\boxed{", "f(", "f(x)=x^3", " ", ".",
           ",", "so", "all values of", "simplifies to", "assuming", "from 8 AM to 11 PM is", "hours", "$5 per skirt",
           "\n", "^", "!", r"\sqrt{", "Wait,"]


@settings(max_examples=150, deadline=None)
@given(problem=st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
       steps=st.lists(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), min_size=1, max_size=5)
       .filter(lambda steps: any(s.strip() for s in steps)))
def test_any_mix_of_notation_gives_a_report_never_a_crash_or_a_hang(problem, steps):
    start = time.monotonic()
    report = check_trace(problem, steps, deadline_s=5)
    assert time.monotonic() - start < 8
    assert report.first_error_step is None or 1 <= report.first_error_step <= len(report.steps)
    assert (report.explanation is None) == (report.first_error_step is None)

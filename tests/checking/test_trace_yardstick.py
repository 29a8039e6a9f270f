"""The generated yardstick (`agentlib.evals.trace_yardstick`): planted versions differ from the correct trace
first at the step they name, correct traces pass the checker on fresh seeds, and the script prints its figures."""

import json
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.evals import trace_yardstick
from agentlib.evals.trace_yardstick import (
    FAMILIES,
    MISREAD_FAMILIES,
    NEW_FAMILIES,
    NEWER_FAMILIES,
    RESTYLES,
    generate,
    markdown,
    measure,
    restyle,
    summary,
)

ALL_FAMILIES = len(FAMILIES) + len(NEW_FAMILIES) + len(NEWER_FAMILIES) + len(MISREAD_FAMILIES)


@given(st.integers(0, 10_000))
@settings(max_examples=15, deadline=None)
def test_a_planted_trace_equals_the_correct_one_before_its_first_wrong_step(seed):
    traces = generate(seed, 1)
    correct = {t.problem: t for t in traces if t.kind == "correct"}
    assert len(correct) == ALL_FAMILIES
    for trace in traces:
        if trace.kind == "correct":
            assert trace.first_wrong is None
            continue
        gold = correct[trace.problem]
        k = trace.first_wrong
        assert k is not None and 1 <= k <= len(trace.steps)
        assert trace.steps[:k - 1] == gold.steps[:k - 1]
        assert trace.steps[k - 1] != gold.steps[k - 1]


@given(st.integers(0, 10_000))
@settings(max_examples=6, deadline=None)
def test_correct_generated_traces_raise_no_false_alarm(seed):
    figures = measure([t for t in generate(seed, 1) if t.kind == "correct"])
    families = ALL_FAMILIES
    assert figures["correct"]["exact"] == figures["correct"]["traces"] == families


def test_the_checker_catches_most_computable_slips_at_their_step():
    """A floor, not a target: on one fixed seed the checker must flag at least 70% of the planted errors at
    exactly their step, and none before it (the kinds that need the problem's meaning count as misses)."""
    result = summary(measure(generate(7, 3)))
    assert result["correct_passed"] == result["correct_traces"]
    assert result["flagged_early"] == 0
    assert result["exact_rate"] >= 0.7


def test_the_script_prints_its_figures_as_json():
    run = subprocess.run([sys.executable, "-m", "agentlib.evals.trace_yardstick", "--per-family", "1", "--seed", "5"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout)
    assert figures["summary"]["correct_traces"] == ALL_FAMILIES
    assert set(figures["by_kind"]) >= {"correct", "arithmetic", "sign"}
    bad = subprocess.run([sys.executable, "-m", "agentlib.evals.trace_yardstick", "--per-family", "0"],
                         capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and "per-family" in bad.stderr


def test_markdown_formatting_keeps_the_planted_step_and_the_catch_rate():
    """Chat models bold their results and label their steps; the checker must read through both (it did not:
    25% of planted errors caught at their step in this format against 50% in plain text)."""
    traces = generate(11, 2)
    formatted = [markdown(t) for t in traces]
    assert all(f.first_wrong == t.first_wrong and len(f.steps) == len(t.steps) for f, t in zip(formatted, traces))
    assert all(step.startswith(f"**Step {i}:** ") for f in formatted for i, step in enumerate(f.steps, start=1))
    assert any("= **" in step for f in formatted for step in f.steps)
    plain, bold = summary(measure(traces)), summary(measure(formatted))
    assert bold["correct_passed"] == bold["correct_traces"]
    assert bold["flagged_exactly"] >= plain["flagged_exactly"] - 1


def test_every_restyle_keeps_the_planted_step_and_passes_the_correct_traces():
    """Newer layouts (a markdown table, "≈" for repeating decimals, display math, ...) are fresh text for false
    alarms: every correct trace must still pass, and every planted error stays at its step."""
    traces = generate(13, 1)
    for how in RESTYLES:
        styled = [restyle(t, how) for t in traces]
        assert all(s.first_wrong == t.first_wrong and len(s.steps) == len(t.steps) for s, t in zip(styled, traces))
        figures = summary(measure(styled))
        assert figures["correct_passed"] == figures["correct_traces"], how
        assert figures["flagged_early"] == 0, how
    assert any("≈" in step for t in traces for step in restyle(t, "approx").steps)
    assert restyle(traces[0], "table").steps[0].startswith("| Step | Work |")


def test_the_misread_families_leave_the_older_families_traces_unchanged(monkeypatch):
    """The misread families draw from their own random stream: without them, every older trace is the same."""
    with_them = [t for t in generate(3, 2) if t.family not in MISREAD_FAMILIES]
    monkeypatch.setattr(trace_yardstick, "MISREAD_FAMILIES", {})
    assert generate(3, 2) == with_them


def test_every_misread_family_plants_a_misreading_the_checker_sees_at_its_step():
    """Each misread family's planted misreading is a wrong value (never the right one written otherwise), and on
    fresh draws most of them are flagged at exactly their step while every correct trace passes."""
    traces = [t for t in generate(21, 4) if t.family in MISREAD_FAMILIES]
    assert {t.family for t in traces} == set(MISREAD_FAMILIES)
    figures = summary(measure(traces))
    assert figures["correct_passed"] == figures["correct_traces"]
    assert figures["flagged_early"] == 0
    assert figures["exact_rate"] >= 0.8

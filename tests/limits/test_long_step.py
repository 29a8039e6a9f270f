"""A step longer than `MAX_STEP_CHARS` is reported "unchecked" (step_length) beside the claims read from its start.

Regression: a trace of 3,000 lines with no blank line is one step; its claims were read from the first 20,000
characters only, so a wrong last line ("2999+2999=1") gave "No step was refuted or flagged", `complete` and exit 0.
The bound is made small here so the generated steps stay short; the rule is the same at 20,000.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.checking import checker, claims
from agentlib.checking.checker import check_steps

BOUND = 600


@pytest.fixture(autouse=True)
def _small_bound(monkeypatch):
    monkeypatch.setattr(claims, "MAX_STEP_CHARS", BOUND)
    monkeypatch.setattr(checker, "MAX_STEP_CHARS", BOUND)


@settings(max_examples=12, deadline=None)
@given(st.integers(0, 10**6).map(random.Random), st.integers(5, 70), st.data())
def test_a_wrong_line_is_refuted_or_its_step_is_reported_unchecked(rng, count, data):
    lines = [f"{a} + {b} = {a + b}" for a, b in ((rng.randint(1, 999), rng.randint(1, 999)) for _ in range(count))]
    wrong = data.draw(st.integers(0, count - 1))
    a, b = rng.randint(1, 999), rng.randint(1, 999)
    lines[wrong] = f"{a} + {b} = {a + b + rng.choice([-2, -1, 1, 7])}"
    step = "\n".join(lines)
    report = check_steps("Add the numbers.", [step], budget_s=20)
    within = len("\n".join(lines[: wrong + 1])) <= BOUND
    if within:  # the wrong line was read: the step is the first wrong one
        assert report.first_error_step == 1
    else:  # maybe not read: never a whole trace without an error (other readers may read further and refute it)
        assert report.first_error_step == 1 or not report.complete
    assert (report.steps[0].unchecked == "step_length") == (len(step) > BOUND)

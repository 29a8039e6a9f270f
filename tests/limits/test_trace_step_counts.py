"""`check_trace` keeps its deadline on traces of many steps (`agentlib.checking.steps`, `agentlib.checking.checker`).

Regressions: a list of 1,000,000 steps ran 16 s past a 3 s deadline (the splitting before the deadline started, then
every step listed back unchecked); a trace of 20,000 steps outran the worker's fixed reply margin, so the worker was
killed and the steps it had checked were lost. Now a trace of more than `MAX_TRACE_STEPS` steps is refused before
any work, and the worker keeps back time for its reply in proportion to the number of steps.
"""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import check_trace
from agentlib.checking import checker, steps
from agentlib.checking.steps import split_steps
from agentlib.errors import InputError

LIMIT = 40  # a small cap for the test; the real one is MAX_TRACE_STEPS


def _steps(rng: random.Random, count: int) -> list[str]:
    return [f"{a} + {b} = {a + b}" for a, b in ((rng.randint(0, 99), rng.randint(0, 99)) for _ in range(count))]


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 3 * LIMIT), st.booleans(), st.integers(0, 10**6).map(random.Random))
def test_a_trace_of_more_steps_than_the_cap_is_refused_before_any_work(count, as_text, rng):
    trace = _steps(rng, count)
    given = "\n\n".join(trace) if as_text else trace
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(steps, "MAX_TRACE_STEPS", LIMIT)
        if count > LIMIT:
            with pytest.raises(InputError, match=f"{count:,} steps; the limit is {LIMIT}"):
                split_steps(given)
        else:
            assert split_steps(given) == trace


def test_the_real_cap_is_far_above_the_steps_checked():
    assert steps.MAX_TRACE_STEPS >= 5 * steps.MAX_STEPS


def test_the_reply_time_kept_back_grows_with_the_number_of_steps(monkeypatch):
    # with a second kept back a step, ten steps leave nothing of a 5 s deadline: none is sent to the worker
    monkeypatch.setattr(checker, "_REPLY_PER_STEP_S", 1.0)
    report = check_trace("", _steps(random.Random(3), 10), deadline_s=5)
    assert report.unchecked_steps == list(range(1, 11))
    assert {step.unchecked for step in report.steps} == {"deadline"}
    assert any("before checking began" in note for note in report.notes)

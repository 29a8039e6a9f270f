"""A worksheet's deadline holds for the whole sheet (`agentlib.mathsolve.worksheet.solve_worksheet`).

Regression: each problem got at least 5 s of its own, so twelve slow problems ("Expand (x + 1)^3000") ran 75 s past
a 3 s deadline; now each gets a share of what is left and the problems past the deadline abstain with "deadline".
"""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.mathsolve import solve as solve_module
from agentlib.mathsolve.result import abstain
from agentlib.mathsolve.worksheet import solve_worksheet


@settings(max_examples=5, deadline=None)
@given(st.integers(3, 20), st.sampled_from(["{i})", "{i}.", "Q{i}:", "Problem {i}:"]),
       st.sampled_from(["", "Solve:\n", "Simplify:\n"]), st.floats(0.2, 0.6))
def test_the_sheets_deadline_bounds_the_time_given_to_all_its_problems(count, label, preface, deadline_s):
    given_deadlines: list[float] = []

    def slow(problem, *, level="intermediate", backend=None, deadline_s=30.0):
        """Works until its deadline and abstains, as a problem too slow to solve does."""
        given_deadlines.append(deadline_s)
        time.sleep(deadline_s)
        return abstain(problem, "worked until the deadline", "deadline", level=level)

    text = preface + "\n".join(f"{label.format(i=i)} x^{i} + {i}x = {i + 1}" for i in range(1, count + 1))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(solve_module, "solve_math", slow)
        results = solve_worksheet(text, deadline_s=deadline_s)
    assert results is not None and len(results) == count
    assert sum(given_deadlines) <= deadline_s + 1e-6
    assert results[-1].failure == "deadline" and results[-1].status == "abstained"

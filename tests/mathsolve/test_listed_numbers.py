"""Whole numbers written side by side after a task that takes a list ("최대공약수 36 48", "lcm 4 6 8"): each number
is an argument; without such a task two numbers side by side still have no reading."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

WORDINGS = {"gcd": ["gcd {n}", "최대공약수 {n}", "{n} 최대공약수", "ggT {n}"],
            "lcm": ["lcm {n}", "최소공배수 {n}", "{n} 의 최소공배수", "kgV {n}"]}


@settings(max_examples=12, deadline=None)
@given(st.lists(st.integers(2, 500), min_size=2, max_size=4), st.sampled_from(["gcd", "lcm"]), st.integers(0, 3))
def test_numbers_side_by_side_are_the_list_a_gcd_or_lcm_takes(values, task, wording):
    text = WORDINGS[task][wording].format(n=" ".join(map(str, values)))
    result = solve_math(text)
    expected = math.gcd(*values) if task == "gcd" else math.lcm(*values)
    assert result.status == "verified" and result.answer == str(expected), (text, result.reason)


def test_numbers_side_by_side_without_such_a_task_abstain():
    assert solve_math("36 48").status == "abstained"

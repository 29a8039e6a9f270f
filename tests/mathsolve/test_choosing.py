"""Counting in words (`choosing.py`): choices without order, choices in a line, everyone in a line, in English and
Korean; expected values from `math.comb` / `math.perm`. Regression: "10명 중에서 3명을 뽑는 경우의 수는?" abstained."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.choosing import read_choosing


@given(st.integers(1, 30), st.integers(0, 30), st.sampled_from(range(6)))
@settings(max_examples=40, deadline=None, derandomize=True)
def test_counting_in_words(n, k, wording):
    texts = [f"how many ways to choose {k} from {n}", f"how many ways can {k} people be chosen from {n}",
             f"{n}명 중에서 {k}명을 뽑는 경우의 수는?", f"in how many ways can {n} people stand in a line",
             f"{n}명 중에서 {k}명을 뽑아 일렬로 세우는 경우의 수", f"{n}명을 일렬로 세우는 경우의 수는?"]
    expected = [math.comb(n, k), math.comb(n, k), math.comb(n, k), math.factorial(n), math.perm(n, k),
                math.factorial(n)][wording]
    text = texts[wording]
    if wording in (0, 1, 2, 4) and k > n:
        assert read_choosing(text) is None
        return
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert int(result.value["expression"]) == expected, (text, result.answer)

"""The area between a graph and the x-axis with no bounds given (`area_to_axis.py`), generated and checked here:
polynomials with chosen real zeros, English and Korean wordings; the expected area is computed by SymPy from the
zeros the generator chose, never by agentlib. Regression: these requests abstained ("an area needs its bounds")."""

from __future__ import annotations

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

x = sp.Symbol("x")
WORDINGS = ["area enclosed by y = {f} and the x-axis", "Find the area bounded by the curve y = {f} and the x-axis.",
            "area between the x-axis and y = {f}", "y = {f} 와 x축으로 둘러싸인 부분의 넓이",
            "곡선 y = {f} 과 x축으로 둘러싸인 도형의 넓이를 구하시오"]


@given(st.lists(st.integers(-4, 4), min_size=2, max_size=3, unique=True), st.sampled_from([1, -1, 2]),
       st.sampled_from(WORDINGS))
@settings(max_examples=25, deadline=None, derandomize=True)
def test_the_area_between_the_outermost_zeros(zeros, scale, wording):
    f = sp.expand(scale * sp.Mul(*[(x - z) for z in zeros]))
    ordered = sorted(zeros)
    expected = sum(abs(sp.integrate(f, (x, a, b))) for a, b in zip(ordered, ordered[1:]))
    text = wording.format(f=str(f).replace("**", "^"))
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert sp.sympify(result.value["expression"]) == expected, (text, result.answer)


def test_a_graph_that_never_meets_the_axis_closes_off_nothing():
    result = solve_math("area between the x-axis and y = x^2 + 1")
    assert result.status == "abstained" and "never meets the x-axis" in result.reason

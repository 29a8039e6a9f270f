"""All local extrema at once ("local extrema of f", "극값", "극댓값과 극솟값"), generated and checked here: cubics
built from two chosen critical points, so the expected extrema are known without agentlib. Regression: these
requests abstained (unknown words, or "several operations")."""

from __future__ import annotations

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

x = sp.Symbol("x")
WORDINGS = ["local extrema of {f}", "find the local maximum and minimum of f(x) = {f}", "y = {f}의 극값",
            "f(x) = {f} 의 극댓값과 극솟값을 구하시오", "local maximum and local minimum of {f}"]


@given(st.lists(st.integers(-3, 3), min_size=2, max_size=2, unique=True), st.sampled_from([1, -1, 3]),
       st.integers(-5, 5), st.sampled_from(WORDINGS))
@settings(max_examples=25, deadline=None, derandomize=True)
def test_every_local_extremum_with_its_point(points, scale, shift, wording):
    a, b = sorted(points)
    f = sp.expand(sp.integrate(scale * (x - a) * (x - b), x) * 6 + shift)  # f' = 6 scale (x - a)(x - b)
    expected = []
    for point in (a, b):
        kind = "maximum" if sp.diff(f, x, 2).subs(x, point) < 0 else "minimum"
        expected.append({"kind": kind, "value": str(f.subs(x, point)), "at": str(point)})
    text = wording.format(f=str(f).replace("**", "^"))
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert result.value == {"kind": "extrema", "extrema": expected}, (text, result.answer)


def test_an_inflection_is_not_called_an_extremum():
    assert solve_math("local extrema of x^3").status == "abstained"

""""The slope of the tangent ... at x = a" is the derivative at a, against the derivative computed by hand."""

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math


@settings(max_examples=12, deadline=None)
@given(st.integers(-6, 6).filter(bool), st.integers(-9, 9), st.integers(-9, 9), st.integers(-5, 5),
       st.sampled_from(["slope of the tangent to y = {f} at x = {v}",
                        "find the slope of the tangent line to f(x) = {f} at x = {v}",
                        "what is the gradient of the tangent to y = {f} when x = {v}"]))
def test_tangent_slope_is_the_derivative_at_the_point(a, b, c, v, wording):
    f = f"{a}x^3 + {b}x^2 + {c}x".replace("+ -", "- ")
    result = solve_math(wording.format(f=f, v=v))
    assert result.verified and Fraction(result.value["expression"]) == 3 * a * v * v + 2 * b * v + c, result.reason

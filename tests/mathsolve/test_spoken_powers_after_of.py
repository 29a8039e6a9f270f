""""squared" and "cubed" after "derivative of", "integral of", "the value of" ...: "of" is no spoken operator there,
so "derivative of x cubed" is d/dx x³. Regression: "of" ends "to the power of", and every "of" before a formula was
taken for that operator's end, whose right side a power may extend ("x plus 1 squared"), so the power word stayed a
word and the request abstained. Generated requests keyed by SymPy; the ambiguous ones still abstain."""

from __future__ import annotations

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

x = sp.symbols("x")
POWERS = [("x squared", x**2), ("x cubed", x**3)]
TAILS = [("", 0), (" plus 3x", 3 * x), (" minus 5", -5), (" plus 2", 2)]
LEADS = ["", "whats ", "hey can u find ", "what's "]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(POWERS), st.sampled_from(TAILS), st.sampled_from(LEADS),
       st.sampled_from(["the derivative of ", "derivative of ", "the integral of {} from 0 to 2", "integral of {} "
                        "from 1 to 3"]))
def test_a_spoken_power_after_of_is_read(power, tail, lead, task):
    words, value = power
    expression = value + tail[1]
    formula = words + tail[0]
    if "{}" in task:
        low, high = (0, 2) if "0 to 2" in task else (1, 3)
        text, expected = lead + task.format(formula), sp.integrate(expression, (x, low, high))
    else:
        text, expected = lead + task + formula, sp.diff(expression, x)
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)


def test_a_power_after_a_spoken_operator_of_still_abstains():
    for text in ("2 to the power of x squared", "what is 3 plus 2 squared", "derivative of x plus 1 squared"):
        assert solve_math(text).status != "verified", text

""""the product of 1 - 1/k^2 for k from 2 to infinity": a product with worded bounds (it abstained: "a sum, product
or count of something this reader does not name"), and an infinite product as the limit of its partial products
(SymPy's product alone leaves it unevaluated).

Fresh factors, starts, ends and wordings; the expected value is a floating-point product of many factors (infinite)
or of every factor (finite)."""

from __future__ import annotations

import math
import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

LEADS = ["the product of {f} for k from {a} to {b}", "Evaluate the product of {f} for k from {a} to {b}",
         "product of {f} from k={a} to {b}", "Find the product of {f} for k from {a} to {b}"]


@pytest.mark.parametrize("seed", range(16))
def test_an_infinite_product_of_rational_factors(seed):
    rng = random.Random(seed)
    c = rng.randint(1, 3)
    start = c + rng.randint(1, 3)
    factor = f"(1 - {c * c}/k^2)" if c > 1 else "(1 - 1/k^2)"
    text = rng.choice(LEADS).format(f=factor, a=start, b=rng.choice(["infinity", "∞"]))
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    value = float(parse_expression(result.value["expression"]))
    estimate = math.prod(1 - c * c / k**2 for k in range(start, 200_000))
    assert abs(value - estimate) < 1e-4, (text, result.answer, estimate)


@pytest.mark.parametrize("seed", range(8))
def test_a_finite_product_with_worded_bounds(seed):
    rng = random.Random(seed)
    start, end = rng.randint(1, 3), rng.randint(4, 8)
    shift = rng.randint(0, 3)
    factor = f"(k + {shift})" if shift else "k"
    text = rng.choice(LEADS).format(f=factor, a=start, b=end)
    result = solve_math(text)
    expected = math.prod(k + shift for k in range(start, end + 1))
    assert result.status == "verified" and parse_expression(result.value["expression"]) == sp.Integer(expected), \
        (text, result.answer, expected)

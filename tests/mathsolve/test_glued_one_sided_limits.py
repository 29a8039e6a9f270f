"""'lim x→a- f' and 'lim x->a+ f' (a sign glued to the point, then a space) are one-sided limits, checked against
SymPy on fresh bodies; the sign was read into the body ('lim x->0- cos(x)' answered -1)."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.notation import NotationError, to_plain
from agentlib.tools.safe_math import parse_expression

x = sp.Symbol("x")
BODIES = [("{a}x^2 + {b}", lambda a, b, p: a * x**2 + b, True), ("cos(x) + {b}", lambda a, b, p: sp.cos(x) + b, True),
          ("{a}/(x - {p})", lambda a, b, p: a / (x - p), False),
          ("|x - {p}|/(x - {p})", lambda a, b, p: sp.Abs(x - p) / (x - p), False)]


@pytest.mark.parametrize("seed", range(24))
def test_glued_sign_is_the_side(seed):
    rng = random.Random(seed)
    a, b, p = rng.randint(1, 9), rng.randint(-9, 9), rng.randint(1, 5)
    side = rng.choice("+-")
    shown, build, easy = rng.choice(BODIES)
    arrow = rng.choice(["->", "→"])
    text = f"lim x{arrow}{p}{side} {shown.format(a=a, b=b, p=p)}" + rng.choice(["", " 의 값은?", " 는 얼마야?"])
    expected = sp.limit(build(a, b, p), x, p, dir=side)
    result = solve_math(text)
    if easy:
        assert result.verified, (text, result.reason)
    if result.verified:  # a hard body may be refused, never answered wrong
        assert parse_expression(result.value["expression"]) == expected, (text, result.answer)


def test_regression_glued_minus_was_the_body_sign():
    result = solve_math("lim x->0- cos(x)")
    assert result.verified and result.value["expression"] == "1"


def test_spaced_sign_stays_the_body_and_fully_glued_is_refused():
    assert to_plain("lim x→0 -cos(x)") == "Limit(-cos(x), x, 0)"
    with pytest.raises(NotationError):
        to_plain("lim x→0-cos(x)")

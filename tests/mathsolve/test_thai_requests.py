"""Thai requests, cut into the Thai table's tokens as Chinese and Japanese runs are ("15 + 27 เท่ากับเท่าไร",
"แก้สมการ 2x + 6 = 0", "จงหาอนุพันธ์ของ x^3"): fresh numbers and polynomials checked against SymPy; a Thai word
outside the table keeps the request unread."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

x = sp.Symbol("x")


@pytest.mark.parametrize(("ask", "operation"), [
    ("{a} + {b} เท่ากับเท่าไร", lambda a, b: a + b), ("{a} × {b} เท่ากับเท่าไหร่", lambda a, b: a * b),
    ("คำนวณ {a} - {b}", lambda a, b: a - b), ("{a} ÷ {b} ได้เท่าไร", lambda a, b: sp.Rational(a, b)),
])
def test_fresh_thai_arithmetic(ask, operation):
    rng = random.Random(ask)
    for _ in range(6):
        a, b = rng.randint(2, 900), rng.randint(2, 90)
        text = ask.format(a=a, b=b)
        expected = operation(a, b)
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert parse_expression(result.value["expression"]) == expected, (text, result.answer)


def test_fresh_thai_equations_and_calculus():
    rng = random.Random("thai calculus")
    for _ in range(6):
        a, b, c = rng.randint(2, 9), rng.randint(-20, 20), rng.randint(1, 5)
        solved = solve_math(f"แก้สมการ {a}x + {b} = 0")
        assert solved.verified and [parse_expression(v) for v in solved.value["values"]] == [sp.Rational(-b, a)]
        derived = solve_math(f"จงหาอนุพันธ์ของ x^{c + 1} + {a}x")
        assert derived.verified
        assert sp.simplify(parse_expression(derived.value["expression"]) - ((c + 1) * x**c + a)) == 0
        integral = solve_math(f"อินทิกรัล {a}x จาก 0 ถึง {c}")
        assert integral.verified and parse_expression(integral.value["expression"]) == sp.Rational(a * c * c, 2)


@pytest.mark.parametrize("text", [
    "15 + 27 เท่ากับเท่าไร แมว",  # a word outside the table (cat)
    "แก้สมการ",  # no formula
])
def test_unknown_thai_abstains(text):
    assert solve_math(text).status != "verified", text

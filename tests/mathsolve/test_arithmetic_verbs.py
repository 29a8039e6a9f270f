"""An arithmetic verb in the imperative ("multiply 12 by 7", "subtract 3 from 10") reads as the formula it asks for,
in the verb's order, over fresh operands (whole, decimal, fraction, negative), joining words, lead-ins and endings;
a request with a word operand, a third operand or "divide ... into" is left to the other readers."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.arithmetic_verbs import spell_arithmetic_verb
from agentlib.tools.safe_math import parse_expression


def _operand(rng: random.Random) -> tuple[str, Fraction]:
    kind = rng.choice(["whole", "decimal", "fraction", "negative"])
    if kind == "whole":
        n = rng.randint(1, 999)
        return str(n), Fraction(n)
    if kind == "decimal":
        text = f"{rng.randint(0, 99)}.{rng.randint(1, 99):02d}"
        return text, Fraction(text)
    if kind == "fraction":
        top, bottom = rng.randint(1, 20), rng.randint(2, 20)
        return f"{top}/{bottom}", Fraction(top, bottom)
    n = rng.randint(1, 99)
    return f"-{n}", Fraction(-n)


@pytest.mark.parametrize("seed", range(16))
def test_an_arithmetic_verb_is_computed_in_the_verbs_order(seed):
    rng = random.Random(seed)
    (a_text, a), (b_text, b) = _operand(rng), _operand(rng)
    if b == 0:
        b_text, b = "7", Fraction(7)
    verb, join, expected = rng.choice([
        ("multiply", "by", a * b), ("multiply", "and", a * b), ("divide", "by", a / b), ("add", "and", a + b),
        ("add", "to", a + b), ("subtract", "from", b - a)])
    lead = rng.choice(["", "please ", "pls ", "can you "])
    end = rng.choice(["", "?", "."])
    text = f"{lead}{verb} {a_text} {join} {b_text}{end}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    found = parse_expression(result.value["expression"])
    assert sp.simplify(found - sp.Rational(expected.numerator, expected.denominator)) == 0, (text, result.answer)


@pytest.mark.parametrize("seed", range(6))
def test_a_verb_on_expressions_simplifies_or_multiplies_out(seed):
    rng = random.Random(seed)
    x = sp.Symbol("x")
    p, q = rng.randint(1, 9), rng.randint(1, 9)
    first, second = f"(x + {p})", f"(x - {q})"
    for text, expected in [(f"multiply {first} by {second}", sp.expand((x + p) * (x - q))),
                           (f"multiply {first}{second}", sp.expand((x + p) * (x - q))),
                           (f"subtract {p}x from x^2 + {q}", x**2 + q - p * x)]:
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert sp.expand(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)


def test_other_shapes_are_left_to_the_other_readers():
    for text in ["add 5 and 7 and 3", "multiply 12 apples by 7", "divide 3 into 12", "multiply 12",
                 "subtract 3, 4 from 10", "add 5 and", "12 multiplied by 7"]:
        assert spell_arithmetic_verb(text) == text, text
    assert spell_arithmetic_verb("multiply [[1, 2], [3, 4]] by 2") == "([[1, 2], [3, 4]]) * (2)"


@pytest.mark.parametrize("seed", range(8))
def test_regression_a_percent_operand_is_a_share_of_the_other(seed):
    # "add 10% to 50" was answered 50.1 and "subtract 20% from 80" 79.8: the parentheses made the percent a number
    rng = random.Random(seed)
    base, rate = rng.randint(1, 500), rng.choice([5, 10, 12.5, 20, 25, 50])
    percent = Fraction(str(rate)) / 100
    for text, expected in [(f"add {rate}% to {base}", base * (1 + percent)),
                           (f"subtract {rate}% from {base}", base * (1 - percent)),
                           (f"multiply {base} by {rate}%", base * percent)]:
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        found = parse_expression(result.value["expression"])
        assert sp.simplify(found - sp.Rational(expected.numerator, expected.denominator)) == 0, (text, result.answer)

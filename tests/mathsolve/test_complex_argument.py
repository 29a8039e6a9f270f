"""The argument of a complex number ("argument of 1 + i", "arg(-2 + 2i)", "편각", "l'argument de"), checked
against `sympy.arg` (the principal value, in (-π, π]). Fresh variants: random Gaussian integers and surds, and
wordings. Two measures at once, a call inside a longer formula, and a letter left in the number abstain.
"""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

WORDINGS = ("argument of {}", "what is the argument of {}", "find the principal argument of {}", "arg({})",
            "what is arg({})?", "복소수 {} 의 편각을 구하시오", "Calculez l'argument de {}")


def _written(real: int, imaginary: int) -> tuple[str, sp.Expr]:
    value = real + imaginary * sp.I
    if imaginary == 0:
        return str(real), value
    part = "i" if abs(imaginary) == 1 else f"{abs(imaginary)}i"
    if real == 0:
        return ("-" if imaginary < 0 else "") + part, value
    return f"{real} {'-' if imaginary < 0 else '+'} {part}", value


@pytest.mark.parametrize("seed", range(24))
def test_argument_matches_sympy(seed):
    rng = random.Random(seed)
    real, imaginary = rng.randint(-9, 9), rng.randint(-9, 9)
    if real == imaginary == 0:
        real = 1
    written, value = _written(real, imaginary)
    text = rng.choice(WORDINGS).format(written)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert sp.simplify(parse_expression(result.value["expression"]) - sp.arg(value)) == 0, (text, result.answer)


@pytest.mark.parametrize("text, expected", [("argument of √3 + i", sp.pi / 6), ("argument of -1", sp.pi),
                                            ("arg(1 - i√3)", -sp.pi / 3)])
def test_argument_of_surds_and_negative_reals(text, expected):
    result = solve_math(text)
    assert result.verified and sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, result


@pytest.mark.parametrize("text", ["modulus and argument of 1 + i", "arg(1+i) + 1", "argument of x + i",
                                  "argument of 0"])
def test_unclear_or_undefined_arguments_are_not_verified(text):
    assert not solve_math(text).verified


def test_regression_argument_was_an_unknown_word():
    result = solve_math("argument of 1 + i")
    assert result.verified and result.value["expression"] == "pi/4"

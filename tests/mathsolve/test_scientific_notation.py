"""Scientific notation is a power of ten: "6.02e23 * 2" is 1.204 × 10^24, never a multiple of Euler's e.

Regression: "what is 1e308 * 1e308" came back verified as 94864·e² ("1e308" read as 1·e·308). Fresh variants:
random mantissas, exponents, operators and wordings, the expected value computed with `fractions` (exact),
never by agentlib.
"""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.mathsolve.scientific_notation import spell_scientific

WORDINGS = ("{}", "what is {}", "what's {}", "calculate {}", "compute {}")


def _scientific(rng: random.Random) -> tuple[str, Fraction]:
    whole = rng.randint(1, 9)
    places = rng.randint(0, 3)
    fraction = f".{rng.randint(1, 10 ** places - 1):0{places}d}" if places else ""
    exponent = rng.randint(-6, 30)
    letter = rng.choice("eE")
    sign = "+" if exponent >= 0 and rng.random() < 0.3 else ""
    written = f"{whole}{fraction}{letter}{sign}{exponent}"
    return written, Fraction(f"{whole}{fraction}") * Fraction(10) ** exponent


@pytest.mark.parametrize("seed", range(30))
def test_products_and_quotients_of_scientific_numbers_are_exact(seed):
    rng = random.Random(seed)
    (a, x), (b, y) = _scientific(rng), _scientific(rng)
    op = rng.choice("*/+")
    exact = {"*": x * y, "/": x / y, "+": x + y}[op]
    result = solve_math(rng.choice(WORDINGS).format(f"{a} {op} {b}"))
    assert result.verified, (a, op, b, result.reason)
    assert "E" not in result.value["expression"] and "e" not in result.value["expression"], result.answer
    assert Fraction(result.value["expression"]) == exact, (a, op, b, result.answer)


def test_regression_a_calculator_overflow_question_is_not_a_multiple_of_e_squared():
    result = solve_math("what is 1e308 * 1e308")
    assert result.verified
    assert Fraction(result.value["expression"]) == Fraction(10) ** 616


def test_an_exponent_beyond_the_parser_limit_abstains_with_the_reason():
    result = solve_math("1e100000 + 1")
    assert result.status == "abstained" and "too large" in result.reason


@pytest.mark.parametrize("text", ["2e - 3", "2e^x", "3e2x", "x2e3", "2e", "v1.2e3"])
def test_spaced_or_continued_forms_keep_their_letters(text):
    assert spell_scientific(text) == text

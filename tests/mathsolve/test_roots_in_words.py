"""Roots said in words or typed with a radical sign before a signed number: "4th root of 81", "the fifth root of
-32", "cube root of -27", "∛-27", "√-16".

Before: the n-th root in words abstained ("root" read as the roots of an equation) and a sign after "of" or after
a radical sign stopped the reading. Fresh variants: random bases and degrees, digits or words for the ordinal;
expected values from integer powers (an odd root of -b^k is -b, the square root of -b^2 is b·i), never agentlib.
"""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

ORDINAL_WORDS = {4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}
LEADS = ("", "what is the ", "what's the ", "find the ", "the ")


def _ordinal(degree: int, rng: random.Random) -> str:
    return ORDINAL_WORDS[degree] if rng.random() < 0.5 else f"{degree}th"


def _value(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return parse_expression(result.value["expression"])


@pytest.mark.parametrize("seed", range(10))
def test_an_nth_root_in_words(seed):
    rng = random.Random(seed)
    degree, base = rng.randint(4, 7), rng.randint(2, 5)
    negative = degree % 2 == 1 and rng.random() < 0.5
    radicand = -(base**degree) if negative else base**degree
    text = f"{rng.choice(LEADS)}{_ordinal(degree, rng)} root of {radicand}"
    assert _value(text) == (-base if negative else base), text


@pytest.mark.parametrize("seed", range(8))
def test_a_cube_root_of_a_negative_number_is_the_real_one(seed):
    rng = random.Random(40 + seed)
    base = rng.randint(2, 30)
    text = rng.choice((f"cube root of -{base**3}", f"what is the cube root of -{base**3}", f"∛-{base**3}"))
    assert _value(text) == -base, text


@pytest.mark.parametrize("seed", range(6))
def test_a_square_root_of_a_negative_number_is_imaginary(seed):
    rng = random.Random(80 + seed)
    base = rng.randint(2, 30)
    text = rng.choice((f"square root of -{base**2}", f"√-{base**2}"))
    assert sp.simplify(_value(text) - base * sp.I) == 0, text


def test_a_root_followed_by_a_spoken_operator_still_abstains():
    # "the 4th root of 16 times 2": the root of 16, or of 32? the extent is unclear in speech
    assert not solve_math("the 4th root of 16 times 2").verified
    assert not solve_math("cube root of -27 plus 1").verified

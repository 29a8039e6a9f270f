"""몇 right before the copula ("12÷4×3은 몇이야?", "3+4는 몇이에요?") asks what number a formula is, in fresh
arithmetic and endings, against Fraction arithmetic; 몇 before a counter ("몇 개") is still a count, not read here."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math


@pytest.mark.parametrize("seed", range(30))
def test_what_number_a_formula_is(seed):
    rng = random.Random(seed)
    a, b, c = rng.randint(2, 60), rng.randint(2, 12), rng.randint(1, 30)
    shown, value = rng.choice([(f"{a * b}÷{b}+{c}", Fraction(a * b, b) + c), (f"{a}×{b}-{c}", Fraction(a * b - c)),
                               (f"{a}+{b}×{c}", Fraction(a + b * c))])
    topic = rng.choice(["은", "는", " 은", " 는"])
    ending = rng.choice(["몇이야?", "몇이에요?", "몇이야", "몇이지?"])
    text = f"{shown}{topic} {ending}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert Fraction(result.value["expression"]) == value, (text, result.answer)


def test_a_count_with_a_counter_is_not_read_as_a_value():
    assert not solve_math("x^2-4=0의 해는 몇 개야?").verified

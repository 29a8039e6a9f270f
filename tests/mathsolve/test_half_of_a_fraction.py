""""half of 3/4": the fraction typed after "half of" is the whole formula, so it is halved whole (`spoken.py`);
before, the reader stopped at the fraction (it took only an atom) and abstained. Fresh fractions, checked with
Fraction; a longer formula after "half of" still abstains (half of 3/4, plus 1, or half of 3/4 + 1?)."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math


@pytest.mark.parametrize("seed", range(8))
def test_half_of_a_typed_fraction(seed):
    rng = random.Random(seed)
    numerator, denominator = rng.randint(1, 30), rng.randint(2, 30)
    text = rng.choice(["half of {}", "what is half of {}?", "What's half of {}", "find half of {}"]).format(
        f"{numerator}/{denominator}")
    result = solve_math(text)
    assert result.verified and Fraction(result.answer) == Fraction(numerator, denominator) / 2, (text, result.answer)


def test_half_of_a_longer_formula_still_abstains():
    assert not solve_math("half of 3/4 + 1").verified

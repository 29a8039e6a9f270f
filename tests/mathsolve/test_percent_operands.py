"""A percentage in arithmetic takes only the number after its "of": "10 + 20% of 50" is 10 + 10 = 20.

Regressions: "10 + 20% of 50" came back verified 510 ((10 + 20%) of 50) and "what is 25% of 40 + 5" verified 45/4
(25% of 45). "p% of A + B" has two readings and abstains; a percentage result is a decimal as a calculator shows
it ("7% of 1,250" is 87.5); a lone percentage converts ("convert 12.5% to a fraction" is 1/8). Fresh variants:
random numbers and wordings, expected values from `fractions`, never from agentlib.
"""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

OPENERS = ("{}", "what is {}", "what's {}", "calculate {}")


def _percent(rng: random.Random) -> tuple[str, Fraction]:
    whole = rng.choice((5, 10, 12.5, 15, 20, 25, 30, 40, 75))
    return f"{whole:g}%", Fraction(str(whole)) / 100


@pytest.mark.parametrize("seed", range(20))
def test_a_percentage_after_an_operator_takes_only_its_own_base(seed):
    rng = random.Random(seed)
    written, share = _percent(rng)
    a, b = rng.randint(1, 500), rng.randint(2, 400)
    operator = rng.choice("+-*")
    expected = {"+": a + share * b, "-": a - share * b, "*": a * share * b}[operator]
    result = solve_math(rng.choice(OPENERS).format(f"{a} {operator} {written} of {b}"))
    assert result.verified, result.reason
    assert Fraction(result.value["expression"]) == expected, (a, operator, written, b, result.answer)


@pytest.mark.parametrize("seed", range(10))
def test_a_percentage_of_a_sum_without_brackets_abstains(seed):
    rng = random.Random(seed)
    written, _ = _percent(rng)
    text = rng.choice(OPENERS).format(f"{written} of {rng.randint(2, 400)} {rng.choice('+-')} {rng.randint(1, 50)}")
    result = solve_math(text)
    assert result.status == "abstained" and result.failure == "ambiguous", (text, result.answer)


@pytest.mark.parametrize("seed", range(10))
def test_a_bracketed_base_is_one_base(seed):
    rng = random.Random(seed)
    written, share = _percent(rng)
    a, b = rng.randint(2, 400), rng.randint(1, 50)
    result = solve_math(f"{written} of ({a} + {b})")
    assert result.verified and Fraction(result.value["expression"]) == share * (a + b)


@pytest.mark.parametrize("seed", range(12))
def test_a_percentage_of_a_whole_number_answers_as_a_decimal(seed):
    rng = random.Random(seed)
    percent, base = rng.randint(1, 99), rng.randint(1, 3000)
    result = solve_math(rng.choice(OPENERS).format(f"{percent}% of {base:,}"))
    exact = Fraction(percent * base, 100)
    assert result.verified
    assert Fraction(result.value["expression"]) == exact
    assert ("/" in result.answer) is False, result.answer


@pytest.mark.parametrize("wording, as_fraction", [("convert {} to a fraction", True),
                                                  ("what is {} as a fraction", True),
                                                  ("convert {} to a decimal", False), ("what is {}", False)])
def test_a_lone_percentage_is_the_number_it_stands_for(wording, as_fraction):
    for seed in range(4):
        rng = random.Random(seed)
        written, share = _percent(rng)
        result = solve_math(wording.format(written))
        assert result.verified, result.reason
        assert Fraction(result.value["expression"]) == share
        assert ("/" in result.answer) == (as_fraction and share.denominator != 1), result.answer


@pytest.mark.parametrize("seed", range(8))
def test_a_fraction_of_a_sum_without_brackets_abstains(seed):
    # Regression: "what is 2/3 of 9 + 1" came back verified 20/3 (2/3 of 10)
    rng = random.Random(seed)
    numerator = rng.randint(1, 4)
    text = rng.choice(OPENERS).format(f"{numerator}/{numerator + rng.randint(1, 5)} of {rng.randint(2, 90)} "
                                      f"{rng.choice('+-')} {rng.randint(1, 9)}")
    result = solve_math(text)
    assert result.status == "abstained" and result.failure == "ambiguous", (text, result.answer)


@pytest.mark.parametrize("seed", range(16))
def test_a_sum_of_shares_takes_each_number_after_its_own_of(seed):
    """"15% of 200 plus 10% of 50" is 30 + 5: a share after the operator marks where the first base ends (it used
    to abstain as "15% of (200 + ...)"); a plain number after the operator still leaves two readings."""
    rng = random.Random(seed)
    terms = rng.randint(2, 4)
    shares = [_percent(rng) for _ in range(terms)]
    bases = [rng.randint(2, 900) for _ in range(terms)]
    signs = [rng.choice(("+", "-", "plus", "minus")) for _ in range(terms - 1)]
    text, expected = f"{shares[0][0]} of {bases[0]}", shares[0][1] * bases[0]
    for (written, share), base, sign in zip(shares[1:], bases[1:], signs):
        text += f" {sign} {written} of {base}"
        expected += share * base if sign in ("+", "plus") else -share * base
    result = solve_math(rng.choice(OPENERS).format(text))
    assert result.verified, (text, result.reason)
    assert Fraction(result.value["expression"]) == expected, (text, result.answer)
    trailing = solve_math(f"{text} {rng.choice('+-')} {rng.randint(1, 50)}")
    assert trailing.status == "abstained" and trailing.failure == "ambiguous", (text, trailing.answer)

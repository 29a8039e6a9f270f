"""Parts of a number in a chain or another language: "10% of 20% of 500", "2/3 of 3/4 of 80", "3/4 von 200".

Fresh variants: random percentages, fractions and wholes, chains of two or three parts, English, German, Spanish and
French wordings; the expected value is the exact product of the parts, computed with `fractions`, never by
agentlib. A 'from' word is never an 'of' in English, nor beside a 'to' bound.
"""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

LINKS = {"en": ("what is {}", "of"), "de": ("Wie viel ist {}?", "von"), "es": ("¿Cuánto es {}?", "de"),
         "fr": ("Calcule {}", "de")}


def _part(rng: random.Random) -> tuple[str, Fraction]:
    if rng.random() < 0.5:
        p = rng.choice((5, 10, 20, 25, 40, 50, 75))
        return f"{p}%", Fraction(p, 100)
    a, b = rng.randint(1, 5), rng.choice((2, 3, 4, 5, 8))
    return f"{a}/{b}", Fraction(a, b)


@pytest.mark.parametrize("seed", range(24))
def test_a_chain_of_parts_of_a_number_is_their_product(seed):
    rng = random.Random(seed)
    language = rng.choice(sorted(LINKS))
    template, link = LINKS[language]
    parts = [_part(rng) for _ in range(rng.randint(1 if language != "en" else 2, 3))]
    whole = rng.randint(2, 900)
    if language != "en" and not any("/" in text for text, _ in parts):
        parts[0] = ("3/4", Fraction(3, 4))  # percentages alone in these languages are read by the shop shapes
    text = f" {link} ".join([t for t, _ in parts] + [str(whole)])
    expected = Fraction(whole)
    for _, value in parts:
        expected *= value
    result = solve_math(template.format(text))
    assert result.verified, (text, result.reason)
    assert Fraction(result.value["expression"]) == expected, (text, result.answer)


def test_regression_a_percentage_of_a_percentage_was_read_as_two_formulas():
    result = solve_math("10% of 10% of 1000")
    assert result.verified and result.value["expression"] == "10"


def test_from_is_not_of_in_english_nor_beside_a_bound():
    assert not solve_math("what is 3/4 from 200").verified
    assert not solve_math("Integral von 1/2 von 0 bis 1").verified

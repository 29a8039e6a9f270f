"""A length cut into equal pieces, fresh lengths, counts and units checked against exact arithmetic (an inch is
2.54 cm, a foot 12 inches); pieces not said to be equal, or something that is not a length, abstain."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

METRES = {"inch": Fraction("0.0254"), "foot": Fraction("0.3048"), "m": Fraction(1), "cm": Fraction(1, 100),
          "yard": Fraction("0.9144")}
ASKED = {"inches": "inch", "feet": "foot", "cm": "cm", "meters": "m"}
THINGS = ["board", "rope", "pipe", "piece of wood", "ribbon", "steel bar"]


@pytest.mark.parametrize("seed", range(24))
def test_each_piece_is_the_length_over_the_count(seed):
    rng = random.Random(seed)
    length, count, given = rng.randint(1, 200), rng.randint(2, 12), rng.choice(list(METRES))
    asked = rng.choice([None, *ASKED])
    text = (f"{rng.choice(['a', 'the', 'my'])} {length} {given} {rng.choice(THINGS)} "
            f"{rng.choice(['cut into', 'is divided into', 'split into'])} {count} equal "
            f"{rng.choice(['pieces', 'parts', 'lengths'])}, how long is each{f' in {asked}' if asked else ''}")
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    target = METRES[ASKED[asked]] if asked else METRES[given]
    expected = Fraction(length) * METRES[given] / target / count
    assert parse_expression(result.value["expression"]) == sp.Rational(expected.numerator, expected.denominator)


@pytest.mark.parametrize("text", ["a 96 inch board cut into 4 pieces, how long is each",  # not said to be equal
                                  "a 10 kg cheese cut into 4 equal pieces, how long is each in grams",
                                  "a 96 inch board cut into 0 equal pieces, how long is each"])
def test_pieces_not_equal_or_not_lengths_abstain(text):
    assert not solve_math(text).verified, text

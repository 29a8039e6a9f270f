"""A recipe scaled by the people it serves, in fresh amounts, units, ingredients and wordings, against Fraction."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

INGREDIENTS = [("g", "flour"), ("ml", "milk"), ("cups", "rice"), ("tbsp", "olive oil"), (None, "eggs"),
               ("kg", "potatoes"), ("tsp", "salt")]


def _amount(rng: random.Random) -> tuple[str, Fraction]:
    kind = rng.randrange(4)
    if kind == 0:
        whole, part = rng.randint(1, 5), Fraction(rng.randint(1, 3), 4)
        return f"{whole} {part.numerator}/{part.denominator}", whole + part
    if kind == 1:
        part = Fraction(rng.randint(1, 7), 8)
        return f"{part.numerator}/{part.denominator}", part
    if kind == 2:
        value = Fraction(rng.randint(1, 99), 10)
        return str(float(value)), value
    value = rng.randint(1, 900)
    return str(value), Fraction(value)


@pytest.mark.parametrize("seed", range(30))
def test_a_recipe_scales_in_proportion_to_the_people(seed):
    rng = random.Random(seed)
    unit, thing = rng.choice(INGREDIENTS)
    n, m = rng.randint(1, 12), rng.randint(1, 24)
    shown, q = _amount(rng)
    amount = f"{shown} {unit} of {thing}" if unit else f"{shown} {thing}"
    recipe = rng.choice([f"a recipe for {n} uses {amount}", f"my recipe serves {n} and needs {amount}",
                         f"a recipe for {n} people calls for {amount}", f"the recipe that feeds {n} takes {amount}"])
    asked = rng.choice(["how much", f"how much {thing}", f"how many {unit}" if unit else f"how many {thing}"])
    wanted = rng.choice([f"for {m} people", f"for {m}", f"to feed {m}", f"to serve {m} guests"])
    text = f"{recipe}{rng.choice([',', ';', '.'])} {asked} {wanted}?"
    result = solve_math(text)
    expected = q * m / n
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == sp.Rational(expected.numerator, expected.denominator), text


@pytest.mark.parametrize("text", [
    "a recipe uses 300 g of flour, how much for 6 people",  # the recipe's servings are missing
    "a recipe for 4 uses 300 g of flour, how much sugar for 6 people",  # another ingredient
    "a recipe for 0 uses 300 g of flour, how much for 6 people",
])
def test_a_recipe_not_fully_said_abstains(text):
    assert not solve_math(text).verified, text

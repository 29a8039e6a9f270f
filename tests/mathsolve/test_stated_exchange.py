"""Money changed at a rate the request states, in fresh amounts, currencies and wordings: checked against exact
arithmetic from the rate's own units; a rate for another currency, or none, is not read."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

CURRENCIES = [("dollars", "$"), ("euros", "€"), ("pounds", "£"), ("yen", "¥")]


def _value(result) -> Fraction:  # noqa: ANN001 (a MathResult)
    return Fraction(result.value["expression"])


@pytest.mark.parametrize("seed", range(25))
def test_an_amount_at_a_stated_rate_follows_the_rates_units(seed):
    rng = random.Random(seed)
    (given, sign), (asked, _) = rng.sample(CURRENCIES, 2)
    amount = rng.randint(1, 5000)
    rate = Fraction(rng.randint(5, 250), 100)
    said = f"{float(rate):g}"
    shape = rng.randrange(4)
    if shape == 0:  # a bare quote: units of the asked currency for one of the given
        text, exact = f"convert {amount} {given} to {asked} at {said}", amount * rate
    elif shape == 1:
        per = given[:-1] if given != "yen" else given
        text, exact = f"convert {sign}{amount} to {asked} at {said} {asked} per {per}", amount * rate
    elif shape == 2:
        single = asked[:-1] if asked != "yen" else asked
        text, exact = f"how many {asked} is {sign}{amount} if 1 {single} = {said} {given}", amount / rate
    else:
        text, exact = f"{amount} {given} in {asked}, rate {said}", amount * rate
    result = solve_math(text)
    assert result.verified and _value(result) == exact, (text, result.answer)


@pytest.mark.parametrize("text", [
    "convert 100 dollars to euros",  # no rate
    "convert 250 euros to dollars at 1.08 yen per euro",  # a rate for another pair
    "convert 250 euros to euros at 1.08",  # one currency
])
def test_an_exchange_without_its_rate_is_not_read(text):
    assert not solve_math(text).verified, text

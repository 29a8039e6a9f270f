"""An amount each period totalled over a span in a larger unit, fresh amounts and spans checked against exact
arithmetic (12 months a year, 7 days a week, 24 hours a day); spans whose count of periods varies abstain."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

EXACT = [("month", "years", 12), ("day", "weeks", 7), ("hour", "days", 24), ("month", "months", 1),
         ("week", "weeks", 1)]


@pytest.mark.parametrize("seed", range(24))
def test_total_is_amount_times_span_times_periods_per_unit(seed):
    rng = random.Random(seed)
    period, span_unit, per = rng.choice(EXACT)
    amount = rng.choice([Fraction(rng.randint(1, 3000)), Fraction(rng.randint(100, 99999), 100)])
    span = rng.randint(2, 30)
    money = f"${float(amount):,.2f}" if amount.denominator != 1 else f"${int(amount):,}"
    text = rng.choice([f"how much will I save putting away {money} a {period} for {span} {span_unit}",
                       f"how much is {money} per {period} over {span} {span_unit}",
                       f"if I pay {money} a {period} in rent, how much is that over {span} {span_unit}",
                       f"{money} a {period} for {span} {span_unit}"])
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    expected = amount * span * per
    assert parse_expression(result.value["expression"]) == sp.Rational(expected.numerator, expected.denominator)


@pytest.mark.parametrize("text", ["how much will I save putting away $100 a week for 2 years",  # 52 weeks and a day
                                  "how much do I save with $20 a day for 2 months",  # 28 to 31 days
                                  "how much will I save with $100 a month and $50 a week for 2 years",
                                  "$100 a month for 2 years at 5% interest"])
def test_a_total_whose_period_count_varies_abstains(text):
    assert not solve_math(text).verified, text


@pytest.mark.parametrize("seed", range(12))
def test_an_amount_a_month_per_year_is_twelve_months(seed):
    rng = random.Random(seed)
    amount = rng.randint(50, 12000)
    text = rng.choice([f"i earn ${amount:,} a month, how much is that per year",
                       f"rent is ${amount:,} a month, how much per year",
                       f"${amount:,} per month how much a year"])
    result = solve_math(text)
    assert result.verified and parse_expression(result.value["expression"]) == 12 * amount, (text, result.answer)


@pytest.mark.parametrize("text", ["i earn $15 an hour, how much is that per year",  # the hours worked are not said
                                  "i earn $200 a day, how much is that a year",  # nor the days
                                  "$100 a week, how much per year"])  # 52 weeks and a day or two
def test_a_year_of_pay_by_the_hour_day_or_week_abstains(text):
    assert not solve_math(text).verified, text

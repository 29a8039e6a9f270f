"""Everyday sums people type: a bill split ("split $120 between 4 people", "split 100 dollars 3 ways"), a tip in
words ("15 percent tip on 48 dollars"), an amount each period ("if I save $25 a week, how much will I have after 12
weeks") and a recipe scaled ("2 cups of flour for 12 cookies, how much flour for 30 cookies"), on fresh numbers
checked with Fraction. Periods or things that differ ("a week" ... "12 months", "cakes" ... "pies") abstain."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
import sympy as sp

import agentlib


def _value(result) -> Fraction:
    assert result.status == "verified", result.reason
    exact = sp.Rational(str(result.answer).split(" ≈ ")[0])
    return Fraction(int(exact.p), int(exact.q))


@pytest.mark.parametrize("seed", range(10))
def test_splits_and_tips(seed):
    rng = random.Random(seed)
    total, people, percent = rng.randrange(10, 500), rng.randrange(2, 9), rng.choice([10, 15, 18, 20, 25])
    split = rng.choice([f"split ${total} between {people} people", f"divide ${total} equally among {people} friends",
                        f"split {total} dollars {people} ways", f"share ${total} among {people} kids"])
    assert _value(agentlib.solve_math(split)) == Fraction(total, people), split
    tip = rng.choice([f"how much is {percent} percent tip on {total} dollars", f"{percent} percent tip on ${total}"])
    assert _value(agentlib.solve_math(tip)) == Fraction(percent * total, 100), tip


@pytest.mark.parametrize("seed", range(10))
def test_amounts_each_period_and_recipes(seed):
    rng = random.Random(100 + seed)
    amount, periods = rng.randrange(2, 200), rng.randrange(2, 52)
    period = rng.choice(["day", "week", "month", "hour"])
    who, verb = rng.choice([("I", "save"), ("she", "spends"), ("we", "earn")])
    asked = {"I": "will I have", "she": "does she spend", "we": "do we earn"}[who]
    text = f"if {who} {verb} ${amount} a {period}, how much {asked} after {periods} {period}s"
    assert _value(agentlib.solve_math(text)) == amount * periods, text
    # a span in a larger unit is converted only where the count is exact (`recurring_totals`: 7 days a week, 12
    # months a year, 24 hours a day); weeks in a month vary, so that one still abstains
    other, per = {"day": ("weeks", 7), "week": ("months", None), "month": ("years", 12), "hour": ("days", 24)}[period]
    spanned = agentlib.solve_math(f"if {who} {verb} ${amount} a {period}, how much {asked} after {periods} {other}")
    if per is None:
        assert spanned.status == "abstained"
    else:
        assert _value(spanned) == amount * periods * per
    a, b, c = rng.randrange(1, 6), rng.randrange(2, 24), rng.randrange(2, 60)
    recipe = rng.choice([f"a recipe needs {a} cups of flour for {b} cookies. how much flour for {c} cookies",
                         f"{a} cups of flour makes {b} cookies. how many cups for {c} cookies",
                         f"{a} eggs for {b} cakes, how many eggs for {c} cakes"])
    assert _value(agentlib.solve_math(recipe)) == Fraction(a * c, b), recipe
    assert agentlib.solve_math(f"{a} eggs for {b} cakes, how many eggs for {c} pies").status == "abstained"

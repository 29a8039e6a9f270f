"""A bill split evenly, said the everyday way: the amount named nothing ("split $90 three ways"), the count in words,
"evenly" / "equally" standing apart, "if 5 of us share ...": fresh amounts, counts, orders and wordings checked
against exact arithmetic; two amounts, or a count below two, are not read."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.numwords import CARDINALS

WORDS = {value: word for word, value in CARDINALS.items()}


@pytest.mark.parametrize("seed", range(30))
def test_an_amount_split_some_ways_is_shared_equally(seed):
    # the bug: "split $90 three ways", "split a $75 check evenly between 3 people" and "if 5 of us share a $120
    # bill equally" were not read (an unnamed amount, a count in words, "evenly" apart, "N of us")
    rng = random.Random(seed)
    whole, cents = rng.randint(5, 3000), rng.choice([0, 0, 50, 25, 99])
    shown = f"{whole}" if cents == 0 else f"{whole}.{cents:02d}"
    amount = Fraction(whole) + Fraction(cents, 100)
    people = rng.randint(2, 12)
    count = rng.choice([str(people), WORDS[people]])
    bill = rng.choice([f"${shown}", f"a ${shown} check", f"the ${shown} bill", f"{shown} dollars"])
    text = rng.choice([f"split {bill} {count} ways",
                       f"split {bill} evenly between {count} people",
                       f"divide {bill} equally among {count} friends",
                       f"if {count} of us share {bill} equally, how much does each person pay?",
                       f"{bill} split {count} ways, how much each",
                       f"{count} of us, {bill}, split evenly"])
    result = solve_math(text)
    assert result.verified and Fraction(result.value["expression"]) == amount / people, (text, result.answer)


@pytest.mark.parametrize("text", [
    "split $90 and $30 three ways",  # two amounts
    "split $90 between one",  # one sharer is no split
    "split $90 three ways, $10 each",  # a second amount
    "split the bill three ways",  # no amount
    "5 of us, $100 bill, 3 ways",  # two counts
])
def test_a_split_with_two_amounts_or_counts_or_none_is_not_read(text):
    assert not solve_math(text).verified, text

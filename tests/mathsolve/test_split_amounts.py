"""An amount split evenly with no bill named, the count in digits or words: "split $90 three ways", "divide $75
between three people", "split $120 4 ways with a 20% tip". Fresh amounts, counts and tips, keyed by exact fractions;
before, "split $90 three ways" abstained (no bill word, and the count in words was not read)."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight", 10: "ten"}


@pytest.mark.parametrize("seed", range(16))
def test_an_amount_split_evenly(seed):
    rng = random.Random(seed)
    amount = Fraction(rng.randint(10, 900))
    people = rng.choice(sorted(WORDS))
    count = WORDS[people] if rng.random() < 0.5 else str(people)
    tip = rng.choice([0, 0, 15, 18, 20])
    shape = rng.choice(["split ${a} {c} ways", "divide ${a} between {c} people", "split ${a} among {c} friends",
                        "share ${a} {c} ways"])
    text = shape.format(a=amount, c=count) + (f" with a {tip}% tip" if tip else "")
    expected = amount * (1 + Fraction(tip, 100)) / people
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    value = parse_expression(result.value["expression"])
    assert abs(Fraction(str(value)) - expected) < Fraction(1, 100), (text, result.answer, expected)

"""Chances with fair dice in words (`two_dice.py`): sums of two dice with a bound, doubles, a face at least once in
n rolls, the expected value of a roll. Every expected value is counted here by brute force over the outcomes.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

ROLLS = list(product(range(1, 7), repeat=2))
BOUNDS = {  # words -> the test on a sum and the bound
    "a sum of {k}": lambda s, k: s == k, "a total of {k}": lambda s, k: s == k,
    "a sum of {k} or more": lambda s, k: s >= k, "a sum of at least {k}": lambda s, k: s >= k,
    "a sum of {k} or less": lambda s, k: s <= k, "a sum of at most {k}": lambda s, k: s <= k,
    "a sum greater than {k}": lambda s, k: s > k, "a sum less than {k}": lambda s, k: s < k,
}


def _value(text: str) -> Fraction | None:
    result = solve_math(text)
    if result.status != "verified":
        return None
    value = sp.Rational(result.value["expression"])
    return Fraction(int(value.p), int(value.q))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(BOUNDS)), st.integers(1, 13), st.sampled_from(["probability", "chance"]),
       st.sampled_from(["rolling", "getting"]), st.sampled_from(["with two dice", "with a pair of dice",
                                                                 "when rolling two fair dice"]))
def test_a_bounded_sum_of_two_dice_is_counted(words, k, p, verb, dice):
    text = f"what is the {p} of {verb} {words.format(k=k)} {dice}"
    expected = Fraction(sum(1 for a, b in ROLLS if BOUNDS[words](a + b, k)), 36)
    assert _value(text) == expected, text


SAID_OF_THE_DICE = {  # the bound said of the dice themselves -> the test on a sum and the bound
    "{k}": lambda s, k: s == k, "{k} or more": lambda s, k: s >= k, "at least {k}": lambda s, k: s >= k,
    "{k} or less": lambda s, k: s <= k, "at most {k}": lambda s, k: s <= k,
    "more than {k}": lambda s, k: s > k, "less than {k}": lambda s, k: s < k,
}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(SAID_OF_THE_DICE)), st.integers(1, 13), st.sampled_from(["probability", "chance"]),
       st.sampled_from(["two dice sum to", "two dice add up to", "a pair of dice total",
                        "the sum of two dice is", "the total of two fair dice is"]),
       st.sampled_from(["what is the {p} that {e}", "{p} that {e}", "{p} {e}", "{e}, what is the {p}?",
                        "{e}: {p}"]))
def test_a_bound_on_the_sum_said_of_the_dice_is_counted(words, k, p, subject, ask):
    # the bug: "probability that two dice sum to 7" and "the probability that the sum of two dice is 7" were not
    # read (only "the probability of rolling a sum of 7 with two dice" was)
    text = ask.format(p=p, e=f"{subject} {words.format(k=k)}")
    expected = Fraction(sum(1 for a, b in ROLLS if SAID_OF_THE_DICE[words](a + b, k)), 36)
    assert _value(text) == expected, text


def test_doubles_and_the_expected_roll():
    assert _value("chance of rolling doubles with two dice") == Fraction(sum(a == b for a, b in ROLLS), 36)
    assert _value("expected value of a fair die roll") == Fraction(sum(range(1, 7)), 6)


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 6), st.integers(1, 6))
def test_a_face_at_least_once_in_n_rolls_is_counted(face, n):
    outcomes = list(product(range(1, 7), repeat=n))
    expected = Fraction(sum(1 for o in outcomes if face in o), len(outcomes))
    assert _value(f"probability of at least one {face} in {n} rolls of a die") == expected
    assert _value(f"chance of getting at least one {face} when you roll a die {n} times") == expected


def test_odds_and_other_dice_abstain():
    for text in ("odds of rolling a sum of 7 with two dice", "probability of rolling a sum of 7 with three dice",
                 "probability of at least one 7 in 3 rolls of a die", "odds that two dice sum to 7",
                 "probability that three dice sum to 7", "probability that two dice sum to 7 twice"):
        assert solve_math(text).status != "verified", text

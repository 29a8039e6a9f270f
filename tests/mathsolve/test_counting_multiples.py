"""Counting multiples in a range (`counting_multiples.py`): fresh ranges, divisors, joins and wordings, each
count checked by going through the numbers here; unclear readings abstain."""

import random

import pytest

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


def _count(text: str) -> int | None:
    result = solve_math(text)
    return int(parse_expression(result.value["expression"])) if result.status == "verified" else None


@pytest.mark.parametrize("seed", range(30))
def test_how_many_numbers_in_a_range_are_multiples(seed):
    rng = random.Random(seed)
    divisors = rng.sample(range(2, 13), rng.choice([1, 2, 2, 3]))
    join = rng.choice(["or", "and"])
    excluded = rng.choice([None, rng.randint(2, 9)])
    kind = rng.choice(["less than", "at most", "from", "through"])
    high = rng.randint(20, 3000)
    if kind == "less than":
        low, top, span = 1, high - 1, f"less than {high}"
    elif kind == "at most":
        low, top, span = 1, high, rng.choice([f"at most {high}", f"not exceeding {high}",
                                              f"less than or equal to {high}"])
    else:
        low, top = rng.randint(1, 50), high
        span = f"from {low} to {high}" if kind == "from" else f"{low} through {high}"
    test = "divisible by"
    listed = divisors[0] if len(divisors) == 1 else ", ".join(map(str, divisors[:-1])) + f" {join} {divisors[-1]}"
    text = f"How many positive integers {span} are {test} {listed}"
    if excluded:
        text += f" but not by {excluded}"
    text += "?"

    def counted(n: int) -> bool:
        hits = [n % d == 0 for d in divisors]
        inside = any(hits) if join == "or" else all(hits)
        return inside and (excluded is None or n % excluded != 0)

    assert _count(text) == sum(1 for n in range(low, top + 1) if counted(n)), text


@pytest.mark.parametrize("seed", range(10))
def test_how_many_multiples_between_two_ends(seed):
    rng = random.Random(100 + seed)
    d, low = rng.randint(2, 15), rng.randint(1, 200)
    high = low + rng.randint(10, 500)
    text = f"How many multiples of {d} are between {low} and {high}?"
    inside = sum(1 for n in range(low + 1, high) if n % d == 0)
    both_ends = sum(1 for n in range(low, high + 1) if n % d == 0)
    found = _count(text)
    if inside == both_ends:
        assert found == inside, text
    else:
        assert found is None, text  # an end is a multiple: in or out is not said
    assert _count(f"How many multiples of {d} are between {low} and {high}, inclusive?") == both_ends


@pytest.mark.parametrize("text", [
    "How many integers less than 100 are multiples of 3?",  # 0 and the negatives count too
    "How many positive integers less than 100 are multiples of 3 and 5?",  # both, or either?
])
def test_regression_unclear_counts_abstain(text):
    assert _count(text) is None


def test_multiples_of_both():
    assert _count("How many positive integers less than 100 are multiples of both 3 and 5?") == 6


DIGIT_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


@pytest.mark.parametrize("seed", range(16))
def test_numbers_of_so_many_digits(seed):
    rng = random.Random(300 + seed)
    digits = rng.choice([1, 2, 3, 4])
    low, high = 10 ** (digits - 1), 10**digits - 1
    kind = rng.choice(["positive integers", "numbers", "whole numbers"])
    if rng.random() < 0.5:
        wholes = rng.sample([60, 72, 100, 120, 150, 180, 360, 420, 840, 1000, 2520], rng.choice([1, 2]))
        listed = " and ".join(map(str, wholes))
        word = rng.choice(["factors", "divisors"])
        both = "both " if len(wholes) > 1 else ""
        text = f"How many {DIGIT_WORDS[digits]}-digit {kind} are {word} of {both}{listed}?"
        expected = sum(1 for n in range(low, high + 1) if all(w % n == 0 for w in wholes))
    else:
        d = rng.randint(2, 40)
        text = f"How many {DIGIT_WORDS[digits]}-digit {kind} are divisible by {d}?"
        expected = sum(1 for n in range(low, high + 1) if n % d == 0)
    assert _count(text) == expected, text


@pytest.mark.parametrize("text", [
    "How many two-digit integers are multiples of 7?",  # -98 ... -14 are two-digit multiples too
    "How many positive two-digit integers are factors of 100 and 150?",  # of both, or of either?
])
def test_regression_unclear_digit_counts_abstain(text):
    assert _count(text) is None

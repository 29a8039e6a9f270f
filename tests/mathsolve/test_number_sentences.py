"""Equations about "a number" in words, generated fresh with a known number and checked against it; phrasings
with two readings must abstain."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.mathsolve.number_sentences import read_number_sentence

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
         12: "twelve", 20: "twenty"}


def _say(rng: random.Random, n: int) -> str:
    return WORDS[n] if n in WORDS and rng.random() < 0.3 else str(n)


def _statement(rng: random.Random, x: int) -> tuple[str, Fraction]:
    """A phrase about the number, and its value at x."""
    k, b = rng.randint(2, 9), rng.randint(1, 20)
    shapes = [
        (f"{_say(rng, k)} times a number {rng.choice(['plus', 'increased by'])} {b}", k * x + b),
        (f"twice a number {rng.choice(['minus', 'decreased by'])} {b}", 2 * x - b),
        (f"{_say(rng, b)} more than {k} times a number", k * x + b),
        (f"{b} less than {_say(rng, k)} times a number", k * x - b),
        (f"the sum of a number and {b}", x + b),
        (f"the difference between {k} times a number and {b}", k * x - b),
        (f"half of a number plus {b}", Fraction(x, 2) + b),
        (f"the product of a number and {k}", k * x),
        (f"{k} times the sum of a number and {b}", k * (x + b)),
        (f"a number multiplied by {k}, minus {b}", k * x - b),
        (f"the sum of a number and its double", 3 * x),
        (f"a number divided by {k}", Fraction(x, k)),
    ]
    text, value = rng.choice(shapes)
    return text, Fraction(value)


def _procedure(rng: random.Random, x: int) -> tuple[str, Fraction]:
    value = Fraction(x)
    steps = []
    for _ in range(rng.randint(1, 3)):
        n = rng.randint(2, 9)
        kind = rng.randrange(4)
        if kind == 0:
            steps.append(rng.choice(["double it", "double the result"]))
            value *= 2
        elif kind == 1:
            steps.append(f"add {_say(rng, n)}")
            value += n
        elif kind == 2:
            steps.append(f"subtract {n}")
            value -= n
        else:
            steps.append(f"multiply it by {n}")
            value *= n
    opening = rng.choice(["Think of a number", "I think of a number", "Pick a number"])
    return f"{opening}, {', '.join(steps)} and you get {value}", value


@pytest.mark.parametrize("seed", range(60))
def test_generated_equations_give_the_number(seed: int) -> None:
    rng = random.Random(seed)
    x = rng.randint(1, 30)
    phrase, value = (_statement if seed % 3 else _procedure)(rng, x)
    if seed % 3:
        verb = rng.choice(["is", "equals", "is equal to"])
        text = f"{phrase[0].upper()}{phrase[1:]} {verb} {value}."  # a fraction as "7/2"
    else:
        text = phrase + "."
    question = rng.choice([" What is the number?", " Find the number.", " what's the number", ""])
    result = solve_math(text + question)
    assert (result.status, result.answer) == ("verified", f"x = {x}"), (text, result.reason)


@pytest.mark.parametrize("text", [
    "A number plus 3 times 2 is 10. What is the number?",  # (x + 3) * 2 or x + 6
    "The sum of a number and 4 times 3 is 27. What is the number?",
    "Five less than a number times 3 is 10. What is the number?",  # 3x - 5 or 3(x - 5)
    "A number less than 5 is 2. What is the number?",
    "A number is 5 more than twice another number. Find the number.",
    "Think of a number, add 3, multiply by 2 and subtract the number you started with. What do you get?",
    "A number plus 20% is 60. What is the number?",  # read without its "%" it was x + 20 = 60
    "a number plus $5 is 12. what is the number",
    "a number (plus 3) is 5. what is the number",
    "Think of a number, add 20% and you get 60.",
])
def test_phrasings_with_two_readings_or_none_are_not_read(text: str) -> None:
    assert read_number_sentence(text) is None


def test_two_roots_are_both_given() -> None:
    result = solve_math("The square of a number is 49. What is the number?")
    assert (result.status, result.answer) == ("verified", "x = -7 or x = 7")

"""Fractions read aloud in Korean ("3분의 1" = 1/3, "2와 3분의 1" = 7/3) with the spoken operators, checked against
exact fractions on fresh numbers; minutes ("30분") are not fractions."""

import random
from fractions import Fraction

import pytest

import agentlib
from agentlib.mathsolve.korean_fractions import spell_korean_fractions

OPERATORS = {"더하기": lambda a, b: a + b, "빼기": lambda a, b: a - b, "곱하기": lambda a, b: a * b}


def _fraction(rng: random.Random) -> tuple[str, Fraction]:
    denominator = rng.randint(2, 12)
    numerator = rng.randint(1, denominator - 1)
    if rng.random() < 0.3:
        whole = rng.randint(1, 5)
        return f"{whole}와 {denominator}분의 {numerator}", whole + Fraction(numerator, denominator)
    return f"{denominator}분의 {numerator}", Fraction(numerator, denominator)


@pytest.mark.parametrize("seed", range(3))
def test_spoken_korean_fractions(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(4):
        (left, a), (right, b) = _fraction(rng), _fraction(rng)
        word = rng.choice(sorted(OPERATORS))
        text = f"{left} {word} {right}" + rng.choice(["", "은?", "는 얼마인가요?"])
        result = agentlib.solve_math(text)
        assert result.status == "verified", (text, result.reason)
        assert Fraction(result.answer.replace(" ", "")) == OPERATORS[word](a, b), (text, result.answer)


@pytest.mark.parametrize("text", ["30분 뒤", "3분 후에 출발", "12와 18의 최대공약수"])
def test_minutes_and_lists_are_not_fractions(text: str) -> None:
    assert spell_korean_fractions(text) == text

"""Two ages from two Korean facts (korean_two_ages.py), in fresh people, ages, endings and clause joins, against
the ages the facts were made from; facts that leave the ages open or make one negative are not answered."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

PAIRS = [("엄마", "나"), ("형", "동생"), ("아빠", "아들"), ("언니", "지수"), ("할머니", "민수"), ("누나", "동생")]


def _topic(word: str) -> str:
    return word + ("은" if (ord(word[-1]) - 0xAC00) % 28 else "는")


@pytest.mark.parametrize("seed", range(40))
def test_two_korean_age_facts_give_the_asked_age(seed):
    rng = random.Random(seed)
    older, younger = rng.choice(PAIRS)
    young = rng.randint(3, 40)
    if rng.random() < 0.5:
        old = young + rng.randint(1, 35)
        first = f"{_topic(older)} {younger}보다 {old - young}살 {rng.choice(['', '더 '])}많"
        join = rng.choice(["고 ", "다. "])
    else:
        k = rng.choice([2, 3, 4])
        old = young * k
        first = f"{older}의 나이는 {younger}의 나이의 {k}배"
        join = rng.choice(["이고 ", "이다. "])
    total = f"두 사람{rng.choice(['', '의'])} 나이의 합은 {old + young}살{rng.choice(['이야', '이다', '입니다'])}. "
    asked_old = rng.random() < 0.5
    who = older if asked_old else younger
    shown = "내" if who == "나" else who + rng.choice(["의", ""])
    question = rng.choice([f"{shown} 나이는?", f"{_topic(who)} 몇 살이야?", f"{_topic(who)} 몇 살인가요?"])
    if who == "나" and "몇" in question:
        question = "나는 몇 살이야?"
    text = first + join + total + question
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert Fraction(result.value["expression"]) == (old if asked_old else young), (text, result.answer)


@pytest.mark.parametrize("text", [
    "형은 동생보다 4살 어리고 두 사람 나이의 합은 2살이야. 형은 몇 살이야?",  # an age below zero
    "형은 동생보다 4살 많고 누나는 20살이야. 형은 몇 살?",  # a third person
    "형은 동생보다 4살 많고 동생은 형보다 4살 적어. 형은 몇 살?",  # one fact twice: the ages are open
    "형은 동생보다 4살 많고 두 사람 나이의 합은 20살이야. 누나는 몇 살?",  # someone not in the facts
])
def test_facts_that_do_not_fix_the_asked_age_are_not_answered(text):
    assert not solve_math(text).verified, text

"""Korean splits in a ratio the twenty-seventh batch found unread: a thing counted with a counter ("사탕 40개를 3:5로
나누면 각각 몇 개야?") and the share of one of two people named in order ("12만원을 형과 동생이 2:1로 나누면 형은 얼마를
받아?"). Fresh totals, ratios, names and particles, checked against exact fractions; a person asked about who was
not named abstains."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

_PEOPLE = ["형", "동생", "민수", "지우", "언니", "철수"]


def _with(name: str, consonant: str, vowel: str) -> str:
    return name + (consonant if (ord(name[-1]) - 0xAC00) % 28 else vowel)


def test_fresh_things_split_in_a_ratio():
    rng = random.Random("things")
    for _ in range(10):
        a, b = rng.randint(1, 9), rng.randint(1, 9)
        total = (a + b) * rng.randint(1, 12)
        thing, counter = rng.choice([("사탕", "개"), ("색종이", "장"), ("연필", "자루"), ("공책", "권")])
        text = f"{thing} {total}{counter}를 {a}:{b}로 나누면 각각 몇 {counter}{rng.choice(['야', '인가요', '씩이야'])}?"
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert [Fraction(v) for v in result.value["values"]] == [Fraction(total * a, a + b),
                                                                  Fraction(total * b, a + b)], (text, result.answer)


def test_fresh_shares_of_one_of_two_named_people():
    rng = random.Random("people")
    for _ in range(10):
        first, second = rng.sample(_PEOPLE, 2)
        a, b = rng.randint(1, 9), rng.randint(1, 9)
        total = rng.randint(1, 50) * 10000
        asked = rng.choice([first, second])
        text = (f"{total}원을 {_with(first, '과', '와')} {_with(second, '이', '가')} {a}:{b}로 나누면 "
                f"{_with(asked, '은', '는')} 얼마를 {rng.choice(['받아', '받나요', '가져요'])}?")
        result = solve_math(text)
        expected = Fraction(total * (a if asked == first else b), a + b)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == expected, (text, result.answer)


@pytest.mark.parametrize("text", [
    "12만원을 형과 동생이 2:1로 나누면 누나는 얼마를 받아?",  # not one of the two
    "12만원을 형과 형이 2:1로 나누면 형은 얼마를 받아?",  # which of them?
])
def test_a_person_not_named_once_abstains(text):
    assert solve_math(text).status != "verified", text

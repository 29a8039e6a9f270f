"""An age from another age and their difference, in English and Korean, with the clauses in either order and
either person given. Fresh variants: random names, ages, differences and wordings; the expected age is computed
here from the relation (older: first = second + d), never by agentlib. Impossible or unrelated readings abstain.
"""

import random

import pytest

from agentlib import solve_math

NAMES = ("Ann", "Bob", "Carla", "Dev", "Emma", "Farid", "Gita", "Hugo")
KOREAN = ("민수", "지수", "영희", "철수", "서연", "하준")


def _korean_topic(name: str, subject: bool = False) -> str:
    final = (ord(name[-1]) - 0xAC00) % 28 != 0
    return name + (("이" if final else "가") if subject else ("은" if final else "는"))


def _english(rng: random.Random) -> tuple[str, int]:
    first, second = rng.sample(NAMES, 2)
    d, base = rng.randint(1, 30), rng.randint(31, 70)
    older = rng.random() < 0.5
    relation = f"{first} is {d} year{'s' if d > 1 else ''} {'older' if older else 'younger'} than {second}"
    first_age = base + d if older else base - d  # second's age is `base`
    if rng.random() < 0.5:
        given, asked, answer = f"{second} is {base}", first, first_age
    else:
        given, asked, answer = f"{first} is {first_age} years old", second, base
    question = rng.choice((f"How old is {asked}?", f"how old is {asked}", f"What is {asked}'s age?"))
    clauses = [relation, given] if rng.random() < 0.5 else [given, relation]
    return rng.choice((". ", ", ", "; ")).join(clauses) + rng.choice((". ", "; ", ", ")) + question, answer


@pytest.mark.parametrize("seed", range(20))
def test_english_age_from_a_difference(seed):
    rng = random.Random(seed)
    text, answer = _english(rng)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert int(result.value["expression"]) == answer, text


@pytest.mark.parametrize("seed", range(10))
def test_korean_age_from_a_difference(seed):
    rng = random.Random(100 + seed)
    first, second = rng.sample(KOREAN, 2)
    d, base = rng.randint(1, 9), rng.randint(10, 40)
    older = rng.random() < 0.5
    word = rng.choice(("많다", "많습니다")) if older else rng.choice(("어리다", "적다"))
    first_age = base + d if older else base - d
    text = (f"{_korean_topic(first)} {second}보다 {d}살 {word}. {_korean_topic(second, True)} {base}살일 때 "
            f"{_korean_topic(first)} 몇 살인가요?")
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert int(result.value["expression"]) == first_age, text


def test_a_negative_age_abstains():
    assert not solve_math("Tom is 20 years younger than Sara. Sara is 15. How old is Tom?").verified


def test_a_person_outside_the_difference_abstains():
    assert not solve_math("Ann is 3 years older than Bob. Bob is 10. How old is Carl?").verified


def test_a_chain_of_two_differences_abstains():
    assert not solve_math("Ann is 3 years older than Bob. Bob is 2 years older than Carl. How old is Ann?").verified


def test_regression_ann_and_bob_was_a_word_problem_without_a_model():
    result = solve_math("Ann is 3 years older than Bob, Bob is 10; how old is Ann")
    assert result.verified and result.value["expression"] == "13"

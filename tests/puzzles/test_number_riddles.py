"""Number riddles ("I'm thinking of a number between 1 and 10. It's even. ..."), generated fresh and checked
against brute force written here, independently of the reader's clue arithmetic."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import agentlib
from agentlib.puzzles.number_riddle import MAX_CANDIDATES, FAMILY

Predicate = Callable[[int], bool]
WORDS = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty", 30: "thirty", 40: "forty",
         50: "fifty", 100: "one hundred"}


def _spoken(rng: random.Random, n: int) -> str:
    return WORDS[n] if n in WORDS and rng.random() < 0.4 else str(n)


def _prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


def _digits(n: int) -> list[int]:
    return [int(c) for c in str(n)]


def _is(rng: random.Random, negated: bool = False) -> str:
    subject = rng.choice(["It", "The number", "My number", "it"])
    if negated:
        return subject + rng.choice([" is not", " isn't"]) if subject != "it" else "it isn't"
    return subject + rng.choice([" is", "'s"]) if subject == "It" else subject + " is"


def _clue(rng: random.Random) -> tuple[str, Predicate]:
    kind = rng.randrange(11)
    if kind == 0:
        return f"{_is(rng)} even.", lambda n: n % 2 == 0
    if kind == 1:
        return f"{_is(rng)} {rng.choice(['odd', 'an odd number'])}.", lambda n: n % 2 == 1
    if kind == 2:
        k = rng.randint(3, 9)
        phrase = rng.choice([f"a multiple of {_spoken(rng, k)}", f"divisible by {k}"])
        return f"{_is(rng)} {phrase}.", lambda n, k=k: n % k == 0
    if kind == 3:
        k = rng.randint(3, 9)
        return f"{_is(rng, True)} a multiple of {k}.", lambda n, k=k: n % k != 0
    if kind == 4:
        return f"{_is(rng)} {rng.choice(['prime', 'a prime number'])}.", _prime
    if kind == 5:
        s = rng.randint(3, 14)
        text = rng.choice([f"The sum of its digits is {_spoken(rng, s)}.", f"Its digits add up to {s}."])
        return text, lambda n, s=s: sum(_digits(n)) == s
    if kind == 6:
        d = rng.randint(0, 9)
        return f"It ends in {d}.", lambda n, d=d: n % 10 == d
    if kind == 7:
        v = rng.randint(5, 60)
        word = rng.choice(["greater than", "bigger than", "more than", "over"])
        return f"{_is(rng)} {word} {_spoken(rng, v)}.", lambda n, v=v: n > v
    if kind == 8:
        v = rng.randint(5, 60)
        return f"{_is(rng)} {rng.choice(['less than', 'smaller than', 'under'])} {v}.", lambda n, v=v: n < v
    if kind == 9:
        v = rng.randint(1, 60)
        return f"{_is(rng, True)} {_spoken(rng, v)}.", lambda n, v=v: n != v
    return f"{_is(rng)} {rng.choice(['a perfect square', 'a square number'])}.", \
        lambda n: int(round(n ** 0.5)) ** 2 == n


def _opening(rng: random.Random) -> tuple[str, Predicate]:
    kind = rng.randrange(4)
    if kind == 0:
        high = rng.choice([20, 30, 40, 50, 100])
        return (rng.choice([f"I'm thinking of a number less than {_spoken(rng, high)}.",
                            f"I am thinking of a whole number under {high}."]), lambda n, h=high: n < h)
    if kind == 1:
        low, high = rng.randint(1, 20), rng.randint(30, 99)
        return f"I'm thinking of a number from {low} to {high}.", lambda n, lo=low, h=high: lo <= n <= h
    if kind == 2:
        return (rng.choice(["I'm thinking of a two-digit number.", "I am a two-digit number.",
                            "I have a secret two-digit number."]), lambda n: 10 <= n <= 99)
    high = rng.choice([30, 50, 60])
    return f"I have picked a number between 0 and {high} inclusive.", lambda n, h=high: 0 <= n <= h


def _riddle(seed: int) -> tuple[str, list[int]]:
    rng = random.Random(seed)
    opening, bound = _opening(rng)
    clues = [_clue(rng) for _ in range(rng.randint(2, 4))]
    question = rng.choice(["What is it?", "What number am I thinking of?", "What is the number?",
                           "Can you guess it?", "what is it"])
    text = " ".join([opening] + [clue for clue, _ in clues] + [question])
    if opening.startswith("I am a two-digit"):
        text = text.replace("What number am I thinking of?", "What number am I?")
    fits = [n for n in range(0, 1000) if bound(n) and all(check(n) for _, check in clues)]
    return text, fits


@pytest.mark.parametrize("seed", range(60))
def test_generated_riddles_agree_with_brute_force(seed: int) -> None:
    text, fits = _riddle(seed)
    verdict = FAMILY.solve(text)
    assert not verdict.unparsed, (text, verdict.unparsed)
    if len(fits) == 1:
        assert (verdict.status, verdict.answer) == ("verified", fits[0]), (text, verdict.reason)
    else:
        assert verdict.status == "abstained", (text, verdict.answer, fits)
        assert verdict.failure == ("unsat" if not fits else "ambiguous"), (text, verdict.reason)


@pytest.mark.parametrize("seed", range(20))
def test_how_many_counts_every_fitting_number(seed: int) -> None:
    text, fits = _riddle(1000 + seed)
    question = text.rsplit(". ", 1)[0] + ". How many numbers fit?"
    verdict = FAMILY.solve(question)
    assert (verdict.status, verdict.answer) == ("verified", len(fits)), (question, verdict.reason)


def test_a_worked_riddle_with_its_certificate() -> None:
    verdict = agentlib.solve("I'm thinking of a number between 1 and 10. It's even. It's bigger than 6. "
                             "It isn't 10. What is it?")
    assert (verdict.status, verdict.answer, verdict.family) == ("verified", 8, "number-riddle")
    claims = {check.claim: check.result for check in verdict.certificate.checks}
    assert claims["the clues with n = 8"] == "sat"
    assert claims["the clues with n other than 8"] == "unsat"


def test_between_whose_ends_change_the_answer_abstains() -> None:
    verdict = FAMILY.solve("I'm thinking of a number between 5 and 8. It is odd. What is it?")
    assert verdict.status == "abstained" and "between" in verdict.reason


def test_between_whose_ends_do_not_matter_is_answered() -> None:
    verdict = FAMILY.solve("I'm thinking of a number between 1 and 10. It is a multiple of 4. It is not 4. "
                           "What is it?")
    assert (verdict.status, verdict.answer) == ("verified", 8)


@pytest.mark.parametrize("text", [
    "I'm thinking of a number. It is even. What is it?",  # no upper bound
    "I'm thinking of a number less than 20. It is not even and prime. What is it?",  # scope of "not" unsaid
    "I'm thinking of a number less than 20. It is my lucky number. What is it?",
    "I'm thinking of a number less than 20. I think it is odd. What is it?",
    "I'm thinking of a number less than 20. It is odd. It is prime. It is bigger than 12. What is it? Is it 13?",
])
def test_what_is_not_fully_read_abstains(text: str) -> None:
    assert FAMILY.solve(text).status == "abstained"


def test_the_search_is_bounded() -> None:
    verdict = FAMILY.solve(f"I'm thinking of a number less than {MAX_CANDIDATES * 10}. It is a multiple of 7. "
                           "It ends in 3. What is it?")
    assert (verdict.status, verdict.failure) == ("abstained", "resources")


def test_a_long_stated_number_is_not_read() -> None:
    verdict = FAMILY.solve("I'm thinking of a number less than " + "9" * 40 + ". It is even. What is it?")
    assert verdict.status == "abstained"


@pytest.mark.parametrize(("text", "answer"), [
    ("I am a two-digit number. I am a multiple of 9. My tens digit is twice my ones digit. What number am I?", 63),
    ("Guess my number: it's a factor of 36, it's greater than 10, and it's odd. What is it?", None),
    ("I'm thinking of a number between one hundred and one hundred twenty. It is a multiple of eleven. "
     "It is even. What is it?", 110),
    ("I'm thinking of a number less than 20. It is neither even nor prime. It is greater than 10. What is it?", 15),
    ("I'm thinking of a number from 1 to 20. It is a multiple of 4 and of 6. What is it?", 12),
    ("I have a secret number. It's less than 100. It's divisible by 3 and by 5. Its digits add up to 12. "
     "What is it?", 75),
    ("I'm thinking of a number between 10 and 20. When divided by 4 it leaves a remainder of 3. It is prime. "
     "How many numbers fit?", 2),
    ("I'm thinking of a three-digit number. All its digits are the same. The sum of its digits is 21. "
     "What is it?", 777),
])
def test_wordings(text: str, answer: int | None) -> None:
    verdict = FAMILY.solve(text)
    if answer is None:
        assert verdict.status == "abstained", verdict.answer
    else:
        assert (verdict.status, verdict.answer) == ("verified", answer), verdict.reason


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_any_text_after_an_opening_is_read_or_abstains(tail: str) -> None:
    verdict = FAMILY.solve("I'm thinking of a number less than 30. " + tail + " What is it?")
    assert verdict.status in ("verified", "abstained")
    if verdict.status == "verified":
        assert isinstance(verdict.answer, int) and 0 <= verdict.answer < 30


def test_a_riddle_typed_to_the_math_command_is_answered_with_its_proof() -> None:
    result = agentlib.solve_math("I'm thinking of a two-digit number. It ends in 2. Its tens digit is 3 more than "
                                 "its ones digit. What is it?")
    assert (result.status, result.answer) == ("verified", "52")
    assert any(check.result == "unsat" for check in result.verification.checks)
    several = agentlib.solve_math("I'm thinking of a number less than 20. It's odd. What is it?")
    assert (several.status, several.failure) == ("abstained", "ambiguous")


def test_a_riddle_of_thousands_of_sentences_or_clauses_is_refused_not_read() -> None:
    many = FAMILY.solve("I'm thinking of a number less than 10. " + "It is even. " * 500 + "What is it?")
    assert many.status == "abstained" and many.unparsed
    long = FAMILY.solve("I'm thinking of a number less than 10. It is " + "even and " * 500 + "odd. What is it?")
    assert long.status == "abstained" and long.unparsed


def test_relative_clauses_nested_without_end_abstain_rather_than_overflow() -> None:
    verdict = agentlib.solve("I'm thinking of a number less than 10. It is " + "a number that is " * 3000 +
                             "even. What is it?")
    assert verdict.status == "abstained"


def test_a_detection_that_overflows_the_stack_abstains(monkeypatch: pytest.MonkeyPatch) -> None:
    from agentlib.puzzles import solve as solving

    def deep(text: str) -> float:
        raise RecursionError

    monkeypatch.setattr(FAMILY, "detect", deep)
    verdict = solving.solve_in_place("I'm thinking of a number. What is it?")
    assert (verdict["status"], verdict["failure"]) == ("abstained", "resources")

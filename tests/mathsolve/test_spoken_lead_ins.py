"""Wake words, greetings and "how do i" in front of fresh requests: read as the request without them, checked
against exact arithmetic and SymPy; "i" inside a formula is never taken for the pronoun."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.spoken_lead_ins import strip_spoken_lead_in
from agentlib.tools.safe_math import parse_expression

LEAD_INS = ["hey, ", "hey ", "Hey Siri, ", "alexa ", "Alexa, ", "ok google ", "OK Google, ", "hi ", "hello! ",
            "siri ", "okay google, "]
LEARNERS = ["how do i ", "How can I ", "how should i ", "how would I "]


def _arithmetic(rng: random.Random) -> tuple[str, Fraction]:
    a, b, c = rng.randint(2, 40), rng.randint(2, 40), rng.randint(1, 30)
    return rng.choice([(f"what's {a} percent of {b * 4}", Fraction(a * b * 4, 100)),
                       (f"what is {a} times {b} plus {c}", Fraction(a * b + c)),
                       (f"what's {a} divided by {b}", Fraction(a, b))])


@pytest.mark.parametrize("seed", range(20))
def test_a_wake_word_or_greeting_leaves_the_request_as_without_it(seed):
    rng = random.Random(seed)
    request, expected = _arithmetic(rng)
    text = rng.choice(LEAD_INS) + request
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == sp.Rational(expected.numerator, expected.denominator)


@pytest.mark.parametrize("seed", range(12))
def test_how_do_i_solve_solves_for_the_formula_letter_not_the_pronoun(seed):
    rng = random.Random(seed)
    a, root, b = rng.randint(2, 9), rng.randint(-9, 9), rng.randint(-20, 20)
    letter = rng.choice("xyzt")
    text = f"{rng.choice(LEARNERS)}solve {a}{letter} + ({b}) = {a * root + b}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert result.value["variable"] == letter and result.value["values"] == [str(root)], (text, result.answer)


@pytest.mark.parametrize("text", ["x^2 = i", "2i + 3", "i^2", "how do i", "hey", "history of 2 + 2", "okra 3"])
def test_text_without_a_lead_in_is_kept(text):
    assert strip_spoken_lead_in(text) == text


@pytest.mark.parametrize("auxiliary", ["do", "can", "should", "would", "could", "am"])
def test_the_pronoun_i_after_an_auxiliary_is_never_the_imaginary_unit(auxiliary: str) -> None:
    """"how do i" alone was a verified "i": the pronoun read as the imaginary unit."""
    result = solve_math(f"how {auxiliary} i")
    assert result.status != "verified", result.answer
    assert solve_math("what is i^2").answer == "-1"

"""A relation stated before the question in one sentence ("If y = 2x + 1, find y when x = 3", "y = 3x - 2, what is y
when x = 5", "Given y = x^2 - 1, what is x when y = 8?"), on fresh coefficients, checked against exact arithmetic; a
value given with "if" ("If x = 2, find 3x + 1") stays a value."""

import random

import pytest

import agentlib
from agentlib.mathsolve.stated_relations import spell_stated_relation

LEADS = ["if ", "given ", "suppose ", "let ", ""]
ASKS = ["find y when x = {v}", "what is y when x = {v}", "what is the value of y when x = {v}?",
        "then what is y if x = {v}"]


@pytest.mark.parametrize("seed", range(3))
def test_the_relation_then_the_value_asked(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3):
        a, b, v = rng.randint(-6, 6) or 1, rng.randint(-9, 9), rng.randint(-5, 5)
        text = f"{rng.choice(LEADS)}y = {a}x + {b}, " + rng.choice(ASKS).format(v=v)
        result = agentlib.solve_math(text)
        assert (result.status, result.answer) == ("verified", f"y = {a * v + b}"), (text, result.reason)


@pytest.mark.parametrize("seed", range(2))
def test_the_other_letter_asked(seed: int) -> None:
    rng = random.Random(seed)
    a, b, x = rng.randint(2, 6), rng.randint(-9, 9), rng.randint(-5, 5)
    result = agentlib.solve_math(f"if y = {a}x + {b}, what is x when y = {a * x + b}")
    assert (result.status, result.answer) == ("verified", f"x = {x}")


@pytest.mark.parametrize("text", ["if x = 2, find 3x + 1", "what is 2 + 2", "If x = 4, what is x^2?",
                                  "if a = 3 and b = 5, what is 2a + b?"])
def test_a_value_is_not_a_relation(text: str) -> None:
    assert spell_stated_relation(text) == text

"""Yes-or-no checks of a claimed value ("is 3/4 + 2/3 really 17/12?"), in fresh wordings, against exact arithmetic."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

OPERATIONS = {"+": (lambda a, b: a + b, ["+", "plus"]), "-": (lambda a, b: a - b, ["-", "minus"]),
              "*": (lambda a, b: a * b, ["*", "times", "×"])}
WORDINGS = ["is {a} {op} {b} really {c}?", "is {a} {op} {b} equal to {c}?", "does {a} {op} {b} equal {c}",
            "is it true that {a} {op} {b} = {c}?", "my kid says {a} {op} {b} is {c}, is that right?",
            "{a} {op} {b} = {c}, is that correct?", "the worksheet says {a} {op} {b} = {c}. is it right?"]


def _number(rng: random.Random) -> tuple[str, Fraction]:
    if rng.random() < 0.5:
        value = Fraction(rng.randint(1, 12), rng.randint(2, 12))
        return f"{value.numerator}/{value.denominator}" if value.denominator != 1 else str(value), value
    value = Fraction(rng.randint(1, 99), 10)
    return str(float(value)), value


@pytest.mark.parametrize("seed", range(40))
def test_a_claimed_value_is_checked_exactly(seed):
    rng = random.Random(seed)
    (a, x), (b, y) = _number(rng), _number(rng)
    symbol = rng.choice(list(OPERATIONS))
    compute, words = OPERATIONS[symbol]
    true = compute(x, y)
    claimed = true if rng.random() < 0.5 else true + rng.choice([Fraction(1, 10), Fraction(-1), Fraction(1, 12)])
    shown = f"{claimed.numerator}/{claimed.denominator}" if claimed.denominator != 1 else str(claimed.numerator)
    text = rng.choice(WORDINGS).format(a=a, op=rng.choice(words), b=b, c=shown)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert result.value == {"kind": "text", "text": "yes" if claimed == true else "no"}, (text, result.answer)


@pytest.mark.parametrize("text", [
    "is x + 1 really 3?",  # a letter: not a claim about two numbers
    "is 2 = 2 = 2",  # the joining word twice
    "my kid says 2/5 of 35 is, is that right?",
])
def test_claims_not_about_two_numbers_get_no_yes_or_no(text):
    result = solve_math(text)
    assert not (result.verified and result.value.get("kind") == "text"), (text, result.answer)


def test_an_order_between_two_numbers_is_a_claim_too():
    result = solve_math("is 1/3 more than 0.33?")  # an order: `test_order_claims.py` generates these
    assert result.verified and result.value == {"kind": "text", "text": "yes"}, result.answer


def test_regression_a_number_check_still_reads_its_letter():
    result = solve_math("is x = 2 a solution of x^2 = 4")
    assert result.verified and result.answer.startswith("yes: at x = 2")

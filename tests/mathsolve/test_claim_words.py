""""Is this right?" in other languages around "A = B" (claim_words.py), in fresh numbers, spacing and wordings,
against exact arithmetic; and the shapes it must leave alone."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

OPERATIONS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "×": lambda a, b: a * b, "*": lambda a, b: a * b}
# {claim} is "A op B = C"; glued or spaced as people type in each language.
WORDINGS = ["{claim} 맞아?", "{claim} 이거 맞아?", "{claim}맞나요?", "{claim} 맞니", "{claim} 이게 맞아요?",
            "{claim}で合ってる？", "{claim} 正しいですか？", "{claim}でいいですか？", "{claim} 对吗？", "{claim}对不对",
            "¿Está bien que {claim}?",
            "¿Es correcto que {claim}?", "Est-ce que {claim} ?", "{claim}, c'est juste ?", "Ist {claim} richtig?",
            "{claim} stimmt das?", "È vero che {claim}?", "Верно ли, что {claim}?", "{claim} doğru mu?",
            "{claim} đúng không?", "Apakah {claim} benar?", "Klopt het dat {claim}?", "Czy {claim}?",
            "É verdade que {claim}?", "क्या {claim} सही है?"]


def _fraction(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


@pytest.mark.parametrize("seed", range(48))
def test_a_claim_asked_in_another_language_is_checked_exactly(seed):
    rng = random.Random(seed)
    a, b = rng.randint(2, 40), rng.randint(2, 40)
    if rng.random() < 0.3:
        a, b = Fraction(rng.randint(1, 9), rng.randint(2, 9)), Fraction(rng.randint(1, 9), rng.randint(2, 9))
    symbol = rng.choice(list(OPERATIONS))
    true = OPERATIONS[symbol](Fraction(a), Fraction(b))
    claimed = true if rng.random() < 0.5 else true + rng.choice([1, -1, 10, Fraction(1, 2)])
    space = rng.choice(["", " "])
    claim = f"{_fraction(Fraction(a))}{space}{symbol}{space}{_fraction(Fraction(b))}{space}={space}{_fraction(claimed)}"
    text = WORDINGS[seed % len(WORDINGS)].format(claim=claim)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert result.value == {"kind": "text", "text": "yes" if claimed == true else "no"}, (text, result.answer)


@pytest.mark.parametrize("text", [
    "x=3 맞아?",  # a letter: a solution check, not two numbers
    "2x+1=7 맞아?",
    "12 더하기 15는 27 맞아?",  # no "=": where the claim splits is not written
    "1=2=3 对吗？",  # two signs
])
def test_a_claim_with_a_letter_or_no_single_sign_is_not_answered_yes_or_no(text):
    result = solve_math(text)
    assert not (result.verified and result.value.get("text") in ("yes", "no")), (text, result.answer)


@pytest.mark.parametrize("text", [
    "is 180° equal to pi?", "90° = pi/2, is that right?", "is 90 degrees equal to pi/2?", "90° = pi/2 맞아?",
    "90도 = pi/2 맞아?", "60° = pi/3 对吗？",
])
def test_an_angle_in_degrees_is_not_compared_as_its_number(text):
    """Regression: "is 180° equal to pi?" was a verified "no: 180 ≠ pi" (the degree sign dropped), a wrong answer."""
    result = solve_math(text)
    assert not (result.verified and result.value.get("text") == "no"), (text, result.answer)


@pytest.mark.parametrize("seed", range(8))
def test_a_sine_of_degrees_is_still_checked(seed):
    rng = random.Random(seed)
    angle, value = rng.choice([(30, "1/2"), (90, "1"), (0, "0"), (150, "1/2")])
    claimed = value if rng.random() < 0.5 else "2"
    text = rng.choice(["sin {a}° = {v} 맞아?", "is sin {a}° equal to {v}?"]).format(a=angle, v=claimed)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert result.value["text"] == ("yes" if claimed == value else "no"), (text, result.answer)

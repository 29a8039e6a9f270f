"""Chat shorthand ("whats", a unit glued to its number) reads as the spelled-out request does, in fresh numbers
and units; a single letter after a number stays a formula's letter."""

import random

import pytest

from agentlib import solve_math
from agentlib.mathsolve.chat_shorthand import spell_chat_shorthand


@pytest.mark.parametrize("seed", range(12))
def test_a_glued_unit_and_whats_read_as_spelled_out(seed):
    rng = random.Random(seed)
    km, minutes, radius = rng.randint(2, 42), rng.randint(10, 240), rng.randint(1, 30)
    glued, spaced = rng.choice([
        (f"ran {km}km in {minutes} minutes whats my pace per km",
         f"ran {km} km in {minutes} minutes what's my pace per km"),
        (f"area of a circle with radius {radius}cm", f"area of a circle with radius {radius} cm"),
        (f"i drove {km}km in 2 hours whats my average speed", f"i drove {km} km in 2 hours what's my average speed"),
    ])
    typed, written = solve_math(glued), solve_math(spaced)
    assert written.verified, spaced
    assert typed.verified and typed.value == written.value, (glued, typed.answer, written.answer)


def test_single_letters_and_words_after_numbers_stay_as_written():
    assert spell_chat_shorthand("solve 2m + 3 = 7") == "solve 2m + 3 = 7"
    assert spell_chat_shorthand("5in") == "5in" and spell_chat_shorthand("x2km") == "x2km"
    assert spell_chat_shorthand("whats 3.5kg in lbs") == "what's 3.5 kg in lbs"
    assert spell_chat_shorthand("3min(x, 2)") == "3min(x, 2)"  # a function after a number, not minutes


@pytest.mark.parametrize("seed", range(8))
def test_u_after_an_auxiliary_and_gimme_read_as_spelled_out(seed):
    # "can u solve x^2 = 2x + 8" solved for the unknown u; "gimme" was an unknown word
    rng = random.Random(seed)
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    typed, written = rng.choice([
        (f"{rng.choice(['can', 'could', 'would'])} u solve x^2 = {a + b}x - {a * b}",
         f"can you solve x^2 = {a + b}x - {a * b}"),
        (f"gimme {a} squared plus {b} squared", f"give me {a} squared plus {b} squared"),
        (f"can u pls factor x^2 - {a * a}", f"can you please factor x^2 - {a * a}"),
    ])
    shorthand, spelled = solve_math(typed), solve_math(written)
    assert spelled.verified, written
    assert shorthand.verified and shorthand.value == spelled.value, (typed, shorthand.answer, spelled.answer)


def test_u_in_a_formula_stays_the_unknown():
    assert spell_chat_shorthand("can u = 3") == "can u = 3"
    assert spell_chat_shorthand("solve u^2 = 4") == "solve u^2 = 4"

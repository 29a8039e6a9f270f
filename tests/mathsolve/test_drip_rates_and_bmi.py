"""A nurse's drip rate and a body mass index from clauses in any order, in fresh numbers and wordings: checked
against the definitions (drops/min = mL × gtt/mL ÷ min; BMI = kg ÷ m²); a missing quantity is not read."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


def _value(result) -> Fraction:  # noqa: ANN001 (a MathResult)
    value = parse_expression(result.value["expression"])
    return Fraction(int(value.p), int(value.q))


@pytest.mark.parametrize("seed", range(20))
def test_drops_per_minute_are_volume_times_drop_factor_over_minutes(seed):
    rng = random.Random(seed)
    millilitres = rng.choice([100, 250, 500, 750, 1000, 1500])
    volume = rng.choice([f"{millilitres} mL", f"{millilitres}ml", f"{millilitres} ml of normal saline"]
                        + ([f"{millilitres // 1000} litre"] if millilitres % 1000 == 0 else []))
    amount, unit, minutes = rng.choice([(h, "hours", 60 * h) for h in (1, 2, 4, 6, 8, 12)] + [(m, "minutes", m)
                                                                                            for m in (30, 45, 90)])
    factor = rng.choice([10, 15, 20, 60])
    clauses = [volume, f"over {amount} {unit}",
               rng.choice([f"with a {factor} gtt/mL set", f"drop factor {factor}", f"{factor} drops per ml"]),
               rng.choice(["drops per minute", "how many drops per minute", "gtt/min"])]
    rng.shuffle(clauses)
    text = ", ".join(clauses)
    result = solve_math(text)
    assert result.verified and _value(result) == Fraction(millilitres * factor, minutes), (text, result.answer)


@pytest.mark.parametrize("seed", range(20))
def test_bmi_is_kilograms_over_metres_squared(seed):
    rng = random.Random(seed)
    centimetres = rng.randint(150, 200)
    kilograms = rng.randint(45, 130)
    height = rng.choice([f"{centimetres} cm", f"{centimetres / 100:g} m", f"{centimetres / 100:g}m tall"])
    text = rng.choice([f"im {height} and {kilograms} kg whats my bmi", f"bmi for {kilograms} kg and {height}",
                       f"what's the bmi of someone {height} weighing {kilograms}kg"])
    result = solve_math(text)
    assert result.verified and _value(result) == Fraction(kilograms) / Fraction(centimetres, 100) ** 2, \
        (text, result.answer)


@pytest.mark.parametrize("text", [
    "drops per minute for 1000 mL over 8 hours",  # no drop factor
    "1000 mL over 8 hours with a 15 gtt/mL set",  # no question
    "whats my bmi, i weigh 70 kg",  # no height
    "bmi for 150 lbs and 65 inches",  # pounds and inches: another formula
])
def test_a_drip_or_bmi_with_a_quantity_missing_is_not_read(text):
    assert not solve_math(text).verified, text

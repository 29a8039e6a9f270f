"""One measure of a circle or cube from another ("the circumference of a circle is 31.4; find its radius", "a cube has
volume 27. what is its surface area?"; a square's are the mathg branch's `square_measures.py`). Fresh sizes, measures
and wordings, keyed by SymPy from the figure's size; before, every one abstained on unknown words."""

from __future__ import annotations

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

s = sp.Symbol("s", positive=True)
MEASURES = {
    "circle": {"radius": s, "diameter": 2 * s, "circumference": 2 * sp.pi * s, "area": sp.pi * s**2},
    "cube": {"side": s, "volume": s**3, "surface area": 6 * s**2, "diagonal": s * sp.sqrt(3)},
}
WORDINGS = [
    "a {f} has {g} {v}, what is its {a}",
    "a {f} has an {g} of {v}. find its {a}",
    "the {g} of a {f} is {v}. what is its {a}?",
    "{a} of a {f} with {g} {v}",
    "what is the {a} of a {f} whose {g} is {v}?",
]


@pytest.mark.parametrize("seed", range(30))
def test_a_measure_from_another(seed):
    rng = random.Random(seed)
    figure = rng.choice(sorted(MEASURES))
    given, asked = rng.sample(sorted(MEASURES[figure]), 2)
    value = sp.Rational(rng.randint(1, 400), rng.choice([1, 1, 1, 10]))
    size = sp.solve(sp.Eq(MEASURES[figure][given], value), s)
    assert len(size) == 1
    expected = sp.simplify(MEASURES[figure][asked].subs(s, size[0]))
    shown = str(value) if value.q == 1 else f"{float(value):g}"
    wording = rng.choice(WORDINGS)
    text = wording.format(f=figure, g=given, v=shown, a=asked).replace("an surface", "a surface").replace(
        "an side", "a side").replace("an perimeter", "a perimeter").replace("an diagonal", "a diagonal").replace(
        "an radius", "a radius").replace("an volume", "a volume").replace("an diameter", "a diameter").replace(
        "an circumference", "a circumference")
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)


def test_one_measure_does_not_fix_a_rectangle():
    assert solve_math("a rectangle has area 20, what is its perimeter").status != "verified"


def test_a_unit_of_the_wrong_kind_is_not_read():
    assert solve_math("a circle has an area of 100 cm. what is its radius?").status != "verified"
    assert solve_math("a circle has an area of 100 cm². what is its radius?").status == "verified"

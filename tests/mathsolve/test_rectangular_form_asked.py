""""Write (1+i)^8 in the form a+bi": the template names the form of the answer, not a second formula (it abstained:
"say what to do with the expression"). The value is the complex number evaluated, written as a + bi.

Fresh Gaussian integers, operations and wordings; the expected value is SymPy's."""

from __future__ import annotations

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

LEADS = ["Write {z} in the form a+bi", "Express {z} in the form a + bi", "write {z} in a+bi form",
         "Write {z} as a + bi", "Write {z} in the form a + b i"]


def _gaussian(rng: random.Random) -> tuple[str, sp.Expr]:
    a, b = rng.randint(1, 5), rng.choice([-3, -2, -1, 1, 2, 3])
    written = f"{a}{'+' if b > 0 else '-'}{abs(b) if abs(b) != 1 else ''}i"
    return f"({written})", a + b * sp.I


@pytest.mark.parametrize("seed", range(20))
def test_a_complex_number_asked_in_rectangular_form(seed):
    rng = random.Random(seed)
    (w1, z1), (w2, z2) = _gaussian(rng), _gaussian(rng)
    written, value = rng.choice([(f"{w1}{w2}", z1 * z2), (f"{w1}/{w2}", z1 / z2),
                                 (f"{w1}^{(n := rng.randint(2, 6))}", z1**n)])
    text = rng.choice(LEADS).format(z=written)
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    found = parse_expression(result.value["expression"])
    assert sp.simplify(found - sp.expand(value)) == 0, (text, result.answer, sp.expand(value))
    assert sp.expand(found) == found, (text, result.answer)  # written out as a + bi

"""French 'module' / 'valeur absolue' and 'conjugué' of fresh complex numbers, checked against SymPy."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


@pytest.mark.parametrize("seed", range(12))
def test_modulus_and_conjugate_in_french(seed):
    rng = random.Random(seed)
    a, b = rng.randint(-9, 9), rng.choice([-1, 1]) * rng.randint(1, 9)
    number = f"{a} {'+' if b > 0 else '-'} {abs(b)}i"
    value = a + b * sp.I
    word, expected = rng.choice([("le module de", sp.Abs(value)), ("la valeur absolue de", sp.Abs(value)),
                                 ("le conjugué de", sp.conjugate(value))])
    text = f"{rng.choice(['Calculez', 'Calcule', 'Trouvez'])} {word} {number}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)

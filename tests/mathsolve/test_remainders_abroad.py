"""The remainder of a division asked in other languages ("le reste de 47 divisé par 5", "der Rest von 47 geteilt
durch 5"), in fresh numbers and wordings, against Python's %; the same division asked without "remainder" stays the
exact quotient."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

REMAINDER = [
    "Quel est le reste de {a} divisé par {b} ?", "Calculez le reste de {a} divisé par {b}",
    "¿Cuál es el resto de {a} dividido entre {b}?", "Calcula el resto de {a} dividido por {b}",
    "Qual é o resto de {a} dividido por {b}?", "Was ist der Rest von {a} geteilt durch {b}?",
    "Berechne den Rest von {a} dividiert durch {b}", "Qual è il resto di {a} diviso per {b}?",
    "Wat is de rest van {a} gedeeld door {b}?",
]
QUOTIENT = ["Combien font {a} divisé par {b} ?", "¿Cuánto es {a} dividido entre {b}?", "Berechne {a} geteilt durch {b}",
            "Quanto é {a} dividido por {b}?", "Quanto fa {a} diviso per {b}?"]


@pytest.mark.parametrize("seed", range(30))
def test_a_remainder_asked_abroad(seed):
    rng = random.Random(seed)
    a, b = rng.randint(10, 9999), rng.randint(2, 97)
    text = rng.choice(REMAINDER).format(a=a, b=b)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert int(result.value["expression"]) == a % b, (text, result.answer)


@pytest.mark.parametrize("seed", range(15))
def test_the_same_division_without_remainder_is_the_quotient(seed):
    rng = random.Random(seed)
    a, b = rng.randint(10, 9999), rng.randint(2, 97)
    text = rng.choice(QUOTIENT).format(a=a, b=b)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert Fraction(result.value["expression"]) == Fraction(a, b), (text, result.answer)

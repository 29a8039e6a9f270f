"""Halves, thirds, quarters, doubles and triples said in words in many languages ("la mitad de 30", "30의 절반"):
generated requests (a question of the language, a random number) checked against exact fractions, and the
phrases whose extent is unclear abstain."""

from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HALF, THIRD, QUARTER = Fraction(1, 2), Fraction(1, 3), Fraction(1, 4)
# (question with {n}, factor)
PHRASES = [
    ("¿Cuál es la mitad de {n}?", HALF), ("Calcula el doble de {n}", 2), ("¿Cuánto es el triple de {n}?", 3),
    ("Quel est le double de {n} ?", 2), ("Calcule la moitié de {n}", HALF), ("Calcule le tiers de {n}", THIRD),
    ("Was ist das Dreifache von {n}?", 3), ("Berechne die Hälfte von {n}", HALF),
    ("Was ist ein Viertel von {n}?", QUARTER),
    ("Qual é o triplo de {n}?", 3), ("Calcule a metade de {n}", HALF), ("Quanto é o dobro de {n}?", 2),
    ("Quanto è la metà di {n}?", HALF), ("Calcola il doppio di {n}", 2), ("Qual è il triplo di {n}?", 3),
    ("Berapa setengah dari {n}?", HALF), ("Tính một nửa của {n}", HALF),
    ("{n}의 절반은?", HALF), ("{n}의 두 배는 얼마인가요?", 2), ("{n}の半分はいくつ？", HALF),
    ("{n}的一半是多少？", HALF), ("{n}的两倍是多少？", 2),
]


@given(st.sampled_from(PHRASES), st.integers(1, 10**6))
@SETTINGS
def test_a_multiple_said_in_words_is_that_multiple(phrase, number):
    template, factor = phrase
    result = solve_math(template.format(n=number))
    assert result.verified, (template, number, result.reason)
    assert parse_expression(result.value["expression"]) == Fraction(factor) * number


@pytest.mark.parametrize("text", ["la mitad de 30 más 2", "5 + 30의 절반은?", "2 * la mitad de 30",
                                  "Quel est le double de 7 plus 1 ?", "la mitad de x"])
def test_a_multiple_with_an_unclear_extent_abstains(text):
    assert solve_math(text).status != "verified"


def _turkish_genitive(number: int) -> str:
    """The genitive suffix Turkish writes after a number's apostrophe, by the vowel of its last spoken word."""
    last = {0: "sıfır", 1: "bir", 2: "iki", 3: "üç", 4: "dört", 5: "beş", 6: "altı", 7: "yedi", 8: "sekiz",
            9: "dokuz"}[number % 10] if number % 10 else {10: "on", 20: "yirmi", 30: "otuz", 40: "kırk", 50: "elli",
                                                           60: "altmış", 70: "yetmiş", 80: "seksen",
                                                           90: "doksan"}.get(number % 100, "yüz")
    vowel = next(ch for ch in reversed(last) if ch in "aeıioöuü")
    harmony = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}[vowel]
    return ("n" if last[-1] in "aeıioöuü" else "") + harmony + "n"


@given(st.integers(1, 999), st.sampled_from([("yarısı", Fraction(1, 2)), ("iki katı", Fraction(2)),
                                             ("üç katı", Fraction(3))]),
       st.sampled_from(["kaçtır?", "nedir?", "kaç eder?", ""]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_turkish_half_and_multiples_after_the_genitive(number, word, closing):
    """"24'ün yarısı kaçtır?", "7'nin iki katı nedir?" (abstained on "yarısı")."""
    name, factor = word
    text = f"{number}'{_turkish_genitive(number)} {name} {closing}".strip()
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert Fraction(str(result.answer)) == number * factor, (text, result.answer)

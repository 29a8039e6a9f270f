"""A percent said as a word after the number ("30 Prozent von 90", "15 por ciento de 80", "25 pour cent de 80"), and
a percent of a number in Polish ("25% z 200") and Vietnamese ("15% của 80"): fresh numbers in each language,
checked against exact arithmetic."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.mathsolve.percent_words import spell_percent_words

SENTENCES = {
    "de": "Wie viel sind {p} Prozent von {w}?",
    "es": "¿Cuánto es el {p} por ciento de {w}?",
    "fr": "Quel est {p} pour cent de {w} ?",
    "nl": "Wat is {p} procent van {w}?",
    "it": "Calcola il {p} per cento di {w}",
    "pt": "Quanto é {p} por cento de {w}?",
    "id": "Berapa {p} persen dari {w}?",
    "ru": "Сколько будет {p} процентов от {w}?",
    "vi": "Tính {p} phần trăm của {w}",
    "pl": "Ile to jest {p}% z {w}?",
    "pl2": "Oblicz {p} procent z {w}",
    "vi2": "{p}% của {w} là bao nhiêu?",
}


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_fresh_percents_of_a_number_in_words(language):
    rng = random.Random(language)
    for _ in range(6):
        percent, whole = rng.choice([5, 10, 12, 15, 20, 25, 30, 40, 75]), rng.randint(1, 80) * 10
        text = SENTENCES[language].format(p=percent, w=whole)
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == Fraction(percent * whole, 100), (text, result.answer)


def test_only_digits_before_the_word_are_respelled():
    assert spell_percent_words("cinco por ciento de 80") == "cinco por ciento de 80"
    assert spell_percent_words("30 Prozent von 90") == "30% von 90"
    assert spell_percent_words("x1 procent") == "x1 procent"

"""A percent of a number said in words ("Berapa 25% dari sejuta?", "Tính 15% của 2 triệu"), percent_of_words.py:
fresh percents, counts and wordings against exact arithmetic; number words followed by a noun are left alone."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

# (language, the request around "{p}%" and "{n}", the counts' words, the scale words and their values)
COUNTS = {
    "id": {2: "dua", 3: "tiga", 4: "empat", 5: "lima", 7: "tujuh"},
    "vi": {2: "hai", 3: "ba", 4: "bốn", 5: "năm", 7: "bảy"},
    "es": {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 7: "siete"},
    "pt": {2: "dois", 3: "três", 4: "quatro", 5: "cinco", 7: "sete"},
    "it": {2: "due", 3: "tre", 4: "quattro", 5: "cinque", 7: "sette"},
}
SCALES = {"id": {"juta": 10**6, "ribu": 1000}, "vi": {"triệu": 10**6, "nghìn": 1000},
          "es": {"millones": 10**6, "mil": 1000}, "pt": {"milhões": 10**6, "mil": 1000},
          "it": {"milioni": 10**6}}
ASKS = {"id": ["Berapa {p}% dari {n}?", "Hitung {p} persen dari {n}"],
        "vi": ["Tính {p}% của {n}", "Tính {p} phần trăm của {n}."],
        "es": ["Calcula el {p}% de {n}", "¿Cuánto es el {p} por ciento de {n}?"],
        "pt": ["Calcule {p}% de {n}", "Quanto é {p}% de {n}?"],
        "it": ["Calcola il {p}% di {n}", "Quanto fa il {p}% di {n}?"]}
ONE = {"id": {"sejuta": 10**6, "seribu": 1000}, "es": {"un millón": 10**6, "mil": 1000},
       "it": {"mille": 1000}, "pt": {"mil": 1000}}


@pytest.mark.parametrize("seed", range(40))
def test_a_percent_of_a_number_in_words_is_computed_exactly(seed):
    rng = random.Random(seed)
    language = rng.choice(sorted(COUNTS))
    percent = rng.choice([5, 10, 12, 15, 20, 25, 30, 40, 75])
    if language in ONE and rng.random() < 0.25:
        said, whole = rng.choice(sorted(ONE[language].items()))
    else:
        count = rng.choice(sorted(COUNTS[language]))
        scale_word, scale = rng.choice(sorted(SCALES[language].items()))
        said = f"{rng.choice([COUNTS[language][count], str(count)])} {scale_word}"
        whole = count * scale
    text = rng.choice(ASKS[language]).format(p=percent, n=said)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert Fraction(result.value["expression"]) == Fraction(percent, 100) * whole, (text, result.answer)


@pytest.mark.parametrize("text", [
    "Calcula el 20% de un pastel",  # "un" is an article before a noun
    "Hitung 10% dari dua apel",  # two apples: the words do not end the request
    "Berapa 25% dari dua seribu?",  # seribu is one thousand already: not one number
    "Tính 15% của hai năm",  # two years (năm after a count) and no scale
])
def test_number_words_that_are_not_the_whole_after_of_are_not_computed(text):
    result = solve_math(text)
    assert not result.verified or result.value.get("expression") not in ("0.2", "1/5", "0.3", "3/10"), \
        (text, result.answer)

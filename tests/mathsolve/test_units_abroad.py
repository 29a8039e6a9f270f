"""Unit conversions asked in other languages (units_abroad.py): fresh values, units and wordings in eleven
languages against exact sizes; a thousands-shaped number, an unknown unit word or two dimensions are not read."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

SIZES = {"km": Fraction(1000), "m": Fraction(1), "cm": Fraction(1, 100), "kg": Fraction(1000), "g": Fraction(1),
         "h": Fraction(3600), "min": Fraction(60), "s": Fraction(1), "l": Fraction(1000), "ml": Fraction(1)}
PAIRS = [("km", "m"), ("m", "cm"), ("kg", "g"), ("h", "min"), ("min", "s"), ("l", "ml"), ("m", "km"), ("g", "kg")]
# per language: the unit words, then the wordings ({v} value, {s} source unit, {t} target unit)
LANGUAGES = {
    "de": ({"km": "km", "m": "Metern", "cm": "Zentimeter", "kg": "kg", "g": "Gramm", "h": "Stunden",
            "min": "Minuten", "s": "Sekunden", "l": "Liter", "ml": "Milliliter"},
           ["Wie viel sind {v} {s} in {t}?", "Wie viele {t} sind {v} {s}?"]),
    "fr": ({"km": "km", "m": "mètres", "cm": "centimètres", "kg": "kg", "g": "grammes", "h": "heures",
            "min": "minutes", "s": "secondes", "l": "litres", "ml": "ml"},
           ["Combien de {t} dans {v} {s} ?", "Convertis {v} {s} en {t}"]),
    "es": ({"km": "km", "m": "metros", "cm": "centímetros", "kg": "kg", "g": "gramos", "h": "horas",
            "min": "minutos", "s": "segundos", "l": "litros", "ml": "ml"},
           ["¿Cuántos {t} son {v} {s}?", "Convierte {v} {s} a {t}"]),
    "pt": ({"km": "km", "m": "metros", "cm": "centímetros", "kg": "kg", "g": "gramas", "h": "horas",
            "min": "minutos", "s": "segundos", "l": "litros", "ml": "ml"},
           ["Quantos {t} tem {v} {s}?", "Converta {v} {s} para {t}"]),
    "it": ({"km": "km", "m": "metri", "cm": "centimetri", "kg": "kg", "g": "grammi", "h": "ore", "min": "minuti",
            "s": "secondi", "l": "litri", "ml": "ml"}, ["Quanti {t} sono {v} {s}?", "Converti {v} {s} in {t}"]),
    "ru": ({"km": "км", "m": "метров", "cm": "сантиметров", "kg": "кг", "g": "граммов", "h": "часах",
            "min": "минут", "s": "секунд", "l": "литрах", "ml": "мл"}, ["Сколько {t} в {v} {s}?"]),
    "tr": ({"km": "km", "m": "metre", "cm": "santimetre", "kg": "kg", "g": "gram", "h": "saat", "min": "dakika",
            "s": "saniye", "l": "litre", "ml": "ml"}, ["{v} {s} kaç {t}?", "{v} {s} kaç {t} eder?"]),
    "nl": ({"km": "km", "m": "meter", "cm": "centimeter", "kg": "kg", "g": "gram", "h": "uur", "min": "minuten",
            "s": "seconden", "l": "liter", "ml": "ml"}, ["Hoeveel {t} is {v} {s}?"]),
    "pl": ({"km": "km", "m": "metrów", "cm": "centymetrów", "kg": "kg", "g": "gramów", "h": "godzin",
            "min": "minut", "s": "sekund", "l": "litrów", "ml": "ml"}, ["Ile {t} to {v} {s}?"]),
    "id": ({"km": "km", "m": "meter", "cm": "cm", "kg": "kg", "g": "gram", "h": "jam", "min": "menit",
            "s": "detik", "l": "liter", "ml": "ml"}, ["Berapa {t} dalam {v} {s}?", "{v} {s} berapa {t}?"]),
    "vi": ({"km": "km", "m": "mét", "cm": "cm", "kg": "kg", "g": "gram", "h": "giờ", "min": "phút", "s": "giây",
            "l": "lít", "ml": "ml"}, ["{v} {s} bằng bao nhiêu {t}?", "Đổi {v} {s} ra {t}"]),
}


@pytest.mark.parametrize("seed", range(60))
def test_a_unit_conversion_abroad_is_exact(seed):
    rng = random.Random(seed)
    words, wordings = LANGUAGES[rng.choice(sorted(LANGUAGES))]
    source, target = rng.choice(PAIRS)
    whole, tenths = rng.randint(1, 99), rng.randint(0, 9)
    shown = str(whole) if rng.random() < 0.4 else f"{whole}{rng.choice([',', '.'])}{tenths}"
    value = Fraction(shown.replace(",", "."))
    text = rng.choice(wordings).format(v=shown, s=words[source], t=words[target])
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert Fraction(result.value["expression"]) == value * SIZES[source] / SIZES[target], (text, result.answer)


@pytest.mark.parametrize("text", [
    "Quanti minuti sono 2.500 ore?",  # thousands or a decimal?
    "Wie viel sind 2,500 km in Metern?",
    "Combien de minutes dans 3 kg ?",  # two dimensions
    "¿Cuántos pasos son 3 km?",  # no unit
])
def test_conversions_in_doubt_are_not_answered(text):
    assert not solve_math(text).verified, text

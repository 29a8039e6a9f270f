"""Number words past a thousand: German, Dutch and Italian glue the thousand between its count and the rest
("zweitausendfünf", "dreitausendzweihundert", "duemilacinque"), Indonesian says one thousand and one million with
se- ("seribu", "sejuta"), and several languages name millions ("dos millones", "dua juta"); Russian numbers are
declined after "сумму" ("сумму двадцати пяти и сорока"). Fresh numbers, spelled here by small spellers of their
own, are checked against exact arithmetic; ill-formed words ("dua seribu", "zweitausendzweitausend") are not
numbers."""

import random

import pytest

from agentlib import solve_math
from agentlib.mathsolve.foreign_cardinals import RUSSIAN, parse_spaced
from agentlib.mathsolve.latin_cardinals import GERMAN, INDONESIAN

_DE_UNITS = "null ein zwei drei vier fünf sechs sieben acht neun".split()
_DE_TEENS = "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split()
_DE_TENS = "_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()


def _german_below_a_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    head = f"{_DE_UNITS[hundreds]}hundert" if hundreds else ""
    if rest == 0:
        return head
    if rest < 10:
        tail = "eins" if rest == 1 else _DE_UNITS[rest]
    elif rest < 20:
        tail = _DE_TEENS[rest - 10]
    else:
        tens, unit = divmod(rest, 10)
        tail = _DE_TENS[tens] if unit == 0 else f"{_DE_UNITS[unit]}und{_DE_TENS[tens]}"
    return head + tail


def _german(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    count = "ein" if thousands == 1 else _german_below_a_thousand(thousands)
    return f"{count}tausend{_german_below_a_thousand(rest) if rest else ''}"


def test_fresh_glued_german_thousands_in_arithmetic():
    rng = random.Random("glued thousands")
    for _ in range(12):
        a, b = rng.randint(1001, 99_999), rng.randint(2, 9)
        text = f"Was ist {_german(a)} minus {_DE_UNITS[b]}?"
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert int(result.value["expression"]) == a - b, text


@pytest.mark.parametrize(("text", "expected"), [
    ("Wie viel ist dreitausendzweihundert geteilt durch acht?", 400),
    ("Wat is tweeduizendvijf min vijf?", 2000),
    ("Quanto fa duemilacinque più cinque?", 2010),
    ("Quanto fa milleduecento meno cento?", 1100),
    ("Berapa seribu dikurangi seratus?", 900),
    ("Berapa seribu lima ratus ditambah lima ratus?", 2000),
    ("Berapa sejuta dibagi empat?", 250_000),
    ("Berapa dua juta lima ratus ribu dikurangi sejuta?", 1_500_000),
    ("¿Cuánto es dos millones menos trescientos mil?", 1_700_000),
    ("Сколько будет два миллиона минус один?", 1_999_999),
    ("Найдите сумму двадцати пяти и сорока", 65),
    ("Найдите произведение семи и восьми", 56),
    ("Найдите сумму двухсот и трёхсот", 500),
])
def test_scaled_and_declined_number_words(text, expected):
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert int(result.value["expression"]) == expected, (text, result.answer)


def test_fresh_russian_genitive_sums():
    tens = {20: "двадцати", 30: "тридцати", 40: "сорока", 50: "пятидесяти", 60: "шестидесяти", 90: "девяноста"}
    units = {2: "двух", 3: "трёх", 4: "четырёх", 5: "пяти", 6: "шести", 7: "семи", 8: "восьми", 9: "девяти"}
    rng = random.Random("genitive")
    for _ in range(10):
        (t, tw), (u, uw), (s, sw) = rng.choice(list(tens.items())), *rng.sample(list(units.items()), 2)
        text = f"Найдите сумму {tw} {uw} и {sw}"
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert int(result.value["expression"]) == t + u + s, text


@pytest.mark.parametrize(("language", "words"), [
    (INDONESIAN, "dua seribu"),  # seribu is already one thousand
    (INDONESIAN, "sejuta sejuta"),
    (GERMAN, "zweitausendzweitausend"),
    (GERMAN, "tausendtausend"),
    (RUSSIAN, "пять три"),
])
def test_ill_formed_number_words_are_no_number(language, words):
    assert parse_spaced(language, words.split()) is None

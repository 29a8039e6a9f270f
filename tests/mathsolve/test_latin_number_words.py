"""Spoken arithmetic in German, Dutch, French, Italian, Portuguese, Polish and Indonesian number words: fresh
numbers spelled here by each language's own rules (independently of the reader's tables), joined by operator
words, checked against exact arithmetic; articles before a noun, "per cento", two languages in one chain and
English's own spoken arithmetic are not read as these languages."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math


def german(n: int) -> str:
    units = "null eins zwei drei vier fünf sechs sieben acht neun".split()
    teens = "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split()
    tens = "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()
    if n < 10:
        return units[n]
    if n < 20:
        return teens[n - 10]
    ten, unit = divmod(n, 10)
    return tens[ten - 2] if not unit else ("ein" if unit == 1 else units[unit]) + "und" + tens[ten - 2]


def dutch(n: int) -> str:
    units = "nul één twee drie vier vijf zes zeven acht negen".split()
    teens = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
    tens = "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
    if n < 10:
        return units[n]
    if n < 20:
        return teens[n - 10]
    ten, unit = divmod(n, 10)
    if not unit:
        return tens[ten - 2]
    word = "een" if unit == 1 else units[unit]
    return word + ("ën" if word.endswith("e") else "en") + tens[ten - 2]


def french(n: int) -> str:
    small = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
             "dix-sept dix-huit dix-neuf").split()
    tens = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
    if n < 20:
        return small[n]
    if n < 70:
        ten, unit = divmod(n, 10)
        return tens[ten * 10] + ("" if not unit else " et un" if unit == 1 else "-" + small[unit])
    if n < 80:
        return "soixante-" + ("et-onze" if n == 71 else small[n - 60])
    return "quatre-vingts" if n == 80 else "quatre-vingt-" + small[n - 80]


def italian(n: int) -> str:
    small = ("zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici "
             "quindici sedici diciassette diciotto diciannove").split()
    tens = "venti trenta quaranta cinquanta sessanta settanta ottanta novanta".split()
    if n < 20:
        return small[n]
    ten, unit = divmod(n, 10)
    stem = tens[ten - 2]
    if not unit:
        return stem
    if unit in (1, 8):
        return stem[:-1] + small[unit]
    return stem + ("tré" if unit == 3 else small[unit])


def portuguese(n: int) -> str:
    small = ("zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis "
             "dezessete dezoito dezenove").split()
    tens = "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa".split()
    if n < 20:
        return small[n]
    ten, unit = divmod(n, 10)
    return tens[ten - 2] + (f" e {small[unit]}" if unit else "")


def polish(n: int) -> str:
    small = ("zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście "
             "trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście").split()
    tens = ("dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt "
            "dziewięćdziesiąt").split()
    if n < 20:
        return small[n]
    ten, unit = divmod(n, 10)
    return tens[ten - 2] + (f" {small[unit]}" if unit else "")


def indonesian(n: int) -> str:
    return "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas".split()[n]


LANGUAGES = {  # speller, largest number, question, operator words
    "de": (german, 99, "Was ist {a} {op} {b}?", {"+": "plus", "-": "minus", "*": "mal", "/": "geteilt durch"}),
    "nl": (dutch, 99, "Wat is {a} {op} {b}?", {"+": "plus", "-": "min", "*": "keer", "/": "gedeeld door"}),
    "fr": (french, 99, "Combien font {a} {op} {b} ?", {"+": "plus", "-": "moins", "*": "fois", "/": "divisé par"}),
    "it": (italian, 99, "Quanto fa {a} {op} {b}?", {"+": "più", "-": "meno", "*": "per", "/": "diviso"}),
    "pt": (portuguese, 99, "Quanto é {a} {op} {b}?", {"+": "mais", "-": "menos", "*": "vezes", "/": "dividido por"}),
    "pl": (polish, 99, "Ile to jest {a} {op} {b}?", {"+": "plus", "-": "minus", "*": "razy", "/": "podzielone przez"}),
    "id": (indonesian, 11, "Berapa {a} {op} {b}?", {"+": "tambah", "-": "kurang", "*": "kali", "/": "dibagi"}),
}


def _exact(a: int, op: str, b: int) -> Fraction:
    return {"+": Fraction(a + b), "-": Fraction(a - b), "*": Fraction(a * b), "/": Fraction(a, b)}[op]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_fresh_spoken_arithmetic_in_number_words(language):
    spell, largest, question, operators = LANGUAGES[language]
    rng = random.Random(language)
    for _ in range(12):
        a, b, op = rng.randint(0, largest), rng.randint(1, largest), rng.choice(sorted(operators))
        text = question.format(a=spell(a), op=operators[op], b=spell(b))
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == _exact(a, op, b), (text, result.answer)


@pytest.mark.parametrize("text", [
    "tres por un número", "¿Cuánto es tres por un número?", "Was ist sieben mal eine Zahl?",
    "Combien font trois fois un nombre ?", "iki çarpı bir sayı kaç eder?",  # an article before a noun
    "tre per cento di 50",  # 3 percent, never 3 × 100
    "Was ist sieben plus sept?",  # two languages in one chain: no language says it all
])
def test_what_is_not_one_languages_arithmetic_is_not_read_as_it(text):
    assert solve_math(text).status != "verified", text


def test_english_spoken_arithmetic_keeps_its_own_reading():
    result = solve_math("calculate six plus 7 times 3")  # "six" and "plus" are French too
    assert result.verified and result.answer == "27"


def test_fresh_vietnamese_operator_words_between_digits():
    operators = {"+": ["cộng", "cộng với"], "-": ["trừ", "trừ đi"], "*": ["nhân", "nhân với"],
                 "/": ["chia", "chia cho"]}
    rng = random.Random("vi")
    for _ in range(12):
        a, b, op = rng.randint(0, 500), rng.randint(1, 500), rng.choice(sorted(operators))
        text = rng.choice(["Tính {a} {op} {b}", "{a} {op} {b} bằng bao nhiêu?"]).format(
            a=a, op=rng.choice(operators[op]), b=b)
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == _exact(a, op, b), (text, result.answer)

"""Number words the twenty-seventh batch found unread: tens made by a word after the unit (Indonesian "dua puluh
lima", Vietnamese "hai mươi lăm"), Indonesian teens with "belas", hundreds glued to the rest (German
"dreihundertfünfundzwanzig", Dutch "driehonderdvijfentwintig", Italian "trecentoventicinque") and French "soixante
et onze". Fresh numbers are spelled here by each language's own rules (not the reader's tables), joined by
operator words and checked against exact arithmetic; malformed runs are never read as numbers."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

from .test_latin_number_words import dutch, german, italian


def indonesian(n: int, rng: random.Random) -> str:
    units = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = "seratus" if hundreds == 1 else f"{units[hundreds]} ratus"
        return head + (f" {indonesian(rest, rng)}" if rest else "")
    if n < 10:
        return units[n]
    if n < 20:
        return {10: "sepuluh", 11: "sebelas"}.get(n, f"{units[n - 10]} belas")
    ten, unit = divmod(n, 10)
    return f"{units[ten]} puluh" + (f" {units[unit]}" if unit else "")


def vietnamese(n: int, rng: random.Random) -> str:
    units = "không một hai ba bốn năm sáu bảy tám chín".split()
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        tail = "" if not rest else f" {rng.choice(['linh', 'lẻ'])} {units[rest]}" if rest < 10 else \
            f" {vietnamese(rest, rng)}"
        return f"{units[hundreds]} trăm{tail}"
    if n < 10:
        return units[n]
    ten, unit = divmod(n, 10)
    head = "mười" if ten == 1 else f"{units[ten]} mươi"
    if not unit:
        return head
    after = {5: "lăm", 1: "mốt" if ten > 1 else "một", 4: rng.choice(["tư", "bốn"]) if ten > 1 else "bốn"}
    return f"{head} {after.get(unit, units[unit])}"


def french_seventies(n: int, rng: random.Random) -> str:
    teens = "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
    if n == 71:
        return rng.choice(["soixante et onze", "soixante-et-onze"])
    return rng.choice([" ", "-"]).join(["soixante", teens[n - 70]])


def glued_hundreds(below_a_hundred, first: str, join: str = ""):
    """A speller of 100-999 that glues the hundreds word to the rest ("drei" + "hundert" + "fünfundzwanzig")."""
    def spell(n: int, rng: random.Random) -> str:
        hundreds, rest = divmod(n, 100)
        head = below_a_hundred(hundreds) + first if hundreds > 1 else rng.choice(["", below_a_hundred(1)]) + first
        return head + (join + below_a_hundred(rest) if rest else "")
    return spell


def italian_hundreds(n: int, rng: random.Random) -> str:
    hundreds, rest = divmod(n, 100)
    head = "cento" if hundreds == 1 else italian(hundreds) + "cento"
    tail = italian(rest) if rest else ""
    if tail.startswith("o") and rng.random() < 0.5:
        head = head[:-1]  # "centotto", "trecentottanta"
    return head + tail


LANGUAGES = {  # speller, smallest and largest number, question, operator words
    "id": (indonesian, 0, 999, "Berapa {a} {op} {b}?", {"+": "ditambah", "-": "dikurangi", "*": "kali",
                                                          "/": "dibagi"}),
    "vi": (vietnamese, 0, 999, "{a} {op} {b} bằng bao nhiêu?", {"+": "cộng", "-": "trừ", "*": "nhân",
                                                                  "/": "chia cho"}),
    "fr": (french_seventies, 70, 79, "Combien font {a} {op} {b} ?", {"+": "plus", "-": "moins", "*": "fois"}),
    "de": (glued_hundreds(lambda n: "ein" if n == 1 else german(n), "hundert"), 100, 999, "Was ist {a} {op} {b}?",
           {"+": "plus", "-": "minus", "*": "mal"}),
    "nl": (glued_hundreds(lambda n: "een" if n == 1 else dutch(n).replace("één", "een"), "honderd"), 100, 999,
           "Wat is {a} {op} {b}?", {"+": "plus", "-": "min", "*": "keer"}),
    "it": (italian_hundreds, 100, 999, "Quanto fa {a} {op} {b}?", {"+": "più", "-": "meno", "*": "per"}),
}


def _exact(a: int, op: str, b: int) -> Fraction:
    return {"+": Fraction(a + b), "-": Fraction(a - b), "*": Fraction(a * b), "/": Fraction(a, b)}[op]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_fresh_spoken_arithmetic_with_these_numbers(language):
    spell, smallest, largest, question, operators = LANGUAGES[language]
    rng = random.Random(f"tens {language}")
    for _ in range(15):
        a, b, op = rng.randint(smallest, largest), rng.randint(max(smallest, 1), largest), \
            rng.choice(sorted(operators))
        text = question.format(a=spell(a, rng), op=operators[op], b=spell(b, rng))
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == _exact(a, op, b), (text, result.answer)


@pytest.mark.parametrize("text", [
    "lăm cộng hai",  # "lăm" is five only after a tens word
    "Berapa satu puluh ditambah dua?",  # ten is "sepuluh": "satu puluh" is no number
    "Berapa dua puluh puluh ditambah dua?",
    "Combien font vingt onze plus deux ?",  # only soixante takes a teen
    "Was ist dreihundert dreihundertfünf plus eins?",  # a glued hundred stands alone
    "hai năm cộng một",  # two numbers side by side
    "hai mươi năm cộng một",  # "twenty years": 25 is "hai mươi lăm"
    "mười năm cộng hai",
])
def test_malformed_number_words_are_not_read(text):
    assert solve_math(text).status != "verified", text

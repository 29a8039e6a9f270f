"""Halves, doubles and triples of a number said in words, in the languages of `lexicon.LANGUAGES` and Korean:
"la mitad de 30", "le double de 7", "das Dreifache von 8", "o triplo de 5", "la metà di 50", "30의 절반",
"30の半分", "30的一半" are written as the formula (30)/2, 2*(7), ... before the rest of the request is read.

English ("half of 30", "double 7") is read by `spoken.py` and `everyday_formulas.py`. A word is rewritten only
where its extent is certain: the number is the last thing in the request (a question mark, a full stop or a
Korean / Japanese closing word may follow) and no operator stands before the phrase, so "la mitad de 30 más 2"
(half of 30, plus 2, or half of 32?) and "5 + 30의 절반" stay words and the reader abstains on them.

Turkish says the number first with its genitive suffix ("24'ün yarısı", "7'nin iki katı"). Left out: fractions
other than a half, a third and a quarter, and Russian, Hindi and Arabic, whose words for these inflect with the
number they stand beside.
"""

from __future__ import annotations

import re
from fractions import Fraction

HALF, THIRD, QUARTER, DOUBLE, TRIPLE = Fraction(1, 2), Fraction(1, 3), Fraction(1, 4), Fraction(2), Fraction(3)
# The article before the word for the multiple, the word for "of" after it, and the words with their factors.
_BEFORE_OF: dict[str, tuple[str, str, dict[str, Fraction]]] = {
    "es": (r"(?:la|el|un|una)", r"(?:de|del)", {"mitad": HALF, "doble": DOUBLE, "triple": TRIPLE,
                                               "tercio": THIRD, "cuarto": QUARTER}),
    "fr": (r"(?:la|le|un|une)", r"(?:de|du)", {"moitié": HALF, "double": DOUBLE, "triple": TRIPLE,
                                              "tiers": THIRD, "quart": QUARTER}),
    "de": (r"(?:die|das|ein|eine)", r"(?:von|vom)", {"hälfte": HALF, "doppelte": DOUBLE, "dreifache": TRIPLE,
                                                     "drittel": THIRD, "viertel": QUARTER}),
    "pt": (r"(?:a|o|um|uma)", r"(?:de|do)", {"metade": HALF, "dobro": DOUBLE, "triplo": TRIPLE,
                                             "terço": THIRD, "quarto": QUARTER}),
    "it": (r"(?:la|il|lo|un|una)", r"(?:di|del)", {"metà": HALF, "doppio": DOUBLE, "triplo": TRIPLE,
                                                   "terzo": THIRD, "quarto": QUARTER}),
    "nl": (r"(?:de|het|een)", r"(?:van)", {"helft": HALF, "dubbele": DOUBLE, "drievoudige": TRIPLE,
                                          "derde": THIRD, "kwart": QUARTER}),
    "id": (r"", r"(?:dari)", {"setengah": HALF, "separuh": HALF, "sepertiga": THIRD,
                              "seperempat": QUARTER}),
    "vi": (r"(?:một)", r"(?:của)", {"nửa": HALF}),
}
# Korean, Japanese and Chinese put the number first: "30의 절반", "30の半分", "30的一半", "7의 두 배".
_AFTER_OF: dict[str, Fraction] = {
    "절반": HALF, "반": HALF, "두 배": DOUBLE, "2배": DOUBLE, "세 배": TRIPLE, "3배": TRIPLE,
    "半分": HALF, "2倍": DOUBLE, "二倍": DOUBLE, "3倍": TRIPLE, "三倍": TRIPLE,
    "一半": HALF, "两倍": DOUBLE, "兩倍": DOUBLE}
# Turkish puts the number first too, with the genitive suffix after an apostrophe: "24'ün yarısı", "7'nin iki katı"
_TURKISH: dict[str, Fraction] = {"yarısı": HALF, "iki katı": DOUBLE, "üç katı": TRIPLE}
_TURKISH_CLOSING = r"(?=\s*(?:kaçtır|kaç eder|kaç olur|kaç|nedir|ne kadardır|ne kadar)?\s*[?.!]?\s*$)"
_NUMBER = r"(\d+(?:\.\d+)?)"
_END = r"(?=\s*(?:[?？.!。]\s*)?$)"
_CLOSING = r"(?=(?:\s*(?:은|는|이|가|을|를|は|が|是))?(?:\s*(?:얼마(?:인가요|입니까|야)?|いくつ|多少))?" \
           r"\s*[?？.!。]?\s*$)"


def _formula(number: str, factor: Fraction) -> str:
    if factor.denominator == 1:
        return f"{factor.numerator}*({number})"
    return f"({number})/{factor.denominator}" if factor.numerator == 1 else f"{factor}*({number})"


def _compile() -> list[tuple[re.Pattern[str], dict[str, Fraction]]]:
    patterns: list[tuple[re.Pattern[str], dict[str, Fraction]]] = []
    for article, of, words in _BEFORE_OF.values():
        names = "|".join(sorted(words, key=len, reverse=True))
        lead = rf"(?:\b{article}\s+)?" if article else ""
        patterns.append((re.compile(rf"{lead}\b({names})\s+{of}\s+{_NUMBER}{_END}", re.IGNORECASE | re.MULTILINE),
                         words))
    names = "|".join(sorted(_AFTER_OF, key=len, reverse=True))
    patterns.append((re.compile(rf"{_NUMBER}\s*(?:의|の|的)\s*({names}){_CLOSING}"), _AFTER_OF))
    turkish = "|".join(sorted(_TURKISH, key=len, reverse=True))
    patterns.append((re.compile(rf"{_NUMBER}['’](?:n)?[ıiuü]n\s+({turkish}){_TURKISH_CLOSING}"), _TURKISH))
    return patterns


_PATTERNS = _compile()
_OPERATOR_BEFORE = re.compile(r"[-+*/^=×÷·−(\d]\s*$")


def spell_multiples(text: str) -> str:
    """`text` with a half, third, quarter, double or triple of a number said in words written as a formula."""
    for pattern, words in _PATTERNS:
        match = pattern.search(text)
        if match is None or _OPERATOR_BEFORE.search(text[:match.start()]):
            continue
        first, second = match.group(1), match.group(2)
        number_first = words is _AFTER_OF or words is _TURKISH
        word, number = (second, first) if number_first else (first, second)
        factor = words[word] if number_first else words[word.lower()]
        return f"{text[:match.start()]}{_formula(number, factor)}{text[match.end():]}"
    return text

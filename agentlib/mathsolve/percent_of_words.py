"""A percent of a number said in words, in the languages whose number words `foreign_cardinals.py` and
`latin_cardinals.py` read: "Berapa 25% dari sejuta?", "Hitung 10% dari dua juta", "Tính 15% của 2 triệu",
"el 10% de dos millones", "20% von dreitausend" are written "25% dari 1000000", ... before the request is read,
so the reading of "P% of N" that digits already have answers them.

Number words are otherwise read only in spoken arithmetic (`foreign_arithmetic.py`); here the percent and the
language's word for "of" before them say what they are. The words must make one well-formed number of the
language that says "of" (a count before the word for a million or a thousand may be digits: "2 triệu"), and they
must end the request (only punctuation after them): "20% de un pastel" is a cake, not 20% of one.

Left out: Turkish and Hindi, which say the whole before the percent ("sekiz yüzün %20'si"), and fractional counts
("1,5 juta").
"""

from __future__ import annotations

import re

from agentlib.mathsolve.foreign_cardinals import SPACED, SpacedCardinals, parse_spaced
from agentlib.mathsolve.latin_cardinals import LATIN_SPACED

# The word for "of" after a percent, by language code.
_OF: dict[str, tuple[str, ...]] = {
    "id": ("dari",), "vi": ("của",), "es": ("de", "del"), "pt": ("de", "do", "da"), "fr": ("de", "des", "du"),
    "it": ("di", "del", "dei"), "de": ("von",), "nl": ("van",), "pl": ("z", "od"), "ru": ("от",),
}
_LANGUAGES = {language.code: language for language in (*SPACED, *LATIN_SPACED)}
_LONGEST = 8  # words in one number: "dua ratus lima puluh tiga ribu" is six
_STOPS = "?!.,;:？！。"
_SHAPE = re.compile(rf"(?P<percent>\d+(?:[.,]\d+)?\s*%)\s+(?P<of>\S+)\s+"
                    rf"(?P<words>[^\d\W][^{_STOPS}]*?|\d+\s+[^\s{_STOPS}]+)(?P<end>\s*[{_STOPS}]*\s*)$")


def spell_percent_of_words(text: str) -> str:
    """`text` with the number words after "P% of" written as digits, when they make one number (see above)."""
    match = _SHAPE.search(text)
    if match is None:
        return text
    of = match.group("of").lower()
    words = match.group("words").lower().split()
    if not 1 <= len(words) <= _LONGEST:
        return text
    values = {value for code, forms in _OF.items() if of in forms
              if (value := _number(_LANGUAGES[code], words)) is not None}
    if len(values) != 1:  # none, or two languages that say "de" reading the words apart
        return text
    return text[:match.start("words")] + str(values.pop()) + match.group("end")


def _number(language: SpacedCardinals, words: list[str]) -> int | None:
    """The number the words say in `language`; a digit count may stand before its million or thousand word."""
    if words[0].isdigit():
        if len(words) != 2:
            return None
        scale = 10**6 if words[1] in language.million else 1000 if words[1] in language.thousand else None
        one = words[1] in language.one_scale  # "2 sejuta" says one twice
        return None if scale is None or one or int(words[0]) == 0 else int(words[0]) * scale
    return parse_spaced(language, words)


__all__ = ["spell_percent_of_words"]

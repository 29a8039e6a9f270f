"""How a request asks for its answer rounded: "round 2.71828 to 3 decimal places", "to the nearest hundred",
"correct to 2 d.p.", "to 3 significant figures", "소수 둘째 자리까지", "소수 셋째 자리에서 반올림".

`read_rounding(text)` finds the one rounding phrase, removes it (and a leading verb "round" / "반올림"), and says
to how many decimal places (negative: tens, hundreds) or significant figures; the rest of the text is read as
usual and its one-number answer is rounded half away from zero, as schools round. Korean counts the place to
round AT ("셋째 자리에서 반올림": the answer keeps two places) as well as the place to keep ("둘째 자리까지").
A rounding verb with no precision ("round 2.7", "2.7을 반올림하면") rounds to the nearest whole number, as it does in
school; two rounding phrases are ambiguous and abstain, and an English phrase inside the problem ("if x rounded to
the nearest integer is 5") is refused rather than removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_PLACES = 30

_COUNT_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}
_KOREAN_ORDINALS = {"첫": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4, "다섯": 5, "여섯": 6}
_NEAREST = {"whole number": 0, "integer": 0, "unit": 0, "one": 0, "ones": 0, "dollar": 0, "ten": -1, "tens": -1,
            "hundred": -2, "hundreds": -2, "thousand": -3, "thousands": -3, "ten thousand": -4, "million": -6,
            "tenth": 1, "tenths": 1, "hundredth": 2, "hundredths": 2, "cent": 2, "thousandth": 3, "thousandths": 3}
_KOREAN_UNITS = {"일": 0, "십": -1, "백": -2, "천": -3, "만": -4}

_N = r"(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")"
_PLACES = re.compile(r"(?:,\s*)?(?:\b(?:give|write|express)\s+(?:your|the)\s+answer\s+)?"
                     r"(?:\b(?:rounded|round(?:\s+it)?|correct(?:ly\s+rounded)?|accurate|exact)\s+)?"
                     r"\b(?:to|at)\s+" + _N + r"\s+(?:decimal\s+places?|decimals?|d\.\s?p\.?|dp\b|places?\b"
                     r"(?:\s+after\s+the\s+decimal(?:\s+point)?)?)", re.I)
_SIGNIFICANT = re.compile(r"(?:,\s*)?(?:\b(?:give|write|express)\s+(?:your|the)\s+answer\s+)?"
                          r"(?:\b(?:rounded|round(?:\s+it)?|correct|accurate)\s+)?\b(?:to|at)\s+" + _N +
                          r"\s+(?:significant\s+(?:figures?|digits?)|sig\.?\s*figs?\.?|s\.\s?f\.?|sf\b)", re.I)
_NEAREST_PHRASE = re.compile(r"(?:,\s*)?(?:\b(?:rounded|round(?:\s+it)?)\s+)?\bto\s+the\s+nearest\s+(?P<unit>"
                             + "|".join(sorted(_NEAREST, key=len, reverse=True)) + r")\b", re.I)
_KOREAN_KEEP = re.compile(r"(?:반올림\s*(?:하여|해서)?\s*)?소수\s*(?:점\s*)?(?:아래\s*)?(?P<o>" +
                          "|".join(_KOREAN_ORDINALS) + r")\s*째\s*자리\s*까지(?:\s*(?:나타내|구하)\w*)?")
_KOREAN_AT = re.compile(r"소수\s*(?:점\s*)?(?:아래\s*)?(?P<o>" + "|".join(_KOREAN_ORDINALS) +
                        r")\s*째\s*자리\s*에서\s*반올림\w*")
_KOREAN_UNIT = re.compile(r"(?:반올림\s*(?:하여|해서)?\s*)?(?P<u>[일십백천만])\s*의\s*자리\s*까지"
                          r"(?:\s*(?:나타내|구하)\w*)?")
# German, French and Spanish: "(und) auf zwei Nachkommastellen runden", "arrondi à deux décimales",
# "redondeado a dos decimales"; read only as an instruction (at the start or end of the request), like English.
_FOREIGN_COUNTS = {"eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "une": 1, "deux": 2, "trois": 3,
                   "quatre": 4, "cinq": 5, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5}
_FOREIGN_N = r"(?P<n>\d{1,2}|" + "|".join(_FOREIGN_COUNTS) + r")"
_FOREIGN_PLACES = re.compile(
    r"(?:,\s*)?(?:\b(?:und|et|y)\s+)?"
    r"(?:\b(?:runde|runden|gerundet|arrondis|arrondir|arrondi|arrondie|redondea|redondear|redondeado)\s+)?"
    r"\b(?:auf|à|a)\s+" + _FOREIGN_N + r"\s+(?:nachkommastellen|dezimalstellen|stellen\s+nach\s+dem\s+komma|"
    r"décimales|chiffres\s+après\s+la\s+virgule|decimales|cifras\s+decimales)"
    r"(?:\s+(?:runden|gerundet|arrondi|redondeado))?", re.I)
# "round up 2.1" is 3, not the nearest whole number 2 ("up" was dropped as a filler word and 2 came back verified)
_DIRECTED = re.compile(r"\bround(?:s|ed|ing)?\b(?:\s+\S+){0,3}?\s+(?:up|down)\b", re.I)
_LEADING_VERB = re.compile(r"^\s*(?:please\s+|can\s+you\s+|could\s+you\s+)?round(?:\s+off)?\b", re.I)
_KOREAN_VERB = re.compile(r"반올림\s*(?:하시오|하세요|해\s*주세요|해줘|하면|하여|해서|한\s*값\w*)?")


@dataclass(frozen=True)
class Rounding:
    """The text without its rounding phrase, and the precision asked for (exactly one of the two is set)."""

    rest: str
    places: int | None = None
    significant: int | None = None


def read_rounding(text: str) -> Rounding | str | None:
    """A `Rounding`, a reason to abstain (two phrases; a bare "round"), or None when nothing asks to round."""
    if _DIRECTED.search(text):
        return "rounding up or down (a ceiling or a floor, not the nearest value) is not read here"
    found: list[tuple[re.Match[str], int | None, int | None]] = []
    for match in _PLACES.finditer(text):
        found.append((match, _count(match.group("n")), None))
    for match in _SIGNIFICANT.finditer(text):
        found.append((match, None, _count(match.group("n"))))
    for match in _NEAREST_PHRASE.finditer(text):
        found.append((match, _NEAREST[match.group("unit").lower()], None))
    for match in _FOREIGN_PLACES.finditer(text):
        found.append((match, _count(match.group("n")), None))
    english = [f for f in found if not _instruction(text, f[0])]
    if english:  # "If x rounded to the nearest integer is 5, ...": part of the problem, not how to answer it
        return "a rounding phrase inside the problem (not an instruction at its start or end) is not read here"
    for match in _KOREAN_KEEP.finditer(text):
        found.append((match, _KOREAN_ORDINALS[match.group("o")], None))
    for match in _KOREAN_AT.finditer(text):
        found.append((match, _KOREAN_ORDINALS[match.group("o")] - 1, None))
    for match in _KOREAN_UNIT.finditer(text):
        found.append((match, _KOREAN_UNITS[match.group("u")], None))
    if not found:
        if _LEADING_VERB.match(text) or _KOREAN_VERB.search(text):
            # "round 4.6", "4.6을 반올림하면?": with no precision, rounding means to the nearest whole number
            rest = _KOREAN_VERB.sub(" ", _LEADING_VERB.sub(" ", text))
            return Rounding(re.sub(r"\s+", " ", rest).strip(" ,"), 0, None)
        return None
    spans = {m.span() for m, _, _ in found}
    if len(spans) > 1:
        return "the request gives more than one rounding precision"
    match, places, significant = found[0]
    if significant is not None and not 1 <= significant <= MAX_PLACES:
        return f"{significant} significant figures cannot be shown"
    if places is not None and abs(places) > MAX_PLACES:
        return f"rounding to {places} places is past the limit of {MAX_PLACES}"
    rest = text[:match.start()] + " " + text[match.end():]
    rest = _KOREAN_VERB.sub(" ", _LEADING_VERB.sub(" ", rest))
    return Rounding(re.sub(r"\s+", " ", rest).strip(" ,"), places, significant)


def _instruction(text: str, match: re.Match[str]) -> bool:
    """An English rounding phrase is an instruction when it ends the text (a final "." "?" ")" aside) or opens it."""
    return re.fullmatch(r"[\s.?!)]*", text[match.end():]) is not None or not text[:match.start()].strip()


def _count(word: str) -> int:
    return int(word) if word.isdigit() else {**_COUNT_WORDS, **_FOREIGN_COUNTS}[word.lower()]

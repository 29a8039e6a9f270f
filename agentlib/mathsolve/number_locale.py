"""How the language of a request writes its numbers: where "1.000" and "1,000" cannot be read without guessing.

English, Korean, Japanese, Chinese and Hindi write 3.5 and group thousands with commas (1,000). Most languages of
`lexicon.LANGUAGES` write 3,5 (in some or all of the countries that speak them: Spanish in Mexico writes 3.5) and
group thousands with a dot or a space (1.000). A number shaped like a thousands group, one to three digits then
groups of exactly three after a dot or a comma, is therefore two numbers a thousand times apart in such a request:
"Berechne 1.000 + 250" is 1250 to a German reader and 251 to a calculator, "Calcule 1,000 + 250" 251 to a French
reader and 1250 to an English one. Such a request is refused with the number quoted, never guessed.

Digits of other scripts are written as ASCII digits first (`ascii_digits`): Eastern Arabic "١٢ × ٥", Persian,
Devanagari "१२", full-width "１２＋５" typed on a Japanese or Chinese keyboard; the Arabic decimal separator "٫" is a
decimal point, the Arabic thousands separator "٬" is dropped and the Arabic percent sign "٪" is "%" (each has that
one meaning). Full-width commas stay: "3，5" in Chinese lists two numbers.

The language is told from the words: a word of a decimal-comma language's table that is not an English word
("berechne", "calcule", "tính"), or any Cyrillic word. A comma inside brackets separates items ("[[2,100],[1,3]]"
is a matrix), so only a dot groups there. Other decimal commas ("3,5 + 2,25") are read by `decimal_commas.py`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from agentlib.mathsolve.lexicon import LANGUAGES
from agentlib.mathsolve.vocabulary import ENGLISH_FILLER, ENGLISH_PHRASES

# Language codes whose writers use a decimal comma (in some or all of their countries).
DECIMAL_COMMA = frozenset({"es", "fr", "de", "pt", "it", "ru", "nl", "pl", "tr", "id", "vi", "ar"})

# Full-width forms of the characters a formula is typed with (not its punctuation: "，" and "？" stay).
_FULL_WIDTH = {chr(code): chr(code - 0xFEE0) for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                         *range(0xFF41, 0xFF5B))}
_FULL_WIDTH.update({"＋": "+", "－": "-", "＊": "*", "／": "/", "＝": "=", "（": "(", "）": ")", "＾": "^",
                    "＜": "<", "＞": ">", "．": ".", "٫": ".", "٬": "", "٪": "%", "％": "%"})
# Every decimal digit of the Basic Multilingual Plane outside ASCII, then the characters above: one table, so a
# long request is translated in one C pass.
_TO_ASCII = {code: str(unicodedata.decimal(chr(code))) for code in range(0x80, 0x10000)
             if unicodedata.category(chr(code)) == "Nd"} | {ord(k): v for k, v in _FULL_WIDTH.items()}
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?![\d]|[.,]\d)")
_WORD = re.compile(r"[^\W\d_]{2,}")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def ascii_digits(text: str) -> str:
    """`text` with the digits of any script, full-width formula characters and the Arabic separators in ASCII."""
    return text if text.isascii() else text.translate(_TO_ASCII)


def thousands_in_doubt(text: str) -> str | None:
    """The reason to abstain when `text`, in a decimal-comma language, holds a number shaped like a thousands
    group ("1.000", "12,500" outside brackets); else None."""
    grouped = _grouped_outside_lists(text)
    if grouped is None or not writes_decimal_commas(text):
        return None
    return (f"{grouped!r} is a thousands group or a decimal in a language that writes decimal commas: "
            f"write the number without a separator")


def _grouped_outside_lists(text: str) -> str | None:
    """The first thousands-shaped number with a dot anywhere, or with a comma outside brackets (one pass)."""
    depth, position = 0, 0
    for match in _GROUPED.finditer(text):
        for character in text[position:match.start()]:
            depth += character in "([{"
            depth -= character in ")]}"
        position = match.start()
        if "." in match.group() or depth <= 0:
            return match.group()
    return None


def writes_decimal_commas(text: str) -> bool:
    """More words of `text` belong to a language that writes decimal commas (and to no language that does not) than
    to English's vocabulary, or a word is Cyrillic. A majority, not one word: "per" is Italian's "for" and English's
    "per", and "simple interest on $2,000 at 3% per year" is English."""
    words = [word.lower() for word in _WORD.findall(text)]
    if any(_CYRILLIC.search(word) for word in words):
        return True
    foreign = sum(word in _decimal_comma_words() for word in words)
    return foreign > 0 and foreign > sum(word in _english_words() for word in words)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    return frozenset({word.rstrip("*") for phrase in ENGLISH_PHRASES for word in phrase} | set(ENGLISH_FILLER))


@lru_cache(maxsize=1)
def _decimal_comma_words() -> frozenset[str]:
    english = _english_words()
    shared = {word for language in LANGUAGES if language.code not in DECIMAL_COMMA
              for phrase in language.phrases for word in phrase}
    return frozenset(word.rstrip("*") for language in LANGUAGES if language.code in DECIMAL_COMMA
                     for phrase in language.phrases for word in phrase
                     if len(word) > 1 and word not in english and word not in shared)

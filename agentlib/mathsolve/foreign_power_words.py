"""A whole number raised to a power or taken its factorial in words of other languages: "2의 10승", "２の１０乗",
"2 的 8 次方", "3的平方", "3 puissance 4", "2 elevado a 7", "7 al cuadrado", "9 al quadrato", "5 в кубе", "5 का
वर्ग", "5の階乗", "6 Fakultät", "5 faktöriyel", "6 팩토리얼" are written 2^10, 5!, ... before the request is read.

Only a lone whole number is respelled, and only where the power ends the operand: "3 + 2 al cuadrado" (3 + 2², or
(3 + 2)²?) and "2 elevado a 7 más 1" keep their words and are not read, as English "x plus 1 squared" is not. The
root words that share a stem ("2の3乗根", "8的立方根", "제곱근") are not powers and are never matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NUMBER = r"(\d+)"  # \d takes full-width digits too; int() reads them
_EXPONENT_WORDS = (
    rf"\s?의\s?{_NUMBER}\s?승(?![리률부객차진인])",  # 2의 10승 (never 승리, 승률, ...)
    rf"\s?の\s?{_NUMBER}\s?乗(?!根)",  # 2の10乗 (never 乗根, a root)
    rf"\s?的\s?{_NUMBER}\s?次方(?!根)",  # 2的8次方 (never 次方根)
    rf" (?:puissance|elevado a(?: la)?|elevada a(?: la)?|elevato a(?: la)?|hoch|в степени) {_NUMBER}(?![.,]?\d)",
)
_SQUARED = (r"\s?的\s?平方(?!根)", r" (?:al|ao) (?:cuadrado|quadrado|quadrato)", r" au carr[ée]", r" в квадрате",
            r" का वर्ग")
_CUBED = (r"\s?的\s?立方(?!根)", r" (?:al|ao) (?:cubo)", r" au cube", r" в кубе", r" का घन")
_FACTORIAL_WORDS = r"(?:\s?팩토리얼|\s?の\s?階乗|\s?的\s?阶乘|\s?的\s?階乘| Fakultät| faktöriyel)"
_WORD_GOES_ON = r"(?![A-Za-zÀ-ÿЀ-ӿ\u0900-\u097F])"  # "au carré" ends; "का वर्गमूल" (a square root) goes on
_LOOK_BACK = 16
_OPERATOR_BEFORE = frozenset("+-−*/×÷^·.,")
_OPERATOR_AFTER = re.compile(r"\s*[-+−*/×÷^·]\s*[\d(a-z]", re.IGNORECASE)


def _alone(text: str, match: re.Match[str]) -> bool:
    """The number stands by itself: no operator or digit just before it, none binding just after the word."""
    before = text[max(0, match.start() - _LOOK_BACK):match.start()].rstrip()  # a bounded look: no quadratic rescans
    if before and (before[-1] in _OPERATOR_BEFORE or before[-1].isdigit()):
        return False
    return _OPERATOR_AFTER.match(text, match.end()) is None


def _respell(pattern: re.Pattern[str], text: str, spelled: Callable[[re.Match[str]], str]) -> str:
    return pattern.sub(lambda match: spelled(match) if _alone(text, match) else match.group(0), text)


_EXPONENT = re.compile(rf"(?<!\d){_NUMBER}(?:{'|'.join(_EXPONENT_WORDS)})", re.IGNORECASE)
# the group that matched says the exponent: the word is not matched a second time to find it
_FIXED = re.compile(rf"(?<!\d){_NUMBER}(?:(?P<squared>{'|'.join(_SQUARED)})|(?P<cubed>{'|'.join(_CUBED)}))"
                    rf"{_WORD_GOES_ON}", re.IGNORECASE)
_FACTORIAL = re.compile(rf"(?<!\d){_NUMBER}{_FACTORIAL_WORDS}{_WORD_GOES_ON}", re.IGNORECASE)


def spell_foreign_power_words(text: str) -> str:
    """`text` with each whole number's power or factorial said in words written as N^K or N!."""
    text = _respell(_EXPONENT, text, lambda m: f"{int(m.group(1))}^{int(next(g for g in m.groups()[1:] if g))}")
    text = _respell(_FIXED, text, lambda m: f"{int(m.group(1))}^{2 if m.group('squared') is not None else 3}")
    return _respell(_FACTORIAL, text, lambda m: f"{int(m.group(1))}!")

"""Korean amounts of money written with digits and the place words 억, 만, 천, 백: "2만 5천원" is 25000원, "3만원"
30000원, "1억 2천만 원" 120000000원, "2.5만원" 25000원, "1만 500원" 10500원.

An amount closed by 원 is respelled: after a number 만 is also the particle "only" ("3만 더하면": add
only 3), and before 원 it never is. An amount that ends on 억, 천 or 백, places no particle shares, is
respelled without 원 too ("3억의 20%": 300000000의 20%, "2천명"), when no digit or place follows it.
The places must fall from left to right, each with a count it can hold (a count below ten before 천, 백,
십, 천만, 백만, 십만; below ten thousand before 만), and digits left at the end must be below the last
place: "3천5백만 원" (is it 3000 + 5000000, or 35000000?), "1만 20000원" and "1억 5천" (said for
1억 5천만 as often as for 100005000) stay as typed and are not read.

An amount ending on 만 without 원 is respelled where it is an operand of arithmetic: beside an operator word or sign
("1억 나누기 1만은?", "3만 곱하기 4천", "2만 + 5"), where "only" has nothing to limit. Left to the particle, "1만"
read as "1" gave a verified wrong answer.

An amount said in Sino-Korean number words before 원 ("천오백원짜리", "오천 원", "삼만 이천원") is respelled too, read
by `foreign_cardinals.SINO_KOREAN` as one well-formed number. It must hold a place word (십, 백, 천, 만, 억)
and start a word (never the end of "3천5백만원", which is not read): a lone digit word before 원 ends words
that are no amount (공원 a park, 사원 an employee, 구원).
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.foreign_cardinals import SINO_KOREAN, parse_characters

_PLACES = {"억": 10**8, "천만": 10**7, "백만": 10**6, "십만": 10**5, "만": 10**4, "천": 10**3, "백": 100, "십": 10}
_PLACE = "|".join(sorted(_PLACES, key=len, reverse=True))
# a count before a place is below ten thousand, and the digits after the last place below a hundred million, so
# no count is longer than these (a flood of digits stays as typed, for the formula reader's limits)
# a count may carry a thousands comma ("4,200만원": 42000000)
_COUNT = r"(?:\d,\d{3}|\d{1,4})(?:\.\d{1,4})?"
_PART = re.compile(rf"({_COUNT})\s?({_PLACE})")
_AMOUNT = re.compile(rf"(?<![\d.,])((?:{_COUNT}\s?(?:{_PLACE})\s?)+(?:\d{{1,8}}\s?)?)(?=원)")
_BARE_AMOUNT = re.compile(rf"(?<![\d.,])((?:\d{{1,4}}(?:\.\d{{1,4}})?\s?(?:{_PLACE})\s?)*"
                          r"\d{1,4}(?:\.\d{1,4})?\s?[억천백])(?!\s?[\d.,만십백천억원])")

_ARITHMETIC = r"(?:더하기|빼기|곱하기|나누기|[-+*/×÷=])"
_MAN = rf"(?<![\d.,])((?:{_COUNT}\s?(?:{_PLACE})\s?)*{_COUNT}\s?만)(?![\d.,십백천억원])"
_MAN_BEFORE_OPERATOR = re.compile(rf"{_MAN}(?=\s?{_ARITHMETIC})")
_MAN_AFTER_OPERATOR = re.compile(rf"({_ARITHMETIC}\s?){_MAN}")


_SPOKEN = "[영일이삼사오육칠팔구십백천만억]"
# words before the last each hold a place ("삼만 이천원"): "이 만원" is "this 10000원", never 20000
_SPOKEN_AMOUNT = re.compile(rf"(?<![가-힣\d.,])((?:{_SPOKEN}*[십백천만억]{_SPOKEN}* )*{_SPOKEN}+)(?=\s?원)")


def spell_korean_amounts(text: str) -> str:
    """`text` with each amount of 원 (or ending on 억, 천, 백) written with place words respelled as plain digits
    (see the docstring)."""
    if "원" in text:
        text = _SPOKEN_AMOUNT.sub(_spoken, _AMOUNT.sub(_respelled, text))
    if "만" in text:
        text = _MAN_AFTER_OPERATOR.sub(_respelled_after, _MAN_BEFORE_OPERATOR.sub(_respelled, text))
    return _BARE_AMOUNT.sub(_respelled, text) if re.search("[억천백]", text) else text


def _spoken(match: re.Match[str]) -> str:
    words = match.group(1)
    if not re.search("[십백천만억]", words):
        return words
    value = parse_characters(SINO_KOREAN, words.replace(" ", ""))
    return words if value is None else f"{value}"


def _respelled_after(match: re.Match[str]) -> str:
    value = korean_amount(match.group(2))
    return match.group(0) if value is None else f"{match.group(1)}{value}"


def _respelled(match: re.Match[str]) -> str:
    value = korean_amount(match.group(1))
    return match.group(0) if value is None else f"{value}"


def korean_amount(written: str) -> int | None:
    """The amount `written` says ("2만 5천" -> 25000), or None when its places are not well formed."""
    parts: list[tuple[Fraction, int]] = []
    position = 0
    for part in _PART.finditer(written):
        if written[position:part.start()].strip():
            return None
        parts.append((Fraction(part.group(1).replace(",", "")), _PLACES[part.group(2)]))
        position = part.end()
    tail = written[position:].strip()
    if not parts or (tail and not tail.isdigit()):
        return None
    if (len(parts) > 1 or tail) and any(count.denominator != 1 for count, _ in parts):
        return None  # a decimal count stands alone ("2.5만"): "2.5만 3천" is no way to write 28000
    places = [place for _, place in parts] + ([1] if tail else [])
    if any(later >= earlier for earlier, later in zip(places, places[1:])):
        return None
    if tail and int(tail) >= parts[-1][1]:
        return None
    if places[0] == 10**8 and len(places) > 1 and places[1] < 10**4:
        return None  # "1억 5천": said for 1억 5천만 as often as for 100005000
    for count, place in parts:
        if count <= 0 or count >= (10**4 if place in (10**4, 10**8) else 10):
            return None
    total = sum((count * place for count, place in parts), Fraction(int(tail or 0)))
    return int(total) if total.denominator == 1 else None

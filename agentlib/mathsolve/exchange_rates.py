"""Money changed at a stated rate, in Korean: "1달러가 1350원일 때 200달러는 몇 원이야?", "환율이 100엔에 900원이면
5000엔은 몇 원인가요?", and back: "1달러가 1300원이면 65000원은 몇 달러야?".

The rate must name the same currency twice (the one priced and the one asked about), as a unit price names the
same item twice (`shop_arithmetic.py`): "1달러가 1350원일 때 200유로는" has no rate for euros and is not read. One
operation follows from the words: a count of the currency is priced by the rate (won = rate ÷ count × amount), an
amount of won is divided by it (amount × count ÷ rate). A fee, a commission or a buying / selling rate is no part
of these shapes, so a request that names one is not read. The result is an `evaluate` request, computed exactly.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import NUMBER, Worded, priced, read_shapes

_N = NUMBER
_CURRENCY = r"(달러|엔|유로|위안|파운드|바트|페소|루피|동|프랑|루블|리라|링깃)"
_RATE = (rf"(?:(?:오늘 )?환율이 )?{_N}\s?{_CURRENCY}(?:가|이|에|은|는|당|=)\s?{_N}\s?원"
         r"(?:일 때|이면|이라면|인데|이다|입니다)[,.]?")
_HOW_MUCH = (r"(?:얼마인가요|얼마예요|얼마에요|얼마입니까|얼마야|얼마일까요|얼마|몇 원이야|몇 원인가요|"
             r"몇 원이에요|몇 원입니까|몇 원|원으로 얼마|원으로 얼마야|원화로 얼마|원화로 얼마야|원으로 몇 원)")
_ASKED_WON = r"(?:는|은|을|를|이면|면)? (?:한국 돈으로 |우리 돈으로 )?"
_ASKED_CURRENCY = r"(?:야|이야|인가요|예요|이에요|입니까|일까요)?"


def _to_won(count: str, currency: str, rate: str, amount: str, asked: str) -> Worded | None:
    if currency != asked or Fraction(count) == 0:
        return None
    return priced(Worded(f"({rate})/({count})*({amount})", "won = rate ÷ units of the currency × amount"),
                  Fraction(rate) / Fraction(count) * Fraction(amount))


def _from_won(count: str, currency: str, rate: str, won: str, asked: str) -> Worded | None:
    if currency != asked or Fraction(rate) == 0:
        return None
    return priced(Worded(f"({won})*({count})/({rate})", "currency = won × units of the currency ÷ rate"),
                  Fraction(won) * Fraction(count) / Fraction(rate))


_SHAPES = [
    (re.compile(rf"{_RATE} {_N}\s?{_CURRENCY}{_ASKED_WON}{_HOW_MUCH}"), _to_won),
    (re.compile(rf"{_RATE} {_N}\s?원(?:은|으로는|이면|을)? 몇 {_CURRENCY}{_ASKED_CURRENCY}"), _from_won),
]


def read_exchange(text: str) -> Worded | None:
    """The amount `text` asks for at the rate it states, or None when it is not one of these shapes."""
    return read_shapes(_SHAPES, text)

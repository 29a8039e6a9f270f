"""Instalments with no interest, in Korean: "120만원짜리 노트북을 무이자 12개월 할부로 사면 한 달에 얼마씩 내야
해?", "36만원을 6개월 무이자 할부로 하면 월 납부액은?".

Only 무이자 (interest-free) instalments are read: with interest the monthly payment depends on a rate the request
does not give, so a request without 무이자 is not read. One operation follows: the price divided by the number of
months. The result is an `evaluate` request, computed exactly (a payment that does not divide evenly is shown as a
decimal beside the exact value).
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import NUMBER, Worded, priced, read_shapes

_N = NUMBER
_BUY = r"(?:사면|하면|구입하면|결제하면|샀을 때|살 때|샀다면|구매하면)"
_MONTHLY = r"(?:한 달에|한달에|매달|매월|월|달마다)"
_PAY = r"(?: 내야 (?:해|하나요|돼|되나요|할까요)| 내요| 내나요| 갚아야 해| 나가요)?"
_PAYMENT = r"(?:납부액은|납부 금액은|할부금은|내는 돈은|내야 하는 돈은|내야 할 돈은)"
_HOW_MUCH = r"(?:얼마씩|얼마)(?:야|예요|에요|인가요|입니까|일까요)?"
_ASKED = rf"(?:{_MONTHLY} ?{_HOW_MUCH}{_PAY}|{_MONTHLY} ?{_PAYMENT} ?(?:{_HOW_MUCH})?)"


def _monthly(price: str, months: str) -> Worded | None:
    if Fraction(months) == 0 or Fraction(months).denominator != 1:
        return None
    return priced(Worded(f"({price})/({months})", "monthly payment = price ÷ months (no interest)"),
                  Fraction(price) / Fraction(months))


_SHAPES = [
    (re.compile(rf"{_N}\s?원(?:짜리 [가-힣]+(?: [가-힣]+)?)?(?:을|를) (?:무이자 {_N}\s?개월|{_N}\s?개월 무이자) 할부로 "
                rf"{_BUY},? {_ASKED}"),
     lambda price, first, second: _monthly(price, first or second)),
]


def read_instalment(text: str) -> Worded | None:
    """The monthly payment `text` asks for, or None when it is not one of these shapes."""
    return read_shapes(_SHAPES, text)

"""Japanese and Chinese amounts of money written with digits and the place characters 万, 千, 百 (億, 亿): "3万5千円"
is 35000円, "3.5万元" 35000元, "1億2千万円" 120000000円.

The places are the Korean ones (`korean_amounts.py`, "2만 5천원") written in Han characters, so an amount is read
by the same rules: places falling from left to right, each with a count it can hold, a decimal count only alone
("3.5万"), digits after the last place below it. Only an amount closed by a currency word (円, 元, 块, 塊, 日元,
人民币) is respelled: elsewhere 千 and 万 are parts of words (千葉, 万一), and "3万" alone may count anything. An
amount whose places are not well formed ("5千3万円") stays as typed and is not read.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.korean_amounts import korean_amount

_HAN_PLACES = str.maketrans({"億": "억", "亿": "억", "万": "만", "萬": "만", "千": "천", "百": "백"})
_AMOUNT = re.compile(r"(?<![\d.,])((?:\d{1,4}(?:\.\d{1,4})?\s?[億亿万萬千百]\s?)+(?:\d{1,8})?)"
                     r"(?=\s?(?:円|元|块|塊|日元|人民币))")


def spell_han_amounts(text: str) -> str:
    """`text` with each amount of money written with Han place characters respelled as plain digits."""
    return _AMOUNT.sub(_respelled, text) if re.search("[億亿万萬千百]", text) else text


def _respelled(match: re.Match[str]) -> str:
    value = korean_amount(match.group(1).translate(_HAN_PLACES))
    return match.group(0) if value is None else f"{value}"

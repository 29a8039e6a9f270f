"""The total of amounts of money listed in Korean, each with its label: "이번 주 가계부: 식비 35000원, 교통비 12000원,
통신비 45000원. 합계는 얼마야?", "사과 3천원이랑 배 4천5백원이면 모두 얼마야?" (the amounts with place words are
respelled by `korean_amounts.py` first).

The one operation is certain only when the request is nothing but the list and a question for its total: every
number is an amount of 원 in the list (a count, a percent or a "씩" would ask for another operation), the items are
joined by a comma or a joining particle (이랑, 랑, 하고, 와, 과, 그리고), and the question asks for the whole (모두,
전부, 총, 합계, 합치면). A period in the question ("한 달에 총 얼마": were the amounts per day?) is not read, nor a
label that is money coming in or left over (수입, 용돈, 잔액, 받은, 남은: a total of those and spending is no
sum), so such a request abstains. The result is an `evaluate` request of the sum, computed exactly.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.everyday_formulas import Worded, plain_request

_LEAD = re.compile(r"[^\d:]{1,24}:\s?")  # "이번 주 가계부: "
_ITEM = re.compile(r"(?:([가-힣]+)\s)?(\d{1,3}(?:,\d{3})+|\d{1,12})\s?원")
_JOIN = re.compile(r"\s?(?:,|\+|이랑|랑|하고|과|와)?\s?(?:그리고\s)?")
_TOTAL = re.compile(
    r"(?:이면|이면은|이야|이에요|예요|입니다|이고|인데)?[.,]?\s?(?:(?:그럼|그러면|이걸|이거|다)\s)?"
    r"(?:모두|전부|다 합쳐서|다 합하면|다 합치면|모두 합하면|모두 더하면|합치면|합하면|더하면|합쳐서|총|총합은|총합이|"
    r"총액은|합계는|합계가|합계)\s?(?:얼마|몇 원)(?:야|예요|에요|인가요|입니까|일까요|지|이야|죠)?")
# money coming in or left over: summed with spending it is no total anyone asks for
_NOT_SPENT = frozenset({"수입", "월급", "용돈", "환불", "할인", "적립", "잔액", "잔고", "거스름돈", "이익",
                        "손해", "수익", "소득", "급여", "예산", "받은", "남은", "번", "빌린", "빌려준", "갚은",
                        "뺀", "차액"})
_MOST_ITEMS = 12


def read_amount_total(text: str) -> Worded | None:
    """The total of the listed amounts `text` asks for, or None when it is not only such a list and question."""
    plain = plain_request(text)
    if "원" not in plain:
        return None
    position = lead.end() if (lead := _LEAD.match(plain)) else 0
    amounts: list[str] = []
    while len(amounts) <= _MOST_ITEMS:
        item = _ITEM.match(plain, position)
        if item is None or (item.group(1) or "") in _NOT_SPENT:
            return None
        amounts.append(item.group(2).replace(",", ""))
        position = item.end()
        if _TOTAL.fullmatch(plain, position):
            return _total(amounts) if len(amounts) >= 2 else None
        join = _JOIN.match(plain, position)
        if join is None or join.end() == position:
            return None
        position = join.end()
    return None


def _total(amounts: list[str]) -> Worded:
    return Worded(" + ".join(amounts), "total = the sum of the amounts listed")

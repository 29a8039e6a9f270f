"""The total of amounts of money listed with their labels, in Korean, Japanese and Chinese: "이번 주 가계부: 식비
35000원, 교통비 12000원, 통신비 45000원. 합계는 얼마야?", "사과 3천원이랑 배 4천5백원이면 모두 얼마야?",
"りんご120円とみかん80円で合計いくら？", "苹果5元，香蕉3元，一共多少钱？" (amounts with place words are respelled by
`korean_amounts.py` and `han_amounts.py` first).

The one operation is certain only when the request is nothing but the list and a question for its total: every
number is an amount of the currency in the list (a count, a percent or a "씩" / "每" would ask for another
operation), the items are joined by a comma or a joining word (Korean 이랑, 랑, 하고, 와, 과, 그리고;
Japanese と, 、; Chinese 和, 、, ，, 加上), and the question asks for the whole (모두, 전부, 총, 합계; 合計, 全部で,
合わせて; 一共, 总共, 合计). A period in the Korean question ("한 달에 총 얼마": were the amounts per day?) is not
read, nor a label that is money coming in or left over (수입, 용돈, 잔액; 收入, 剩下; 収入, 残り: a total of those and
spending is no sum), so such a request abstains. The result is an `evaluate` request of the sum, computed exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agentlib.mathsolve.everyday_formulas import Worded, plain_request


@dataclass(frozen=True)
class _Grammar:
    """One language's list of amounts: an item (an optional label, then the amount, group 2), what joins two
    items, the question for the total that closes the list, labels that are no spending, and what in a label
    makes its amount a price per thing ("개당", "每斤", "1つあたり": times how many?) or no spending at all ("我有",
    "持っている": money held)."""

    currencies: tuple[str, ...]
    item: re.Pattern[str]
    join: re.Pattern[str]
    total: re.Pattern[str]
    not_spent: frozenset[str]
    per: re.Pattern[str]


_LEAD = re.compile(r"[^\d:]{1,24}:\s?")  # "이번 주 가계부: "
_MOST_ITEMS = 12
_KOREAN = _Grammar(
    ("원",),
    # "사과 한 개 1000원": one of the thing, so its amount is what it costs (never "한 개에" / "개당", a price per
    # thing, which asks how many)
    re.compile(r"(?:([가-힣]+)\s)?(?:(?:한|1)\s?(?:개|자루|권|병|잔|장|송이|봉지|켤레|상자)(?:은|는|이|가)?\s)?"
               r"(\d{1,3}(?:,\d{3})+|\d{1,12})\s?원"),
    re.compile(r"\s?(?:,|\+|이랑|랑|하고|과|와)?\s?(?:그리고\s)?"),
    re.compile(r"(?:이면|이면은|이야|이에요|예요|입니다|이고|인데)?[.,]?\s?(?:(?:그럼|그러면|이걸|이거|다)\s)?"
               r"(?:모두|전부|다 합쳐서|다 합하면|다 합치면|모두 합하면|모두 더하면|합치면|합하면|더하면|합쳐서|총|"
               r"총합은|총합이|총액은|합계는|합계가|합계)\s?(?:얼마|몇 원)"
               r"(?:야|예요|에요|인가요|입니까|일까요|지|이야|죠)?"),
    # money coming in or left over: summed with spending it is no total anyone asks for
    frozenset({"수입", "월급", "용돈", "환불", "할인", "적립", "잔액", "잔고", "거스름돈", "이익", "손해", "수익",
               "소득", "급여", "예산", "받은", "남은", "번", "빌린", "빌려준", "갚은", "뺀", "차액"}),
    re.compile(r"당$|씩|마다"),
)
_JAPANESE = _Grammar(
    ("円",),
    re.compile(r"([^\d\s、,，。と]{1,12}?(?:が|は)?)?\s?(\d{1,3}(?:,\d{3})+|\d{1,12})\s?円"),
    re.compile(r"\s?(?:と|、|,|，)\s?"),
    re.compile(r"[、,，]?\s?(?:で|の)?\s?(?:合計|合計は|全部で|全部は|合わせて|あわせて|ぜんぶで|総額は|合計金額は)\s?"
               r"(?:いくら|何円)(?:ですか|になりますか|でしょうか)?"),
    frozenset({"収入", "給料", "お小遣い", "お小遣いが", "残り", "残りは", "おつり", "割引", "値引き"}),
    re.compile(r"毎|あたり|当たり|ずつ|につき|持|ある|あり|もら|残|貯"),
)
_CHINESE = _Grammar(
    ("元", "块"),
    re.compile(r"([一-龥]{1,8}?(?:是|要)?)?\s?(\d{1,3}(?:,\d{3})+|\d{1,12})\s?(?:元|块钱|块)"),
    re.compile(r"\s?(?:和|、|,|，|加上|还有|跟)\s?"),
    re.compile(r"[,，]?\s?(?:一共|总共|合计|总计|加起来|一共是|总共是|合计是)\s?(?:多少钱|多少元|几元|多少)"),
    frozenset({"收入", "工资", "零花钱", "剩下", "剩", "找零", "退款", "折扣", "优惠"}),
    re.compile(r"每|各|单价|單價|有|剩|找|收|赚|存|借|还|給|给"),
)
_GRAMMARS = (_KOREAN, _JAPANESE, _CHINESE)


def read_amount_total(text: str) -> Worded | None:
    """The total of the listed amounts `text` asks for, or None when it is not only such a list and question."""
    plain = plain_request(text)
    for grammar in _GRAMMARS:
        if any(currency in plain for currency in grammar.currencies):
            total = _read(grammar, plain)
            if total is not None:
                return total
    return None


def _read(grammar: _Grammar, plain: str) -> Worded | None:
    position = lead.end() if grammar is _KOREAN and (lead := _LEAD.match(plain)) else 0
    amounts: list[str] = []
    while len(amounts) <= _MOST_ITEMS:
        item = grammar.item.match(plain, position)
        label = item.group(1) or "" if item else ""
        if item is None or label in grammar.not_spent or grammar.per.search(label):
            return None
        amounts.append(item.group(2).replace(",", ""))
        position = item.end()
        if grammar.total.fullmatch(plain, position):
            return _total(amounts) if len(amounts) >= 2 else None
        join = grammar.join.match(plain, position)
        if join is None or join.end() == position:
            return None
        position = join.end()
    return None


def _total(amounts: list[str]) -> Worded:
    return Worded(" + ".join(amounts), "total = the sum of the amounts listed")

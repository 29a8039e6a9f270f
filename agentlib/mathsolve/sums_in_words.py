"""The sum, the product, the greatest common divisor or the least common multiple of two numbers asked in words, in
Korean, Chinese, Japanese, Hindi, Russian and Spanish: "5와 3의 합은?", "삼과 사의 곱", "여든넷과 백이십육의
최대공약수는?", "3和5的和是多少", "12と18の積", "पाँच और तीन का जोड़ कितना है?", "сумма чисел 5 и 3", "la suma de 12 y
30".

Only these four are read: each is the same in either order, so which number was named first does not matter. A
difference ("5와 3의 차", "the difference of 3 and 5": 2, or -2?) and a quotient are left out. The numbers are digits or
one language's number words (`foreign_cardinals.py`); where the word for "and" also joins the parts of one number
(Spanish "treinta y cinco y dos") the request must name each number as one word or digits, else it is not read. The
whole request must be the phrase (with its closing words). The result is an `evaluate` request, computed exactly and
checked like any other arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agentlib.mathsolve.everyday_formulas import Worded, plain_request
from agentlib.mathsolve.foreign_cardinals import (
    HAN,
    HINDI,
    RUSSIAN,
    SINO_KOREAN,
    SPANISH,
    parse_characters,
    parse_native_korean,
    parse_spaced,
)

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_KO_END = (r"(?:은|는|을|를)?\s?(?:얼마|얼마야|얼마인가요|얼마예요|뭐야|무엇인가요|구하시오|구하세요|구해줘|계산하시오|"
           r"계산해줘)?")
_SHAPES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(\S+?)(?:와|과) (\S+?)\s?의 (합|곱|최대공약수|최소공배수){_KO_END}"), "ko"),
    (re.compile(r"(?:求|计算)?\s?(\S+?)\s?(?:和|与|跟)\s?(\S+?)\s?的\s?(和|积|乘积|最大公约数|最大公因数|最小公倍数)"
                r"(?:是多少|等于多少|是几|等于几)?"), "zh"),
    (re.compile(r"(\S+?)\s?と\s?(\S+?)\s?の\s?(和|積|最大公約数|最小公倍数)"
                r"(?:は|を求めよ|を求めなさい|はいくつ|はいくつですか|は何ですか)?"), "ja"),
    (re.compile(r"(\S+(?: \S+)?) और (\S+(?: \S+)?) का (जोड़|योग|गुणनफल)(?: कितना| क्या)?(?: है| होगा)?"), "hi"),
    (re.compile(r"(?:найдите |найди |вычислите |чему равна |чему равно )?(сумма|сумму|произведение) (?:чисел )?"
                r"(\S+(?: \S+){0,2}?) и (\S+(?: \S+){0,2})"), "ru"),
    (re.compile(r"(?:¿?cuál es |¿?cuánto es |calcula |calcular )?(la suma|el producto) de (\S+) y (\S+)"), "es"),
]
_SUM_WORDS = frozenset({"합", "和", "जोड़", "योग", "сумма", "сумму", "la suma"})
_GCD_WORDS = frozenset({"최대공약수", "最大公约数", "最大公因数", "最大公約数"})
_LCM_WORDS = frozenset({"최소공배수", "最小公倍数"})


def _korean_number(word: str) -> int | None:
    native = parse_native_korean(word)
    return native if native is not None else parse_characters(SINO_KOREAN, word)


_NUMBER_WORDS: dict[str, Callable[[str], int | None]] = {
    "ko": _korean_number,
    "zh": lambda word: parse_characters(HAN, word),
    "ja": lambda word: parse_characters(HAN, word),
    "hi": lambda word: parse_spaced(HINDI, word.split()),
    "ru": lambda word: parse_spaced(RUSSIAN, word.split()),
    "es": lambda word: parse_spaced(SPANISH, word.split()),
}


def _number(language: str, text: str) -> str | None:
    if _DIGITS.fullmatch(text):
        return text
    value = _NUMBER_WORDS[language](text)
    return None if value is None else str(value)


def read_sum_or_product(text: str) -> Worded | None:
    """The sum, product, gcd or lcm of two numbers `text` asks for in one of the shapes above, or None."""
    plain = plain_request(text)
    for pattern, language in _SHAPES:
        match = pattern.fullmatch(plain)
        if match is None:
            continue
        groups = match.groups()
        word, first, second = (groups[2], groups[0], groups[1]) if language not in ("ru", "es") else groups
        a, b = _number(language, first), _number(language, second)
        if a is None or b is None:
            return None
        if word in _SUM_WORDS:
            return Worded(f"({a}) + ({b})", "the sum of two numbers = a + b")
        if word in _GCD_WORDS or word in _LCM_WORDS:
            if "." in a + b:
                return None  # a divisor of whole numbers only
            name = "gcd" if word in _GCD_WORDS else "lcm"
            return Worded(f"{name}({a}, {b})", f"the {name} of two numbers")
        return Worded(f"({a})*({b})", "the product of two numbers = a × b")
    return None

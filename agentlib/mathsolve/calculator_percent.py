"""Percentages as people type them into a calculator or say them: "10 minus 20%", "$80 plus 8% tax", "12% of
$1,250", "twenty percent of eighty", "3/8 as a percent", "what is 7/20 as a percentage".

Three sentence shapes, each a whole request (`everyday_formulas.read_shapes`):
- "A ± p%" (and "A plus p% tax / tip", "A minus p% off / discount", "a p% increase on A", "A를 p% 늘리면") is
  the calculator's reading, a percent of A itself: A × (1 ± p/100). A tax or tip is never subtracted, nor a
  discount added (those abstain);
- "p% of A" where A is an amount with a dollar sign, or where the numbers or the percent were said in words (the
  general reader reads the rest: a lone "$" would start a LaTeX formula there);
- "q as a percent(age)", "convert q to a percent", "q를 백분율로 나타내면", "q는 몇 퍼센트": q × 100 for a fraction
  or a decimal q.

Number words are read as a whole run ("two hundred", "one thousand five hundred", "twenty-five"); a run that is
not a well-formed number leaves the request to the other readers.

Left out: "p% of A + B" (whose base? see `reading._percent_of`), percentages of percentages in words.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import NUMBER, Worded, plain_request, priced
from agentlib.numwords import CARDINALS, TENS

_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6}
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(sorted(list(CARDINALS) + list(TENS) + list(_SCALES), key=len,
                                                      reverse=True)) + r")(?:-(?:" + "|".join(CARDINALS) + r"))?\b")
_RUN = re.compile(_NUMBER_WORD.pattern + r"(?:(?:\s+and)?\s+" + _NUMBER_WORD.pattern + r")*")
_PERCENT_WORD = re.compile(r"\b(?:percent|per cent|pct)\b")
_QUANTITY = r"(\d+(?:\.\d+)?(?:\s?/\s?\d+)?)"  # a whole number, a decimal or a fraction a/b


def spoken_number(words: str) -> int | None:
    """"two hundred" -> 200, "one thousand five hundred and six" -> 1506, "twenty five" -> 25; None when the
    words do not make one number in the usual order ("hundred two", "five twenty", "thousand thousand")."""
    total, current, last, largest = 0, 0, "", 10**12
    for word in words.replace(" and ", " ").split():
        tens, _, unit = word.partition("-")
        if word in _SCALES:
            scale = _SCALES[word]
            if scale == 100:
                if last not in ("small", "tens") or not 1 <= current <= 99:
                    return None
                current *= 100
                last = "hundred"
            else:
                if last not in ("small", "tens", "hundred") or not 1 <= current <= 999 or scale >= largest:
                    return None
                total, current, last, largest = total + current * scale, 0, "scale", scale
            continue
        if unit:
            if tens not in TENS or CARDINALS.get(unit, 0) not in range(1, 10):
                return None
            value, kind = TENS[tens] + CARDINALS[unit], "small"
        elif word in TENS:
            value, kind = TENS[word], "tens"
        elif word in CARDINALS:
            value, kind = CARDINALS[word], "small"
        else:
            return None
        if last in ("", "scale"):
            current = value
        elif last == "hundred" and value >= 1 or last == "tens" and 1 <= value <= 9:
            current += value
        else:
            return None
        last = kind if last != "tens" else "small"
    return total + current


def _spelled(plain: str) -> tuple[str, bool]:
    """`plain` with its number-word runs and "percent" written as digits and %; whether anything was spelled."""
    failed = False

    def number(match: re.Match[str]) -> str:
        nonlocal failed
        value = spoken_number(match.group(0))
        failed = failed or value is None
        return str(value)

    spelled = _PERCENT_WORD.sub("%", _RUN.sub(number, plain))
    return ("" if failed else spelled), spelled != plain


def _scaled(amount: str, sign: str, rate: str, word: str | None) -> Worded | None:
    up = sign in ("+", "plus")
    if word is not None and (word in ("off", "discount") and up or word not in ("off", "discount") and not up):
        return None  # "plus 20% off", "minus 8% tax": which was meant?
    value = Fraction(amount) * (1 + (1 if up else -1) * Fraction(rate) / 100)
    return priced(Worded(f"({amount})*(1 {'+' if up else '-'} ({rate})/100)",
                         f"A {'+' if up else '-'} p% on a calculator: A × (1 {'+' if up else '-'} p/100)"), value)


def _share(rate: str, whole: str) -> Worded:
    return priced(Worded(f"({rate})/100*({whole})", "p% of a whole = whole × p/100"),
                  Fraction(rate) / 100 * Fraction(whole))


def _as_percent(quantity: str) -> Worded | None:
    numerator, _, denominator = quantity.replace(" ", "").partition("/")
    if denominator and Fraction(denominator) == 0:
        return None
    value = Fraction(numerator) / Fraction(denominator or 1) * 100
    return priced(Worded(f"({quantity})*100", "a number as a percent = the number × 100"), value)


_CALCULATOR = re.compile(rf"{NUMBER} ?(\+|plus|-|−|minus) ?{NUMBER} ?%(?: (tax|sales tax|tip|vat|markup|"
                         r"service charge|off|discount))?")
_SHARE = re.compile(rf"{NUMBER} ?% of {NUMBER}")
_AS_PERCENT = re.compile(rf"(?:convert |write |express )?{_QUANTITY} (?:as|in|to|into) (?:a )?(?:%|percentage)")
# Korean: "3/5를 백분율로 나타내면", "0.35를 퍼센트로 바꾸면", "3/4는 몇 퍼센트"
_KOREAN_AS_PERCENT = re.compile(
    rf"{_QUANTITY}\s?(?:을|를) (?:백분율|퍼센트|%)로 (?:나타내면|나타내시오|나타내세요|나타내 주세요|나타내줘|바꾸면|"
    r"바꾸시오|고치면)|"
    r"(\d+\.\d+|\d+\s?/\s?\d+)\s?(?:은|는) 몇 ?(?:퍼센트|%|프로)(?:인가요|인가|입니까|이에요|예요|일까요|이야|야)?")
# (a whole number asked "몇 퍼센트" is a percent of a whole the request leaves out: "10은 몇 퍼센트?")


_UP_WORDS = r"increase|rise|raise|markup|mark-up"
_DOWN_WORDS = r"decrease|discount|reduction|cut|drop|markdown"
_CHANGE = re.compile(rf"an? {NUMBER} ?% ({_UP_WORDS}|{_DOWN_WORDS}) (?:on|of|to|from|in) {NUMBER}")
_KOREAN_UP = ("늘리면", "올리면", "인상하면", "증가시키면")
_KOREAN_CHANGE = re.compile(rf"{NUMBER}\s?원?\s?(?:을|를|에서) {NUMBER}\s?% ?({'|'.join(_KOREAN_UP)}|줄이면|내리면|"
                            r"인하하면|감소시키면)\s?(?:얼마|얼마인가요|얼마예요|몇인가요)?\??")


def _number(text: str) -> str:
    return text.replace(",", "").replace("$", "").strip()


def read_calculator_percent(text: str) -> Worded | None:
    """The percentage `text` asks for in one of the shapes above, or None."""
    plain, spelled = _spelled(plain_request(text).replace("−", "-"))
    if not plain:
        return None
    if (match := _CALCULATOR.fullmatch(plain)) is not None:
        amount, sign, rate, word = match.groups()
        return _scaled(_number(amount), sign, _number(rate), word)
    if (match := _SHARE.fullmatch(plain)) is not None and ("$" in plain or spelled):
        return _share(_number(match.group(1)), _number(match.group(2)))
    if (match := _CHANGE.fullmatch(plain)) is not None:  # "a 15% increase on 80": 80 × 1.15
        rate, word, amount = match.groups()
        return _scaled(_number(amount), "+" if re.fullmatch(_UP_WORDS, word) else "-", _number(rate), None)
    if (match := _KOREAN_CHANGE.fullmatch(plain)) is not None:  # "80을 15% 늘리면": 80 × 1.15
        amount, rate, word = match.groups()
        return _scaled(_number(amount), "+" if word in _KOREAN_UP else "-", _number(rate), None)
    if (match := _AS_PERCENT.fullmatch(plain)) is not None:
        return _as_percent(match.group(1))
    if (match := _KOREAN_AS_PERCENT.fullmatch(plain)) is not None:
        return _as_percent(match.group(1) or match.group(2))
    return None

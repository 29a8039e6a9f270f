"""Everyday requests that name a formula in words: "area of a circle with radius 5", "what percent of 72 is 18",
"how many ways to choose 3 of 10", "convert 90 km/h to m/s", "반지름이 5인 원의 넓이", "半径3の円の面積".

Each construction is one reading of a sentence shape, never of one request: the whole request must match the
shape (the words around the numbers are fixed, the numbers free), else the reader goes on as before. The shape
names the formula (π r², B/A × 100, n!/(k!(n - k)!), ...), the numbers fill it in, and the result is an
`evaluate` request: the worker computes the filled-in formula exactly and checks it like any other arithmetic,
and the answer's notes say which formula the words were read as. A shape that leaves a choice open (which share
of a ratio, a percent decrease that is an increase) abstains instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction
from itertools import product

from agentlib.mathsolve.request import MathRequest
from agentlib.mathsolve.units import describe, factor, unit

_N = r"\$?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"  # a number, with thousands separators or a $
_INT = r"(\d+)"
_LEADS = re.compile(r"^(?:what(?: is|'s)|how much is|find|calculate|compute|work out|determine|tell me)\s+"
                    r"(?:the\s+)?")
_ENDS = " ?.!。？"  # closing marks; `str.rstrip`, as `[...]+$` retries at each mark of a long run
_A = r"(?:an?\s+|the\s+)?"


@dataclass(frozen=True)
class Worded:
    """A request read as a named formula filled in with the request's numbers."""

    formula: str  # safe-parser syntax
    note: str  # the formula the words were read as
    decimal: bool = False  # a measurement people read as a decimal ("8.04672 km", not "25146/3125")
    approximate: bool = False  # a measurement whose decimal never ends: shown rounded beside the exact value
    money: bool = False  # an amount of money: a fraction of a cent is shown rounded to the cent

    def to_request(self, text: str) -> MathRequest:
        return MathRequest(task="evaluate", items=(self.formula,), shown=(self.formula,),
                           notes=(f"read as {self.note}",), decimal=self.decimal, approximate=self.approximate,
                           money=self.money)


def priced(worded: Worded, value: Fraction) -> Worded:
    """`worded` shown as a decimal when its exact value is a terminating decimal that is not whole ($8.1, not 81/10):
    an amount of money or a measurement is read that way; one that does not terminate stays an exact fraction with
    its decimal shown beside it ("1/3 as a percentage" is 100/3 ≈ 33.3333: people read the decimal)."""
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    return Worded(worded.formula, worded.note, decimal=denominator == 1 and value.denominator != 1,
                  approximate=denominator != 1)


def _num(text: str) -> str:
    """'1,250' -> '1250'; '$36' -> '36' (exact decimals stay as written: the parser reads 2.54 as 254/100)."""
    return text.replace(",", "").replace("$", "").strip()


Builder = Callable[..., "Worded | None"]
MOST_DIGITS = 60
_SHAPES: list[tuple[re.Pattern[str], Builder]] = []


def _shape(pattern: str) -> Callable[[Builder], Builder]:
    def register(builder: Builder) -> Builder:
        _SHAPES.append((re.compile(pattern), builder))
        return builder
    return register


def read_worded_formula(text: str) -> Worded | None:
    """The named-formula reading of `text`, or None when no shape matches the whole request."""
    return read_shapes(_SHAPES, text)


def plain_request(text: str) -> str:
    """`text` as the sentence shapes match it: lower case, single spaces, no closing marks, no leading "what is" /
    "find" / "calculate" (and "the" after it)."""
    return _LEADS.sub("", " ".join(text.lower().split()).rstrip(_ENDS).lstrip("¿¡ "))


def read_shapes(shapes: list[tuple[re.Pattern[str], Builder]], text: str) -> Worded | None:
    """The reading of `text` by the first of `shapes` that matches the whole (lower-cased, trimmed) request.

    Shared by the modules that keep their own tables of sentence shapes (temperatures, solids, unit prices).
    """
    plain = plain_request(text)
    for pattern, builder in shapes:
        match = pattern.fullmatch(plain)
        if match:
            if any(g is not None and len(g) > MOST_DIGITS for g in match.groups()):
                return None  # no everyday amount has hundreds of digits (and int() refuses past 4300)
            return builder(*(_num(g) if g is not None else None for g in match.groups()))
    return None


NUMBER = _N  # the number pattern, for the modules that keep their own shapes


# Percentages ------------------------------------------------------------------------------------------------

def _percent_of_whole(part: str, whole: str) -> Worded | None:
    if Fraction(whole) == 0:
        return None
    # a percent reads as a decimal when it terminates (12.5, not 25/2), as "3/8 as a percent" is shown
    return priced(Worded(f"({part})/({whole})*100", f"percent = part / whole × 100 = {part}/{whole} × 100"),
                  Fraction(part) / Fraction(whole) * 100)


_shape(rf"(?:what|which) percent(?:age)? of {_N} is {_N}")(lambda whole, part: _percent_of_whole(part, whole))
_shape(rf"{_N} is what percent(?:age)? of {_N}")(_percent_of_whole)
_shape(rf"(?:what|which) percent(?:age)? is {_N} (?:of|out of) {_N}")(_percent_of_whole)
_shape(rf"{_N} (?:out of|of) {_N} (?:as|in) (?:a )?percent(?:age)?")(_percent_of_whole)
_shape(rf"{_N} (?:out of|of) {_N} is what percent(?:age)?")(_percent_of_whole)
_shape(rf"{_N}\s?(?:은|는) {_N}\s?의 몇 ?(?:퍼센트|%|프로)(?:인가요|인가|입니까|일까요|야)?")(_percent_of_whole)
# "60의 25%", "60の25%", "60的25%": the whole comes first in Korean, Japanese and Chinese
_shape(rf"{_N}\s?(?:의|の|的) ?{_N}\s?(?:%|퍼센트|프로)\s?(?:는|은|は|是)? ?"
       r"(?:얼마인가요|얼마예요|얼마에요|얼마입니까|얼마야|얼마일까요|얼마|몇인가요|いくつ(?:ですか)?|多少)?")(
    lambda whole, rate: Worded(f"({whole})*({rate})/100", "rate% of a whole = whole × rate/100"))
# Hindi "200 का 10%" and Turkish "240'ın %25'i", "240 sayısının yüzde 25'i": the whole comes first there too
_TURKISH_OF = r"(?:'?n?[ıiuü]n| sayısının)"
_TURKISH_ASKED = r"(?: (?:kaçtır|kaç eder|kaç olur|kaç|nedir|hesaplayın|hesapla|bulun))?"
_shape(rf"{_N}\s?(?:का|की) {_N}\s?%\s?(?:कितना (?:है|होगा|होता है|होती है)|क्या है|क्या होगा|ज्ञात करें|ज्ञात कीजिए)?")(
    lambda whole, rate: Worded(f"({whole})*({rate})/100", "rate% of a whole = whole × rate/100"))
_shape(rf"{_N}{_TURKISH_OF} (?:%\s?|yüzde ){_N}'?s?[ıiuü]?{_TURKISH_ASKED}")(
    lambda whole, rate: Worded(f"({whole})*({rate})/100", "rate% of a whole = whole × rate/100"))
# the same with the endings after the numbers already dropped (`turkish_endings`): the asking word is then required
_shape(rf"{_N}(?: sayısının)? (?:%\s?|yüzde ){_N}{_TURKISH_ASKED.replace(')?', ')')}")(
    lambda whole, rate: Worded(f"({whole})*({rate})/100", "rate% of a whole = whole × rate/100"))


def _change(start: str, end: str, kind: str) -> Worded | None:
    a, b = Fraction(start), Fraction(end)
    if a == 0 or (kind == "increase" and b < a) or (kind == "decrease" and b > a):
        return None  # an "increase" that falls (or the reverse) is not a reading this shape can be sure of
    if kind == "decrease":
        return priced(Worded(f"(({start}) - ({end}))/({start})*100", "percent decrease = (old - new)/old × 100"),
                      (a - b) / a * 100)
    return priced(Worded(f"(({end}) - ({start}))/({start})*100", f"percent {kind} = (new - old)/old × 100"),
                  (b - a) / a * 100)


_shape(rf"(?:the )?percent(?:age)? (change|increase|decrease) from {_N} to {_N}")(
    lambda kind, a, b: _change(a, b, kind))
_shape(rf"{_N}\s?에서 {_N}\s?(?:으로|로) (?:늘면|증가하면|늘어나면|오르면) 몇 ?(?:퍼센트|%|프로) 증가"
       r"(?:인가요|인가|입니까|했나요)?")(
    lambda a, b: _change(a, b, "increase"))
_shape(rf"{_N}\s?에서 {_N}\s?(?:으로|로) (?:줄면|감소하면|줄어들면|내리면) 몇 ?(?:퍼센트|%|프로) 감소"
       r"(?:인가요|인가|입니까|했나요)?")(
    lambda a, b: _change(a, b, "decrease"))


def _scaled(base: str, percent: str, sign: int, word: str) -> Worded:
    return Worded(f"({base})*(1 {'+' if sign > 0 else '-'} ({percent})/100)",
                  f"{word} by p% = base × (1 {'+' if sign > 0 else '-'} p/100)")


def _taken_off(base: str, percent: str, word: str) -> Worded | None:
    """A discount or a deduction takes part of the price or the pay: 100% or more is no such thing."""
    return _scaled(base, percent, -1, word) if Fraction(percent) < 100 else None


_shape(rf"(?:increase|raise) {_N} by {_N}\s?%")(lambda b, p: _scaled(b, p, 1, "increase"))
_shape(rf"(?:decrease|reduce|lower) {_N} by {_N}\s?%")(lambda b, p: _scaled(b, p, -1, "decrease"))
# "25000원에서 30% 할인하면", "25000원의 30% 할인하면 얼마야", "3만원의 20% 할인가는?": the price after the discount
# ("의" needs 원 and 할인하면 / 할인가)
_shape(rf"(?:정가|원가|가격|판매가)? ?{_N}\s?원?\s?에서 {_N}\s?% 할인(?:하면|한 가격은|된 가격은)? ?"
       r"(?:얼마인가요|얼마|얼마예요|얼마입니까|얼마야)?")(
    lambda b, p: _taken_off(b, p, "a discount"))
_shape(rf"(?:정가|원가|가격|판매가)? ?{_N}\s?원의 {_N}\s?%(?:를|을)? (?:할인(?:하면|한 가격은|된 가격은)|할인가는?|"
       r"할인 가격은?) ?(?:얼마인가요|얼마|얼마예요|얼마입니까|얼마야)?")(
    lambda b, p: _taken_off(b, p, "a discount"))
_shape(rf"{_N}\s?원짜리 (?:[가-힣]+(?:을|를) )?{_N}\s?% 할인(?:하면|한 가격은|된 가격은|하면 가격은)? ?"
       r"(?:얼마인가요|얼마|얼마예요|얼마입니까|얼마야)?")(
    lambda b, p: _taken_off(b, p, "a discount"))
# Pay after a stated deduction: "월급 300만원에서 세금 10% 떼면 얼마 받아?", "연봉 4200만원인데 공제율이 12%면
# 실수령액은" (the rate is named as a deduction, so what is left is pay × (1 - p/100))
_KO_PAY = r"(?:월급|연봉|급여|세전 월급|세전 연봉|세전 급여|월 급여|수입|소득)"
_KO_DEDUCTED = r"(?:세금|세금이랑 보험료|세금과 보험료|보험료|공제|공제액|수수료)"
_KO_NET = r"(?:실수령액|실수령|세후 (?:월급|연봉|급여|금액|수입)|받는 돈|손에 쥐는 돈)"
_KO_HOW_MUCH_ASKED = r"(?:얼마인가요|얼마|얼마예요|얼마입니까|얼마야|얼마지|얼마 받아|얼마 받아요)"
_KO_TAKE_OFF = r"(?:떼면|빼면|공제하면|제하면|떼고 나면)"
_shape(rf"(?:{_KO_PAY} )?{_N}\s?원에서 (?:{_KO_DEDUCTED}(?:으로|로)? )?{_N}\s?%(?:를|을)? {_KO_TAKE_OFF} "
       rf"(?:{_KO_NET}(?:은|는) )?{_KO_HOW_MUCH_ASKED}?")(lambda b, p: _taken_off(b, p, "a deduction"))
_shape(rf"{_KO_PAY} {_N}\s?원(?:인데|이고|이면|,) (?:공제율|세율|{_KO_DEDUCTED})(?:이|가|은|는)? {_N}\s?%"
       rf"(?:면|이면|일 때|라면) {_KO_NET}(?:은|는)? {_KO_HOW_MUCH_ASKED}?")(
    lambda b, p: _taken_off(b, p, "a deduction"))


def _original(percent: str, price: str, sign: int) -> Worded | None:
    if sign < 0 and Fraction(percent) >= 100:
        return None
    return Worded(f"({price})/(1 {'+' if sign > 0 else '-'} ({percent})/100)",
                  f"original = price / (1 {'+' if sign > 0 else '-'} p/100)")


_shape(rf"after an? {_N}\s?% (?:discount|reduction|markdown),? (?:an? |the )?[a-z ]{{1,30}}? (?:costs|is|sells for) "
       rf"{_N}\.? "
       r"what (?:was|is) (?:the|its) original price")(lambda p, price: _original(p, price, -1))


_PERCENT = r"\s?(?:%|percent|per cent)"
_WHAT_NUMBER = r"(?:what|which|what's)(?: number| amount| value)?"


def _whole_of_part(rate: str, part: str) -> Worded | None:
    """"15% of what number is 30": the whole is part / (rate/100)."""
    if Fraction(rate) == 0:
        return None
    value = Fraction(part) / (Fraction(rate) / 100)
    return priced(Worded(f"({part})/(({rate})/100)", "the whole = part / (rate/100)"), value)


_shape(rf"{_N}{_PERCENT} of {_WHAT_NUMBER} is {_N}")(_whole_of_part)
_shape(rf"{_N} is {_N}{_PERCENT} of {_WHAT_NUMBER}")(lambda part, rate: _whole_of_part(rate, part))
# "어떤 수의 15%가 30일 때 그 수는?", "어떤 수의 15%는 30이다. 어떤 수는?"
_shape(rf"어떤 수의 {_N}\s?(?:%|퍼센트|프로)(?:가|는) {_N}\s?(?:일 때|이면|입니다|이다|이라면)[.,]? ?"
       r"(?:그|어떤) 수는 ?(?:얼마인가요|무엇인가요|얼마입니까|얼마|몇인가요|몇)?")(_whole_of_part)


def _percent_apart(rate: str, word: str, base: str) -> Worded:
    sign = 1 if word in ("more", "greater", "higher", "larger", "increased", "raised") else -1
    value = Fraction(base) * (1 + sign * Fraction(rate) / 100)
    return priced(_scaled(base, rate, sign, "more" if sign > 0 else "less"), value)


# "20% more than 50", "50 increased by 20%": the base scaled by (1 ± rate/100)
_shape(rf"{_N}{_PERCENT} (more|greater|higher|larger|less|lower|smaller) than {_N}")(_percent_apart)
_shape(rf"{_N} (increased|raised|decreased|reduced|lowered) by {_N}{_PERCENT}")(
    lambda base, word, rate: _percent_apart(rate, word, base))
# "a price went up 25% to $50. what was the original price?": original = new / (1 ± rate/100)
_shape(rf"(?:an? |the )?[a-z ]{{0,30}}?(?:price|cost|value|rent|salary|number|amount)? ?(went up|rose|increased|grew|"
       rf"went down|fell|dropped|decreased) (?:by )?{_N}{_PERCENT} to {_N}[.,]? "
       r"what (?:was|is) (?:the|its) original (?:price|cost|value|rent|salary|number|amount)")(
    lambda word, rate, price: _original(rate, price, 1 if word in ("went up", "rose", "increased", "grew") else -1))


def _fraction_of(numerator: str, denominator: str, whole: str) -> Worded | None:
    if Fraction(denominator) == 0:
        return None
    return Worded(f"({numerator})/({denominator})*({whole})", "a fraction of a number = fraction × number")


_shape(rf"{_INT}/{_INT} of {_N}")(_fraction_of)
_shape(rf"{_N} ?(?:percent|per cent|pct\.?) of {_N}")(
    lambda rate, whole: priced(Worded(f"({rate})/100*({whole})", "p percent of a number = p/100 × number"),
                               Fraction(rate) / 100 * Fraction(whole)))

_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
                 "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}


def _worded_fraction(numerator: str, denominator: str, whole: str) -> Worded | None:
    top, bottom = _NUMERATORS[numerator], _DENOMINATORS[denominator]
    if (top == 1) != (denominator in ("half", "third", "quarter", "fourth") or not denominator.endswith("s")):
        return None  # "two third", "one thirds": the number and the noun disagree
    return _fraction_of(str(top), str(bottom), whole)


_shape(rf"({'|'.join(_NUMERATORS)})[ -]({'|'.join(_DENOMINATORS)}) of {_N}")(_worded_fraction)
def _times(word: str, n: str) -> Worded:
    factor = 2 if word in ("double", "twice") else 3
    return priced(Worded(f"{factor}*({n})", f"{word} n = {factor} × n"), factor * Fraction(n))


_shape(rf"(double|twice|triple|thrice) {_N}")(_times)
_shape(rf"{_N}\s?의 {_INT}/{_INT}\s?(?:은|는)? ?(?:얼마인가요|얼마|얼마입니까)?")(lambda w, n, d: _fraction_of(n, d, w))

# Comparing two numbers ------------------------------------------------------------------------------------------

_PLAIN = r"(-?\d{1,12}(?:\.\d{1,12})?(?:/\d{1,12})?)"  # a whole number, decimal or fraction as typed


def _pick(kind: str, a: str, b: str) -> Worded | None:
    if Fraction(a) == Fraction(b):
        return None  # equal: "which is bigger" has no answer to give
    larger = kind in ("bigger", "larger", "greater", "more", "higher", "큰", "많은")
    return Worded(f"{'max' if larger else 'min'}({a}, {b})", f"the {'larger' if larger else 'smaller'} of {a} and {b}")


_shape(rf"(?:which|what) (?:number )?is (bigger|larger|greater|more|higher|smaller|less|lower|lesser)[,:]? {_PLAIN} or "
       rf"{_PLAIN}")(_pick)
_shape(rf"(bigger|larger|greater|smaller|less)[,:?]? {_PLAIN} or {_PLAIN}")(_pick)  # after "what's" is trimmed
_shape(rf"{_PLAIN}\s?(?:과|와) {_PLAIN}\s?(?:중|중에서) (?:어느 (?:것|수)이|뭐가|무엇이|어떤 수가) 더 (큰|작은)"
       r"(?: 수)?(?:가요|가|지|까요|요|인가요|니)?")(lambda a, b, kind: _pick(kind, a, b))


# Geometry ---------------------------------------------------------------------------------------------------

_WITH = r"(?:with (?:a |an )?|of (?:a |an )?|whose |having (?:a |an )?)?"
_IS = r"(?: of| is| =)?"


def _circle(measure: str, kind: str, size: str) -> Worded:
    radius = size if kind == "radius" else f"({size})/2"
    if measure == "area":
        return Worded(f"pi*({radius})**2", "area of a circle = π r²")
    return Worded(f"2*pi*({radius})", "circumference of a circle = 2 π r")


_shape(rf"(?:the )?(area|circumference|perimeter) of {_A}circle {_WITH}(radius|diameter){_IS} {_N}(?: \w+)?")(
    lambda m, k, s: _circle("area" if m == "area" else "circumference", k, s))
_shape(rf"반지름(?:이|의 길이가)? ?{_N}\s?(?:cm|m)? ?인 원의? ?(넓이|둘레)"
       r"(?:를|는|은)? ?(?:구하시오|구하세요|는\?|얼마인가요)?")(
    lambda r, m: _circle("area" if m == "넓이" else "circumference", "radius", r))


def _circle_with_pi(kind: str, size: str, measure: str, pi: str) -> Worded | None:
    """A circle's area or circumference with π taken as the value the request gives ("원주율은 3.14"): a textbook
    asks for that decimal, not for 25π; a value that is not near π is no value of π and is not read."""
    if abs(Fraction(pi) - Fraction(314159, 100000)) > Fraction(1, 5):  # 3, 3.1, 3.14, 22/7 written 3.142
        return None
    radius = Fraction(size) if kind == "반지름" else Fraction(size) / 2
    value = Fraction(pi) * radius**2 if measure == "넓이" else 2 * Fraction(pi) * radius
    shown = size if kind == "반지름" else f"({size})/2"
    formula = f"{pi}*({shown})**2" if measure == "넓이" else f"2*{pi}*({shown})"
    return priced(Worded(formula, f"{'area = π r²' if measure == '넓이' else 'circumference = 2 π r'}, π = {pi}"),
                  value)


_PI_GIVEN = r"\(?원주율(?:은|는|을)? " + _N + r"(?:로 계산하시오|로 계산하세요|로 합니다|로 한다|입니다)?\)?"
_shape(rf"(반지름|지름)(?:이|의 길이가) {_N}\s?(?:cm|m)? ?인 원의 (넓이|둘레)(?:를|는|은)? ?(?:구하시오|구하세요|는\?|"
       rf"얼마인가요)?\??[.,]? ?{_PI_GIVEN}")(_circle_with_pi)
_shape(rf"半径\s?{_N}\s?(?:cm|m)?の円の(面積|周の長さ|円周)(?:を求めよ|を求めなさい|は)?")(
    lambda r, m: _circle("area" if m == "面積" else "circumference", "radius", r))

_AREA_WORDS = {"aire", "surface", "área", "flächeninhalt", "fläche", "area", "面积"}
_DIAMETER_WORDS = {"diamètre", "diámetro", "durchmesser", "diâmetro", "diametro", "直径"}


def _foreign_circle(measure: str, kind: str, size: str) -> Worded:
    return _circle("area" if measure in _AREA_WORDS else "circumference",
                   "diameter" if kind in _DIAMETER_WORDS else "radius", size)


_UNIT_AFTER = r"(?: ?(?:cm|m|mm|km))?"
_shape(rf"(?:calcule[rz]? |calculez |trouve[rz]? |quelle est )?(?:l['’]|la )?(aire|surface|circonférence|périmètre) "
       rf"d['’]un cercle de (rayon|diamètre) (?:de )?{_N}{_UNIT_AFTER}")(_foreign_circle)
_shape(rf"(?:calcula(?:r)? |halla(?:r)? |cuál es )?(?:el |la )?(área|perímetro) de (?:un|el) círculo de "
       rf"(radio|diámetro) (?:de )?{_N}{_UNIT_AFTER}")(_foreign_circle)
_shape(rf"(?:berechne |berechnen sie |wie groß ist )?(?:den |die |der )?(flächeninhalt|fläche|umfang) "
       rf"(?:eines|des) kreises mit (?:dem |einem )?(radius|durchmesser) (?:von )?{_N}{_UNIT_AFTER}")(_foreign_circle)
_shape(rf"(?:calcule |calcular |qual é |qual e )?(?:a |o )?(área|perímetro|circunferência) de um círculo (?:de|com) "
       rf"(raio|diâmetro) (?:de )?{_N}{_UNIT_AFTER}")(_foreign_circle)
_shape(rf"(?:calcola |calcolare |qual è |quanto vale )?(?:l['’] ?|la |il )?(area|circonferenza|perimetro) di un "
       rf"cerchio (?:di|con) (raggio|diametro) (?:di )?{_N}{_UNIT_AFTER}")(_foreign_circle)
_shape(rf"(半径|直径)(?:为|是)?\s?{_N}\s?(?:cm|m|厘米|米)?的圆的(面积|周长)(?:是多少|为多少|是)?")(
    lambda kind, size, measure: _foreign_circle(measure, kind, size))


def _sphere(measure: str, size: str) -> Worded:
    if measure == "volume":
        return Worded(f"4*pi*({size})**3/3", "volume of a sphere = 4/3 π r³")
    return Worded(f"4*pi*({size})**2", "surface area of a sphere = 4 π r²")


_shape(rf"(?:the )?(volume|surface area) of {_A}sphere {_WITH}radius{_IS} {_N}(?: \w+)?")(_sphere)


def _rectangle(measure: str, a: str, b: str) -> Worded:
    if measure == "area":
        return Worded(f"({a})*({b})", "area of a rectangle = length × width")
    return Worded(f"2*(({a}) + ({b}))", "perimeter of a rectangle = 2 (length + width)")


def _one_unit(first: str | None, second: str | None) -> bool:
    """The two measurements are in one unit (or one names none): "2 ft by 6 inches" multiplied as written is no
    area, so it is not read."""
    return first is None or second is None or first == second


_shape(rf"(?:the )?(area|perimeter) of {_A}(?:rectangle|rectangular [a-z]+) (?:that is |measuring )?{_N}(?: (\w+))? "
       rf"(?:by|x|×) {_N}(?: (\w+))?")(
    lambda measure, a, unit, b, again: _rectangle(measure, a, b) if _one_unit(unit, again) else None)
_shape(rf"(?:the )?(area|perimeter) of {_A}rectangle with (?:a )?length {_N}(?: (\w+))? and (?:a )?width {_N}"
       rf"(?: (\w+))?")(
    lambda measure, a, unit, b, again: _rectangle(measure, a, b) if _one_unit(unit, again) else None)


def _hypotenuse(a: str, b: str) -> Worded:
    return Worded(f"sqrt(({a})**2 + ({b})**2)", "hypotenuse = √(a² + b²) (Pythagoras)")


_shape(rf"(?:the )?hypotenuse of {_A}right(?:-angled)? triangle with legs(?: of length)? "
       rf"{_N}(?: (\w+))? and {_N}(?: (\w+))?")(
    lambda a, unit, b, again: _hypotenuse(a, b) if _one_unit(unit, again) else None)
_shape(rf"(?:the )?hypotenuse if the legs are {_N} and {_N}")(_hypotenuse)
_shape(rf"(?:빗변이 아닌 )?두 변의 길이가 {_N}\s?(?:cm)?\s?(?:과|와|,) {_N}\s?(?:cm)?\s?"
       r"인 직각삼각형의 빗변의 길이(?:는|를)? ?"
       r"(?:구하시오|구하세요|얼마인가요)?")(_hypotenuse)

# Counting and probability -----------------------------------------------------------------------------------


def choose(k: str, n: str) -> Worded | None:
    """C(n, k) for a choice of k of n things without order, or None when k > n."""
    if int(k) > int(n):
        return None
    return Worded(f"factorial({n})/(factorial({k})*factorial({int(n) - int(k)}))", "choices = n!/(k!(n - k)!)")


def arrange(k: str, n: str) -> Worded | None:
    """n!/(n - k)! for k of n things chosen in order, or None when k > n."""
    if int(k) > int(n):
        return None
    return Worded(f"factorial({n})/factorial({int(n) - int(k)})", "ordered arrangements = n!/(n - k)!")


_shape(rf"(?:in )?how many ways (?:are there |can you |can i |can we )?(?:to )?choose {_INT} (?:of|from|out of) {_INT}"
       r"(?: [a-z]+)?")(choose)
_shape(rf"{_INT} choose {_INT}")(lambda n, k: choose(k, n))
_shape(rf"루트\s?{_N}\s?(?:은|는|의 값은)? ?(?:얼마인가요|얼마|몇인가요|몇)?")(
    lambda n: Worded(f"sqrt({n})", "루트 n = √n, the square root that is not negative"))
_shape(r"(\d{1,4})\s?(?:의 )?팩토리얼(?:은|는|을|의 값은)? ?(?:얼마인가요|얼마|구하시오|계산해줘|계산하시오)?")(
    lambda n: Worded(f"factorial({n})", "n! = 1 × 2 × ... × n"))
_shape(rf"c\({_INT}, ?{_INT}\)")(lambda n, k: choose(k, n))
_shape(rf"p\({_INT}, ?{_INT}\)")(lambda n, k: arrange(k, n))
_shape(rf"{_INT}\s?개 중에서 {_INT}\s?개를 (?:고르는|뽑는|선택하는) 경우의 수(?:는|를)? ?(?:구하시오|얼마인가요)?")(
    lambda n, k: choose(k, n))
_ORDERED_THINGS = r"(?:people|students|books|friends|kids|children|cars|letters|photos|pictures|songs|runners)"
_shape(rf"(?:in )?how many ways can {_INT} (?:different )?{_ORDERED_THINGS} "
       r"(?:line up|be arranged(?: in a row| on a shelf)?|sit in a row|stand in a line|be lined up|be ordered)")(
    lambda n: Worded(f"factorial({n})", "orderings of n things = n!"))
# the verb first: "how many ways to arrange 6 books (on a shelf)"; "identical" things are not read (one order)
_shape(rf"(?:in )?how many (?:different )?ways (?:are there |can you |can i |can we )?(?:to )?"
       rf"(?:arrange|order|line up) {_INT} (?:different )?{_ORDERED_THINGS}(?: in a (?:row|line)| on a shelf)?")(
    lambda n: Worded(f"factorial({n})", "orderings of n things = n!"))


def _dice_sum(total: str) -> Worded:
    ways = sum(1 for a, b in product(range(1, 7), repeat=2) if a + b == int(total))
    return Worded(f"{ways}/36", f"P(sum = {total}) = {ways} of the 36 equally likely rolls")


_shape(rf"(?:the )?probability of (?:rolling|getting) a (?:sum|total) of {_INT} "
       r"(?:with|on) two (?:fair )?dice")(_dice_sum)
_shape(rf"주사위 두 개를 (?:동시에 )?(?:던질 때|던져서|던져|던졌을 때|굴릴 때|굴려서|굴려) (?:나오는 |나온 )?"
       rf"(?:(?:눈의|두 눈의|눈|두 눈) )?합이 {_INT}\s?(?:이|가) (?:될|나올|되는) 확률(?:은|을|는)? ?"
       r"(?:구하시오|얼마인가요)?")(_dice_sum)

_CARDS = {"ace": 4, "king": 4, "queen": 4, "jack": 4, "heart": 13, "spade": 13, "diamond": 13, "club": 13,
          "red card": 26, "black card": 26, "face card": 12}
_shape(rf"(?:the )?probability of drawing an? ({'|'.join(_CARDS)}) from a (?:standard |regular |normal )?"
       r"(?:52-card )?deck(?: of (?:52 )?cards)?")(
    lambda card: Worded(f"{_CARDS[card]}/52", f"P = {_CARDS[card]} of the 52 equally likely cards"))

# Two kinds of card at once: "a heart or a king" counts the cards of either kind once (the king of hearts is one card)
_CARD_KINDS = {"ace": lambda suit, rank: rank == 1, "king": lambda suit, rank: rank == 13,
               "queen": lambda suit, rank: rank == 12, "jack": lambda suit, rank: rank == 11,
               "heart": lambda suit, rank: suit == "H", "spade": lambda suit, rank: suit == "S",
               "diamond": lambda suit, rank: suit == "D", "club": lambda suit, rank: suit == "C",
               "red card": lambda suit, rank: suit in "HD", "black card": lambda suit, rank: suit in "SC",
               "face card": lambda suit, rank: rank >= 11}


def _either_card(first: str, second: str) -> Worded | None:
    if first == second:
        return None
    either = sum(1 for suit, rank in product("HDSC", range(1, 14))
                 if _CARD_KINDS[first](suit, rank) or _CARD_KINDS[second](suit, rank))
    return Worded(f"{either}/52", f"P({first} or {second}) = {either} of the 52 equally likely cards "
                                  "(a card of both kinds counted once)")


_shape(rf"(?:the )?probability of drawing an? ({'|'.join(_CARD_KINDS)}) or an? ({'|'.join(_CARD_KINDS)}) from a "
       r"(?:standard |regular |normal )?(?:52-card )?deck(?: of (?:52 )?cards)?")(_either_card)

_COLOURS = r"(red|blue|green|yellow|white|black)"
_KO_COLOURS = r"(빨간|파란|노란|흰|검은|초록)"


def _ball(first: str, colour1: str, second: str, colour2: str, wanted: str) -> Worded | None:
    if colour1 == colour2 or wanted not in (colour1, colour2):
        return None
    count = first if wanted == colour1 else second
    return Worded(f"({count})/(({first}) + ({second}))", "P = favourable / total")


_shape(rf"an? (?:bag|box|jar|urn) (?:has|contains) {_INT} {_COLOURS} and {_INT} {_COLOURS} (?:balls|marbles)\.? "
       rf"(?:what is the )?probability of (?:picking|drawing|getting) an? {_COLOURS}(?: one| ball| marble)?")(_ball)

_shape(rf"(?:주머니|상자|통)(?:에|안에|속에) {_KO_COLOURS} 공 {_INT}\s?개(?:와|,|하고) {_KO_COLOURS} 공 {_INT}\s?개가 "
       r"(?:있다|있습니다|들어 있다|들어 있습니다)[.,]? (?:이 중에서 |여기서 )?(?:공 )?(?:한 개|하나|1개)를 "
       rf"(?:꺼낼 때|꺼냈을 때) {_KO_COLOURS} 공(?:일|이 나올) 확률(?:은|을|는)? ?(?:구하시오|얼마인가요)?")(
    lambda colour1, first, colour2, second, wanted: _ball(first, colour1, second, colour2, wanted))

# Rates, units, ratios, interest -----------------------------------------------------------------------------


def _divide(a: str, b: str, note: str) -> Worded | None:
    return None if Fraction(b) == 0 else Worded(f"({a})/({b})", note)


_shape(rf"if (?:i|you|we) (?:drive|travel|walk|cycle|ride) {_N} ?(km|miles|mi|m) at {_N} ?(km/h|mph|m/s) "
       r"how (?:many hours|long) (?:does|will) it take")(
    lambda d, du, s, su: _divide(d, s, "time = distance / speed")
    if (du, su) in {("km", "km/h"), ("miles", "mph"), ("mi", "mph"), ("m", "m/s")} else None)

_UNIT = r"((?:fluid|fl\.?) (?:ounces?|oz)|[a-z/]+)"  # one word, or the two of a fluid ounce


def _convert(value: str, source: str, target: str) -> Worded | None:
    ratio = factor(source, target)
    if ratio is None:
        return None
    exact = Fraction(value) * ratio
    shown = priced(Worded(f"({value})*({ratio})", describe(source, target)), exact)
    if shown.decimal or exact.denominator == 1:  # a terminating decimal: the answer is that decimal, exactly
        return shown
    approximate = float(Fraction(value) * ratio)  # the answer stays exact; its text and the note say what it is near
    return Worded(f"({value})*({ratio})", f"{describe(source, target)} (≈ {approximate:.6g} {unit(target)})",
                  approximate=True)


_shape(rf"convert {_N} ?{_UNIT} (?:to|into) {_UNIT}")(_convert)
_shape(rf"how many {_UNIT} (?:(?:is|are) (?:there )?in|is|are|in|make up|make) {_N} ?{_UNIT}")(
    lambda target, v, source: _convert(v, source, target))
_shape(rf"how many {_UNIT} (?:(?:is|are) (?:there )?in|is|are|in|make up|make) (?:a|an|one) {_UNIT}")(
    lambda target, source: _convert("1", source, target))
_shape(rf"{_N} ?{_UNIT} (?:to|in) {_UNIT}")(_convert)
_shape(rf"시속 {_N}\s?km\s?(?:는|은) 초속 몇 ?m(?:인가요|인가|입니까|야)?")(lambda v: _convert(v, "km/h", "m/s"))
_shape(rf"초속 {_N}\s?m\s?(?:는|은) 시속 몇 ?km(?:인가요|인가|입니까|야)?")(lambda v: _convert(v, "m/s", "km/h"))
_KO_IS = r"(?:인가요|인가|입니까|이에요|예요|일까요|이야|야)?"  # "몇 g이야", "몇 분이에요": the question's close
_shape(rf"{_N}\s?(km|m|cm|kg|g|l|ml)\s?(?:는|은) 몇 ?(km|m|cm|kg|g|l|ml){_KO_IS}")(_convert)
_shape(rf"時速\s?{_N}\s?kmは秒速何\s?m(?:ですか|か)?")(lambda v: _convert(v, "km/h", "m/s"))
_shape(rf"(?:wie ?viel|was) (?:sind|ist|macht|ergeben) {_N} ?{_UNIT} in {_UNIT}")(_convert)
_KO_TIME_UNITS = {"시간": "hours", "분": "minutes", "초": "seconds"}
_shape(rf"{_N}\s?(시간|분|초)\s?(?:은|는|이면) 몇 ?(시간|분|초){_KO_IS}")(
    lambda v, source, target: _convert(v, _KO_TIME_UNITS[source], _KO_TIME_UNITS[target]))
_shape(rf"{_INT}\s?시간 {_INT}\s?분(?:은|는) 몇 ?분{_KO_IS}")(
    lambda h, m: Worded(f"({h})*60 + ({m})", "1 hour = 60 minutes"))


def _share(total: str, a: str, b: str, which: str) -> Worded | None:
    first, second = Fraction(a), Fraction(b)
    if first <= 0 or second <= 0 or first == second:
        return None
    part = max(a, b, key=Fraction) if which in ("larger", "bigger", "greater", "큰") else min(a, b, key=Fraction)
    return Worded(f"({total})*({part})/(({a}) + ({b}))", "a share of a ratio a:b = total × part/(a + b)")


_shape(rf"(?:share|split|divide) {_N} in the ratio {_INT} ?: ?{_INT},? (?:how much|what) is the (larger|bigger|greater|"
       r"smaller|lesser) (?:share|part|amount)")(_share)
_shape(rf"{_N}\s?(?:을|를) {_INT}\s?:\s?{_INT}\s?(?:으로|로) 나눌 때 (큰|작은) 쪽은 ?"
       r"(?:얼마인가요|얼마|얼마입니까)?")(_share)

_PER_YEAR = r"(?:per year|a year|per annum|annually|yearly|p\.a\.)"


def simple_interest(principal: str, rate: str, years: str) -> Worded:
    """principal × rate/100 × years, shown as money ($86.38, not 4319/50)."""
    return priced(Worded(f"({principal})*({rate})/100*({years})", "simple interest = principal × rate/100 × years"),
                  Fraction(principal) * Fraction(rate) / 100 * Fraction(years))


def compound_amount(principal: str, rate: str, years: str) -> Worded | None:
    """principal × (1 + rate/100)^years over whole years (None otherwise), shown as money ($1102.5, not 2205/2)."""
    if Fraction(years).denominator != 1 or Fraction(years) > 1000:
        return None
    grown = Fraction(principal) * (1 + Fraction(rate) / 100) ** int(Fraction(years))
    return priced(Worded(f"({principal})*(1 + ({rate})/100)**({years})",
                         "amount = principal × (1 + rate/100)^years (compounded once a year)"), grown)


def compound_money(principal: str, rate: str, years: str) -> Worded | None:
    """`compound_amount` of an amount in dollars (or another currency of cents): shown to the cent."""
    grown = compound_amount(principal, rate, years)
    return None if grown is None else replace(grown, money=True)


_shape(rf"(?:the )?simple interest on {_N} at {_N}\s?% {_PER_YEAR} for {_N} years?")(simple_interest)
_shape(rf"{_N} (?:invested |deposited |saved )?at {_N}\s?% (?:interest )?"
       rf"compounded annually for {_N} years?")(compound_money)
_shape(rf"원금 {_N}\s?원(?:을|를) 연 {_N}\s?% 복리로 {_N}\s?년(?:간| 동안)? "
       r"(?:예금|저축|투자)하면 원리금(?:은|의 합계는)? ?"
       r"(?:얼마인가요|얼마)?")(compound_amount)

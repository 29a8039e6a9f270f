"""Percent change, interest and a discount then a tax, in words: "80에서 100으로 늘었으면 몇 퍼센트 증가한 건가요?",
"percent increase from 80 to 100", "72의 몇 %가 18인가요?", "simple interest on $2000 at 4% for 3 years", "what will
$1000 grow to at 5% compound interest annually after 2 years", "a jacket costs $60, it's 25% off and then 8% sales
tax, what do I pay?".

Each shape names every quantity it uses (the rate, the time, the direction of the change), so nothing is guessed:
a percent change is (new - old) / old × 100 (negative for a fall; a "decrease" is said as its size, (old - new) /
old × 100; the words must agree with the numbers or the request is not read), simple interest P × r/100 × t,
compound growth P × (1 + r/100)^t with the compounding period named (annually / yearly / per year). Each reading
is an `evaluate` request, computed exactly and checked like any other arithmetic.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import (
    NUMBER,
    Builder,
    Worded,
    compound_amount,
    compound_money,
    priced,
    read_shapes,
    simple_interest,
)

_N = NUMBER
_YEARS = r"(?:years?|yrs?)"


def _change(old: str, new: str, direction: str | None) -> Worded | None:
    if Fraction(old) == 0:
        return None
    rising = Fraction(new) > Fraction(old)
    if direction is not None and direction != ("up" if rising else "down") and Fraction(new) != Fraction(old):
        return None  # "percent decrease from 80 to 100": the words and the numbers disagree
    if direction == "down":  # "a 20 percent decrease": the size of the fall, as people say it
        return priced(Worded(f"(({old}) - ({new}))/({old})*100", "percent decrease = (old - new) / old × 100"),
                      (Fraction(old) - Fraction(new)) / Fraction(old) * 100)
    return priced(Worded(f"(({new}) - ({old}))/({old})*100", "percent change = (new - old) / old × 100"),
                  (Fraction(new) - Fraction(old)) / Fraction(old) * 100)


def _direction(word: str) -> str:
    return "up" if word in ("increase", "rise", "growth", "gain", "증가", "올랐", "늘었") else "down"


# Verbs of a rise in Russian and German ("цена выросла с 80 до 100", "der Preis stieg von 80 auf 100"); the others
# listed in the shapes are falls.
_RISES = frozenset({"выросла", "вырос", "выросло", "выросли", "увеличилась", "увеличился", "увеличилось",
                    "увеличились", "повысилась", "повысился", "подорожал", "подорожала", "stieg", "steigt",
                    "ist gestiegen", "stiegen", "erhöhte sich", "wuchs"})
_RU_CHANGE = ("выросла|вырос|выросло|выросли|увеличилась|увеличился|увеличилось|увеличились|повысилась|повысился|"
              "подорожал|подорожала|снизилась|снизился|снизилось|уменьшилась|уменьшился|уменьшилось|упала|упал|"
              "упало|подешевел|подешевела")
_DE_CHANGE = "stieg|steigt|ist gestiegen|stiegen|erhöhte sich|wuchs|sank|sinkt|ist gesunken|fiel|ist gefallen"
# verbs of the question after the story: the same direction again ("на сколько процентов она снизилась"), or none
_ASKED_RISES = frozenset({"erhöht", "gestiegen"})
_ASKED_NEUTRAL = frozenset({"изменилась", "изменился", "изменилось", "verändert", "geändert"})


def _told_change(verb: str, old: str, new: str, asked: str | None) -> Worded | None:
    """A change told as a story, then asked for: both verbs must go the same way ("stieg ... ist er gesunken" is
    no question to answer)."""
    direction = "up" if verb in _RISES else "down"
    if asked is not None and asked not in _ASKED_NEUTRAL and \
            ("up" if asked in _RISES or asked in _ASKED_RISES else "down") != direction:
        return None
    return _change(old, new, direction)


def _percent_part(whole: str, part: str) -> Worded | None:
    if Fraction(whole) == 0:
        return None
    # a percent reads as a decimal when it terminates (12.5, not 25/2), as `calculator_percent` shows "3/8 as a percent"
    return priced(Worded(f"({part})/({whole})*100", f"percent = part / whole × 100 = {part}/{whole} × 100"),
                  Fraction(part) / Fraction(whole) * 100)


_KO_AMOUNT = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(억|천만|백만|십만|만|천)?\s?원"  # "100만원", "1억 원", "50,000원"
_KO_UNITS = {"억": 10**8, "천만": 10**7, "백만": 10**6, "십만": 10**5, "만": 10**4, "천": 10**3}


def _won(number: str, unit: str | None) -> str:
    return str(Fraction(number) * _KO_UNITS.get(unit or "", 1))


def _korean_interest(number: str, unit: str | None, rate: str, kind: str, years: str, asked: str) -> Worded | None:
    """단리 / 복리 over whole years; 이자 is the interest alone, 원리금 the principal with it."""
    principal = _won(number, unit)
    with_principal = asked.startswith("원리금")
    if kind == "단리":
        interest = simple_interest(principal, rate, years)
        if not with_principal:
            return interest
        return Worded(f"{principal} + {interest.formula}", "amount = principal + principal × rate/100 × years")
    grown = compound_amount(principal, rate, years)
    if grown is None or with_principal:
        return grown
    return Worded(f"{grown.formula} - {principal}", "interest = principal × (1 + rate/100)^years - principal")


def _discount_then_tax(price: str, off: str, tax: str) -> Worded | None:
    if Fraction(off) > 100:
        return None
    return Worded(f"({price})*(1 - ({off})/100)*(1 + ({tax})/100)",
                  "final price = price × (1 - discount/100) × (1 + tax/100)")


_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    (re.compile(rf"(?:the )?percent(?:age)? (increase|decrease|change) from {_N} to {_N}"),
     lambda word, old, new: _change(old, new, None if word == "change" else _direction(word))),
    (re.compile(rf"by what percent(?:age)? did (?:it|the price|the number|the value) (increase|decrease|rise|fall|go "
                rf"up|go down) (?:from {_N} to {_N})"),
     lambda word, old, new: _change(old, new, "up" if word in ("increase", "rise", "go up") else "down")),
    (re.compile(rf"{_N}\s?에서 {_N}\s?(?:으로|로) (늘었|올랐|증가했|줄었|내렸|감소했)(?:으면|다면|는데)? "
                r"?몇 ?(?:퍼센트|%|프로) (?:증가|감소|상승|하락|올랐|늘었|줄었)(?:한|된|했)?"
                r"(?: 건가요| 것인가요| 거예요| 건가| 것입니까|나요|는지)?"),
     lambda old, new, verb: _change(old, new, "up" if verb in ("늘었", "올랐", "증가했") else "down")),
    (re.compile(rf"{_N}\s?의 몇 ?(?:%|퍼센트|프로)(?:가|이) {_N}\s?(?:인가요|인가|입니까|일까요|이에요|예요|야)?"),
     _percent_part),
    (re.compile(rf"(?:[а-яё]+ )?({_RU_CHANGE}) (?:с|от) {_N} до {_N}(?: [а-яё]+)?[.,]? на сколько процентов"
                rf"(?: (?:она|он|оно|они) ({_RU_CHANGE}|изменилась|изменился|изменилось))?"),
     _told_change),
    (re.compile(rf"(?:(?:der|die|das) [a-zäöüß]+ |er |sie |es )?({_DE_CHANGE}) von {_N}(?: ?€| euro)? auf "
                rf"{_N}(?: ?€| euro)?[.,]? um wie ?viel (?:prozent|%)(?: (?:ist|hat) (?:er|sie|es) sich "
                r"(erhöht|verringert|verändert|geändert)| ist (?:er|sie|es) (gestiegen|gesunken|gefallen))?"),
     lambda verb, old, new, reflexive, past: _told_change(verb, old, new, reflexive or past)),
    (re.compile(rf"(?:the )?simple interest (?:on|for) {_N} at {_N}\s?%(?: per year| a year| annually| per annum)? "
                rf"for {_N} {_YEARS}"), simple_interest),
    (re.compile(rf"(?:what will|how much will) {_N} (?:grow to|be worth|become) at {_N}\s?% (?:interest )?"
                rf"(?:compound(?:ed)? (?:interest )?)?(?:annually|yearly|per year|a year|compounded annually) "
                rf"(?:after|in|for) {_N} {_YEARS}"), compound_money),
    (re.compile(rf"(?:what will|how much will) {_N} (?:grow to|be worth|become) at {_N}\s?% compound interest "
                rf"(?:compounded )?(?:annually|yearly|per year|a year) (?:after|in|for) {_N} {_YEARS}"),
     compound_money),
    (re.compile(rf"(?:원금 )?{_KO_AMOUNT}(?:을|를) 연(?: ?이율| ?이자율| ?금리)? {_N}\s?%(?:의|로)? ?(단리|복리)로 "
                rf"{_N}\s?년(?: 동안|간)? (?:예금|저축|투자|예치)(?:하면|했을 때|할 때),? "
                r"(이자는|이자를|받는 이자는|이자의 총액은|원리금은|원리금의 합계는|원리금 합계는) ?"
                r"(?:얼마인가요|얼마|얼마입니까|얼마예요|구하시오)?"),
     _korean_interest),
    # years before the kind ("연 3%로 2년 복리로 맡기면"); "얼마가 돼?" asks what the deposit grows to, 원리금
    (re.compile(rf"(?:원금 )?{_KO_AMOUNT}(?:을|를) 연(?: ?이율| ?이자율| ?금리)? {_N}\s?%(?:의|로)? ?{_N}\s?년"
                r"(?: 동안|간)? (단리|복리)로 (?:예금|저축|투자|예치|맡기|넣어 두|넣어두|넣)"
                r"(?:하면|했을 때|할 때|면|으면),? "
                r"(이자는|이자를|받는 이자는|원리금은|원리금 합계는|얼마가 (?:돼|돼요|되나요|될까|될까요|됩니까|되니))"
                r" ?(?:얼마인가요|얼마|얼마입니까|얼마예요|얼마야|구하시오)?"),
     lambda number, unit, rate, years, kind, asked: _korean_interest(
         number, unit, rate, kind, years, "원리금" if asked.startswith("얼마가") else asked)),
    (re.compile(rf"an? [a-z]+ costs {_N},? (?:it's|it is) {_N}\s?% off,? and then (?:an? )?{_N}\s?% (?:sales )?tax,? "
                r"(?:what do i pay|how much do i pay|what's the final price|what is the final price)"),
     _discount_then_tax),
]


def read_percent_or_interest(text: str) -> Worded | None:
    """The percent change, percent, interest or price `text` asks for, or None when it is not one of the shapes."""
    return read_shapes(_SHAPES, text)

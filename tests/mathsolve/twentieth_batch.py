"""A twentieth batch: everyday math as people type it into a calculator or a chat box (issue 12's hidden goal:
every everyday request verified and right, none wrong). Written before it was first run and before reading the
reader's code: the abstentions the coordinator found on chat-style input, each in several wordings, and fresh
requests of the same kinds: compound units (feet and inches, pounds and ounces), durations, dates and weekdays,
statistics of a list, chance with dice, coins and cards, percents of money with commas, powers and roots in
words, conversions between fractions, decimals and percents, and Korean equivalents. Expected answers are
computed here by `fractions.Fraction`, `datetime`, `statistics`, `math` and brute-force enumeration, never by
agentlib. `None` means the request is ambiguous or underdetermined and must abstain.

Conventions (as the nineteenth batch): rounding is half away from zero (the README's convention); "x minus 20%"
is the calculator's reading, a percent of the left operand; "from a to b" counts days excluding the first, and a
span or date that crosses February without a year depends on the year, so it must abstain; "two heads in three
flips" means exactly two; "a percent" is answered as the number of percent (3/8 is 37.5).

Run `python tests/mathsolve/twentieth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, this file's first commit): right 29, wrong 1, abstained 41 of 71 (five of them
must abstain, and do). The one wrong was the batch's own: "the mode of 1, 2, 3" was written to abstain, and the
reader answered "no mode (every value occurs once)", which is the textbook answer; the case now expects it. Read
right already: "simplify 12/18", "0.375 as a fraction", the statistics of a list in English and Korean, "lcm of 4
and 6 and 10", dice, coins and cards, gallons and miles, "-3^2", rounding. Abstained: feet and inches, pounds and
ounces, hours and minutes in a sum, "2 and a half hours", every date and weekday, "10 minus 20%", a percent of
"$1,250" (the "$"), percents in words ("twenty percent of eighty"), "plus 8% tax", "reduce 12/18", "as a
percent", "squared" / "cubed" / "the square of" / "to the 10th power" / "factorial" in words, "probability of
rolling a 6".

AFTER ITS ROUND: right 66, wrong 0, abstained 5 of 71 (the five that must). New readers, each with fresh-variant
tests: `compound_quantities.py` (feet and inches, pounds and ounces, hours and minutes, "and a half", sums of
measures, Korean 피트 / 인치), `calendar_days.py` with `calendar_answers.py` (days between dates, weekdays moved by
days, the weekday of a date, the date after a date; no year: answered only when every leap phase agrees),
`power_words.py` with `spoken.py` ("to the 10th power", "the square of", "factorial", a power after a spoken
product, parallel powers in a sum), `calculator_percent.py` ("10 minus 20%", "plus 8% tax", "12% of $1,250",
percents and numbers in words, "as a percent"), "reduce" a fraction, "rolling a 6" with no die named.
"""

from __future__ import annotations

import datetime
import math
import statistics
from fractions import Fraction
from itertools import product

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import Case, main
    from .nineteenth_batch import grade_nineteenth
else:  # run as a script
    from fresh_batch import Case, main
    from nineteenth_batch import grade_nineteenth

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
INCH_CM = Fraction(254, 100)
POUND_KG = Fraction(45359237, 10**8)
US_GALLON_L = Fraction(3785411784, 10**9)
MILE_KM = Fraction(1609344, 10**6)


def _exact(value: Fraction | int) -> sp.Rational:
    value = Fraction(value)
    return sp.Rational(value.numerator, value.denominator)


def _days(first: tuple[int, int], last: tuple[int, int], year: int = 2025) -> int:
    """Days from one (month, day) to another in a year that is not a leap year (the span must not cross February)."""
    return (datetime.date(year, *last) - datetime.date(year, *first)).days


def _weekday_after(start: str, days: int) -> str:
    return WEEKDAYS[(WEEKDAYS.index(start) + days) % 7]


def _chance(outcomes: list, event) -> sp.Rational:  # noqa: ANN001 (a predicate on one outcome)
    """Probability by enumerating equally likely outcomes."""
    return _exact(Fraction(sum(1 for o in outcomes if event(o)), len(outcomes)))


DIE = range(1, 7)
DECK = list(product(["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"], "SHDC"))
COINS3 = list(product("HT", repeat=3))
COINS2 = list(product("HT", repeat=2))


def _range(values: list[int]) -> int:
    return max(values) - min(values)


CASES = [
    # compound lengths, weights and volumes
    Case("5 ft 3 in in cm", "en", _exact((5 * 12 + 3) * INCH_CM)),
    Case("convert 5 feet 3 inches to centimeters", "en", _exact((5 * 12 + 3) * INCH_CM)),
    Case("how many inches is 5 feet 3 inches", "en", sp.Integer(5 * 12 + 3)),
    Case("6 feet 2 inches in meters", "en", _exact((6 * 12 + 2) * INCH_CM / 100)),
    Case("what is 5 ft 3 in plus 2 ft 10 in in inches", "en", sp.Integer(5 * 12 + 3 + 2 * 12 + 10)),
    Case("3 lb 4 oz in kg", "en", _exact((3 + Fraction(4, 16)) * POUND_KG)),
    Case("2 gallons in liters", "en", _exact(2 * US_GALLON_L)),
    Case("26.2 miles in km", "en", _exact(Fraction("26.2") * MILE_KM)),
    Case("5피트 3인치는 몇 cm", "ko", _exact((5 * 12 + 3) * INCH_CM)),
    # durations
    Case("how many seconds in 2 hours", "en", sp.Integer(2 * 3600)),
    Case("90 minutes in hours", "en", _exact(Fraction(90, 60))),
    Case("how many minutes is 1 hour 30 minutes plus 45 minutes", "en", sp.Integer(90 + 45)),
    Case("how many minutes in 2 and a half hours", "en", sp.Integer(150)),
    # dates and weekdays
    Case("how many days from March 1 to April 15", "en", sp.Integer(_days((3, 1), (4, 15)))),
    Case("how many days between June 10 and August 3", "en", sp.Integer(_days((6, 10), (8, 3)))),
    Case("number of days from Dec 1 to Dec 25", "en", sp.Integer(_days((12, 1), (12, 25)))),
    Case("what day of the week is 100 days after a Monday", "en", _weekday_after("Monday", 100)),
    Case("if today is Friday what day will it be in 10 days", "en", _weekday_after("Friday", 10)),
    Case("what day is 3 days before Tuesday", "en", _weekday_after("Tuesday", -3)),
    Case("what day of the week was July 4, 1776", "en", WEEKDAYS[datetime.date(1776, 7, 4).weekday()]),
    Case("3월 1일부터 4월 15일까지 며칠", "ko", sp.Integer(_days((3, 1), (4, 15)))),
    # percents, money with commas
    Case("10 minus 20%", "en", _exact(10 * Fraction(80, 100))),
    Case("12% of $1,250", "en", _exact(Fraction(12, 100) * 1250)),
    Case("what's 15% of $2,400.50", "en", _exact(Fraction(15, 100) * Fraction("2400.50"))),
    Case("twenty percent of eighty", "en", _exact(Fraction(20, 100) * 80)),
    Case("what is fifteen percent of two hundred", "en", _exact(Fraction(15, 100) * 200)),
    Case("$80 plus 8% tax", "en", _exact(80 * Fraction(108, 100))),
    Case("a 15% tip on $84.20", "en", _exact(Fraction(15, 100) * Fraction("84.20"))),
    # fractions, decimals, percents
    Case("reduce 12/18", "en", _exact(Fraction(12, 18))),
    Case("simplify 12/18", "en", _exact(Fraction(12, 18))),
    Case("12/18 in lowest terms", "en", _exact(Fraction(12, 18))),
    Case("3/8 as a percent", "en", _exact(Fraction(3, 8) * 100)),
    Case("what is 7/20 as a percentage", "en", _exact(Fraction(7, 20) * 100)),
    Case("0.375 as a fraction", "en", _exact(Fraction("0.375"))),
    Case("convert 0.45 to a fraction", "en", _exact(Fraction("0.45"))),
    Case("12/18을 약분하면?", "ko", _exact(Fraction(12, 18))),
    # powers, roots, factorials in words
    Case("3 times 4 squared", "en", sp.Integer(3 * 4**2)),
    Case("2 to the 10th power", "en", sp.Integer(2**10)),
    Case("two to the fifth", "en", sp.Integer(2**5)),
    Case("the square of 12", "en", sp.Integer(12**2)),
    Case("the cube of 3", "en", sp.Integer(3**3)),
    Case("what is 7 squared plus 3 cubed", "en", sp.Integer(7**2 + 3**3)),
    Case("nine squared minus the square root of 49", "en", sp.Integer(9**2 - math.isqrt(49))),
    Case("10 factorial", "en", sp.Integer(math.factorial(10))),
    Case("5 factorial divided by 3 factorial", "en", sp.Integer(math.factorial(5) // math.factorial(3))),
    # statistics of a list
    Case("average of 3, 5 and 10", "en", _exact(statistics.mean([Fraction(3), 5, 10]))),
    Case("what's the average of 85, 90 and 78", "en", _exact(statistics.mean([Fraction(85), 90, 78]))),
    Case("mean of 2, 4, 4, 5", "en", _exact(statistics.mean([Fraction(2), 4, 4, 5]))),
    Case("median of 3, 1, 4, 1, 5", "en", _exact(statistics.median([3, 1, 4, 1, 5]))),
    Case("median of 4, 1, 7, 2", "en", _exact(statistics.median([Fraction(4), 1, 7, 2]))),
    Case("the mode of 2, 3, 3, 5, 7", "en", sp.Integer(statistics.mode([2, 3, 3, 5, 7]))),
    Case("range of 12, 5, 9, 20", "en", sp.Integer(_range([12, 5, 9, 20]))),
    Case("lcm of 4 and 6 and 10", "en", sp.Integer(math.lcm(4, 6, 10))),
    Case("3, 5, 10의 평균", "ko", _exact(statistics.mean([Fraction(3), 5, 10]))),
    Case("3, 1, 4, 1, 5의 중앙값은?", "ko", _exact(statistics.median([3, 1, 4, 1, 5]))),
    # chance with dice, coins, cards
    Case("probability of rolling a 6", "en", _chance(list(DIE), lambda d: d == 6)),
    Case("what is the probability of rolling an even number on a die", "en", _chance(list(DIE), lambda d: d % 2 == 0)),
    Case("probability of two heads in three coin flips", "en", _chance(COINS3, lambda c: c.count("H") == 2)),
    Case("probability of at least one head in two coin flips", "en", _chance(COINS2, lambda c: "H" in c)),
    Case("probability of rolling a sum of 7 with two dice", "en",
         _chance(list(product(DIE, DIE)), lambda d: sum(d) == 7)),
    Case("probability of drawing a heart from a deck of cards", "en", _chance(DECK, lambda c: c[1] == "H")),
    # near-misses: read exactly or abstain
    Case("8/2(2+2)", "en", None),
    Case("-3^2", "en", sp.Integer(-(3**2))),
    Case("round 2.5", "en", sp.Integer(3)),  # half away from zero
    Case("round -2.5", "en", sp.Integer(-3)),
    Case("how many days from February 1 to March 1", "en", None),  # 28 or 29: no year given
    Case("what date is 30 days after January 31", "en", None),  # March 1 or 2: no year given
    Case("what day of the week is 100 days after", "en", None),  # no starting day
    Case("the mode of 1, 2, 3", "en", "no mode"),  # every value once
    Case("10 minus 20% of 10", "en", _exact(10 - Fraction(20, 100) * 10)),
    Case("probability of two heads", "en", None),  # how many flips?
]


__all__ = ["CASES", "grade_nineteenth"]

if __name__ == "__main__":
    main(CASES, grade_nineteenth)

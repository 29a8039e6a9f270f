"""A twenty-second batch: everyday math in voices not heard before (issue 12's hidden goal: every everyday request
verified and right, none wrong). Written before it was first run and before reading the reader's code: a homework
help chat ("can someone explain how to solve ..."), a spreadsheet user (percents and sums of numbers grouped by
thousands), a cook scaling a recipe (fractions of cups, spoons), a DIY person (rooms, walls, boxes), a runner
(paces and speeds), a student typing LaTeX half-right (`\\frac13`, `x^{2}`), a calculus student (a derivative at a
point, critical points, the area under a curve, a tangent line), statistics of a list, interest on money, word
problems with one formula, and near-misses that must be read exactly or abstain. Expected answers are computed
here by `fractions.Fraction`, `statistics`, `datetime` and SymPy, never by agentlib. `None` means the request is
ambiguous or incomplete and must abstain.

Conventions: "compound interest on P at r% for n years" is the interest earned, not the amount; a pace is minutes
per unit of distance; "standard deviation" or "variance" with neither population nor sample named is answered
with both (`Both`); a conversion whose exact value does not terminate must show a decimal in its answer text
beside the exact value (`Decimal`), as people expect "5 km in miles" to read 3.107; a span of weeks between dates
is days / 7 (the span must not cross February without a year); a card "drawn at random" with no deck named is
from the standard 52-card deck.

Grading: as in the twenty-first batch; `Both` must be verified as a list of values equal to the expected ones in
some order, and `Decimal` must be verified, equal to the exact value, and show the rounded decimal in its answer.

Run `python tests/mathsolve/twenty_second_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, this file's first commit): right 27, wrong 1, abstained 41 of 69 (five must
abstain, and do). The one wrong: "convert 10 km to miles" answered the exact 78125/12573 alone, no decimal in
sight (the value is right; the answer people read is not). Read right already: LaTeX typed half-right, the calculus
requests but critical points, statistics with both figures, percents of numbers grouped by thousands, simple and
annual compound interest, "350 F in C", "factor" and "find x" in chat. Abstained: chat fillers that name a letter
("how do i solve", "can u solve": i and u read as unknowns), "someone", "simplifying"; every cup, spoon, room, wall,
box and pace; "average of 1,250 and 2,750" and "sum of 1,200 and 3,400 and 560"; "critical points"; "compound
interest on"; speed, distance and time in words; unit prices ("3 pens cost $4.50"); fuel per 100 km; weeks between
dates; an ace with no deck named; "integral from 0 to 2 x^3 dx"; German "(1,5 + 2,5) * 2".

AFTER ITS ROUND (so far): right 42, wrong 0, abstained 27 of 69. New: `approximately.py` (a conversion whose
decimal never ends shows it beside the exact value), `room_sizes.py` (rooms, walls, boxes as "A by B (by C)"),
`scaled_measures.py` (amounts with a unit scaled, halved, added or converted; US tablespoons and teaspoons).
Still abstained: chat fillers, paces and speed-distance-time in words, "critical points", "compound interest on",
unit prices, fuel per 100 km, weeks between dates, an ace with no deck, a glued integral bound, lists of numbers
grouped by thousands, a German decimal comma in brackets, and the five that must.
"""

from __future__ import annotations

import datetime
import math
import statistics
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import ANTIDERIVATIVE, Case, main
    from .twenty_first_batch import Factored, grade_twenty_first
else:  # run as a script
    from fresh_batch import ANTIDERIVATIVE, Case, main
    from twenty_first_batch import Factored, grade_twenty_first

x = sp.Symbol("x")
KM_PER_MILE = Fraction(1609344, 10**6)
TABLESPOONS_PER_CUP = 16
TEASPOONS_PER_TABLESPOON = 3


@dataclass(frozen=True)
class Both:
    """Several values answered together (a population and a sample figure), in any order."""

    values: tuple


@dataclass(frozen=True)
class Decimal:
    """An exact value whose answer text must also show `shown`, its decimal rounded."""

    exact: sp.Expr
    shown: str


def _exact(value: Fraction | int) -> sp.Rational:
    value = Fraction(value)
    return sp.Rational(value.numerator, value.denominator)


def _spread(values: list[int]) -> Both:
    """Population and sample standard deviation, each the square root of an exact variance."""
    data = [Fraction(v) for v in values]
    return Both((sp.sqrt(_exact(statistics.pvariance(data))), sp.sqrt(_exact(statistics.variance(data)))))


def _variances(values: list[int]) -> Both:
    data = [Fraction(v) for v in values]
    return Both((_exact(statistics.pvariance(data)), _exact(statistics.variance(data))))


def _compound_interest(principal: int, percent: Fraction | int, years: int) -> sp.Rational:
    return _exact(principal * (1 + Fraction(percent) / 100) ** years - principal)


def _weeks(first: tuple[int, int], last: tuple[int, int], year: int = 2025) -> sp.Rational:
    return _exact(Fraction((datetime.date(year, *last) - datetime.date(year, *first)).days, 7))


def _km_to_miles(km: int) -> Decimal:
    miles = Fraction(km) / KM_PER_MILE
    return Decimal(_exact(miles), f"{float(miles):.4f}".rstrip("0"))


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


CASES = [
    # homework help chat
    Case("can someone explain how to solve 3(x-2)=12", "en", _roots(3 * (x - 2) - 12)),
    Case("how do i solve 2x + 5 = 17 pls", "en", _roots(2 * x + 5 - 17)),
    Case("help!! factor x^2 + 5x + 6", "en", Factored(x**2 + 5 * x + 6)),
    Case("can u solve x^2 - 5x + 6 = 0 for me", "en", _roots(x**2 - 5 * x + 6)),
    Case("need help simplifying (x^2-9)/(x-3)", "en", x + 3),
    Case("whats the slope between (1,2) and (4,11)", "en", _exact(Fraction(11 - 2, 4 - 1))),
    Case("find x if 2x/3 = 8 thanks", "en", _roots(2 * x / 3 - 8)),
    Case("how do you find the gcf of 24 and 36", "en", sp.Integer(math.gcd(24, 36))),
    # spreadsheet user
    Case("what's 17.5% of 2,340", "en", _exact(Fraction("17.5") / 100 * 2340)),
    Case("2,340 * 1.075", "en", _exact(2340 * Fraction("1.075"))),
    Case("what is 2,340 divided by 12", "en", _exact(Fraction(2340, 12))),
    Case("average of 1,250 and 2,750", "en", _exact(statistics.mean([Fraction(1250), 2750]))),
    Case("percent change from 1,200 to 1,500", "en", _exact(Fraction(1500 - 1200, 1200) * 100)),
    Case("increase 2,340 by 17.5%", "en", _exact(2340 * (1 + Fraction("17.5") / 100))),
    Case("sum of 1,200 and 3,400 and 560", "en", sp.Integer(1200 + 3400 + 560)),
    # a cook scaling a recipe
    Case("3/4 cup times 2.5", "en", _exact(Fraction(3, 4) * Fraction("2.5"))),
    Case("double 2/3 cup", "en", _exact(2 * Fraction(2, 3))),
    Case("half of 3/4 cup", "en", _exact(Fraction(3, 4) / 2)),
    Case("1 1/2 cups times 3", "en", _exact(Fraction(3, 2) * 3)),
    Case("how many tablespoons in 1/4 cup", "en", _exact(Fraction(1, 4) * TABLESPOONS_PER_CUP)),
    Case("how many teaspoons in 2 tablespoons", "en", sp.Integer(2 * TEASPOONS_PER_TABLESPOON)),
    Case("what's 3/4 of 2 cups", "en", _exact(Fraction(3, 4) * 2)),
    Case("350 F in C", "en", _exact((350 - 32) * Fraction(5, 9))),
    # a DIY person
    Case("how many square feet is a 12 by 15 room", "en", sp.Integer(12 * 15)),
    Case("area of a 10 ft by 12 ft wall", "en", sp.Integer(10 * 12)),
    Case("volume of a box 2 ft by 3 ft by 4 ft", "en", sp.Integer(2 * 3 * 4)),
    Case("perimeter of a 12 by 15 room", "en", sp.Integer(2 * (12 + 15))),
    Case("how many cubic feet in a 3 by 4 by 5 box", "en", sp.Integer(3 * 4 * 5)),
    Case("how many square meters is 4 m by 3.5 m", "en", _exact(4 * Fraction("3.5"))),
    Case("diagonal of a 12 by 16 rectangle", "en", sp.Integer(math.isqrt(12**2 + 16**2))),
    # a runner
    Case("5 km in 25 minutes, what's my pace per km", "en", _exact(Fraction(25, 5))),
    Case("pace per mile if I run 3 miles in 27 minutes", "en", _exact(Fraction(27, 3))),
    Case("I ran 10 km in 50 minutes, what's my average speed in km/h", "en", _exact(Fraction(10 * 60, 50))),
    Case("how long to run 21.1 km at 5 minutes per km", "en", _exact(Fraction("21.1") * 5)),
    Case("ran 8 km in 44 minutes what is my pace per km", "en", _exact(Fraction(44, 8))),
    # LaTeX typed half-right
    Case("\\frac{1}{2} + \\frac13", "en", _exact(Fraction(1, 2) + Fraction(1, 3))),
    Case("x^{2}-4=0 solve", "en", _roots(x**2 - 4)),
    Case("\\sqrt{50} simplify", "en", 5 * sp.sqrt(2)),
    Case("\\frac{d}{dx} x^3", "en", 3 * x**2),
    Case("2^{10}", "en", sp.Integer(2**10)),
    Case("\\frac{3}{4} \\cdot \\frac{2}{9}", "en", _exact(Fraction(3, 4) * Fraction(2, 9))),
    # a calculus student
    Case("derivative of e^(2x) at x = 0", "en", sp.diff(sp.exp(2 * x), x).subs(x, 0)),
    Case("find the critical points of x^3 - 3x", "en", _roots(sp.diff(x**3 - 3 * x, x))),
    Case("area under y = x^2 from 0 to 2", "en", sp.integrate(x**2, (x, 0, 2))),
    Case("tangent line to y=x^2 at x=1", "en", 2 * x - 1),
    Case("limit of (x^2-1)/(x-1) as x approaches 1", "en", sp.Integer(2)),
    Case("second derivative of x^4 at x = 2", "en", sp.diff(x**4, x, 2).subs(x, 2)),
    Case("integrate 3x^2 + 2x", "en", (ANTIDERIVATIVE, 3 * x**2 + 2 * x)),
    # statistics of a list
    Case("standard deviation of 2, 4, 4, 4, 5, 5, 7, 9", "en", _spread([2, 4, 4, 4, 5, 5, 7, 9])),
    Case("variance of 1, 2, 3, 4", "en", _variances([1, 2, 3, 4])),
    Case("what's the median of 7, 3, 9, 1", "en", _exact(statistics.median([Fraction(7), 3, 9, 1]))),
    # money
    Case("compound interest on $1000 at 5% for 3 years", "en", _compound_interest(1000, 5, 3)),
    Case("simple interest on $500 at 4% for 2 years", "en", _exact(500 * Fraction(4, 100) * 2)),
    Case("$2000 at 3% compounded annually for 2 years", "en", _exact(2000 * Fraction(103, 100) ** 2)),
    # word problems with one formula
    Case("a train goes 60 mph for 2.5 hours, how far", "en", _exact(60 * Fraction("2.5"))),
    Case("how long does it take to drive 180 miles at 60 mph", "en", _exact(Fraction(180, 60))),
    Case("if 3 pens cost $4.50 how much do 7 cost", "en", _exact(Fraction("4.50") / 3 * 7)),
    Case("a car uses 8 liters per 100 km, how much fuel for 350 km", "en", _exact(Fraction(8, 100) * 350)),
    # near-misses: read exactly or abstain
    Case("15% of 200 minus 10", "en", None),  # (15% of 200) - 10 or 15% of 190: chained percent abstains by rule
    Case("integral from 0 to 2 x^3 dx", "en", sp.integrate(x**3, (x, 0, 2))),
    Case("how many weeks from April 1 to June 3", "en", _weeks((4, 1), (6, 3))),
    Case("how many weeks between March 5 and March 24", "en", _weeks((3, 5), (3, 24))),
    Case("probability of drawing an ace", "en", _exact(Fraction(4, 52))),
    Case("convert 10 km to miles", "en", _km_to_miles(10)),
    Case("8 ÷ 2(2+2)", "en", None),
    Case("tangent line to y = |x| at x = 0", "en", None),  # a corner: no tangent
    Case("how many weeks from January 20 to March 10", "en", None),  # crosses February, no year
    Case("how many square feet is a 12 by", "en", None),
    Case("Berechne (1,5 + 2,5) * 2", "de", _exact((Fraction("1.5") + Fraction("2.5")) * 2)),
]


def grade_twenty_second(case: Case, result) -> str:  # noqa: ANN001 (a MathResult)
    """"right", "abstained" or "wrong": `Both` and `Decimal` as the module says, the rest as in the twenty-first
    batch (where `None` must abstain)."""
    from agentlib.tools.safe_math import parse_expression

    expected = case.expected
    if not isinstance(expected, (Both, Decimal)):
        return grade_twenty_first(case, result)
    if result.status != "verified":
        return "abstained"
    value = result.value or {}
    try:
        if isinstance(expected, Decimal):
            found = parse_expression(value["expression"])
            equal = value.get("kind") == "expression" and sp.simplify(found - expected.exact) == 0
            return "right" if equal and expected.shown in (result.answer or "") else "wrong"
        found = [parse_expression(v) for v in value["values"]] if value.get("kind") == "values" else []
        unmatched = list(expected.values)
        for each in found:
            match = next((e for e in unmatched if sp.simplify(each - e) == 0), None)
            if match is None:
                return "wrong"
            unmatched.remove(match)
        return "right" if found and not unmatched else "wrong"
    except Exception:  # an answer that cannot even be compared is not right
        return "wrong"


__all__ = ["CASES", "grade_twenty_second"]

if __name__ == "__main__":
    main(CASES, grade_twenty_second)

"""A thirtieth batch: everyday math typed the way people type into a chatbot (issue 12's hidden goal: every everyday
request verified and right, none wrong). Written before it was first run and before reading the reader's code:
lower case, no question mark, "whats", "pls", "how do i", units glued to numbers ("5km", "$40", "3.5kg"), numbers in
words, homework phrasings ("Solve for x: ...", "Simplify ...", "lim x->0 ..."), and the coordinator's known gaps in
fresh wording (unit-price comparisons, a drip rate, money at a stated rate, a pace from min:sec, a price after a
discount, pay per year, BMI, pizza fractions, consecutive integers, percent of / is what percent / of what, an
increase by a percent, averages with units, a tip split), plus near-misses that must abstain (a quantity missing,
an ambiguous "of", two operations with no order said). Expected answers are computed here by `fractions.Fraction`,
`statistics`, `math` and SymPy, never by agentlib. `None` means the request must abstain.

Conventions: as in the twenty-eighth batch (`Choice` names the better offer first, `_shown` rounds a measurement
half up to 4 places); a pace is minutes per km; a year is 12 months; BMI is kg / m^2.

Grading: as in the twenty-eighth batch.

Run `python tests/mathsolve/thirtieth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, this file's first commit): right 37, wrong 1, abstained 28 of 66 (eleven must
abstain; ten did). The one wrong: "what is 15% of" answered 0.15 (a percent with its whole missing read as a bare
percentage). Read right already: percent of / what percent / of what / increase by, a tip on a price, number words,
"three quarters of", "pls calculate", temperatures, minutes in hours, "5km in miles", "3.5kg in pounds", ml in
litres, an average of scores, every algebra and calculus homework phrasing, gcd, lcm, roots, powers, median,
standard deviation, coins, dice, seatings, a hypotenuse, a rectangle's perimeter. Abstained: a price at a percent
off, "after a 20% discount", pay per month to per year, a tip split, money at a stated rate, a pace from "44:00",
a drip rate, BMI, both unit-price comparisons, pizza slices left, consecutive integers, an average with units, a
circle's area with "5cm", a cylinder's volume, savings per week to per year, mpg, an average speed.
After the first run two expectations were revised, neither of them read yet: consecutive integers are the solutions
of the system they set up (a list, not a `Both` of values), and "$150 a week, how much in a year" must abstain (it
had expected 52 weeks; a year is 52 weeks and a day or two, and `recurring_totals.py` reads only exact spans).

AFTER ITS ROUND: right 54, wrong 0, abstained 12 of 66 (the twelve that must). New: `clause_scan.py` (terse
fragments in any order) with `sale_prices`, `bill_splits`, `stated_exchange`, `drip_rates`, `body_mass_index` and
`portions_left`; `better_buy` (a task of its own, checked by cross-multiplication); `consecutive_integers`;
`chat_shorthand` ("whats", glued units); `units_in_lists`; "per year" for an amount a month; a rate asked after its
trip; terse cylinders and cones; and the wrong one refused: a request that ends at "of" or "divided by".
"""

from __future__ import annotations

import math
import statistics
from fractions import Fraction

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import ANTIDERIVATIVE, Case, main
    from .twenty_eighth_batch import Choice, grade_twenty_eighth
    from .twenty_first_batch import Factored
    from .twenty_second_batch import Both, Decimal
else:  # run as a script
    from fresh_batch import ANTIDERIVATIVE, Case, main
    from twenty_eighth_batch import Choice, grade_twenty_eighth
    from twenty_first_batch import Factored
    from twenty_second_batch import Both, Decimal

x = sp.symbols("x")
KM_PER_MILE = Fraction(1609344, 10**6)
KG_PER_POUND = Fraction(45359237, 10**8)


def _exact(value: Fraction | int | str) -> sp.Rational:
    value = Fraction(value)
    return sp.Rational(value.numerator, value.denominator)


def _shown(value: Fraction) -> Decimal:
    """An exact value whose answer shows its decimal rounded half up to 4 places (trailing zeros dropped)."""
    scaled = math.floor(value * 10**4 + Fraction(1, 2))
    return Decimal(_exact(value), f"{scaled // 10**4}.{scaled % 10**4:04d}".rstrip("0").rstrip("."))


def _cheaper(first: tuple[str, Fraction, Fraction], second: tuple[str, Fraction, Fraction]) -> Choice:
    """Two offers (name, price, amount): the one with the lower price per unit first."""
    (name_a, price_a, amount_a), (name_b, price_b, amount_b) = first, second
    return Choice(name_a, name_b) if price_a / amount_a < price_b / amount_b else Choice(name_b, name_a)


def _consecutive(count: int, total: int) -> list:
    """`count` consecutive integers summing to `total`, found by brute force."""
    start = next(n for n in range(-1000, 1000) if sum(range(n, n + count)) == total)
    return [sp.Integer(n) for n in range(start, start + count)]


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


SCORES = [78, 85, 92, 88]
SPREAD = [2, 4, 4, 4, 5, 5, 7, 9]

CASES = [
    # arithmetic and percent, typed fast
    Case("whats 17% of 240", "en", _exact(Fraction(17, 100) * 240)),
    Case("what percent of 80 is 12", "en", _exact(Fraction(12, 80) * 100)),
    Case("12 is 15% of what", "en", _exact(12 / Fraction(15, 100))),
    Case("increase 80 by 15%", "en", _exact(80 * Fraction(115, 100))),
    Case("what do i pay for a $40 shirt at 20% off", "en", _exact(40 * Fraction(80, 100))),
    Case("whats $25 after a 20% discount", "en", _exact(25 * Fraction(80, 100))),
    Case("i earn $3,200 a month, how much is that per year", "en", sp.Integer(3200 * 12)),
    Case("$84 bill, 18% tip, split 4 ways", "en", _exact(84 * Fraction(118, 100) / 4)),
    Case("how much is a 15% tip on $62.40", "en", _exact(Fraction("62.40") * Fraction(15, 100))),
    Case("twelve times fifteen", "en", sp.Integer(12 * 15)),
    Case("what is three quarters of 60", "en", _exact(Fraction(3, 4) * 60)),
    Case("pls calculate 2.5 * 4.2", "en", _exact(Fraction("2.5") * Fraction("4.2"))),
    Case("whats 1/3 + 1/6", "en", _exact(Fraction(1, 3) + Fraction(1, 6))),
    # units, money at a rate, pace, a drip, BMI
    Case("convert 72 F to C", "en", _exact((72 - 32) * Fraction(5, 9))),
    Case("how many minutes in 3.5 hours", "en", _exact(Fraction("3.5") * 60)),
    Case("5km in miles", "en", _exact(5 / KM_PER_MILE)),
    Case("3.5kg in pounds", "en", _exact(Fraction("3.5") / KG_PER_POUND)),
    Case("how many ml in 2.5 litres", "en", _exact(Fraction("2.5") * 1000)),
    Case("convert 250 dollars to euros at 0.92", "en", _exact(250 * Fraction("0.92"))),
    Case("ran 8km in 44:00 whats my pace per km", "en", _exact(Fraction(44, 8))),
    Case("1000 mL over 8 hours, drops per minute with a 15 gtt/mL set", "en", _shown(Fraction(1000 * 15, 8 * 60))),
    Case("im 1.75 m and 70 kg whats my bmi", "en", _shown(70 / Fraction("1.75") ** 2)),
    Case("which is cheaper, 1.5 kg for $4.20 or 2 kg for $5.80", "en",
         _cheaper(("1.5 kg", Fraction("4.20"), Fraction("1.5")), ("2 kg", Fraction("5.80"), Fraction(2)))),
    Case("is the 6-pack at $4.49 or the 24-pack at $15.99 the better deal", "en",
         _cheaper(("6-pack", Fraction("4.49"), Fraction(6)), ("24-pack", Fraction("15.99"), Fraction(24)))),
    # fractions of things, consecutive integers, averages
    Case("pizza has 12 slices, i ate 3 and my sister ate 4, what fraction of the pizza is left", "en",
         _exact(Fraction(12 - 3 - 4, 12))),
    Case("3 consecutive numbers add up to 72", "en", _consecutive(3, 72)),  # the numbers, as solutions
    Case("average of 4kg, 5.5kg and 7kg", "en", _exact(statistics.mean([Fraction(4), Fraction("5.5"), Fraction(7)]))),
    Case("my test scores were 78, 85, 92 and 88, whats my average", "en",
         _exact(statistics.mean([Fraction(s) for s in SCORES]))),
    # algebra homework
    Case("Solve for x: 2(x-3) = 4x + 8", "en", _roots(2 * (x - 3) - (4 * x + 8))),
    Case("Simplify (x^2-9)/(x-3)", "en", x + 3),
    Case("factor 6x^2+x-2", "en", Factored(6 * x**2 + x - 2)),
    Case("how do i solve x^2 - 5x + 6 = 0", "en", _roots(x**2 - 5 * x + 6)),
    Case("expand (x+2)^3", "en", sp.expand((x + 2) ** 3)),
    Case("solve 3x + 7 = 22 pls", "en", _roots(3 * x + 7 - 22)),
    # calculus homework
    Case("find the derivative of e^(2x) sin x", "en", sp.diff(sp.exp(2 * x) * sp.sin(x), x)),
    Case("evaluate the integral of 1/(1+x^2) from 0 to 1", "en", sp.integrate(1 / (1 + x**2), (x, 0, 1))),
    Case("lim x->0 (1-cos x)/x^2", "en", sp.limit((1 - sp.cos(x)) / x**2, x, 0)),
    Case("integrate x^3 dx", "en", (ANTIDERIVATIVE, x**3)),
    Case("d/dx ln(x^2+1)", "en", sp.diff(sp.log(x**2 + 1), x)),
    # numbers
    Case("gcd of 84 and 126", "en", sp.Integer(math.gcd(84, 126))),
    Case("lcm of 12 and 18", "en", sp.Integer(math.lcm(12, 18))),
    Case("square root of 144", "en", sp.Integer(math.isqrt(144))),
    Case("2 to the power of 10", "en", sp.Integer(2**10)),
    # statistics and chance
    Case("whats the median of 3, 8, 1, 9, 4, 7", "en", _exact(statistics.median([3, 8, 1, 9, 4, 7]))),
    Case("standard deviation of 2, 4, 4, 4, 5, 5, 7, 9", "en",
         Both((sp.sqrt(_exact(statistics.pvariance([Fraction(v) for v in SPREAD]))),
               sp.sqrt(_exact(statistics.variance([Fraction(v) for v in SPREAD])))))),
    Case("probability of getting 2 heads when flipping 2 coins", "en", _exact(Fraction(1, 4))),
    Case("chance of rolling a sum of 7 with two dice", "en",
         _exact(Fraction(sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == 7), 36))),
    Case("how many ways can 5 people sit in a row", "en", sp.Integer(math.factorial(5))),
    # geometry
    Case("area of a circle with radius 5cm", "en", sp.pi * 5**2),
    Case("hypotenuse of a right triangle with legs 6 and 8", "en", sp.Integer(math.isqrt(6**2 + 8**2))),
    Case("perimeter of a rectangle 12m by 7m", "en", sp.Integer(2 * (12 + 7))),
    Case("volume of a cylinder radius 3 height 10", "en", sp.pi * 3**2 * 10),
    # rates
    Case("if i save $150 a week how much in a year", "en", None),  # 52 weeks and a day or two: not exact
    Case("car goes 240 miles on 8 gallons, whats the mpg", "en", _exact(Fraction(240, 8))),
    Case("i drove 150km in 1.5 hours whats my average speed", "en", _exact(150 / Fraction("1.5"))),
    # near-misses: a quantity missing, an ambiguous "of", two operations in no said order
    Case("whats 20% off", "en", None),
    Case("split the bill 4 ways", "en", None),
    Case("convert 100 dollars to euros", "en", None),  # no rate
    Case("what percent is 12", "en", None),  # of what?
    Case("three consecutive integers sum to 49, what are they", "en", None),  # none exist: 49 is not 3n + 3
    Case("half of 10 plus 4", "en", None),  # 9 or 7
    Case("drops per minute for 1000 mL over 8 hours", "en", None),  # no drop factor
    Case("whats my bmi, i weigh 70 kg", "en", None),  # no height
    Case("i ate 3 slices, what fraction is left", "en", None),  # of how many?
    Case("what is 15% of", "en", None),
    Case("5 km in 27:30", "en", None),  # pace or speed?
]


__all__ = ["CASES"]

if __name__ == "__main__":
    main(CASES, grade_twenty_eighth)

"""A thirty-second batch: everyday English math, fresh (issue 12's hidden goal: every everyday request verified and
right, none wrong). Written before it was first run and before reading the reader's code: homework pastes with
their numbering ("Q3.", "2)", "Problem 4:", "Q1 (a)"), chat ("whats", "can u", "gimme"), LaTeX pastes (`\\frac`,
`\\int_0^{\\pi}`, `\\lim_{x \\to \\infty}`, `\\sum`), one-formula word problems with units (distance from a speed and a
time, a price before a discount, a tip, simple interest, a markup, sales tax, a unit price, a ratio split, a recipe
scaled, a percent change, a score as a percent, a time to drive), conversions (feet to cm, pounds to grams, mph to
km/h, hours and minutes to minutes), rounding, and algebra, calculus, matrices, series, number theory, complex
numbers, inequalities and systems in everyday wording, plus near-misses that must abstain (a quantity missing, the
"6 ÷ 2(1+2)" meme, a percent change from zero, an age puzzle with one fact). Expected answers are computed here by
`fractions.Fraction`, `statistics`, `math` and SymPy, never by agentlib. `None` means the request must abstain.

Conventions: as in the thirtieth batch; a time asked as "how long" is in hours; a US customary mile, foot and pound
(1 mi = 1.609344 km, 1 ft = 30.48 cm, 1 lb = 453.59237 g); money is exact (a tip of 15% on $48.50 is 7.275, whatever
cents the answer also shows); a year of weekly pay is not keyed (52 weeks and a day or two, as the thirtieth batch
decided).

Grading: as in the twenty-eighth batch.

Run `python tests/mathsolve/thirty_second_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, this file's first commit): right 54, wrong 0, abstained 24 of 78 (nine must abstain;
all nine did). Read right already: numbered homework ("Q3.", "2)", "Problem 4:", "5."), every LaTeX paste, the chat
calculus, a tip, simple interest, a unit price, a ratio split, a recipe scaled, a time to drive, feet, pounds and mph
converted, hours and minutes, rounding, percents of fractions, a circle, a box, averages, the mode, systems,
inequalities, logs, the matrices but a product, the number theory, a modulus, complex roots, a card's chance.
Abstained: "Q1 (a)" before a formula (read as a glued Q1), "can u solve" (u taken for the unknown), "gimme", a
distance from mph and hours, a price before a discount, a markup, sales tax, a percent change, a score as a percent,
an average speed over "2 hours 30 minutes", a slope at a point, "multiply" two matrices or two complex numbers, a
geometric series ending "... forever", choosing 3 books from 8.

AFTER ITS ROUND: right 69, wrong 0, abstained 9 of 78 (the nine that must). New: `arithmetic_verbs.py` ("multiply
a by b", "subtract a from b", "add 10% to 50"), `trip_clauses.py` (one steady trip in fragments: the third of speed,
time and distance), price changes in `sale_prices.py` (a markup, a sales tax with its total, the price before a
discount said to be "after" it), `percent_stories.py` (a change "from a to b", a score "out of"),
`slope_at_point.py`, `shape_stories.py`, a `matrix_product` task checked entry by entry, part labels ("Q1 (a)",
"(b)"), "can u", "gimme", "plz", choosing named things, "sum of" / "infinite series" / "to infinity" before a
run, and beyond the batch a count at a price each (`priced_counts.py`) and the share of a score missed. Probing beyond the batch found five wrong readings, each now read right or refused with a test: "add 10% to
50" (50.1) and "subtract 20% from 80" (79.8) from the new verbs' parentheses; "a $20 shirt after a 20% discount,
what was the original price" (25: a tag price is the original); "derivative of x^2 at x = 2 and x = 3" (4: the
second value was dropped, an old reading); "Q2: (a) x^2 = 4" and "(b) x^2 = 4" solved with the part letter as a
coefficient (an old reading).
"""

from __future__ import annotations

import math
import statistics
from fractions import Fraction

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import ANTIDERIVATIVE, Case, main
    from .third_batch import Eigenvalues, Factors, real_set, system
    from .twenty_eighth_batch import grade_twenty_eighth
    from .twenty_first_batch import Factored
    from .twenty_second_batch import Both, Decimal
else:  # run as a script
    from fresh_batch import ANTIDERIVATIVE, Case, main
    from third_batch import Eigenvalues, Factors, real_set, system
    from twenty_eighth_batch import grade_twenty_eighth
    from twenty_first_batch import Factored
    from twenty_second_batch import Both, Decimal

x, y, n = sp.symbols("x y n")
I = sp.I  # noqa: E741 (the imaginary unit, as written)
KM_PER_MILE = Fraction(1609344, 10**6)
CM_PER_FOOT = Fraction(3048, 100)
GRAMS_PER_POUND = Fraction(45359237, 10**5)


def _exact(value: Fraction | int | str) -> sp.Rational:
    value = Fraction(value)
    return sp.Rational(value.numerator, value.denominator)


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


def _ratio_split(total: int, parts: tuple[int, ...]) -> Both:
    return Both(tuple(_exact(Fraction(total * p, sum(parts))) for p in parts))


QUIZ = [12, 15, 18, 21, 9]
SHOE_SIZES = [4, 7, 7, 2, 9, 7, 4]
CARDS = [(rank, suit) for rank in range(1, 14) for suit in "SHDC"]

CASES = [
    # homework pastes, numbered as copied
    Case("Q3. Solve for x: 5x - 7 = 3x + 9", "en", _roots(5 * x - 7 - (3 * x + 9))),
    Case("2) Solve: x^2 + 2x - 15 = 0", "en", _roots(x**2 + 2 * x - 15)),
    Case("Problem 4: Simplify (2x^2 + 6x)/(2x)", "en", sp.cancel((2 * x**2 + 6 * x) / (2 * x))),
    Case("Q1 (a) Factorise x^2 - 49", "en", Factored(x**2 - 49)),
    Case("Find the value of x if 3(x + 4) = 2(x - 1)", "en", _roots(3 * (x + 4) - 2 * (x - 1))),
    Case("5. Expand and simplify (2x - 3)^2", "en", sp.expand((2 * x - 3) ** 2)),
    # LaTeX pastes
    Case(r"Solve $\frac{x}{3} + 2 = 5$", "en", _roots(x / 3 + 2 - 5)),
    Case(r"Evaluate $\int_0^{\pi} \sin x \, dx$", "en", sp.integrate(sp.sin(x), (x, 0, sp.pi))),
    Case(r"Compute $\lim_{x \to \infty} \frac{3x^2 + 1}{x^2 - 4}$", "en",
         sp.limit((3 * x**2 + 1) / (x**2 - 4), x, sp.oo)),
    Case(r"$\frac{d}{dx}\left(x^3 e^x\right)$", "en", sp.diff(x**3 * sp.exp(x), x)),
    Case(r"Find $\sum_{n=1}^{10} n^2$", "en", sp.summation(n**2, (n, 1, 10))),
    # chat
    Case("whats the derivative of x^2 sin x", "en", sp.diff(x**2 * sp.sin(x), x)),
    Case("integral of cos(3x)", "en", (ANTIDERIVATIVE, sp.cos(3 * x))),
    Case("can u solve x^2 = 2x + 8", "en", _roots(x**2 - (2 * x + 8))),
    Case("whats the second derivative of x^4 - 3x^2", "en", sp.diff(x**4 - 3 * x**2, x, 2)),
    Case("limit of sin(5x)/x as x goes to 0", "en", sp.limit(sp.sin(5 * x) / x, x, 0)),
    Case("gimme 7 squared plus 5 squared", "en", sp.Integer(7**2 + 5**2)),
    # one formula behind the words: distance, prices, money
    Case("A car goes 60 mph for 2.5 hours. How far?", "en", _exact(60 * Fraction("2.5"))),
    Case("$20 after a 20% discount: what was the original price?", "en", _exact(20 / Fraction(80, 100))),
    Case("what is 15% tip on $48.50", "en", _exact(Fraction("48.50") * Fraction(15, 100))),
    Case("simple interest on $1000 at 5% for 3 years", "en", _exact(1000 * Fraction(5, 100) * 3)),
    Case("a $60 jacket marked up 25%, whats the new price", "en", _exact(60 * Fraction(125, 100))),
    Case("a shirt costs $35 and sales tax is 8%, what's the total", "en", _exact(35 * Fraction(108, 100))),
    Case("If 4 notebooks cost $10, how much do 7 cost?", "en", _exact(Fraction(10, 4) * 7)),
    Case("split $240 in the ratio 3:5", "en", _ratio_split(240, (3, 5))),
    Case("a recipe uses 3 eggs for 12 cookies, how many eggs for 36 cookies", "en", _exact(Fraction(3, 12) * 36)),
    Case("price went from $80 to $92, whats the percent change", "en", _exact(Fraction(92 - 80, 80) * 100)),
    Case("I got 42 out of 50 on my test, what percent is that", "en", _exact(Fraction(42, 50) * 100)),
    Case("how long does it take to drive 180 km at 72 km/h", "en", _exact(Fraction(180, 72))),
    Case("average speed if i cover 120 miles in 2 hours 30 minutes", "en", _exact(120 / Fraction(5, 2))),
    # conversions and rounding
    Case("convert 5 feet to cm", "en", _exact(5 * CM_PER_FOOT)),
    Case("how many grams in 2.5 pounds", "en", _exact(Fraction("2.5") * GRAMS_PER_POUND)),
    Case("60 mph in km/h", "en", _exact(60 * KM_PER_MILE)),
    Case("convert 3 hours 45 minutes to minutes", "en", sp.Integer(3 * 60 + 45)),
    Case("how many seconds in a day", "en", sp.Integer(24 * 60 * 60)),
    Case("round 3.14159 to 2 decimal places", "en", Decimal(_exact("3.14"), "3.14")),
    Case("whats 3/8 as a percent", "en", _exact(Fraction(3, 8) * 100)),
    Case("what is 1/4 of 3/5", "en", _exact(Fraction(1, 4) * Fraction(3, 5))),
    # geometry, averages
    Case("area of a circle with radius 3", "en", sp.pi * 3**2),
    Case("volume of a box 3 ft by 4 ft by 2 ft", "en", sp.Integer(3 * 4 * 2)),
    Case("average of 12, 15, 18, 21 and 9", "en", _exact(statistics.mean([Fraction(v) for v in QUIZ]))),
    Case("mode of 4, 7, 7, 2, 9, 7, 4", "en", sp.Integer(statistics.mode(SHOE_SIZES))),
    # algebra in words: systems, inequalities, logs
    Case("solve 2x + 3y = 12 and x - y = 1", "en", system(sp.Eq(2 * x + 3 * y, 12), sp.Eq(x - y, 1))),
    Case("find x and y if x + y = 10 and 2x - y = 5", "en", system(sp.Eq(x + y, 10), sp.Eq(2 * x - y, 5))),
    Case("solve |2x - 1| < 5", "en", real_set(sp.Abs(2 * x - 1) < 5)),
    Case("for what values of x is x^2 - 5x + 4 > 0", "en", real_set(x**2 - 5 * x + 4 > 0)),
    Case("solve 3x - 4 ≤ 11", "en", real_set(3 * x - 4 <= 11)),
    Case("simplify sqrt(50)", "en", sp.sqrt(50)),
    Case("what is log base 3 of 81", "en", sp.log(81, 3)),
    Case("solve 2^x = 32", "en", _roots(2**x - 32)),
    # calculus in words
    Case("find the integral from 1 to e of 1/x dx", "en", sp.integrate(1 / x, (x, 1, sp.E))),
    Case("whats the slope of y = x^3 - 2x at x = 2", "en", sp.diff(x**3 - 2 * x, x).subs(x, 2)),
    Case("find the minimum value of x^2 - 6x + 11", "en", sp.minimum(x**2 - 6 * x + 11, x)),
    Case("integrate x e^x", "en", (ANTIDERIVATIVE, x * sp.exp(x))),
    # matrices
    Case("determinant of [[3, 1], [4, 2]]", "en", sp.Matrix([[3, 1], [4, 2]]).det()),
    Case("inverse of the matrix [[2, 1], [7, 4]]", "en", sp.Matrix([[2, 1], [7, 4]]).inv()),
    Case("multiply [[1,2],[3,4]] by [[0,1],[1,0]]", "en", sp.Matrix([[1, 2], [3, 4]]) * sp.Matrix([[0, 1], [1, 0]])),
    Case("eigenvalues of [[4, 1], [2, 3]]", "en", Eigenvalues(sp.Matrix([[4, 1], [2, 3]]).eigenvals())),
    # series and number theory
    Case("sum of the first 20 odd numbers", "en", sp.Integer(sum(range(1, 40, 2)))),
    Case("sum of 1 + 1/2 + 1/4 + 1/8 + ... forever", "en", sp.summation(sp.Rational(1, 2) ** n, (n, 0, sp.oo))),
    Case("prime factorization of 360", "en", Factors(dict(sp.factorint(360)))),
    Case("what's 17 mod 5", "en", sp.Integer(17 % 5)),
    Case("whats 2^100 mod 7", "en", sp.Integer(pow(2, 100, 7))),
    Case("gcd of 48 and 180", "en", sp.Integer(math.gcd(48, 180))),
    # complex numbers
    Case("multiply (3 + 2i)(1 - 4i)", "en", sp.expand((3 + 2 * I) * (1 - 4 * I))),
    Case("what is the modulus of 3 - 4i", "en", sp.Abs(3 - 4 * I)),
    Case("solve x^2 + 2x + 5 = 0", "en", _roots(x**2 + 2 * x + 5)),
    # chance and counting
    Case("probability of drawing a king from a standard deck", "en",
         _exact(Fraction(sum(1 for rank, _ in CARDS if rank == 13), len(CARDS)))),
    Case("how many ways to choose 3 books from 8", "en", sp.Integer(math.comb(8, 3))),
    # near-misses: a quantity missing, ambiguous wording, a model needed
    Case("$150 a week: how much per year?", "en", None),  # 52 weeks and a day or two, as the thirtieth batch keyed
    Case("how long to drive 300 km", "en", None),  # no speed
    Case("what was the original price after a 20% discount", "en", None),  # no price
    Case("what's the area of a circle", "en", None),  # no radius
    Case("simple interest on $500 at 4%", "en", None),  # no time
    Case("6 ÷ 2(1+2)", "en", None),  # 1 or 9, by which convention
    Case("percent change from 0 to 50", "en", None),  # no base to compare with
    Case("Ann is twice as old as Ben. How old is Ann?", "en", None),  # one fact, two ages
    Case("how much paint for a room 4 m by 5 m", "en", None),  # no height, no coverage
]


__all__ = ["CASES"]

if __name__ == "__main__":
    main(CASES, grade_twenty_eighth)

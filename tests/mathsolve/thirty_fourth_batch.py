"""A thirty-fourth batch: everyday English math, fresh (issue 12's hidden goal: every everyday request verified and
right, none wrong). Written before it was first run and before reading the reader's code: the coordinator's known
misses, each in several wordings (a tip on a bill, a bill split some ways, how many primes below a bound, the
factors of a number listed, a square's perimeter from its area), then what people ask a calculator with brains:
statistics of a list (mean, median, mode, range, standard deviation, "average of 4, 8 and 15"), chances (two dice,
coin flips, cards), counting (choosing, arranging the letters of a word, people in a line), one-formula geometry (a
hypotenuse, a cylinder, a sphere, a box, a circumference), time and the clock, unit conversions (miles and km, °F
and °C, cups, pounds and kg), fractions, decimals and percents, scientific notation, rounding and significant
figures, primality, LCM stories (buses every 12 and 18 minutes), algebra and calculus in chat wording, and
near-misses that must abstain (a quantity missing, a word problem that needs a model, ambiguous wording). Expected
answers are computed here by `fractions.Fraction`, `statistics`, `itertools`, `datetime`, `math` and SymPy, never by
agentlib. `None` means the request must abstain.

Conventions: as in the thirty-second batch; "the factors of N" asked as a list ("list", "all", "what numbers
divide") are all its positive divisors, in any order; "how many primes less than N" counts primes p < N, "up to N"
p <= N; a plain "standard deviation" answers both the population and the sample figure (`Both`, as the twenty-second
batch keyed it); a time of day is on the 24-hour clock ("13:15"); a US cup is 8 US fluid ounces; a tip is the tip
alone unless the total is asked; "split N ways" is equal shares.

Grading: as in the twenty-eighth batch.

Run `python tests/mathsolve/thirty_fourth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, this file's first commit): right 57, wrong 0, abstained 30 of 87 (nine must; all
nine did). Read right already: a tip alone, a share "among 4 friends", primes "below 100" and "up to 31", the mean,
median, mode, range and both standard deviations, chances of a sum with two dice, two heads, cards, choosing,
LEVEL's arrangements, people in a line, a hypotenuse from legs, cylinder, sphere, box, circumferences, minutes,
hours and seconds, the clock, miles, km, °F and °C, tablespoons, pounds and kg, decimals, fractions, percents,
rounding and significant figures, primality, an LCM, the algebra and calculus, a yes-or-no sum.
Abstained: a tip's total, "split $90 three ways", "split ... evenly between 3 people", "share a $120 bill
equally", primes "less than 50" and "under 20", "the factors of 36" / "all the factors of 28" / "list all the
divisors of 45", a square's perimeter from its area and its area from its perimeter, "two dice sum to 7", "at least
one head" in three flips, the letters of BOOK, a hypotenuse with cm, fluid ounces in cups, "45% as a fraction",
"(3.2 x 10^5) times (2 x 10^3)" (x as times or a letter), the buses every 12 and 18 minutes.

AFTER ITS ROUND: right 78, wrong 0, abstained 9 of 87 (the nine that must). New: `square_measures.py` (a square
known by its side, perimeter, area or diagonal gives any other), `shared_cycles.py` (things on cycles started
together next coincide at the lcm), an unnamed amount split "three ways", "evenly" apart and "if 5 of us share"
(`bill_splits.py`), primes counted "less than" / "under" / "less than or equal to", "list the factors" / "all the
factors" as the divisors, a bound on the sum said of two dice, coin flips told first as an order, "arrangements of
the letters of BOOK" alone, "how long is the hypotenuse", the US fluid ounce and two-word units, a lone percent
"as a fraction", brackets in a line of numbers with x as times, the total with a tip (`shop_arithmetic.py`).
Beyond the batch, two verified wrong answers found and fixed: "lcm(4, 6, 10)" was 12 and "gcd(12, 18, 8)" 6 (SymPy
takes a third argument as a generator; `safe_math` now folds gcd and lcm pairwise); "convert 7/2 to a mixed number"
was answered 7/2 (now 3 1/2, `mixed` in the request). Also read beyond it: "write 0.00045 in scientific notation"
(`scientific_form.py`), "tip on $65 at 20%", "how many ways to arrange 6 books", "a square garden has an area of
144 square feet", "two dice sum to 7, what is the probability", "convert 2 1/2 to an improper fraction".
"""

from __future__ import annotations

import datetime
import itertools
import math
import statistics
from fractions import Fraction

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import ANTIDERIVATIVE, Case, main
    from .twenty_eighth_batch import Verdict, grade_twenty_eighth
    from .twenty_first_batch import Factored
    from .twenty_second_batch import Both, Decimal
else:  # run as a script
    from fresh_batch import ANTIDERIVATIVE, Case, main
    from twenty_eighth_batch import Verdict, grade_twenty_eighth
    from twenty_first_batch import Factored
    from twenty_second_batch import Both, Decimal

x = sp.Symbol("x")
KM_PER_MILE = Fraction(1609344, 10**6)
KG_PER_POUND = Fraction(45359237, 10**8)
RANKS = range(1, 14)
DECK = list(itertools.product(RANKS, "SHDC"))
DICE = list(itertools.product(range(1, 7), repeat=2))
FLIPS = list(itertools.product("HT", repeat=3))


def _exact(value: Fraction | int | str) -> sp.Rational:
    value = Fraction(value)
    return sp.Rational(value.numerator, value.denominator)


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


def _chance(outcomes: list, event) -> sp.Rational:  # noqa: ANN001 (a predicate on one outcome)
    """A probability by enumerating equally likely outcomes."""
    return _exact(Fraction(sum(1 for o in outcomes if event(o)), len(outcomes)))


def _primes_below(bound: int) -> int:
    return sum(1 for p in range(2, bound) if all(p % d for d in range(2, math.isqrt(p) + 1)))


def _divisors(number: int) -> Both:
    return Both(tuple(sp.Integer(d) for d in range(1, number + 1) if number % d == 0))


def _spread(values: list[int]) -> Both:
    data = [Fraction(v) for v in values]
    return Both((sp.sqrt(_exact(statistics.pvariance(data))), sp.sqrt(_exact(statistics.variance(data)))))


def _arrangements(word: str) -> sp.Integer:
    return sp.Integer(len(set(itertools.permutations(word))))


def _clock(hour: int, minute: int, plus_minutes: int) -> str:
    moment = datetime.datetime(2025, 1, 1, hour, minute) + datetime.timedelta(minutes=plus_minutes)
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _celsius(fahrenheit: Fraction) -> sp.Rational:
    return _exact((Fraction(fahrenheit) - 32) * Fraction(5, 9))


def _is_prime(number: int) -> str:
    return "prime" if number > 1 and all(number % d for d in range(2, math.isqrt(number) + 1)) else "not prime"


CASES = [
    # known misses: a tip, a split, primes below a bound, the factors listed, a square from its area
    Case("what's a 20% tip on $65", "en", _exact(Fraction(20, 100) * 65)),
    Case("how much is an 18 percent tip on a $48 bill?", "en", _exact(Fraction(18, 100) * 48)),
    Case("15% tip on 72 dollars", "en", _exact(Fraction(15, 100) * 72)),
    Case("what's the total if I leave a 20% tip on a $65 dinner", "en", _exact(Fraction(120, 100) * 65)),
    Case("split $90 three ways", "en", _exact(Fraction(90, 3))),
    Case("split a $75 check evenly between 3 people", "en", _exact(Fraction(75, 3))),
    Case("if 5 of us share a $120 bill equally, how much does each person pay?", "en", _exact(Fraction(120, 5))),
    Case("divide $250 equally among 4 friends", "en", _exact(Fraction(250, 4))),
    Case("how many primes are less than 50", "en", sp.Integer(_primes_below(50))),
    Case("how many prime numbers are there below 100?", "en", sp.Integer(_primes_below(100))),
    Case("count the primes under 20", "en", sp.Integer(_primes_below(20))),
    Case("how many primes are there up to 31", "en", sp.Integer(_primes_below(32))),
    Case("list the factors of 36", "en", _divisors(36)),
    Case("what are all the factors of 28?", "en", _divisors(28)),
    Case("list all the divisors of 45", "en", _divisors(45)),
    Case("a square has area 49, what is its perimeter", "en", sp.Integer(4 * math.isqrt(49))),
    Case("The area of a square is 64 square cm. Find its perimeter.", "en", sp.Integer(4 * math.isqrt(64))),
    Case("perimeter of a square whose area is 81 m²", "en", sp.Integer(4 * math.isqrt(81))),
    Case("a square has a perimeter of 36 cm, what's its area", "en", sp.Integer((36 // 4) ** 2)),
    # statistics of a list
    Case("average of 4, 8 and 15", "en", _exact(statistics.mean([Fraction(v) for v in (4, 8, 15)]))),
    Case("what's the mean of 3, 9, 12, 5, 6", "en", _exact(statistics.mean([Fraction(v) for v in (3, 9, 12, 5, 6)]))),
    Case("find the median of 10, 2, 38, 23, 38, 23, 21", "en",
         sp.Integer(statistics.median([10, 2, 38, 23, 38, 23, 21]))),
    Case("mode of 5, 3, 5, 8, 3, 5, 1", "en", sp.Integer(statistics.mode([5, 3, 5, 8, 3, 5, 1]))),
    Case("what is the range of 14, 7, 22, 3, 18", "en", sp.Integer(max(14, 7, 22, 3, 18) - min(14, 7, 22, 3, 18))),
    Case("standard deviation of 6, 2, 3, 1", "en", _spread([6, 2, 3, 1])),
    Case("population standard deviation of 10, 12, 23, 23, 16, 23, 21, 16", "en",
         sp.sqrt(_exact(statistics.pvariance([Fraction(v) for v in (10, 12, 23, 23, 16, 23, 21, 16)])))),
    Case("my test scores are 82, 90, 77 and 95. what's my average?", "en",
         _exact(statistics.mean([Fraction(v) for v in (82, 90, 77, 95)]))),
    # chances
    Case("probability that two dice sum to 7", "en", _chance(DICE, lambda o: sum(o) == 7)),
    Case("if I roll two dice what are the odds of getting a total of 10?", "en", None),  # odds or probability
    Case("chance of rolling a sum of 8 with two dice", "en", _chance(DICE, lambda o: sum(o) == 8)),
    Case("flip a coin 3 times, probability of at least one head", "en", _chance(FLIPS, lambda o: "H" in o)),
    Case("probability of exactly two heads in three coin flips", "en", _chance(FLIPS, lambda o: o.count("H") == 2)),
    Case("probability of drawing a heart from a standard deck of cards", "en", _chance(DECK, lambda c: c[1] == "H")),
    Case("what's the probability of drawing a face card from a deck", "en", _chance(DECK, lambda c: c[0] > 10)),
    Case("probability of drawing 2 aces in a row from a deck without replacement", "en",
         _exact(Fraction(4, 52) * Fraction(3, 51))),
    # counting
    Case("how many ways to choose 3 of 10", "en", sp.Integer(math.comb(10, 3))),
    Case("how many ways can you pick 2 people out of 7", "en", sp.Integer(math.comb(7, 2))),
    Case("arrangements of the letters of BOOK", "en", _arrangements("BOOK")),
    Case("how many different ways can the letters in LEVEL be arranged", "en", _arrangements("LEVEL")),
    Case("in how many ways can 5 people stand in a line", "en", sp.Integer(math.factorial(5))),
    # geometry with one formula
    Case("hypotenuse of a right triangle with legs 6 and 8", "en", sp.sqrt(6**2 + 8**2)),
    Case("a right triangle has legs 5 cm and 12 cm. how long is the hypotenuse?", "en", sp.sqrt(5**2 + 12**2)),
    Case("volume of a cylinder with radius 3 and height 5", "en", sp.pi * 3**2 * 5),
    Case("what's the volume of a sphere with radius 6", "en", sp.Rational(4, 3) * sp.pi * 6**3),
    Case("volume of a box 2 m by 3 m by 4 m", "en", sp.Integer(2 * 3 * 4)),
    Case("circumference of a circle with diameter 10", "en", sp.pi * 10),
    Case("what's the circumference of a circle of radius 4 cm", "en", 2 * sp.pi * 4),
    # time and the clock
    Case("how many minutes in 3.5 hours", "en", _exact(Fraction(7, 2) * 60)),
    Case("what time is it 150 minutes after 10:45", "en", _clock(10, 45, 150)),
    Case("what time will it be 2 hours 50 minutes after 9:20", "en", _clock(9, 20, 2 * 60 + 50)),
    Case("how many hours is 270 minutes", "en", _exact(Fraction(270, 60))),
    Case("how many seconds are in 2.5 hours", "en", _exact(Fraction(5, 2) * 3600)),
    # unit conversions
    Case("26.2 miles in km", "en", _exact(Fraction("26.2") * KM_PER_MILE)),
    Case("convert 10 km to miles", "en", _exact(10 / KM_PER_MILE)),
    Case("98.6 F to C", "en", _celsius(Fraction("98.6"))),
    Case("what is 25 degrees celsius in fahrenheit", "en", _exact(25 * Fraction(9, 5) + 32)),
    Case("how many tablespoons in 3 cups", "en", sp.Integer(3 * 16)),
    Case("how many fluid ounces in 2.5 cups", "en", _exact(Fraction(5, 2) * 8)),
    Case("150 pounds in kg", "en", _exact(150 * KG_PER_POUND)),
    Case("convert 5 kg to pounds", "en", _exact(5 / KG_PER_POUND)),
    # fractions, decimals, percents, scientific notation, rounding
    Case("what is 3/8 as a decimal", "en", _exact(Fraction(3, 8))),
    Case("convert 0.625 to a fraction", "en", _exact(Fraction("0.625"))),
    Case("write 45% as a fraction", "en", _exact(Fraction(45, 100))),
    Case("what's 7/20 as a percentage", "en", _exact(Fraction(7, 20) * 100)),
    Case("(3.2 x 10^5) times (2 x 10^3)", "en", _exact(Fraction(32, 10) * 10**5 * 2 * 10**3)),
    Case("round 2.71828 to 3 decimal places", "en", Decimal(_exact("2.718"), "2.718")),
    Case("round 0.004567 to 2 significant figures", "en", _exact(Fraction(46, 10000))),
    Case("round 1,234 to the nearest hundred", "en", sp.Integer(1200)),
    # primality and LCM stories
    Case("is 91 prime", "en", _is_prime(91)),
    Case("is 97 a prime number?", "en", _is_prime(97)),
    Case("One bus comes every 12 minutes and another every 18 minutes. If they both leave now, in how many minutes "
         "will they next leave together?", "en", sp.Integer(math.lcm(12, 18))),
    Case("lcm of 8, 12 and 20", "en", sp.Integer(math.lcm(8, 12, 20))),
    # algebra and calculus in chat wording
    Case("solve for x: 4x + 7 = 31", "en", _roots(4 * x + 7 - 31)),
    Case("hey what's x if 3x - 5 = 2x + 9", "en", _roots(3 * x - 5 - (2 * x + 9))),
    Case("factor x^2 - 5x + 6", "en", Factored(x**2 - 5 * x + 6)),
    Case("derivative of ln(x^2 + 1)", "en", sp.diff(sp.log(x**2 + 1), x)),
    Case("integrate x^2 from 0 to 3", "en", sp.integrate(x**2, (x, 0, 3))),
    Case("antiderivative of 1/x^2", "en", (ANTIDERIVATIVE, 1 / x**2)),
    Case("is 2/3 + 1/6 equal to 5/6?", "en", Verdict(Fraction(2, 3) + Fraction(1, 6) == Fraction(5, 6))),
    # near-misses: a quantity missing, a model needed, ambiguous wording
    Case("what's a good tip on $65", "en", None),  # no percent
    Case("split the bill three ways", "en", None),  # no amount
    Case("what's the perimeter of a rectangle with area 24", "en", None),  # many rectangles
    Case("what time is it 150 minutes after", "en", None),  # no starting time
    Case("convert 2 cups of flour to grams", "en", None),  # depends on the flour and how it is packed
    Case("a train leaves at noon going 60 mph and another leaves an hour later going 80 mph from the other "
         "station; when do they meet?", "en", None),  # no distance between the stations
    Case("how many primes", "en", None),  # no bound
    Case("what are the factors", "en", None),  # no number
]


__all__ = ["CASES"]

if __name__ == "__main__":
    main(CASES, grade_twenty_eighth)

"""A twenty-eighth batch: everyday math in voices not heard before (issue 12's hidden goal: every everyday request
verified and right, none wrong). Written before it was first run and before reading the reader's code: a parent
checking homework ("is 3/4 + 2/3 really 17/12?"), a small-business owner (VAT, stacked discounts, which pack is
cheaper), a nurse (drip rates, mg and mcg, tablets and vials), a gardener (a round bed, soil in a raised bed, bags
of compost), a traveller (money at a stated rate, time zones with stated offsets), a gamer (crits, drop rates, dice),
an engineering student (systems, a matrix inverse, eigenvalues, calculus, the Dirichlet integral), a statistics
student, a high-school student (quadratics with no real roots, absolute-value inequalities, logs, trig equations on
[0, 2π)), the coordinator's known gaps in fresh wording (money to the cent, lengths in two units, splits, recipes
by people, tiles, paint, cards without replacement, ages), and near-misses that must be read exactly or abstain.
Expected answers are computed here by `fractions.Fraction`, `statistics`, `datetime`, `itertools`, `math` and
SymPy, never by agentlib. `None` means the request is ambiguous or incomplete and must abstain.

Conventions: as in the twenty-sixth batch; money compounded is shown to the cent beside its exact value
(`Decimal`); a yes-or-no check is answered by a verdict whose first word says yes or no (`Verdict`); "which is
cheaper" is answered by naming the cheaper offer first (`Choice`); a time of day is on the 24-hour clock ("16:00");
a time zone is only converted when both offsets are stated; whole cans, bags or tins are rounded up only when the
request counts them; a drip rate is drops per minute, exact, with its decimal shown.

Grading: as in the twenty-second batch, plus `Verdict` and `Choice` below.

Run `python tests/mathsolve/twenty_eighth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, this file's first commit): right 27, wrong 1, abstained 50 of 78 (twelve were
expected to abstain, and all did). The one wrong: "$2,500 invested at 4.5% compounded annually for 6 years" answered
3255.6503121187890625, the exact value with no cents in sight (the value is right; the answer people read is not).
Read right already: fraction arithmetic and "as a decimal", a percentage increase, the engineering student's
system, inverse, eigenvalues, determinant, derivative, definite integral and limit, statistics of a list, the
high-school student's quadratic with no real roots, absolute-value inequalities, logs and trig equations on
[0, 2π), "5 ft 6 in in cm", "1 m 75 cm minus 90 cm", a pace from "3 minutes 20 seconds", and "0.1 + 0.2".
Abstained: every yes-or-no check ("really", "is that right", "equal to"), VAT, stacked discounts, "which is
cheaper", a price per egg, mg and mcg, a drip rate, tablets and vials, a dose per kg per minute, a round bed, soil
and compost, seed per square metre, money at a stated rate, time zones, a flight's landing time, km/h in mph, every
gamer's chance, "dps", "how many ways to choose 3 people", a pace from "1:45:00", recipes by people, tiles, paint,
two hearts without replacement, both age problems, "2 m 35 cm times 3", and the Dirichlet integral (pi/2, not
verified).
After the first run the shown decimals of four expectations (a drip rate, km/h in mph, a drop chance, litres of
paint) became the exact value rounded half up to 4 places, as `approximately.py` shows every measurement: they had
been truncated to 1 to 3 places, which a carry (0.63397 is 0.634) makes no answer show. None had been read.

Later in the round one expectation's form was revised: "3pm in London is what time in Tokyo if Tokyo is 9 hours
ahead" is answered on the 12-hour clock it was asked in ("12:00 AM", the clock reader's rule for a time written with
am / pm), not "00:00"; its value is unchanged and it had not been read.

AFTER ITS ROUND: right 52, wrong 0, abstained 26 of 78 (twelve must). New, one module each: `to_the_cent` (money
compounded shown to the cent first, the exact value kept), `numeric_claims` (yes-or-no checks of a stated value),
micrograms in `units`, `repeated_trials` (chances over independent tries with a stated chance each),
`oscillatory_quadrature` (the Dirichlet integral verified by quadrature between zeros, where Dirichlet's test holds),
`recipe_servings`, `paint_coverage`, `tile_counts`, `cards_drawn` (with or without replacement, said), `two_ages`,
`race_times` ("10k in 52:30"), a compound length scaled by a number in `compound_quantities`, `tax_included` (VAT
added or taken back out), `stacked_discounts` and `time_zones` (offsets stated). Still abstained: which is
cheaper, a price per egg, the nurse's drip rate, tablets, vial and dose per kg per minute, the gardener's round bed,
soil, compost and seed, money at a stated rate, a flight's landing, "speed limit ... in mph", a natural 20 on a d20,
"dps", "how many ways to choose 3 people from a group of 10", and the twelve that must.
"""

from __future__ import annotations

import datetime
import itertools
import math
import statistics
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import Case, main
    from .third_batch import Eigenvalues, system
    from .twenty_second_batch import Both, Decimal, grade_twenty_second
else:  # run as a script
    from fresh_batch import Case, main
    from third_batch import Eigenvalues, system
    from twenty_second_batch import Both, Decimal, grade_twenty_second

x, y = sp.symbols("x y")
RANKS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
SUITS = ["hearts", "diamonds", "clubs", "spades"]
DECK = list(itertools.product(RANKS, SUITS))
CM_PER_INCH = Fraction(254, 100)
KM_PER_MILE = Fraction(1609344, 10**6)


@dataclass(frozen=True)
class Verdict:
    """A yes-or-no check: verified, and the answer's first word says yes ("yes", "true", "correct") or no."""

    truth: bool


@dataclass(frozen=True)
class Choice:
    """A comparison of two offers: verified, and the answer names `better` before (or without) `worse`."""

    better: str
    worse: str


def _exact(value: Fraction | int) -> sp.Rational:
    value = Fraction(value)
    return sp.Rational(value.numerator, value.denominator)


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


def _real_roots(expression: sp.Expr) -> list:
    return sorted(sp.solveset(expression, x, domain=sp.S.Reals))


def _on_circle(expression: sp.Expr) -> list:
    """Solutions in [0, 2π)."""
    return list(sp.solveset(expression, x, domain=sp.Interval.Ropen(0, 2 * sp.pi)))


def _real_set(relation: sp.Basic) -> sp.Set:
    return sp.solveset(relation, x, domain=sp.S.Reals)


def _cents(value: Fraction) -> Decimal:
    """Money: the exact value, shown rounded to the cent (half up, as a bank prints it)."""
    cents = math.floor(value * 100 + Fraction(1, 2))
    return Decimal(_exact(value), f"{cents // 100}.{cents % 100:02d}")


def _shown(value: Fraction) -> Decimal:
    """An exact value whose answer shows its decimal rounded half up to 4 places (trailing zeros dropped), as
    people read a measurement or a chance."""
    scaled = math.floor(value * 10**4 + Fraction(1, 2))
    return Decimal(_exact(value), f"{scaled // 10**4}.{scaled % 10**4:04d}".rstrip("0").rstrip("."))


def _both_of(event) -> sp.Rational:  # noqa: ANN001 (a predicate on one card)
    """Two cards drawn without replacement, both satisfying `event`: counted over ordered pairs of distinct cards."""
    pairs = list(itertools.permutations(DECK, 2))
    return _exact(Fraction(sum(1 for a, b in pairs if event(*a) and event(*b)), len(pairs)))


def _clock(hour: int, minute: int, plus_minutes: int) -> str:
    moment = datetime.datetime(2025, 1, 1, hour, minute) + datetime.timedelta(minutes=plus_minutes)
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _twelve_hour(clock: str) -> str:
    """A 24-hour "HH:MM" as a 12-hour clock says it ("00:00" is "12:00 AM"), for a time asked with am / pm."""
    moment = datetime.datetime.strptime(clock, "%H:%M")
    return f"{(moment.hour - 1) % 12 + 1}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def _ages_times_as_old(times: int, years: int, total: int) -> sp.Rational:
    """"A is `times` times as old as B; in `years` years their ages add to `total`": B's age, by brute force."""
    found = [b for b in range(0, 200) if (times * b + years) + (b + years) == total]
    return sp.Integer(found[0])


def _son(older_by: int, years: int, times: int) -> sp.Integer:
    """"A father is `older_by` years older than his son; in `years` years he is `times` times as old": the son."""
    found = [s for s in range(0, 200) if s + older_by + years == times * (s + years)]
    return sp.Integer(found[0])


INVERTED = sp.Matrix([[4, 7], [2, 6]])
EIGEN = sp.Matrix([[6, -2], [2, 1]])
DETERMINANT = sp.Matrix([[1, 2, 0], [0, 1, 3], [2, 0, 1]])

CASES = [
    # a parent checking homework
    Case("is 3/4 + 2/3 really 17/12?", "en", Verdict(Fraction(3, 4) + Fraction(2, 3) == Fraction(17, 12))),
    Case("my kid says 2/5 of 35 is 14, is that right?", "en", Verdict(Fraction(2, 5) * 35 == 14)),
    Case("is 0.3 times 0.2 equal to 0.6?", "en", Verdict(Fraction("0.3") * Fraction("0.2") == Fraction("0.6"))),
    Case("what's 5/6 minus 1/4", "en", _exact(Fraction(5, 6) - Fraction(1, 4))),
    Case("7 1/2 divided by 1 1/4", "en", _exact(Fraction(15, 2) / Fraction(5, 4))),
    Case("what is 3/8 as a decimal", "en", Decimal(_exact(Fraction(3, 8)), "0.375")),
    # a small-business owner
    Case("price before VAT if it's £120 including 20% VAT", "en", _exact(Fraction(120) / Fraction(120, 100))),
    Case("add 20% VAT to £85", "en", _exact(85 * Fraction(120, 100))),
    Case("20% off and then another 10% off $200", "en", _exact(200 * Fraction(80, 100) * Fraction(90, 100))),
    Case("which is cheaper, 500 g for $3.20 or 750 g for $4.50", "en",
         Choice("750 g", "500 g") if Fraction("4.50") / 750 < Fraction("3.20") / 500 else Choice("500 g", "750 g")),
    Case("unit price of 12 eggs for $4.20", "en", _exact(Fraction("4.20") / 12)),
    Case("percentage increase from $80 to $92", "en", _exact(Fraction(92 - 80, 80) * 100)),
    # a nurse
    Case("convert 0.25 mg to mcg", "en", _exact(Fraction("0.25") * 1000)),
    Case("how many mg is 1500 mcg", "en", _exact(Fraction(1500, 1000))),
    Case("1 litre over 8 hours with a drip factor of 20 drops per ml, how many drops per minute", "en",
         _shown(Fraction(1000 * 20, 8 * 60))),
    Case("order is 500 mg, tablets are 250 mg each, how many tablets", "en", _exact(Fraction(500, 250))),
    Case("give 75 mg from a vial of 50 mg/ml, how many ml", "en", _exact(Fraction(75, 50))),
    Case("patient weighs 70 kg, dose 5 mcg/kg/min, how many mcg per minute", "en", sp.Integer(70 * 5)),
    # a gardener
    Case("area of a circular flower bed with a radius of 2 m", "en", sp.pi * 2**2),
    Case("how much soil for a raised bed 2 m by 1 m by 30 cm, in cubic metres", "en",
         _exact(2 * 1 * Fraction(30, 100))),
    Case("how many 50 litre bags of compost to fill 0.62 cubic metres", "en",
         sp.Integer(math.ceil(Fraction("0.62") * 1000 / 50))),
    Case("lawn 15 m by 8 m, grass seed at 35 g per square metre, how many grams", "en", sp.Integer(15 * 8 * 35)),
    # a traveller
    Case("convert 250 euros to dollars at 1.08 dollars per euro", "en", _exact(250 * Fraction("1.08"))),
    Case("how many pounds is $500 if 1 pound = 1.25 dollars", "en", _exact(500 / Fraction("1.25"))),
    Case("10:00 in New York (UTC-5) is what time in Berlin (UTC+1)", "en", _clock(10, 0, (1 - -5) * 60)),
    Case("3pm in London is what time in Tokyo if Tokyo is 9 hours ahead", "en", _twelve_hour(_clock(15, 0, 9 * 60))),
    Case("a 9 hour flight leaves at 22:30, what time does it land in the same time zone", "en", _clock(22, 30, 540)),
    Case("speed limit 100 km/h in mph", "en", _shown(100 / KM_PER_MILE)),
    # a gamer
    Case("probability of at least one crit in 5 tries at 20%", "en", _exact(1 - Fraction(4, 5) ** 5)),
    Case("chance of two crits in a row at 25% crit chance", "en", _exact(Fraction(1, 4) ** 2)),
    Case("drop rate is 1%, chance to get it at least once in 100 kills", "en", _shown(1 - Fraction(99, 100) ** 100)),
    Case("probability of rolling a natural 20 twice in a row on a d20", "en", _exact(Fraction(1, 20) ** 2)),
    Case("my dps is 250, how many seconds to kill a boss with 18,000 hp", "en", _exact(Fraction(18000, 250))),
    # an engineering student
    Case("solve the system 2x + 3y = 12 and x - y = 1", "en", system(sp.Eq(2 * x + 3 * y, 12), sp.Eq(x - y, 1))),
    Case("inverse of the matrix [[4, 7], [2, 6]]", "en", INVERTED.inv()),
    Case("eigenvalues of [[6, -2], [2, 1]]", "en", Eigenvalues(EIGEN.eigenvals())),
    Case("determinant of [[1, 2, 0], [0, 1, 3], [2, 0, 1]]", "en", DETERMINANT.det()),
    Case("derivative of x^2 e^(3x)", "en", sp.diff(x**2 * sp.exp(3 * x), x)),
    Case("integral of x sin(x) from 0 to pi", "en", sp.integrate(x * sp.sin(x), (x, 0, sp.pi))),
    Case("integral of sin(x)/x from 0 to infinity", "en", sp.pi / 2),
    Case("limit of (e^x - 1)/x as x approaches 0", "en", sp.limit((sp.exp(x) - 1) / x, x, 0)),
    # a statistics student
    Case("median of 14, 3, 9, 21, 7", "en", sp.Integer(statistics.median([14, 3, 9, 21, 7]))),
    Case("mode of 4, 1, 4, 2, 2, 4", "en", sp.Integer(statistics.mode([4, 1, 4, 2, 2, 4]))),
    Case("range of 3.5, 9.1, 2.4, 7", "en", _exact(Fraction("9.1") - Fraction("2.4"))),
    Case("variance of 2, 4, 6, 8", "en", Both((_exact(statistics.pvariance([Fraction(v) for v in (2, 4, 6, 8)])),
                                              _exact(statistics.variance([Fraction(v) for v in (2, 4, 6, 8)]))))),
    Case("how many ways to choose 3 people from a group of 10", "en", sp.Integer(math.comb(10, 3))),
    Case("mean of 12, 15, 18, 21 and 24", "en", _exact(statistics.mean([Fraction(v) for v in (12, 15, 18, 21, 24)]))),
    # a high-school student
    Case("solve x^2 + 2x + 5 = 0 for real x", "en", _real_roots(x**2 + 2 * x + 5)),
    Case("solve |x - 3| < 5", "en", _real_set(sp.Abs(x - 3) < 5)),
    Case("solve |2x + 1| >= 3", "en", _real_set(sp.Abs(2 * x + 1) >= 3)),
    Case("log base 3 of 81 minus log base 2 of 8", "en", sp.Integer(4 - 3)),
    Case("solve log_2(x) = 5", "en", _roots(sp.log(x, 2) - 5)),
    Case("solve 2sin(x) = 1 on [0, 2pi)", "en", _on_circle(2 * sp.sin(x) - 1)),
    Case("solve cos(x) = 0 for 0 <= x < 2π", "en", _on_circle(sp.cos(x))),
    # the known gaps, in fresh wording
    Case("$2,500 invested at 4.5% compounded annually for 6 years", "en",
         _cents(2500 * (1 + Fraction(45, 1000)) ** 6)),
    Case("5 ft 6 in in cm", "en", _exact((5 * 12 + 6) * CM_PER_INCH)),
    Case("1 m 75 cm minus 90 cm, in cm", "en", sp.Integer(175 - 90)),
    Case("I ran 800 m in 3 minutes 20 seconds, what's my pace per km", "en",
         _exact(Fraction(200, 60) / Fraction(8, 10))),
    Case("21 km in 1:45:00, what's my average pace per km", "en", _exact(Fraction(105, 21))),
    Case("a recipe for 6 needs 450 g of rice, how much rice for 4 people", "en", _exact(Fraction(450, 6) * 4)),
    Case("a 14 ft by 11 ft kitchen floor with 1 ft square tiles, how many tiles", "en", sp.Integer(14 * 11)),
    Case("walls total 46 m^2 and a litre of paint covers 12 m^2, how many 1 litre tins do I need", "en",
         sp.Integer(math.ceil(Fraction(46, 12)))),
    Case("a litre of paint covers 12 m^2, how many litres for 46 m^2", "en", _shown(Fraction(46, 12))),
    Case("two cards drawn without replacement, probability both are hearts", "en",
         _both_of(lambda rank, suit: suit == "hearts")),
    Case("Ann is three times as old as Ben; in 4 years the sum of their ages will be 48. How old is Ben?", "en",
         _ages_times_as_old(3, 4, 48)),
    Case("a father is 30 years older than his son; in 5 years he will be three times as old as his son. "
         "How old is the son now?", "en", _son(30, 5, 3)),
    # near-misses: read exactly or abstain
    Case("is 1/3 equal to 0.33?", "en", Verdict(Fraction(1, 3) == Fraction("0.33"))),
    Case("0.1 + 0.2", "en", _exact(Fraction("0.1") + Fraction("0.2"))),
    Case("2 m 35 cm times 3, in cm", "en", sp.Integer(235 * 3)),
    Case("which is cheaper, 500 g for $3.20 or", "en", None),
    Case("a recipe uses 300 g of flour, how much for 6 people", "en", None),  # the recipe's servings are missing
    Case("probability of at least one crit in 5 tries", "en", None),  # the crit chance is missing
    Case("Tom is twice as old as Sue. How old is Sue?", "en", None),  # one fact for two ages
    Case("dose is 5 mg/kg, how many mg", "en", None),  # the weight is missing
    Case("3pm in London is what time in Tokyo", "en", None),  # summer time unstated: 8 or 9 hours
    Case("convert 30 euros to dollars", "en", None),  # no rate given
    Case("20% off and then another 10% off", "en", None),  # no price
    Case("how many boxes of tiles for my bathroom", "en", None),
]


def grade_twenty_eighth(case: Case, result) -> str:  # noqa: ANN001 (a MathResult)
    """"right", "abstained" or "wrong": `Verdict` and `Choice` as the module says, the rest as in the
    twenty-second batch (where `None` must abstain)."""
    expected = case.expected
    if not isinstance(expected, (Verdict, Choice)):
        return grade_twenty_second(case, result)
    if result.status != "verified":
        return "abstained"
    answer = (result.answer or "").strip().lower()
    if isinstance(expected, Verdict):
        first = answer.split()[0].strip(".,:;!") if answer.split() else ""
        said = {"yes": True, "true": True, "correct": True, "no": False, "false": False, "incorrect": False}.get(first)
        return "right" if said is expected.truth else "wrong"
    better, worse = answer.find(expected.better.lower()), answer.find(expected.worse.lower())
    return "right" if better >= 0 and (worse < 0 or better < worse) else "wrong"


__all__ = ["CASES", "grade_twenty_eighth"]

if __name__ == "__main__":
    main(CASES, grade_twenty_eighth)

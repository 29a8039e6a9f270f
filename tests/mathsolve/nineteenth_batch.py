"""A nineteenth batch: calculator-style input, typed the way people type into a calculator or a chat box, chosen
to trip a shallow reader (issue 12's hidden goal: no verified wrong answer). Written before it was first run and
before reading the reader's code: words and symbols mixed in one line, implied multiplication, percent after a
plus or minus, units inside arithmetic, dates and weekdays, money with commas and cents, signs and powers, roots,
rounding, long decimals, exponents typed "1e308", and Korean equivalents of several. Expected answers are computed
here by exact fractions and SymPy, never by agentlib. `None` means the request is ambiguous and must abstain
("8/2(2+2)", "1/2x", "a third of 27 squared", "half of 10 plus 2": in speech the extent of "half of" is unclear).

Conventions: rounding is half away from zero, as schools round (the README's documented convention), so "round
-2.5" is -3 and "round 0.125 to 2 decimals" is 0.13 (0.125 is exact as a decimal); "x% more / less" after a plus
or minus is the calculator's reading, a percent of the left operand ("10 minus 20%" is 8); "a to b" counts days
excluding the first ("March 1 to April 15" is 45 days, whatever the year); a cup is the US customary cup
(236.5882365 ml); a cube root of a negative number is the real one; "2^3^2" groups to the right.

Run `python tests/mathsolve/nineteenth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, this file's first commit): right 40, wrong 0, abstained 21 of 61. The readings
the round's brief reported wrong ("1e308 * 1e308", "10 + 20% of 50", "3/4 divided by 1/2", "45 degrees in
radians") read right already. The abstentions: "half of", "squared" and "cube root of" beside other words, "10
minus 20%", a percent of a sum ("15% of 200 minus 10", "15% of 80 plus 5": the reader asks for brackets),
"a 15% increase on", money with "$" and commas ("$1,234.56 + $99.99", "$19.99 x 3", "12% of $1,250"), "4th
root of", feet and inches, hours and minutes in English, dates and weekdays, "∛-27", Korean "늘리면" and "원"
after a number; the three ambiguous requests abstain, as they must.

Probing the same class beyond the batch found wrong readings, each now read right or refused, with fresh-variant
tests: "-7 mod 3" answered -1 (a leading sign taken over the whole term; (-7) mod 3 = 2), "1e3e2" 6e² and
"e3_{16}" 3e (e between digits as Euler's number), "2 x 8/2^2" 32 (8/2 squared as one number), "2^2 1/2" 4√2,
"round up 2.1" 2 ("up" a filler word), "30 in radians" 30, "pi/2 in degrees" π/2 and "the angle 30° in radians" 30
(the asked unit dropped).

AFTER ITS ROUND: right 45, wrong 0, abstained 16 of 61 (four of them must abstain). Now read: "$1,234.56 +
$99.99" (thousands with cents), "$19.99 x 3" ("x" among decimals), "cube root of -27", "4th root of 81", "∛-27".
Still abstained: "3 times 4 squared" (spoken extent, by rule), "10 minus 20%", a percent of a sum ("15% of 200
minus 10": the reader asks for brackets), "a 15% increase on", "12% of $1,250", feet and inches, hours and
minutes in English, dates and weekdays, Korean "늘리면" and "원" after a number.
"""

from __future__ import annotations

import sympy as sp

if __package__:  # imported by the tests
    from .eighteenth_batch import grade_eighteenth
    from .fifteenth_batch import Shown, grade_fifteenth
    from .fresh_batch import Case, main
else:  # run as a script
    from eighteenth_batch import grade_eighteenth
    from fifteenth_batch import Shown, grade_fifteenth
    from fresh_batch import Case, main

R = sp.Rational
US_CUP_ML = R(2365882365, 10**7)  # 1/16 of the US gallon, 3.785411784 l by definition
INCH_CM = R(254, 100)

CASES = [
    # words and symbols, precedence, implied multiplication
    Case("what's 5 + 3 x 2", "en", sp.Integer(5 + 3 * 2)),
    Case("2(3)+4", "en", sp.Integer(2 * 3 + 4)),
    Case("half of 10 plus 2", "en", None),  # spoken: half of 10, plus 2, or half of (10 plus 2)
    Case("a third of 27 squared", "en", None),  # (27/3)^2 or 27^2/3
    Case("8/2(2+2)", "en", None),
    Case("1/2x", "en", None),
    Case("6 ÷ 2 × 3", "en", R(6, 2) * 3),
    Case("what is 3 times 4 squared", "en", sp.Integer(3 * 4**2)),
    Case("what is 2 + 2 * 2 / 2", "en", sp.Integer(2 + 2 * 2 // 2)),
    Case("3/4 divided by 1/2", "en", R(3, 4) / R(1, 2)),
    Case("what's 1/3 + 1/6", "en", R(1, 3) + R(1, 6)),
    Case("1 1/2 + 2 3/4", "en", R(3, 2) + R(11, 4)),
    # percent inside arithmetic
    Case("10 minus 20%", "en", 10 * R(80, 100)),
    Case("15% of 200 minus 10", "en", R(15, 100) * 200 - 10),
    Case("25% of 80 times 2", "en", R(25, 100) * 80 * 2),
    Case("10 + 20% of 50", "en", 10 + R(20, 100) * 50),
    Case("what's 15% of 80 plus 5", "en", R(15, 100) * 80 + 5),
    Case("what's a 15% increase on 80", "en", 80 * R(115, 100)),
    Case("80 decreased by 25%", "en", 80 * R(75, 100)),
    Case("what percent of 80 is 20", "en", R(20, 80) * 100),
    Case("how much is 12.5% of 640", "en", R(125, 1000) * 640),
    Case("20% off $45", "en", 45 * R(80, 100)),
    # money, commas, cents
    Case("$1,234.56 + $99.99", "en", Shown("1334.55")),
    Case("$19.99 x 3", "en", Shown("59.97")),
    Case("what's 12% of $1,250", "en", R(12, 100) * 1250),
    Case("1,000,000 / 250", "en", R(1_000_000, 250)),
    # signs, powers, roots, long numbers
    Case("-3^2", "en", sp.Integer(-(3**2))),
    Case("(-3)^2", "en", sp.Integer((-3) ** 2)),
    Case("2^-2", "en", R(1, 4)),
    Case("10^-3", "en", R(1, 1000)),
    Case("2^3^2", "en", sp.Integer(2 ** (3**2))),
    Case("what's 7 - -2", "en", sp.Integer(7 - -2)),
    Case("-5 + -3", "en", sp.Integer(-5 + -3)),
    Case("(-2)^3 - (4 - 10)", "en", sp.Integer((-2) ** 3 - (4 - 10))),
    Case("2 to the power of 10", "en", sp.Integer(2**10)),
    Case("cube root of -27", "en", sp.Integer(-3)),
    Case("4th root of 81", "en", sp.Integer(3)),
    Case("1e308 * 1e308", "en", Shown(str(10**616))),  # written out: too long for the grader's parser
    Case("2.5e3 + 1", "en", sp.Integer(2501)),
    Case("1.234567890123456789012345678901 * 2", "en", Shown("2.469135780246913578024691357802")),
    Case("0.1 * 3", "en", Shown("0.3")),
    # rounding (half away from zero)
    Case("round 2.5", "en", sp.Integer(3)),
    Case("round -2.5", "en", sp.Integer(-3)),
    Case("round 0.125 to 2 decimals", "en", Shown("0.13")),
    # units inside arithmetic, dates and weekdays
    Case("5 ft 3 in in cm", "en", (5 * 12 + 3) * INCH_CM),
    Case("2 hours 45 minutes in minutes", "en", sp.Integer(2 * 60 + 45)),
    Case("3 cups to ml", "en", 3 * US_CUP_ML),
    Case("45 degrees in radians", "en", sp.pi / 4),
    Case("72 °F in celsius", "en", R(72 - 32) * R(5, 9)),
    Case("how many minutes in 3.5 hours", "en", R(35, 10) * 60),
    Case("how many days from March 1 to April 15", "en", sp.Integer(30 + 15)),  # 31 - 1 days of March, 15 of April
    Case("what day of the week is 100 days after a Monday", "en",
         ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][100 % 7]),
    # Korean
    Case("5 더하기 3 곱하기 2는?", "ko", sp.Integer(5 + 3 * 2)),
    Case("∛-27 의 값은?", "ko", sp.Integer(-3)),
    Case("80을 15% 늘리면?", "ko", 80 * R(115, 100)),
    Case("2.5를 반올림하면?", "ko", sp.Integer(3)),
    Case("0.125를 소수 둘째 자리까지 반올림하면?", "ko", Shown("0.13")),
    Case("1,234원 + 5,678원은?", "ko", sp.Integer(1234 + 5678)),
    Case("2시간 45분은 몇 분?", "ko", sp.Integer(2 * 60 + 45)),
    Case("(-3)^2 - 3^2 의 값은?", "ko", sp.Integer((-3) ** 2 - 3**2)),
    Case("12000원에서 25% 할인하면?", "ko", 12000 * R(75, 100)),
]


def grade_nineteenth(case: Case, result) -> str:  # noqa: ANN001 (a MathResult)
    """"right", "abstained" or "wrong": a `Shown` decimal as in the fifteenth batch, the rest as in the eighteenth
    (where `None` must abstain)."""
    if isinstance(case.expected, Shown):
        return grade_fifteenth(case, result)
    return grade_eighteenth(case, result)


__all__ = ["CASES", "grade_nineteenth"]

if __name__ == "__main__":
    main(CASES, grade_nineteenth)

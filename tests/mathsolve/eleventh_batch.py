"""An eleventh batch of everyday requests (written in parallel with the ninth, under that name; renamed when merged),
written after the eighth batch's fixes and before any change for it.

Requests as students and parents type them: substituting values into an expression ("x가 2일 때", "when x is 4",
"if a = 3 and b = 5"), percent change and "what percent of", discount then tax, fractions and mixed numbers,
"3/4 of 120", European decimal commas, unit conversions, splitting in a ratio, simple and compound interest,
areas, perimeters and volumes in words, Pythagoras, choosing and arranging, dice and coin probability,
speed-distance-time, the nth term and sums of sequences, "solve for y", roots, the vertex of a parabola, the slope
of a tangent, logarithms in a base, and trigonometric values in degrees. Fifteen or more are Korean; a few are in
Spanish, German, French, Japanese and Chinese. Expected answers are computed here by SymPy and exact fractions,
never by agentlib, and graded as in `third_batch.py`.

Run `python tests/mathsolve/ninth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

A point (the vertex) is expected as a SymPy Tuple, as in the tenth batch and the midpoint's answer (it was a
`Named` x and y here when both were written in parallel; the twelfth batch's fixes unified the two).

FIRST READING (before any fix for this batch): right 11, wrong 0, abstained 42 of 53 (substitution "when x is 4" /
"x가 2일 때" read as several formulas, percent change and "what percent of", "increase by N%", mixed numbers, "3/4 of
120", decimal commas, unit conversions, ratios, interest, geometry in words, counting and probability, sequences
in words, vertex, tangent slope, and the Korean words for all of these).
"""

from __future__ import annotations

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import Case, main
    from .third_batch import Named, grade, roots
else:  # run as a script
    from fresh_batch import Case, main
    from third_batch import Named, grade, roots

x, y, a, b = sp.symbols("x y a b")
R = sp.Rational
pi = sp.pi


def _percent_change(old: int, new: int) -> sp.Expr:
    return R(new - old, old) * 100


def _compound(principal: int, rate_percent: int, years: int) -> sp.Expr:
    return principal * (1 + R(rate_percent, 100)) ** years


CASES: list[Case] = [
    # Korean
    Case("x가 2일 때 x^2 + 3x 의 값은?", "ko", (x**2 + 3 * x).subs(x, 2)),
    Case("a = 3, b = 5 일 때 2a + b 의 값을 구하시오", "ko", (2 * a + b).subs({a: 3, b: 5})),
    Case("80에서 100으로 늘었으면 몇 퍼센트 증가한 건가요?", "ko", _percent_change(80, 100)),
    Case("72의 몇 %가 18인가요?", "ko", R(18, 72) * 100),
    Case("120의 3/4은 얼마인가요?", "ko", R(3, 4) * 120),
    Case("120을 3:5로 나누면?", "ko", Named({"first": R(3, 8) * 120, "second": R(5, 8) * 120})),
    Case("반지름이 5인 원의 넓이를 구하시오", "ko", pi * 5**2),
    Case("두 변의 길이가 6, 8인 직각삼각형의 빗변의 길이는?", "ko", sp.sqrt(6**2 + 8**2)),
    Case("10명 중에서 3명을 뽑는 경우의 수는?", "ko", sp.binomial(10, 3)),
    Case("주사위 한 개를 던질 때 짝수가 나올 확률은?", "ko", R(3, 6)),
    Case("시속 72km는 초속 몇 m인가요?", "ko", R(72 * 1000, 3600)),
    Case("3, 7, 11, ... 의 제20항을 구하시오", "ko", 3 + 19 * 4),
    Case("1부터 100까지 자연수의 합은?", "ko", sp.Integer(sum(range(1, 101)))),
    Case("log_2 32 의 값은?", "ko", sp.Integer(5)),
    Case("cos 60° 의 값을 구하시오", "ko", R(1, 2)),
    Case("x^2 - 7x + 10 = 0 의 근을 구하시오", "ko", roots(x**2 - 7 * x + 10)),
    Case("y = x^2 - 4x + 3 의 꼭짓점의 좌표를 구하시오", "ko", sp.Tuple(2, -1)),
    Case("원금 100만원을 연이율 5%의 단리로 3년 동안 예금하면 이자는?", "ko",
         1_000_000 * R(5, 100) * 3),
    # English
    Case("evaluate 3x^2 - 2 when x is 4", "en", (3 * x**2 - 2).subs(x, 4)),
    Case("if a = 3 and b = 5, what is 2a + b?", "en", (2 * a + b).subs({a: 3, b: 5})),
    Case("what is the percent change from 80 to 100", "en", _percent_change(80, 100)),
    Case("what percent of 72 is 18", "en", R(18, 72) * 100),
    Case("a jacket costs $60, it's 25% off and then 8% sales tax, what do I pay?", "en",
         60 * R(75, 100) * R(108, 100)),
    Case("increase 80 by 15%", "en", 80 * R(115, 100)),
    Case("2 1/2 + 1 3/4", "en", R(5, 2) + R(7, 4)),
    Case("what is 3/4 of 120", "en", R(3, 4) * 120),
    Case("convert 90 km/h to m/s", "en", R(90 * 1000, 3600)),
    Case("how many hours is 135 minutes", "en", R(135, 60)),
    Case("split 120 in the ratio 3:5", "en", Named({"first": R(3, 8) * 120, "second": R(5, 8) * 120})),
    Case("simple interest on $2000 at 4% for 3 years", "en", 2000 * R(4, 100) * 3),
    Case("what will $1000 grow to at 5% compound interest annually after 2 years", "en", _compound(1000, 5, 2)),
    Case("area of a circle with radius 5", "en", pi * 25),
    Case("perimeter of a rectangle 7 by 3", "en", sp.Integer(2 * (7 + 3))),
    Case("volume of a sphere of radius 3", "en", R(4, 3) * pi * 27),
    Case("find the hypotenuse of a right triangle with legs 3 and 4", "en", sp.sqrt(3**2 + 4**2)),
    Case("how many ways to choose 3 of 10", "en", sp.binomial(10, 3)),
    Case("how many ways can 5 people stand in a line", "en", sp.factorial(5)),
    Case("probability of getting exactly 2 heads in 3 coin flips", "en", sp.binomial(3, 2) * R(1, 2) ** 3),
    Case("a train goes 240 km in 3 hours. what is its average speed in km/h?", "en", R(240, 3)),
    Case("find the nth term of 3, 7, 11, ...", "en", 4 * sp.Symbol("n") - 1),
    Case("sum of the first 20 odd numbers", "en", sp.Integer(sum(2 * k - 1 for k in range(1, 21)))),
    Case("solve for y: 2x + 3y = 12", "en", sp.solve(sp.Eq(2 * x + 3 * y, 12), y)),
    Case("find the roots of x^2 - 5x + 6", "en", roots(x**2 - 5 * x + 6)),
    Case("vertex of the parabola y = x^2 - 6x + 5", "en", sp.Tuple(3, -4)),
    Case("slope of the tangent to y = x^3 at x = 2", "en", sp.diff(x**3, x).subs(x, 2)),
    Case("log base 2 of 32", "en", sp.Integer(5)),
    Case("sin 30°", "en", R(1, 2)),
    # Other languages (European decimal commas among them)
    Case("3,5 + 1,25", "de", R(35, 10) + R(125, 100)),
    Case("Wie viel sind 20 % von 45?", "de", R(20, 100) * 45),
    Case("¿Cuánto es 2/3 + 1/4?", "es", R(2, 3) + R(1, 4)),
    Case("Calcule l'aire d'un cercle de rayon 4", "fr", pi * 16),
    Case("x = 3 のとき 2x + 7 の値を求めよ", "ja", (2 * x + 7).subs(x, 3)),
    Case("求 x^2 - 9 = 0 的解", "zh", roots(x**2 - 9)),
]


if __name__ == "__main__":
    main(CASES, grade)

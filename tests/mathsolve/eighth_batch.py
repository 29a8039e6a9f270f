"""An eighth batch of everyday requests, written after the seventh batch's fixes and before any change for it.

Homework as students and parents type it: word problems with a formula inside, multi-part requests ("solve and
check"), numbers with thousands separators and European decimal commas, percentages, mixed numbers, surds to
simplify or rationalize, trigonometric values in degrees and radians, logarithmic equations, arithmetic and
geometric sequences, discriminants, and the issue's kinds (matrices, limits, series, integrals, gcd/lcm,
congruences, complex numbers, inequalities, systems). About twenty are Korean. Expected answers are computed here
by SymPy and graded as in `third_batch.py`.

Run `python tests/mathsolve/eighth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix for this batch): right 32, wrong 0, abstained 21 of 53 (word problems around a
formula, 'increase/decrease by N%', mixed numbers '2 1/2', 'rationalize', discriminants, sequence terms and sums,
'log(x) + ... (base 10)', European decimal commas '3,5', Korean '판별식', '등차수열', '검산', '15%는').
"""

from __future__ import annotations

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import ANTIDERIVATIVE, Case, main
    from .third_batch import Residues, grade, real_set, roots, solved, system
else:  # run as a script
    from fresh_batch import ANTIDERIVATIVE, Case, main
    from third_batch import Residues, grade, real_set, roots, solved, system

x, y, n = sp.symbols("x y n")
oo = sp.oo
I = sp.I  # noqa: E741 (the imaginary unit, as written)
R = sp.Rational

CASES: list[Case] = [
    # Korean
    Case("넓이가 x^2 + 5x + 6 인 직사각형이 있다. 이 식을 인수분해하시오", "ko", sp.factor(x**2 + 5 * x + 6)),
    Case("80의 15%는 얼마인가요?", "ko", sp.Integer(12)),
    Case("200을 12% 증가시키면?", "ko", sp.Integer(224)),
    Case("2 1/2 + 1 3/4 를 계산하시오", "ko", R(17, 4)),
    Case("√72 를 간단히 하시오", "ko", 6 * sp.sqrt(2)),
    Case("1/(√3 - 1) 의 분모를 유리화하시오", "ko", (sp.sqrt(3) + 1) / 2),
    Case("sin 30° 의 값은?", "ko", R(1, 2)),
    Case("log_2 (x) = 5 를 풀어라", "ko", [sp.Integer(32)]),
    Case("이차방정식 x^2 - 4x + 1 = 0 의 판별식을 구하시오", "ko", sp.Integer(12)),
    Case("첫째항이 3, 공차가 4인 등차수열의 제10항을 구하시오", "ko", sp.Integer(39)),
    Case("첫째항이 2, 공비가 3인 등비수열의 첫째항부터 제5항까지의 합", "ko", sp.Integer(242)),
    Case("행렬 [[2, 1], [1, 3]] 의 행렬식을 구하시오", "ko", sp.Integer(5)),
    Case("lim_{x→2} (x^2 - 4)/(x - 2) 를 구하시오", "ko", sp.Integer(4)),
    Case("∫_0^2 (3x^2 + 1) dx 를 계산하시오", "ko", sp.Integer(10)),
    Case("12와 18의 최소공배수는?", "ko", sp.Integer(36)),
    Case("3x ≡ 4 (mod 7) 을 만족하는 x 를 구하시오", "ko", Residues(7, (6,))),
    Case("(2 + 3i)(1 - i) 를 계산하시오", "ko", sp.expand((2 + 3 * I) * (1 - I))),
    Case("2x - 5 > 3 을 푸시오", "ko", real_set(2 * x - 5 > 3)),
    Case("연립방정식 2x + y = 7, x - y = 2 를 푸시오", "ko", system(sp.Eq(2 * x + y, 7), sp.Eq(x - y, 2))),
    Case("1,200 곱하기 3 은?", "ko", sp.Integer(3600)),
    Case("x^2 - 5x + 6 = 0 을 풀고 검산하시오", "ko", solved(x**2 - 5 * x + 6)),
    # English
    Case("A rectangle has area x^2+7x+12. Factor it.", "en", sp.factor(x**2 + 7 * x + 12)),
    Case("what is 15% of 80", "en", sp.Integer(12)),
    Case("increase 200 by 12%", "en", sp.Integer(224)),
    Case("decrease 1,250 by 20%", "en", sp.Integer(1000)),
    Case("2 1/2 + 1 3/4", "en", R(17, 4)),
    Case("simplify √72", "en", 6 * sp.sqrt(2)),
    Case("simplify sqrt(50) + sqrt(18)", "en", 8 * sp.sqrt(2)),
    Case("rationalize 1/(√3-1)", "en", (sp.sqrt(3) + 1) / 2),
    Case("cos(π/3)", "en", R(1, 2)),
    Case("what is tan 45°", "en", sp.Integer(1)),
    Case("solve log(x) + log(x-3) = 1 (base 10)", "en", [sp.Integer(5)]),
    Case("solve 2^(x+1) = 32", "en", [sp.Integer(4)]),
    Case("what is the 20th term of the arithmetic sequence 5, 8, 11, ...", "en", sp.Integer(62)),
    Case("sum of the first 10 terms of 2, 6, 18, ...", "en", sp.Integer(59048)),
    Case("find the discriminant of 2x^2 - 3x + 5", "en", sp.Integer(-31)),
    Case("solve x^2 - 2x - 15 = 0 and check", "en", solved(x**2 - 2 * x - 15)),
    Case("what is 1,234,567 + 8,765,433", "en", sp.Integer(10000000)),
    Case("3.5 * 2.4", "en", R(84, 10)),
    Case("inverse of [[2, 1], [7, 4]]", "en", sp.Matrix([[4, -1], [-7, 2]])),
    Case("limit of (1 - cos x)/x^2 as x approaches 0", "en", R(1, 2)),
    Case("sum of 1/2^n from n=0 to infinity", "en", sp.Integer(2)),
    Case("integrate x*e^x dx", "en", (ANTIDERIVATIVE, x * sp.exp(x))),
    Case("gcd of 84 and 120", "en", sp.Integer(12)),
    Case("what is 7^100 mod 13", "en", sp.Integer(pow(7, 100, 13))),
    Case("(3+4i)/(1-2i)", "en", sp.simplify((3 + 4 * I) / (1 - 2 * I))),
    Case("|3 - 4i|", "en", sp.Integer(5)),
    Case("solve |2x - 1| < 5", "en", real_set(sp.Abs(2 * x - 1) < 5)),
    Case("solve x + 2y = 8 and 3x - y = 3", "en", system(sp.Eq(x + 2 * y, 8), sp.Eq(3 * x - y, 3))),
    Case("a car travels 150 km in 2.5 hours, what is its speed: 150/2.5", "en", sp.Integer(60)),
    # European decimal comma
    Case("Berechne 3,5 + 2,25", "de", R(575, 100)),
    Case("Combien font 20 % de 150 ?", "fr", sp.Integer(30)),
    Case("Resuelve x^2 - 4x + 4 = 0", "es", roots(x**2 - 4 * x + 4)),
]


if __name__ == "__main__":
    main(CASES, grade)

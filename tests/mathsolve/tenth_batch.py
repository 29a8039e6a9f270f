"""A tenth batch of everyday algebra and calculus requests, written before any change for it.

Requests as high-school and university students type them, with words around the formula: roots and zeros,
'solve for y', systems told in prose, surds, rationalizing, exponential and logarithmic equations, trigonometric
values and equations in degrees, sequence terms and sums in words, derivatives at a point, slopes and equations of
tangent lines, areas under curves, limits in words, vertices and extrema of parabolas, completing the square,
matrices described in words, complex numbers, absolute values, partial fractions, binomial expansions and
coefficients, and domains. Eighteen or more are Korean, a few in other languages; plain notation, Unicode and
LaTeX. Expected answers are computed here by SymPy (never by agentlib) and graded as in `third_batch.py`; a point
is expected as a SymPy Tuple and a tangent line as its right-hand side in x.

Run `python tests/mathsolve/tenth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix for this batch): right 34, wrong 0, abstained 25 of 59 (Korean '영점', '차가',
'유리화', sequences '등차수열/등비수열', "f'(2)", '접선', '넓이', '극한값', '꼭짓점', '최댓값'; English sequences in
words, 'tangent line', 'vertex of the parabola', 'complete the square', 'matrix with rows', 'partial fractions',
'coefficient of x^3', 'surd', 'rationalize the denominator', 'sum/difference of two numbers', trig equations in
degrees).
"""

from __future__ import annotations

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import Case, main
    from .third_batch import grade, real_set, roots, system
else:  # run as a script
    from fresh_batch import Case, main
    from third_batch import grade, real_set, roots, system

x, y, n = sp.symbols("x y n")
I = sp.I  # noqa: E741 (the imaginary unit, as written)
R = sp.Rational


def _solutions(equation: sp.Eq, variable: sp.Symbol = x) -> list:
    return sorted(sp.solveset(equation, variable, domain=sp.S.Reals), key=sp.default_sort_key)


def _degrees(equation: sp.Eq) -> list:
    """The solutions in degrees of a trigonometric equation in x (degrees), 0 <= x < 360."""
    return sorted(s for s in range(360) if sp.simplify(equation.lhs.subs(x, sp.pi * s / 180)
                                                       - equation.rhs) == 0)


def _tangent(curve: sp.Expr, at: int) -> sp.Expr:
    slope = sp.diff(curve, x).subs(x, at)
    return sp.expand(slope * (x - at) + curve.subs(x, at))


def _vertex(parabola: sp.Expr) -> sp.Tuple:
    top = sp.solve(sp.diff(parabola, x), x)[0]
    return sp.Tuple(top, parabola.subs(x, top))


CASES: list[Case] = [
    # Korean
    Case("x^2 - 7x + 10 = 0 의 근을 구하시오", "ko", roots(x**2 - 7 * x + 10)),
    Case("함수 f(x) = x^2 - 9 의 영점을 구하시오", "ko", roots(x**2 - 9)),
    Case("두 수의 합이 20이고 차가 4일 때 두 수를 구하시오", "ko", [sp.Integer(12), sp.Integer(8)]),
    Case("√48 을 간단히 하시오", "ko", 4 * sp.sqrt(3)),
    Case("2/(√5 + 1) 의 분모를 유리화하시오", "ko", sp.radsimp(2 / (sp.sqrt(5) + 1))),
    Case("3^(x-1) = 81 을 풀어라", "ko", _solutions(sp.Eq(3 ** (x - 1), 81))),
    Case("log_3 x = 4 일 때 x 의 값은?", "ko", [sp.Integer(81)]),
    Case("cos 60° 의 값을 구하시오", "ko", R(1, 2)),
    Case("첫째항이 5, 공차가 3인 등차수열의 제20항", "ko", sp.Integer(5 + 19 * 3)),
    Case("첫째항이 1, 공비가 2인 등비수열의 첫째항부터 제10항까지의 합을 구하시오", "ko", sp.Integer(2**10 - 1)),
    Case("f(x) = x^3 - 2x 일 때 f'(2) 의 값을 구하시오", "ko", sp.diff(x**3 - 2 * x, x).subs(x, 2)),
    Case("곡선 y = x^2 위의 점 (1, 1) 에서의 접선의 방정식을 구하시오", "ko", _tangent(x**2, 1)),
    Case("y = x^2 의 그래프와 x축 사이의 0에서 3까지의 넓이를 구하시오", "ko", sp.integrate(x**2, (x, 0, 3))),
    Case("x 가 0으로 갈 때 sin(3x)/x 의 극한값을 구하시오", "ko", sp.limit(sp.sin(3 * x) / x, x, 0)),
    Case("포물선 y = x^2 - 4x + 1 의 꼭짓점을 구하시오", "ko", _vertex(x**2 - 4 * x + 1)),
    Case("y = -x^2 + 6x - 5 의 최댓값을 구하시오", "ko", sp.Integer(4)),
    Case("행렬 [[3, 1], [2, 4]] 의 역행렬을 구하시오", "ko", sp.Matrix([[3, 1], [2, 4]]).inv()),
    Case("복소수 3 + 4i 의 절댓값을 구하시오", "ko", sp.Integer(5)),
    Case("|x - 3| = 5 를 푸시오", "ko", _solutions(sp.Eq(sp.Abs(x - 3), 5))),
    Case("(x + 1)^4 를 전개하시오", "ko", sp.expand((x + 1) ** 4)),
    Case("연립방정식 x + y = 10, 2x - y = 2 를 푸시오", "ko", system(sp.Eq(x + y, 10), sp.Eq(2 * x - y, 2))),
    # English
    Case("find the roots of x^2 + x - 12 = 0", "en", roots(x**2 + x - 12)),
    Case("what are the zeros of f(x) = x^2 - 6x + 8?", "en", roots(x**2 - 6 * x + 8)),
    Case("solve for y: 3y - 7 = 11", "en", _solutions(sp.Eq(3 * y - 7, 11), y)),
    Case("the sum of two numbers is 20 and their difference is 4. find the numbers", "en",
         [sp.Integer(12), sp.Integer(8)]),
    Case("simplify the surd √75", "en", 5 * sp.sqrt(3)),
    Case("rationalize the denominator of 3/√6", "en", sp.radsimp(3 / sp.sqrt(6))),
    Case("solve 2^(x+1) = 64", "en", _solutions(sp.Eq(2 ** (x + 1), 64))),
    Case("solve log_2(x) = 6", "en", [sp.Integer(64)]),
    Case("solve ln x = 3", "en", [sp.exp(3)]),
    Case("what is sin 150°?", "en", R(1, 2)),
    Case("solve 2 sin x = 1 for 0 ≤ x < 360 degrees", "en", [sp.Integer(30), sp.Integer(150)]),
    Case("what is the 15th term of the arithmetic sequence 4, 9, 14, ...?", "en", sp.Integer(4 + 14 * 5)),
    Case("find the sum of the first 20 terms of the arithmetic sequence 3, 7, 11, ...", "en",
         sp.summation(3 + 4 * (n - 1), (n, 1, 20))),
    Case("sum of the first 6 terms of the geometric sequence 3, 6, 12, ...", "en",
         sp.summation(3 * 2 ** (n - 1), (n, 1, 6))),
    Case("derivative of x^3 + 2x^2 at x = 2", "en", sp.diff(x**3 + 2 * x**2, x).subs(x, 2)),
    Case("find the slope of the tangent line to y = x^3 at x = 2", "en", sp.Integer(12)),
    Case("find the equation of the tangent line to y = x^2 + 3x at x = 1", "en", _tangent(x**2 + 3 * x, 1)),
    Case("area under y = x^2 from 0 to 3", "en", sp.Integer(9)),
    Case("find the limit of (x^2 - 9)/(x - 3) as x approaches 3", "en", sp.Integer(6)),
    Case("find the vertex of the parabola y = x^2 + 6x + 5", "en", _vertex(x**2 + 6 * x + 5)),
    Case("find the minimum value of x^2 - 8x + 20", "en", sp.Integer(4)),
    Case("complete the square for x^2 + 6x + 2", "en", (x + 3) ** 2 - 7),
    Case("determinant of the matrix with rows 1 2 and 3 4", "en", sp.Integer(-2)),
    Case("(2+3i)(4-i)", "en", sp.expand((2 + 3 * I) * (4 - I))),
    Case("modulus of 5 - 12i", "en", sp.Integer(13)),
    Case("solve |2x + 1| = 7", "en", _solutions(sp.Eq(sp.Abs(2 * x + 1), 7))),
    Case("solve |x - 2| ≤ 3", "en", real_set(sp.Abs(x - 2) <= 3)),
    Case("partial fractions of 1/(x^2 - 1)", "en", sp.apart(1 / (x**2 - 1), x)),
    Case("expand (x+2)^5", "en", sp.expand((x + 2) ** 5)),
    Case("find the coefficient of x^3 in (1 + 2x)^5", "en", sp.Poly((1 + 2 * x) ** 5, x).coeff_monomial(x**3)),
    Case("find the domain of f(x) = sqrt(x - 4)", "en", sp.Interval(4, sp.oo)),
    Case(r"\frac{d}{dx} \left( x^2 \sin x \right)", "en", sp.diff(x**2 * sp.sin(x), x)),
    Case(r"evaluate \int_1^2 \frac{1}{x} \, dx", "en", sp.log(2)),
    Case(r"solve \sqrt{x + 5} = 3", "en", [sp.Integer(4)]),
    # Other languages
    Case("Löse 2^(x+2) = 32", "de", _solutions(sp.Eq(2 ** (x + 2), 32))),
    Case("Trouver les racines de x^2 - 5x + 4 = 0", "fr", roots(x**2 - 5 * x + 4)),
    Case("Calcula la derivada de x^4 en x = 1", "es", sp.Integer(4)),
    Case("求 x^2 - 1 = 0 的解", "zh", roots(x**2 - 1)),
]


if __name__ == "__main__":
    main(CASES, grade)

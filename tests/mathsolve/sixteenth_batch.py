"""A sixteenth batch: formula requests of every task kind of issue 12, typed as people type them, written before
it was first run (while another round took chat-style word problems): solving (linear, quadratic with
multiplicity and complex roots, rational, radical, log / exp, trig on an interval), simplify, expand, factor,
derivatives (higher order, at a point, partial, implicit), integrals with and without bounds, limits (one-sided,
at infinity), series and products, matrices (determinant, inverse, eigenvalues and vectors, rank, transpose,
product, A^n), gcd / lcm, prime factorization, modular arithmetic, complex numbers, inequalities and systems.
About half are Korean; homework numbering ("3)", "Q:"), textbook LaTeX ($$...$$, \\[...\\], cases), unicode
(², √, ∫, ∑, π, ≤, ≥) and plain ASCII (sqrt, **, ln, log_2) are mixed in. Expected answers are computed here by
SymPy, never by agentlib, and graded as in `third_batch.py`.

Run `python tests/mathsolve/sixteenth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, commit of this file): right 52, wrong 1, abstained 12 of 65. The wrong one: "Q: solve
x^2 - 4x + 4 = 0" answered "no solution" (the label "Q:" read into the formula). The abstentions: homework
numbering "1)" / "3)", 편미분, dy/dx of an implicit curve, lim x→0+ read as two-sided (zoo), a one-sided limit of
|x|/x in LaTeX, "multiply A by B", "inverse of 7 mod 26", "argument of", a LaTeX cases system, '的解集', and the
French "module" of a complex number.
"""

from __future__ import annotations

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import ANTIDERIVATIVE, Case, main, t
    from .third_batch import Eigenvalues, Factors, Named, Residues, System, eigenvectors, grade, real_set, roots, system
else:  # run as a script
    from fresh_batch import ANTIDERIVATIVE, Case, main, t
    from third_batch import Eigenvalues, Factors, Named, Residues, System, eigenvectors, grade, real_set, roots, system

R = sp.Rational
pi = sp.pi
I = sp.I  # noqa: E741 (the imaginary unit, as written)
x, y, z, n, k = sp.symbols("x y z n k")
oo = sp.oo


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


def _on(expression: sp.Expr, low: sp.Expr, high: sp.Expr) -> list:
    """The solutions of expression = 0 with low <= x < high."""
    found = sp.solveset(expression, x, domain=sp.Interval.Ropen(low, high))
    return sorted(found, key=lambda value: float(value))


M1 = sp.Matrix([[3, 1], [2, 4]])
M2 = sp.Matrix([[1, 2, 0], [0, 1, 3], [2, 0, 1]])
M3 = sp.Matrix([[4, 1], [2, 3]])
M4 = sp.Matrix([[1, 2, 3], [2, 4, 6], [1, 1, 1]])
M5 = sp.Matrix([[1, 1], [0, 1]])
M6 = sp.Matrix([[2, 1], [1, 2]])

CASES: list[Case] = [
    # Korean
    Case("1) 5x - 3 = 2x + 9를 풀어라", "ko", [sp.Integer(4)]),
    Case("x² - 6x + 9 = 0의 해를 중근까지 구하시오", "ko", roots(x**2 - 6 * x + 9)),
    Case("x^2 + 2x + 5 = 0 의 복소수 해를 구해 주세요", "ko", roots(x**2 + 2 * x + 5)),
    Case("방정식 1/(x-1) + 1/(x+1) = 1 을 풀어줘", "ko", _roots(1 / (x - 1) + 1 / (x + 1) - 1)),
    Case("√(x+7) = x + 1 을 푸시오", "ko", [sp.Integer(2)]),
    Case("log_2(x) = 5 를 만족하는 x는?", "ko", [sp.Integer(32)]),
    Case("2^x = 64의 해는?", "ko", [sp.Integer(6)]),
    Case("0 ≤ x < 2π에서 2sin x = 1 을 푸시오", "ko", _on(2 * sp.sin(x) - 1, 0, 2 * pi)),
    Case("(x^2-1)/(x^2+2x+1) 을 간단히 하시오", "ko", sp.cancel((x**2 - 1) / (x**2 + 2 * x + 1))),
    Case("(2x-3)^3 을 전개해 주세요", "ko", sp.expand((2 * x - 3) ** 3)),
    Case("x^3 - 8 을 인수분해하시오", "ko", sp.factor(x**3 - 8)),
    Case("y = x^4 - 2x^3 의 이계도함수를 구하시오", "ko", sp.diff(x**4 - 2 * x**3, x, 2)),
    Case("f(x) = x^3 - 4x 일 때 f'(2)의 값은?", "ko", sp.Integer(8)),
    Case("f(x, y) = x^2 y + 3xy^2 를 x에 대해 편미분하시오", "ko", sp.diff(x**2 * y + 3 * x * y**2, x)),
    Case("∫ (3x² - 2x + 1) dx 를 구하시오", "ko", (ANTIDERIVATIVE, 3 * t**2 - 2 * t + 1)),
    Case("∫_1^e (1/x) dx 의 값은?", "ko", sp.Integer(1)),
    Case("lim_{x→∞} (3x^2 + 1)/(x^2 - 5) 의 값을 구하시오", "ko", sp.Integer(3)),
    Case("lim x→0+ 1/x 는 얼마야?", "ko", oo),
    Case("∑_{k=1}^{10} k^2 을 계산해줘", "ko", sp.summation(k**2, (k, 1, 10))),
    Case("∏_{k=1}^{5} (2k) 의 값은?", "ko", sp.prod(2 * j for j in range(1, 6))),
    Case("행렬 [[3, 1], [2, 4]]의 행렬식을 구해 주세요", "ko", M1.det()),
    Case("[[1, 2, 0], [0, 1, 3], [2, 0, 1]]의 역행렬을 구하시오", "ko", M2.inv()),
    Case("행렬 [[4, 1], [2, 3]]의 고윳값을 구하시오", "ko", Eigenvalues(M3.eigenvals())),
    Case("행렬 [[1,2,3],[2,4,6],[1,1,1]]의 계수(rank)는?", "ko", sp.Integer(M4.rank())),
    Case("A = [[1, 1], [0, 1]]일 때 A^n 을 구하시오", "ko", M5 ** n),
    Case("84와 120의 최대공약수와 최소공배수를 구하시오", "ko", Named({"gcd": 12, "lcm": 840})),
    Case("360을 소인수분해 하시오", "ko", Factors(sp.factorint(360))),
    Case("3^100을 7로 나눈 나머지는?", "ko", sp.Integer(pow(3, 100, 7))),
    Case("(2+3i)(1-i) 를 계산해줘", "ko", sp.expand((2 + 3 * I) * (1 - I))),
    Case("복소수 3 + 4i 의 절댓값은 얼마야?", "ko", sp.Integer(5)),
    Case("|2x - 1| < 5 를 풀어줘", "ko", real_set(sp.Abs(2 * x - 1) < 5)),
    Case("연립방정식 2x + y = 7, x - y = 2 를 풀어 주세요", "ko", system(sp.Eq(2 * x + y, 7), sp.Eq(x - y, 2))),
    # English
    Case("Q: solve x^2 - 4x + 4 = 0", "en", roots(x**2 - 4 * x + 4)),
    Case("3) Solve for x: ln(x) + ln(2) = ln(10)", "en", [sp.Integer(5)]),
    Case("solve e^(2x) = 9", "en", [sp.log(3)]),
    Case("find all x in [0, 2pi) with cos(2x) = 0", "en", _on(sp.cos(2 * x), 0, 2 * pi)),
    Case("can you simplify (x**2 - 4)/(x**2 - x - 2)", "en", sp.cancel((x**2 - 4) / (x**2 - x - 2))),
    Case("expand 2x(x+1)(x-3)", "en", sp.expand(2 * x * (x + 1) * (x - 3))),
    Case("help me factor 6x^2 + x - 2", "en", sp.factor(6 * x**2 + x - 2)),
    Case("find the third derivative of x^5 - sin(x)", "en", sp.diff(x**5 - sp.sin(x), x, 3)),
    Case("differentiate sqrt(x) * ln(x)", "en", sp.diff(sp.sqrt(x) * sp.log(x), x)),
    Case("find dy/dx if x^2 + y^2 = 25", "en", -x / y),
    Case(r"$$\int_0^{\pi} \sin x \, dx$$", "en", sp.Integer(2)),
    Case("integrate 1/(x^2+1) dx", "en", (ANTIDERIVATIVE, 1 / (t**2 + 1))),
    Case(r"\[ \lim_{x \to 0^-} \frac{|x|}{x} \]", "en", sp.Integer(-1)),
    Case("what is the sum of 1/n^2 from n=1 to infinity", "en", pi**2 / 6),
    Case("transpose of [[1, 2, 3], [4, 5, 6]]", "en", sp.Matrix([[1, 4], [2, 5], [3, 6]])),
    Case("multiply [[1, 2], [3, 4]] by [[0, 1], [1, 0]]", "en",
         sp.Matrix([[1, 2], [3, 4]]) * sp.Matrix([[0, 1], [1, 0]])),
    Case("eigenvectors of [[2, 1], [1, 2]]", "en", eigenvectors(M6)),
    Case("what is 17 mod 5", "en", sp.Integer(2)),
    Case("inverse of 7 mod 26", "en", sp.Integer(sp.mod_inverse(7, 26))),
    Case("solve 3x ≡ 4 (mod 7)", "en", Residues(7, (6,))),
    Case("what is (1 + 2i)/(3 - 4i)", "en", sp.simplify((1 + 2 * I) / (3 - 4 * I))),
    Case("conjugate of 5 - 2i", "en", 5 + 2 * I),
    Case("argument of 1 + i", "en", pi / 4),
    Case("solve z^4 = 1", "en", [sp.Integer(1), sp.Integer(-1), I, -I]),
    Case("solve x^2 - 5x + 6 ≥ 0", "en", real_set(x**2 - 5 * x + 6 >= 0)),
    Case(r"solve $\begin{cases} x + y + z = 6 \\ x - y = 1 \\ 2x + z = 7 \end{cases}$", "en",
         System([{str(key): value for key, value in s.items()} for s in sp.solve(
             [x + y + z - 6, x - y - 1, 2 * x + z - 7], [x, y, z], dict=True)])),
    # Japanese, Chinese, Spanish, German, French
    Case("x^2 + 4 = 0 を解いてください", "ja", roots(x**2 + 4)),
    Case("∑_{n=1}^{∞} (1/2)^n を求めよ", "ja", sp.Integer(1)),
    Case("求 |x - 3| ≤ 2 的解集", "zh", real_set(sp.Abs(x - 3) <= 2)),
    Case("计算 ∫_0^1 x e^x dx", "zh", sp.integrate(x * sp.exp(x), (x, 0, 1))),
    Case("Resuelve el sistema x + 2y = 5 y 3x - y = 1", "es", system(sp.Eq(x + 2 * y, 5), sp.Eq(3 * x - y, 1))),
    Case("Berechne 2^10 mod 11", "de", sp.Integer(pow(2, 10, 11))),
    Case("Calculez le module de 6 - 8i", "fr", sp.Integer(10)),
]

if __name__ == "__main__":
    main(CASES, grade)

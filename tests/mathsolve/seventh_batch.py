"""A seventh batch of everyday requests, written after the sixth batch's fixes and before any change for it.

Korean first again (spoken arithmetic, questions without a verb, formal exam wording), everyday English with
typos of notation people make (spaces, `**`, `×`), and a few requests in the newest tables. Expected answers are
computed here by SymPy and graded as in `third_batch.py`.

Run `python tests/mathsolve/seventh_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix for this batch): right 26, wrong 0, abstained 4 of 30 (Korean '이차방정식' and
'2의 10제곱', 'lim (x->inf)', 'sum 1/n^2 n=1 to infinity').
"""

from __future__ import annotations

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import ANTIDERIVATIVE, Case, main
    from .third_batch import Eigenvalues, Named, grade, real_set, roots, solved, system
else:  # run as a script
    from fresh_batch import ANTIDERIVATIVE, Case, main
    from third_batch import Eigenvalues, Named, grade, real_set, roots, solved, system

x, y, n = sp.symbols("x y n")
oo = sp.oo
I = sp.I  # noqa: E741 (the imaginary unit, as written)

CASES: list[Case] = [
    # Korean
    Case("12 곱하기 15 는?", "ko", sp.Integer(180)),
    Case("x² - 9 = 0 의 해", "ko", solved(x**2 - 9)),
    Case("이차방정식 x^2 + 6x + 9 = 0 을 푸시오", "ko", roots(x**2 + 6 * x + 9)),
    Case("다음 식을 간단히 하시오. (x^2 - 1)/(x^2 + 2x + 1)", "ko", sp.cancel((x**2 - 1) / (x**2 + 2 * x + 1))),
    Case("함수 y = sin x cos x 를 미분하여라", "ko", sp.diff(sp.sin(x) * sp.cos(x), x)),
    Case("정적분 ∫_1^e ln x dx 의 값을 구하시오", "ko", sp.integrate(sp.log(x), (x, 1, sp.E))),
    Case("lim_{x→0} (e^(2x) - 1)/x 를 구하여라", "ko", sp.Integer(2)),
    Case("행렬 A = [[1, 2], [2, 4]] 의 랭크를 구하시오", "ko", sp.Integer(1)),
    Case("두 수 18, 30의 최대공약수와 최소공배수를 구하시오", "ko",
         Named({"gcd": sp.gcd(18, 30), "lcm": sp.lcm(18, 30)})),
    Case("x^2 - 3x + 2 < 0 의 해를 구하시오", "ko", real_set(x**2 - 3 * x + 2 < 0)),
    Case("x + y = 10, xy = 21 을 만족하는 x, y 를 구하시오", "ko",
         system(sp.Eq(x + y, 10), sp.Eq(x * y, 21))),
    Case("2의 10제곱을 계산해 줘", "ko", sp.Integer(1024)),
    Case("i^4 + i^3 + i^2 + i 의 값은?", "ko", sp.Integer(0)),
    Case("x^3 - 6x^2 + 12x - 8 을 인수분해하시오", "ko", sp.factor(x**3 - 6 * x**2 + 12 * x - 8)),
    Case("[[1, 2], [0, 1]] 의 역행렬을 구해 주세요", "ko", sp.Matrix([[1, -2], [0, 1]])),
    # English
    Case("what's 2**10", "en", sp.Integer(1024)),
    Case("15 × 4 ÷ 3", "en", sp.Integer(20)),
    Case("solve 3(x+2) = 2(x-1)", "en", solved(3 * (x + 2) - 2 * (x - 1))),
    Case("what are the solutions to x^2 - 7x + 12 = 0?", "en", solved(x**2 - 7 * x + 12)),
    Case("d/dx (x^3 + 2x)", "en", 3 * x**2 + 2),
    Case("integral of e^(3x) dx", "en", (ANTIDERIVATIVE, sp.exp(3 * x))),
    Case("lim (x->inf) 3x/(x+1)", "en", sp.Integer(3)),
    Case("determinant [[0, 1], [1, 0]]", "en", sp.Integer(-1)),
    Case("what's the eigenvalues of [[5, 0], [0, 5]]", "en", Eigenvalues({5: 2})),
    Case("find x if x/2 - 3 = 4", "en", solved(x / 2 - 7)),
    Case("sum 1/n^2 n=1 to infinity", "en", sp.pi**2 / 6),
    # Other languages
    Case("Calcula 3/4 + 5/6", "es", sp.Rational(19, 12)),
    Case("Combien fait 7 × 8 ?", "fr", sp.Integer(56)),
    Case("Was ist 2^8?", "de", sp.Integer(256)),
    Case("Hitung 15 × 12", "id", sp.Integer(180)),
]


if __name__ == "__main__":
    main(CASES, grade)

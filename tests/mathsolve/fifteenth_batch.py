"""A fifteenth batch of everyday requests, written before it was first run and before reading the reader's code,
as people type them in a chat or copy them from homework: Korean homework (방정식, 미분, 적분, 극한, 행렬, 확률,
수열, 넓이, 백분율, 이자), English chat wording, one request each in Spanish, French, German, Japanese and Chinese,
LaTeX from a textbook, and unicode signs (√, ², ³, ÷, ×, π, ∞). Expected answers are computed here by SymPy and
exact fractions, never by agentlib, and graded as in `third_batch.py`; a `Shown` answer must also be written as
that decimal (a sum of decimals answers in decimals, "0.3", not "3/10").

Run `python tests/mathsolve/fifteenth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, commit of this file): right 41, wrong 2, abstained 8 of 51. The two wrong: sums
and products of decimals answered as fractions ("0.1 + 0.2" -> 3/10, "1.5 * 2.25" -> 27/8; equal in value, but
not written as asked). The abstentions: two dice summing to 7 and compound interest in Korean (주사위, 원금 /
연이율 / 복리), "10% of 10% of 1000" and "3/4 von 200" (read as two formulas), a dozen eggs, the alternating
series written by its terms with "...", the letters of BANANA, and '∑ 1/2^n from n=1 to ∞' (worded bounds).

AFTER ITS ROUND: right 45, wrong 0, abstained 6 of 51 (decimals answered as decimals; chains of parts of a number
and 'von' as 'of'). Still abstained: two dice and compound interest in Korean, the dozen eggs, the alternating
series by its terms, BANANA, and the '∑ ... from n=1 to ∞' bounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import comb, factorial

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import Case, main
    from .third_batch import Eigenvalues, grade
else:  # run as a script
    from fresh_batch import Case, main
    from third_batch import Eigenvalues, grade

R = sp.Rational
pi = sp.pi
x = sp.Symbol("x")


@dataclass(frozen=True)
class Shown:
    """An answer that must be verified and written exactly as `text` (a decimal in, a decimal out)."""

    text: str


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


def _sample(values: list[int]) -> sp.Expr:
    return sp.sqrt(sum((v - R(sum(values), len(values))) ** 2 for v in values) / len(values))


CASES: list[Case] = [
    # Korean
    Case("방정식 2x + 3 = 11을 풀어라", "ko", [sp.Integer(4)]),
    Case("x² - 5x + 6 = 0 의 해는?", "ko", _roots(x**2 - 5 * x + 6)),
    Case("y = x³ + 2x 를 미분하시오", "ko", 3 * x**2 + 2),
    Case("0부터 1까지 x^2를 적분하면?", "ko", sp.integrate(x**2, (x, 0, 1))),
    Case("lim_{x→∞} (2x+1)/(x-3) 극한값은?", "ko", sp.limit((2 * x + 1) / (x - 3), x, sp.oo)),
    Case("행렬 [[1, 2], [3, 4]]의 행렬식은?", "ko", sp.Matrix([[1, 2], [3, 4]]).det()),
    Case("주사위 두 개를 던져서 눈의 합이 7이 될 확률은?", "ko",
         R(sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == 7), 36)),
    Case("등차수열 2, 5, 8, ...의 제10항은?", "ko", sp.Integer(2 + 9 * 3)),
    Case("밑변이 8이고 높이가 5인 삼각형의 넓이는?", "ko", sp.Integer(20)),
    Case("80의 15%는?", "ko", sp.Integer(12)),
    Case("원금 1000000원을 연이율 5%로 3년 동안 복리로 예금하면 원리합계는?", "ko", 1000000 * R(105, 100) ** 3),
    Case("12000원에서 20% 할인하면 얼마?", "ko", sp.Integer(9600)),
    Case("√50 을 간단히 하시오", "ko", 5 * sp.sqrt(2)),
    Case("3! × 4! 는?", "ko", sp.Integer(factorial(3) * factorial(4))),
    # English
    Case("what's 15% off $80", "en", 80 * R(85, 100)),
    Case("how many seconds in a week", "en", sp.Integer(7 * 24 * 3600)),
    Case("0.1 + 0.2", "en", Shown("0.3")),
    Case("what is 1.5 * 2.25", "en", Shown("3.375")),
    Case("10% of 10% of 1000", "en", sp.Integer(10)),
    Case("a dozen eggs cost $3, how much is one", "en", R(3, 12)),
    Case("sum 1 - 1/2 + 1/4 - 1/8 + ...", "en", sp.summation((-R(1, 2)) ** sp.Symbol("k"), (sp.Symbol("k"), 0, sp.oo))),
    Case("solve for x: 3(x-2) = 2x + 5", "en", [sp.Integer(11)]),
    Case("is 221 prime", "en", "prime" if sp.isprime(221) else "not prime"),
    Case("simplify (x^2-1)/(x-1)", "en", x + 1),
    Case("differentiate e^(2x) sin x", "en", sp.diff(sp.exp(2 * x) * sp.sin(x), x)),
    Case("integrate x e^x from 0 to 1", "en", sp.integrate(x * sp.exp(x), (x, 0, 1))),
    Case("limit of (1+1/n)^n as n goes to infinity", "en", sp.E),
    Case("eigenvalues of [[2,1],[1,2]]", "en", Eigenvalues(sp.Matrix([[2, 1], [1, 2]]).eigenvals())),
    Case("what's the average of 3, 7, 8", "en", R(3 + 7 + 8, 3)),
    Case("median of 12, 3, 7, 9", "en", R(7 + 9, 2)),
    Case("population standard deviation of 2, 4, 4, 4, 5, 5, 7, 9", "en", _sample([2, 4, 4, 4, 5, 5, 7, 9])),
    Case("log base 2 of 64", "en", sp.Integer(6)),
    Case("convert 72 F to C", "en", R(72 - 32) * R(5, 9)),
    Case("how many ways to arrange the letters of BANANA", "en",
         sp.Integer(factorial(6) // (factorial(3) * factorial(2)))),
    Case("probability of exactly two heads in three flips", "en", R(comb(3, 2), 2**3)),
    Case("what is 2³ + √16 ÷ 2 × 3", "en", sp.Integer(8) + R(4, 2) * 3),
    Case("π × 5²", "en", 25 * pi),
    Case("∑ 1/2^n from n=1 to ∞", "en", sp.Integer(1)),
    Case("15 is what percent of 60", "en", sp.Integer(25)),
    Case("how many minutes in 3.5 hours", "en", sp.Integer(210)),
    Case("what's 2/3 of 90", "en", sp.Integer(60)),
    Case("18% tip on $45", "en", R(18 * 45, 100)),
    # LaTeX from a textbook
    Case(r"\frac{d}{dx}\left(x^3 \ln x\right)", "en", sp.diff(x**3 * sp.log(x), x)),
    Case(r"\int_0^{\pi} \sin x \, dx", "en", sp.integrate(sp.sin(x), (x, 0, pi))),
    Case(r"\lim_{x \to 0} \frac{1-\cos x}{x^2}", "en", sp.limit((1 - sp.cos(x)) / x**2, x, 0)),
    Case(r"\sqrt{18} + \sqrt{8}", "en", sp.sqrt(18) + sp.sqrt(8)),
    # Spanish, French, German, Japanese, Chinese
    Case("¿Cuánto es el 25% de 360?", "es", sp.Integer(90)),
    Case("Résoudre 5x - 3 = 2x + 9", "fr", [sp.Integer(4)]),
    Case("Wie viel ist 3/4 von 200?", "de", sp.Integer(150)),
    Case("x^2 + 2x - 8 = 0 の解を求めよ", "ja", _roots(x**2 + 2 * x - 8)),
    Case("求 x^2 + 3x 的导数", "zh", 2 * x + 3),
]


def grade_fifteenth(case: Case, result) -> str:  # noqa: ANN001 (a MathResult, as in `grade`)
    """`grade`, and for a `Shown` answer: verified and written exactly as the decimal expected."""
    if not isinstance(case.expected, Shown):
        return grade(case, result)
    if result.status != "verified":
        return "abstained"
    value = result.value or {}
    return "right" if value.get("kind") == "expression" and value.get("expression") == case.expected.text \
        else "wrong"


if __name__ == "__main__":
    main(CASES, grade_fifteenth)

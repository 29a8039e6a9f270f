"""A thirty-third batch: math in other languages and notations, a fifth time (issue 12: "find the math in text of
any language (Korean, English, ...)"). Written before it was first run and before reading the reader's code: about
thirty-five requests in Korean as people type them (반말 and 존댓말, "~해줘", "~구해주세요", "~는?", "~얼마야?",
missing spaces, number words 삼 / 백 / 천오백, units 원 / 개 / 명 / km, "1부터 100까지 더하면?", "x에 대해 풀어",
적분해줘, 극한값, 행렬식, 역행렬, 고유값, 최대공약수, 소인수분해, 나머지, 복소수) and about thirty-five in Japanese,
Chinese (simplified and traditional), Spanish, French, German, Portuguese, Vietnamese, Indonesian, Russian, Arabic
and Hindi, mixing plain notation, Unicode math (x², √, ∫, ≤, ÷, ×, full-width digits) and LaTeX. Expected answers
are computed here by SymPy or exact fractions, never by agentlib; a check's answer is "yes" or "no". `None` means
the request leaves a quantity open and must abstain.

Grading: as in the twenty-first batch.

Run `python tests/mathsolve/thirty_third_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix): right 55, wrong 2, abstained 12 of 69. One of the two wrong was this file's key:
"Resuelve 3x - 4 ≤ 8 para x" was first keyed to abstain, but the reader's (-∞, 4] is right, so the key is now that
set (first figure with it: right 56, wrong 1). The real wrong answer: "2x+5=13 x에 대해 풀어" read the named
unknown as a factor of 13 (2x+5=13x) and answered x = 5/11. Read right already: 행렬식, 역행렬, 고유값, 최대공약수,
최소공배수, 소인수분해, 나머지 (also of 2의 10제곱), 복소수 products and moduli, 삼 / 백 / 천오백 number words,
원 totals, 15% of 3만원, km to m, √48, 인수분해, 도함수, 5!, 6C2, systems joined by a comma, LaTeX and ∫₀³
limits and integrals, full-width Japanese digits and operators, traditional Chinese, and homework in ten more
languages. Abstained: "1부터 100까지 더하면?", "갈때" before a limit, 800원 apples, 24명 in groups, "12÷4×3 은
몇이야?", Japanese "で割った余りは", French "∫ de 0 à π de sin(x) dx" and "le reste de 47 divisé par 5", Indonesian
"akar dari", and the three that must.

AFTER ITS ROUND: right 61, wrong 0, abstained 8 of 69 (three must). New: a letter (or a list "x,y") named after
an equation with a particle or an asking word is the unknown asked for, never a factor of its last number
(`segments._names_the_unknown`; probing found the same wrong reading in "x+y=3 x에 대해 정리해", answered x = y/2,
"3x+2=11 x 구해줘", answered 1/4, and "x+y=10, x-y=2 x,y 구해", answered "no solution"); a lone "a" before a Hangul
word is a variable, not the English article ("2t=6 a 구해줘" answered t = 3); Korean words typed without their
space: a particle glued to the word after it ("13을풀어줘", "y에대해") and 때 glued to its verb ("갈때", "일때")
(`korean_glued_particles.py`); 더하다 over a run asks its sum ("1부터 100까지 더하면?"); "divided by" in eight
languages names a remainder's divisor; Russian "относительно x"; "몇이야" right after a formula asks its value.
Still abstained: 800원 apples and 24명 in groups (counters and nouns the reader does not know), "어떤 수", Japanese
"で割った余り" (no role for a divisor before で), French "∫ de 0 à π de sin(x) dx", Indonesian "akar dari" (roots of
an equation, or a square root?), and the three that must.
"""

from __future__ import annotations

from fractions import Fraction
from math import comb, gcd, lcm

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import Case, main
    from .third_batch import Eigenvalues, Factors, real_set, system
    from .twenty_first_batch import Factored, grade_twenty_first
else:  # run as a script
    from fresh_batch import Case, main
    from third_batch import Eigenvalues, Factors, real_set, system
    from twenty_first_batch import Factored, grade_twenty_first

x, y = sp.symbols("x y")


def _exact(value: Fraction | int | str) -> sp.Rational:
    value = Fraction(value)
    return sp.Rational(value.numerator, value.denominator)


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


def _percent_of(percent: int | str, whole: int | str) -> sp.Rational:
    return _exact(Fraction(percent) / 100 * Fraction(whole))


def _holds(left: Fraction | int, right: Fraction | int) -> str:
    return "yes" if Fraction(left) == Fraction(right) else "no"


CASES = [
    # Korean: 반말 and 존댓말, number words, units, school words
    Case("1부터 100까지 더하면?", "ko", sp.Integer(sum(range(1, 101)))),
    Case("1부터 50까지의 합 구해줘", "ko", sp.Integer(sum(range(1, 51)))),
    Case("2x+5=13 x에 대해 풀어", "ko", _roots(2 * x + 5 - 13)),
    Case("x²-5x+6=0 풀어줘", "ko", _roots(x**2 - 5 * x + 6)),
    Case("3x-7=2x+1의 해는?", "ko", _roots(3 * x - 7 - (2 * x + 1))),
    Case("x^2를 적분해줘", "ko", ("antiderivative", sp.Symbol("t") ** 2)),
    Case("∫₀³ x² dx 값 구해주세요", "ko", sp.integrate(x**2, (x, 0, 3))),
    Case("2x+1을 1부터 3까지 적분하면 얼마야?", "ko", sp.integrate(2 * x + 1, (x, 1, 3))),
    Case("x가 0으로 갈때 sin2x/x의 극한값은?", "ko", sp.limit(sp.sin(2 * x) / x, x, 0)),
    Case(r"\lim_{x \to \infty} \frac{3x^2+1}{x^2-2} 극한값 구해줘", "ko",
         sp.limit((3 * x**2 + 1) / (x**2 - 2), x, sp.oo)),
    Case("[[3, 1], [2, 4]]의 행렬식은?", "ko", sp.Matrix([[3, 1], [2, 4]]).det()),
    Case("행렬 [[1,2],[3,4]] 행렬식 구해줘", "ko", sp.Matrix([[1, 2], [3, 4]]).det()),
    Case("[[2, 1], [1, 1]] 역행렬 구해주세요", "ko", sp.Matrix([[2, 1], [1, 1]]).inv()),
    Case("[[4, 1], [2, 3]]의 고유값 구해줘", "ko", Eigenvalues(sp.Matrix([[4, 1], [2, 3]]).eigenvals())),
    Case("84와 36의 최대공약수는?", "ko", sp.Integer(gcd(84, 36))),
    Case("12랑 18 최소공배수 얼마야?", "ko", sp.Integer(lcm(12, 18))),
    Case("360 소인수분해 해줘", "ko", Factors({2: 3, 3: 2, 5: 1})),
    Case("100을 7로 나눈 나머지는?", "ko", sp.Integer(100 % 7)),
    Case("2의 10제곱을 13으로 나눈 나머지 구해줘", "ko", sp.Integer(2**10 % 13)),
    Case("복소수 (2+3i)(1-i)를 계산해줘", "ko", sp.expand((2 + 3 * sp.I) * (1 - sp.I))),
    Case("(3+4i)의 절댓값은?", "ko", sp.Abs(3 + 4 * sp.I)),
    Case("삼 더하기 오는?", "ko", sp.Integer(3 + 5)),
    Case("백 빼기 삼십칠은 얼마야?", "ko", sp.Integer(100 - 37)),
    Case("천오백원짜리 4개 사면 얼마야?", "ko", sp.Integer(1500 * 4)),
    Case("사과 한 개에 800원인데 12개 사면 총 얼마예요?", "ko", sp.Integer(800 * 12)),
    Case("학생 24명을 4명씩 모둠으로 나누면 몇 모둠이야?", "ko", sp.Integer(24 // 4)),
    Case("3만원의 15%는 얼마?", "ko", _percent_of(15, 30000)),
    Case("5km는 몇m야?", "ko", sp.Integer(5000)),
    Case("√48을 간단히 해줘", "ko", sp.sqrt(48)),
    Case("x^2+5x+6 인수분해해줘", "ko", Factored((x + 2) * (x + 3))),
    Case("y=x³-3x²의 도함수 구해주세요", "ko", sp.diff(x**3 - 3 * x**2, x)),
    Case("5! 은?", "ko", sp.Integer(120)),
    Case("6C2 계산해줘", "ko", sp.Integer(comb(6, 2))),
    Case("2x+y=5, x-y=1 연립해서 풀어줘", "ko", system(sp.Eq(2 * x + y, 5), sp.Eq(x - y, 1))),
    Case("12÷4×3 은 몇이야?", "ko", sp.Integer(12 // 4 * 3)),
    Case("2^10 얼마야", "ko", sp.Integer(2**10)),
    Case("영희는 사과를 몇 개 샀어. 전부 얼마야?", "ko", None),  # no price, no count
    Case("어떤 수를 7로 나눈 나머지는?", "ko", None),  # the number is unknown
    # Japanese
    Case("ｘ²－４＝０を解いて", "ja", _roots(x**2 - 4)),
    Case("１２×１５はいくつ？", "ja", sp.Integer(12 * 15)),
    Case("∫₀¹ x³ dx を計算してください", "ja", sp.integrate(x**3, (x, 0, 1))),
    Case("100を7で割った余りは？", "ja", sp.Integer(100 % 7)),
    Case("48と60の最大公約数を求めよ", "ja", sp.Integer(gcd(48, 60))),
    # Chinese (simplified and traditional)
    Case("计算 √16 + 3²", "zh", sp.Integer(4 + 9)),
    Case("求 24 和 36 的最大公约数", "zh", sp.Integer(gcd(24, 36))),
    Case("解方程：x² − 7x + 12 = 0", "zh", _roots(x**2 - 7 * x + 12)),
    Case("求矩陣 [[2, 0], [0, 5]] 的行列式", "zh-tw", sp.Matrix([[2, 0], [0, 5]]).det()),
    Case("請計算 (1+2i)(3-i)", "zh-tw", sp.expand((1 + 2 * sp.I) * (3 - sp.I))),
    Case("一共有几个苹果？", "zh", None),  # no count at all
    # Spanish
    Case("¿Cuánto es 3/5 de 250?", "es", _exact(Fraction(3, 5) * 250)),
    Case("Calcula el mínimo común múltiplo de 8 y 12", "es", sp.Integer(lcm(8, 12))),
    Case("Resuelve 3x - 4 ≤ 8 para x", "es", real_set(3 * x - 4 <= 8)),
    # French
    Case("Calculez ∫ de 0 à π de sin(x) dx", "fr", sp.integrate(sp.sin(x), (x, 0, sp.pi))),
    Case("Quel est le reste de 47 divisé par 5 ?", "fr", sp.Integer(47 % 5)),
    # German
    Case("Was ist 7² − 3 · 4?", "de", sp.Integer(7**2 - 3 * 4)),
    Case("Löse die Gleichung 5x + 2 = 3x + 10", "de", _roots(5 * x + 2 - (3 * x + 10))),
    # Portuguese
    Case("Qual é o MDC de 54 e 24?", "pt", sp.Integer(gcd(54, 24))),
    Case("Calcule o limite de (x² - 1)/(x - 1) quando x tende a 1", "pt", sp.limit((x**2 - 1) / (x - 1), x, 1)),
    # Vietnamese
    Case("Tính đạo hàm của x³ + 2x", "vi", sp.diff(x**3 + 2 * x, x)),
    Case("Tìm ƯCLN của 18 và 24", "vi", sp.Integer(gcd(18, 24))),
    # Indonesian
    Case("Tentukan akar dari x² - 9 = 0", "id", _roots(x**2 - 9)),
    Case("Berapa 25 × 4 ÷ 5?", "id", sp.Integer(25 * 4 // 5)),
    # Russian
    Case("Решите уравнение x² − 6x + 8 = 0", "ru", _roots(x**2 - 6 * x + 8)),
    Case("Найдите определитель матрицы [[1, 3], [2, 5]]", "ru", sp.Matrix([[1, 3], [2, 5]]).det()),
    # Arabic
    Case("احسب ٢٥ + ١٧", "ar", sp.Integer(25 + 17)),
    Case("أوجد مشتقة x^2 + 3x", "ar", sp.diff(x**2 + 3 * x, x)),
    # Hindi
    Case("x² - 16 = 0 को हल करें", "hi", _roots(x**2 - 16)),
    Case("25 और 15 का लघुत्तम समापवर्त्य क्या है?", "hi", sp.Integer(lcm(25, 15))),
    Case("12 × 12 = 144 सही है?", "hi", _holds(12 * 12, 144)),
]

__all__ = ["CASES"]

if __name__ == "__main__":
    main(CASES, grade_twenty_first)

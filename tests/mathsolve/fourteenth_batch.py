"""A fourteenth batch of everyday requests, written before it was first run (after the round that read ratio
shares, dice and coins, runs of numbers and unnamed sequences, one speed, 만 / 억 interest and circles in three
languages), as people type them in a chat: arithmetic with fractions and powers, algebra and calculus in casual
words, statistics of a short list, unit and money questions, counting and chance, sequences, percent and
interest, and geometry in words. Eighteen are Korean; several are Spanish, German, French and Japanese.
Expected answers are computed here by SymPy and exact fractions, never by agentlib, and graded as in
`third_batch.py`.

Run `python tests/mathsolve/fourteenth_batch.py` for the figure: `right R, wrong W, abstained A of N`.
"""

from __future__ import annotations

from math import comb

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import ANTIDERIVATIVE, Case, main, t
    from .third_batch import Named, grade
else:  # run as a script
    from fresh_batch import ANTIDERIVATIVE, Case, main, t
    from third_batch import Named, grade

R = sp.Rational
pi = sp.pi
x = sp.Symbol("x")


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


CASES: list[Case] = [
    # Korean
    Case("3/4 + 2/5는 얼마야?", "ko", R(3, 4) + R(2, 5)),
    Case("2의 10제곱은?", "ko", sp.Integer(2**10)),
    Case("3x + 5 = 20을 풀어줘", "ko", [sp.Integer(5)]),
    Case("x^2 - 7x + 12 = 0의 해를 구하시오", "ko", _roots(x**2 - 7 * x + 12)),
    Case("f(x) = x^3 - 3x^2 + 2의 도함수를 구해줘", "ko", 3 * x**2 - 6 * x),
    Case("∫_0^2 (3x^2 + 1) dx 를 계산하시오", "ko", sp.integrate(3 * x**2 + 1, (x, 0, 2))),
    Case("18과 24의 최소공배수는?", "ko", sp.Integer(72)),
    Case("72의 약수의 개수는?", "ko", sp.Integer(12)),
    Case("반지름이 7cm인 원의 넓이를 구하시오", "ko", 49 * pi),
    Case("30000원짜리 가방을 15% 할인하면 얼마인가요?", "ko", 30000 * R(85, 100)),
    Case("1부터 50까지의 자연수의 합은?", "ko", sp.Integer(sum(range(1, 51)))),
    Case("5명 중에서 2명을 뽑는 경우의 수는?", "ko", sp.Integer(comb(5, 2))),
    Case("동전 2개를 던질 때 모두 앞면이 나올 확률은?", "ko", R(1, 4)),
    Case("주사위 한 개를 던질 때 5 이상의 눈이 나올 확률은?", "ko", R(2, 6)),
    Case("등비수열 3, 6, 12, ...의 제8항은?", "ko", sp.Integer(3 * 2**7)),
    Case("60의 25%는 얼마인가요?", "ko", sp.Integer(15)),
    Case("200000원을 2:3으로 나누면 각각 얼마인가요?", "ko", Named({"first": 80000, "second": 120000})),
    Case("lim x→0 sin(3x)/x 의 값은?", "ko", sp.Integer(3)),
    # English
    Case("what's 7/8 - 1/3", "en", R(7, 8) - R(1, 3)),
    Case("square root of 196", "en", sp.Integer(14)),
    Case("solve 4(x - 2) = 2x + 6", "en", [sp.Integer(7)]),
    Case("factor x^2 + 5x + 6", "en", (x + 2) * (x + 3)),
    Case("derivative of e^(2x) sin x", "en", sp.diff(sp.exp(2 * x) * sp.sin(x), x)),
    Case("integrate x*e^x dx", "en", (ANTIDERIVATIVE, t * sp.exp(t))),
    Case("what is the mean of 4, 8, 15, 16, 23, 42", "en", R(4 + 8 + 15 + 16 + 23 + 42, 6)),
    Case("median of 7, 3, 9, 1, 5, 11", "en", sp.Integer(6)),
    Case("what is 18% of 250", "en", sp.Integer(45)),
    Case("how many ways can 4 books be arranged on a shelf", "en", sp.Integer(24)),
    Case("probability of rolling a number less than 3 on a die", "en", R(2, 6)),
    Case("what is the 15th term of 2, 5, 8, ...", "en", sp.Integer(2 + 14 * 3)),
    Case("sum of the first 10 even numbers", "en", sp.Integer(110)),
    Case("a car travels 180 miles in 3 hours. what is its speed in mph?", "en", sp.Integer(60)),
    Case("simple interest on $5000 at 3% per year for 4 years", "en", sp.Integer(600)),
    Case("percent increase from 50 to 65", "en", sp.Integer(30)),
    Case("area of a rectangle 12 by 7", "en", sp.Integer(84)),
    Case("hypotenuse of a right triangle with legs 9 and 12", "en", sp.Integer(15)),
    Case("convert 10 miles to km", "en", R(16093440, 1000000)),
    Case("what is 2^5 * 3^2", "en", sp.Integer(288)),
    Case("gcd of 84 and 126", "en", sp.Integer(42)),
    Case("1 + 3 + 5 + ... + 49", "en", sp.Integer(sum(range(1, 50, 2)))),
    # Spanish, German, French, Japanese
    Case("Resuelve 2x - 7 = 9", "es", [sp.Integer(8)]),
    Case("Calcula el perímetro de un círculo de radio 5", "es", 10 * pi),
    Case("Löse x^2 = 49", "de", [sp.Integer(-7), sp.Integer(7)]),
    Case("Was ist 20 % von 150?", "de", sp.Integer(30)),
    Case("Dérivée de x^4", "fr", 4 * x**3),
    Case("Calcule l'aire d'un cercle de diamètre 6", "fr", 9 * pi),
    Case("x^2 - 9 = 0 を解け", "ja", [sp.Integer(-3), sp.Integer(3)]),
    Case("12と18の最大公約数は?", "ja", sp.Integer(6)),
]


if __name__ == "__main__":
    main(CASES, grade)

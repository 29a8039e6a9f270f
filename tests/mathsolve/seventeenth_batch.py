"""A seventeenth batch: everyday math requests typed as people type them, written before it was first run and
before reading the reader's code. About half are Korean homework (방정식, 인수분해, 미분, 적분, 정적분, 극한,
행렬식, 역행렬, 확률, 경우의 수, 순열 / 조합, 등차 / 등비수열의 합, 넓이 / 부피, 백분율, 할인, 이자, 평균, 속력,
단위 변환, 최대공약수 / 최소공배수, 소인수분해, 나머지); the rest English chat wording (shopping, cooking and travel
arithmetic, unit conversions, statistics, dice / cards / coins, a series given by its terms, letters to arrange,
ages, partial and implicit derivatives, the argument of a complex number), and one request each in Spanish,
German, Japanese, Chinese and Vietnamese. Expected answers are computed here by SymPy and exact fractions, never
by agentlib, and graded as in `fifteenth_batch.py` (a `Shown` answer must be written as that decimal).

Run `python tests/mathsolve/seventeenth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, commit of this file): right 34, wrong 0, abstained 25 of 59. The abstentions:
Korean words around known readings (빨간 공 / 파란 공 in a 주머니, 대표 2명을 뽑는, 등차수열의 합, 직사각형의 넓이,
30000원의 15%, 정가 ... 할인, 점수 ... 평균, 2시간 30분 동안 ... 평균 속력, 3.5시간은 몇 분), nPr / nCr written
"7P3" / "8C3", a dozen eggs, LETTER's arrangements, "843.27 - 129.9 = ?", ages ("4 years younger than"),
"∂/∂y of", dy/dx of an implicit curve, "argument of", tripling a recipe, miles per gallon, splitting a bill
after a tip, "3 lbs of apples at $1.49 a pound", a heart or a king from a deck, Japanese "25%引き" and Chinese
"打八折".

AFTER ITS ROUND: right 56, wrong 0, abstained 3 of 59. Still abstained: tripling a recipe, miles per gallon and
splitting a bill after a tip ("split an $80 bill 3 ways after adding a 20% tip"). Found on the way, a wrong answer
of an older class: "1/2 ÷ 3/4" was answered 1/24 (read by precedence alone); a typed fraction after ÷ is now one
number.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import product
from math import comb, factorial, perm

import sympy as sp

if __package__:  # imported by the tests
    from .fifteenth_batch import Shown, grade_fifteenth
    from .fresh_batch import ANTIDERIVATIVE, Case, main, t
    from .third_batch import Factors, roots
else:  # run as a script
    from fifteenth_batch import Shown, grade_fifteenth
    from fresh_batch import ANTIDERIVATIVE, Case, main, t
    from third_batch import Factors, roots

R = sp.Rational
pi = sp.pi
I = sp.I  # noqa: E741 (the imaginary unit, as written)
x, y = sp.symbols("x y")


def _solutions(equation: sp.Eq) -> list:
    return list(sp.solve(equation, x))


def _dice_sum(total: int) -> sp.Rational:
    """The chance that two fair dice show `total`, by counting all 36 throws."""
    throws = list(product(range(1, 7), repeat=2))
    return R(sum(1 for a, b in throws if a + b == total), len(throws))


def _coins(heads: int, coins: int) -> sp.Rational:
    """The chance of exactly `heads` heads in `coins` fair flips, by counting every sequence."""
    flips = list(product("HT", repeat=coins))
    return R(sum(1 for f in flips if f.count("H") == heads), len(flips))


def _arrangements(word: str) -> int:
    """Distinct orders of the letters of `word`: n! over the factorial of each letter's count."""
    result = factorial(len(word))
    for letter in set(word):
        result //= factorial(word.count(letter))
    return result


def _arithmetic_sum(first: int, difference: int, terms: int) -> int:
    return sum(first + difference * i for i in range(terms))


def _geometric_sum(first: int, ratio: int, terms: int) -> int:
    return sum(first * ratio**i for i in range(terms))


def _population_sd(values: list[int]) -> sp.Expr:
    mean = Fraction(sum(values), len(values))
    return sp.sqrt(R(sum((v - mean) ** 2 for v in values) / len(values)))


def _median(values: list) -> sp.Rational:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return R(ordered[middle]) if len(ordered) % 2 else R(ordered[middle - 1] + ordered[middle], 2)


HEARTS_OR_KINGS = sum(1 for suit, rank in product("SHDC", range(1, 14)) if suit == "H" or rank == 13)

CASES: list[Case] = [
    # Korean homework
    Case("3(x - 2) = 2x + 5 를 풀어라", "ko", [sp.Integer(11)]),
    Case("x² + x - 12 = 0 을 푸시오", "ko", _solutions(sp.Eq(x**2 + x - 12, 0))),
    Case("x^2 - 7x + 12 를 인수분해하시오", "ko", sp.factor(x**2 - 7 * x + 12)),
    Case("2x^2 - 8 을 인수분해 하시오", "ko", sp.factor(2 * x**2 - 8)),
    Case("f(x) = 2x^3 - 3x^2 + 5 를 미분하시오", "ko", sp.diff(2 * x**3 - 3 * x**2 + 5, x)),
    Case("y = (x^2 + 1)^3 의 도함수를 구하시오", "ko", sp.diff((x**2 + 1) ** 3, x)),
    Case("∫ (4x^3 + 2) dx 를 구하시오", "ko", (ANTIDERIVATIVE, 4 * t**3 + 2)),
    Case("정적분 ∫_0^2 (x^2 + 1) dx 의 값을 구하시오", "ko", sp.integrate(x**2 + 1, (x, 0, 2))),
    Case("lim_{x→2} (x^2 - 4)/(x - 2) 를 구하시오", "ko", sp.limit((x**2 - 4) / (x - 2), x, 2)),
    Case("행렬 [[2, 5], [1, 3]]의 행렬식은?", "ko", sp.Matrix([[2, 5], [1, 3]]).det()),
    Case("행렬 [[2, 1], [5, 3]]의 역행렬을 구하시오", "ko", sp.Matrix([[2, 1], [5, 3]]).inv()),
    Case("동전 3개를 동시에 던질 때 앞면이 2개 나올 확률은?", "ko", _coins(2, 3)),
    Case("주머니에 빨간 공 3개, 파란 공 5개가 있다. 한 개를 꺼낼 때 빨간 공일 확률은?", "ko", R(3, 3 + 5)),
    Case("6명 중에서 대표 2명을 뽑는 경우의 수는?", "ko", sp.Integer(comb(6, 2))),
    Case("5명을 한 줄로 세우는 경우의 수는?", "ko", sp.Integer(factorial(5))),
    Case("7P3 을 계산하시오", "ko", sp.Integer(perm(7, 3))),
    Case("8C3 의 값을 구하시오", "ko", sp.Integer(comb(8, 3))),
    Case("첫째항이 3이고 공차가 5인 등차수열의 첫째항부터 제10항까지의 합은?", "ko",
         sp.Integer(_arithmetic_sum(3, 5, 10))),
    Case("첫째항이 2, 공비가 3인 등비수열의 첫째항부터 제6항까지의 합을 구하시오", "ko",
         sp.Integer(_geometric_sum(2, 3, 6))),
    Case("가로 12cm, 세로 8cm인 직사각형의 넓이는?", "ko", sp.Integer(12 * 8)),
    Case("한 모서리의 길이가 4cm인 정육면체의 부피는?", "ko", sp.Integer(4**3)),
    Case("30000원의 15%는 얼마인가요?", "ko", R(15, 100) * 30000),
    Case("정가 45000원인 신발을 30% 할인하면 얼마예요?", "ko", 45000 * R(70, 100)),
    Case("200만원을 연이율 3%의 단리로 3년 동안 예금하면 이자는 얼마인가요?", "ko",
         2_000_000 * R(3, 100) * 3),
    Case("수학 점수가 85, 90, 78, 92, 80일 때 평균은?", "ko", R(85 + 90 + 78 + 92 + 80, 5)),
    Case("150km를 2시간 30분 동안 달렸다면 평균 속력은 시속 몇 km인가요?", "ko", R(150, 1) / R(5, 2)),
    Case("3.5시간은 몇 분인가요?", "ko", R(35, 10) * 60),
    Case("36과 48의 최소공배수를 구하시오", "ko", sp.ilcm(36, 48)),
    Case("252를 소인수분해하시오", "ko", Factors(sp.factorint(252))),
    Case("2^50을 5로 나눈 나머지는?", "ko", sp.Integer(pow(2, 50, 5))),
    # English chat
    Case("a dozen eggs costs $4.20, how much is one egg", "en", R(420, 100) / 12),
    Case("sum 1 + 1/3 + 1/9 + 1/27 + ...", "en", sp.summation(R(1, 3) ** sp.Symbol("k"),
                                                            (sp.Symbol("k"), 0, sp.oo))),
    Case("how many ways can you arrange the letters of the word LETTER", "en", sp.Integer(_arrangements("LETTER"))),
    Case("843.27 - 129.9 = ?", "en", Shown("713.37")),
    Case("Tom is 4 years younger than Sara. Sara is 15. How old is Tom?", "en", sp.Integer(15 - 4)),
    Case("find ∂/∂y of x^2 y^3", "en", sp.diff(x**2 * y**3, y)),
    Case("find dy/dx if x^2 + xy + y^2 = 7", "en", sp.idiff(x**2 + x * y + y**2 - 7, y, x)),
    Case("what is the argument of √3 + i", "en", sp.arg(sp.sqrt(3) + I)),
    Case("I'm tripling a recipe that needs 2/3 cup of sugar, how much sugar do I need", "en", R(2, 3) * 3),
    Case("we drove 340 miles on 12.5 gallons, what's our mpg", "en", R(340) / R(125, 10)),
    Case("split an $80 bill 3 ways after adding a 20% tip", "en", 80 * R(120, 100) / 3),
    Case("what's 18% tip on $45", "en", R(18, 100) * 45),
    Case("how much are 3 lbs of apples at $1.49 a pound", "en", 3 * R(149, 100)),
    Case("6 cans cost $2.40, how much do 15 cans cost", "en", R(240, 100) / 6 * 15),
    Case("how many ounces in 3 pounds", "en", sp.Integer(3 * 16)),
    Case("convert 65 mph to km/h", "en", 65 * R(1609344, 1000000)),
    Case("how many seconds are in a day", "en", sp.Integer(24 * 60 * 60)),
    Case("population standard deviation of 3, 7, 7, 19", "en", _population_sd([3, 7, 7, 19])),
    Case("what is the median of 7, 1, 4, 9", "en", _median([7, 1, 4, 9])),
    Case("mode of 4, 1, 4, 2, 1, 4", "en", sp.Integer(4)),
    Case("probability of rolling a sum of 9 with two dice", "en", _dice_sum(9)),
    Case("probability of drawing a heart or a king from a standard deck", "en", R(HEARTS_OR_KINGS, 52)),
    Case("if I flip 4 coins what's the chance of getting exactly 2 heads", "en", _coins(2, 4)),
    Case("solve x^2 - 2x - 15 = 0", "en", roots(x**2 - 2 * x - 15)),
    # Spanish, German, Japanese, Chinese, Vietnamese
    Case("¿Cuánto es el 15% de 240?", "es", R(15, 100) * 240),
    Case("Was ist der Durchschnitt von 4, 8 und 12?", "de", R(4 + 8 + 12, 3)),
    Case("1200円の25%引きはいくらですか", "ja", 1200 * R(75, 100)),
    Case("一件衣服原价200元，打八折后多少钱？", "zh", 200 * R(8, 10)),
    Case("Giải phương trình 2x + 5 = 13", "vi", [sp.Integer(4)]),
]

if __name__ == "__main__":
    main(CASES, grade_fifteenth)

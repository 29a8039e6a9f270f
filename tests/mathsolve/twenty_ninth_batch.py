"""A twenty-ninth batch: math in any language, a third time (issue 12: "find the math in text of any language
(Korean, English, ...)"). Written before it was first run and before reading the reader's code: about twenty-five
requests in Korean voices not heard before (a 중학생 asking a chatbot in 반말, a 수능 "다음 식의 값은?" in LaTeX, a
주부 comparing unit prices, a 직장인's 실수령 at a stated rate, 평균 of listed scores, 확률 with two dice and two
coins, 일차함수 기울기 through two points, 등차수열 합, 정육면체 부피 and 겉넓이, 최대공약수 / 최소공배수 in words,
a spoken amount "천오백원짜리"), the coordinator's known abstentions (Chinese 八五折 and 万 amounts, German glued
thousands, Indonesian se- numbers, Japanese and Chinese amount totals, Japanese 万/千 amounts, Russian declined number
words, Russian percent change), and about thirty-five in Japanese, Chinese, Spanish, Portuguese, French, German,
Italian, Russian, Polish, Arabic (Eastern Arabic digits), Hindi, Vietnamese, Indonesian, Thai and Turkish (homework
imperatives, number words, decimal commas, percentages, one-operation word problems, derivatives, integrals and
limits in their words). Expected answers are computed here by SymPy or exact fractions, never by agentlib. `None`
means the request leaves its operation or a quantity open and must abstain.

Grading: as in the twenty-first batch.

Run `python tests/mathsolve/twenty_ninth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, this file's first commit): right 29, wrong 0, abstained 33 of 62 (two of them must
abstain, and do). Read right already: a 반말 derivative, 수능 LaTeX fractions and roots, scores' mean with 점 on each,
an arithmetic series' sum, 1 to 100, gcd and lcm with digits in Korean and Japanese, "5의 3제곱", homework in
Japanese, Chinese, Spanish, German, Italian, Russian, Hindi and Vietnamese, percentages in Spanish, Italian, Polish
and Vietnamese, spoken arithmetic in Portuguese, Polish and Turkish, Eastern Arabic digits in a sum, a French unit
price, "25 और 35 का योग". Abstained: the 반말 lead-in "이거 (어떻게 풀어 / 답 뭐야 / 풀어줘)", a unit-price
comparison, 실수령 at a deduction rate, scores' mean with 점 once, two dice and two coins, a line's slope through two
points, a cube's volume and surface area, gcd in Korean number words, "천오백원짜리", an average speed, Japanese and
Chinese amount totals, "3万5千円の2割引", 八五折, "3.5万元", a percentage of a decimal comma ("20% de 45,50") and of
Eastern Arabic digits, German glued thousands, a Russian declined sum, Russian percent change, Indonesian se-
numbers, Thai (its words split at vowel marks), a Turkish discount.

AFTER ITS ROUND: right 58, wrong 0, abstained 4 of 62 (two must). New: Thai as a token table (`lexicon.py`, cut
like Chinese and Japanese), 이거 as filler, the Arabic percent sign, a decimal comma after a percent's 'of', Korean
slopes through two points, cubes by 한 변, two dice and coins as typed, glued thousands, se- numbers and millions
(`foreign_cardinals.py`, `latin_cardinals.py`), Russian declensions, `han_amounts.py`, 割 and 八五折, Japanese and
Chinese totals (`amount_totals.py`), Korean amounts said in words, scores with 점 once, trips told time first, percent
change in Russian and German, discounts in four more languages, gcd and lcm in words, pay after a deduction. Probing
beyond the batch found one wrong reading, now refused with a test: money held in a Chinese label summed with the
prices ("我有100元，苹果5元，香蕉3元，一共多少钱？" answered 108). Still abstained: comparing two unit prices (which
answer form?), a percent of a number word ("25% dari sejuta": number words are read only in spoken arithmetic), and
the two that must.
"""

from __future__ import annotations

from fractions import Fraction
from math import gcd, lcm

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import Case, main
    from .twenty_first_batch import grade_twenty_first
else:  # run as a script
    from fresh_batch import Case, main
    from twenty_first_batch import grade_twenty_first

x = sp.symbols("x")


def _exact(value: Fraction | int | str) -> sp.Rational:
    value = Fraction(value)
    return sp.Rational(value.numerator, value.denominator)


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


def _percent_of(percent: int, whole: int | str) -> sp.Rational:
    return _exact(Fraction(percent, 100) * Fraction(whole))


def _percent_off(price: int | str, percent: int) -> sp.Rational:
    return _exact(Fraction(price) * (1 - Fraction(percent, 100)))


def _dice_sum_chance(total: int) -> sp.Rational:
    hits = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == total)
    return _exact(Fraction(hits, 36))


def _slope(first: tuple[int, int], second: tuple[int, int]) -> sp.Rational:
    return _exact(Fraction(second[1] - first[1], second[0] - first[0]))


def _arithmetic_sum(first: int, step: int, count: int) -> sp.Integer:
    return sp.Integer(sum(first + step * k for k in range(count)))


CASES = [
    # Korean: a 중학생 asking a chatbot in 반말
    Case("이거 어떻게 풀어? 3x+5=20", "ko", _roots(3 * x + 5 - 20)),
    Case("야 이거 답 뭐야 2x-7=9", "ko", _roots(2 * x - 7 - 9)),
    Case("x^2-5x+6=0 이거 풀어줘", "ko", _roots(x**2 - 5 * x + 6)),
    Case("f(x)=x^3-2x 미분하면 뭐야?", "ko", sp.diff(x**3 - 2 * x, x)),
    # Korean: 수능 style
    Case(r"다음 식의 값은? $\frac{3}{4} + \frac{5}{12}$", "ko", _exact(Fraction(3, 4) + Fraction(5, 12))),
    Case(r"$\sqrt{18} + \sqrt{8}$의 값은?", "ko", sp.sqrt(18) + sp.sqrt(8)),
    # Korean: a 주부 comparing unit prices
    Case("500g에 3,200원 vs 1kg에 5,900원 뭐가 더 싸?", "ko", "1kg에 5,900원"),
    # Korean: a 직장인's 실수령
    Case("연봉 4,200만원인데 공제율이 12%면 실수령액은 얼마야?", "ko", _percent_off(42000000, 12)),
    # Korean: 평균
    Case("시험 점수가 78, 85, 92, 88점이면 평균이 몇 점이야?", "ko", _exact(Fraction(78 + 85 + 92 + 88, 4))),
    Case("수학 점수 90점, 75점, 84점의 평균을 구해줘", "ko", _exact(Fraction(90 + 75 + 84, 3))),
    # Korean: 확률
    Case("주사위 두 개를 던져 합이 7이 나올 확률은?", "ko", _dice_sum_chance(7)),
    Case("동전 두 개를 던질 때 둘 다 뒷면이 나올 확률은?", "ko", _exact(Fraction(1, 4))),
    # Korean: 일차함수
    Case("두 점 (1,2), (3,8)을 지나는 직선의 기울기는?", "ko", _slope((1, 2), (3, 8))),
    Case("두 점 (-2, 5), (4, -1)을 지나는 직선의 기울기를 구하시오", "ko", _slope((-2, 5), (4, -1))),
    # Korean: 등차수열
    Case("첫째항이 2, 공차가 3인 등차수열의 첫째항부터 제10항까지의 합은?", "ko", _arithmetic_sum(2, 3, 10)),
    Case("1부터 100까지 자연수의 합은?", "ko", sp.Integer(sum(range(1, 101)))),
    # Korean: 부피와 겉넓이
    Case("한 변이 4cm인 정육면체의 부피는?", "ko", sp.Integer(4**3)),
    Case("한 변의 길이가 3cm인 정육면체의 겉넓이는?", "ko", sp.Integer(6 * 3**2)),
    # Korean: 최대공약수 / 최소공배수
    Case("24와 36의 최대공약수는?", "ko", sp.Integer(gcd(24, 36))),
    Case("12와 18의 최소공배수를 구해줘", "ko", sp.Integer(lcm(12, 18))),
    Case("여든넷과 백이십육의 최대공약수는?", "ko", sp.Integer(gcd(84, 126))),
    # Korean: spoken amounts, speed, powers
    Case("천오백원짜리 과자 4개 사면 얼마야?", "ko", sp.Integer(1500 * 4)),
    Case("3시간 동안 150km를 갔으면 평균 속력은 시속 몇 km야?", "ko", _exact(Fraction(150, 3))),
    Case("5의 3제곱은?", "ko", sp.Integer(5**3)),
    Case("사과 몇 개랑 귤 몇 개 샀는데 모두 얼마야?", "ko", None),  # no prices, no counts
    # Japanese
    Case("りんご120円とみかん80円で合計いくら？", "ja", sp.Integer(120 + 80)),
    Case("3万5千円の2割引はいくら？", "ja", _exact(35000 * Fraction(8, 10))),
    Case("x^2 - 9 = 0 を解きなさい", "ja", _roots(x**2 - 9)),
    Case("12と18の最大公約数を求めなさい", "ja", sp.Integer(gcd(12, 18))),
    # Chinese
    Case("苹果5元，香蕉3元，一共多少钱？", "zh", sp.Integer(5 + 3)),
    Case("一件衣服300元，打八五折后多少钱？", "zh", _exact(300 * Fraction(85, 100))),
    Case("3.5万元的20%是多少？", "zh", _percent_of(20, 35000)),
    Case("求函数 y = x^2 + 3x 的导数", "zh", sp.diff(x**2 + 3 * x, x)),
    # Spanish
    Case("Resuelve 5x - 3 = 2x + 9", "es", _roots(5 * x - 3 - (2 * x + 9))),
    Case("¿Cuánto es el 12 % de 350?", "es", _percent_of(12, 350)),
    Case("Una manzana cuesta algo. ¿Cuánto cuestan tres?", "es", None),  # no price
    # Portuguese
    Case("Quanto é duzentos mais trezentos e cinquenta?", "pt", sp.Integer(200 + 350)),
    Case("Calcule 20% de 45,50", "pt", _percent_of(20, "45.50")),
    # French
    Case("Calcule l'intégrale de 0 à 1 de x^3 dx", "fr", sp.integrate(x**3, (x, 0, 1))),
    Case("Un cahier coûte 2,40 €. Combien coûtent 5 cahiers ?", "fr", _exact("2.40") * 5),
    # German
    Case("Was ist zweitausendfünf minus fünf?", "de", sp.Integer(2005 - 5)),
    Case("Wie viel ist dreitausendzweihundert geteilt durch acht?", "de", _exact(Fraction(3200, 8))),
    Case("Berechne den Grenzwert von (x^2 - 1)/(x - 1) für x gegen 1", "de", sp.limit((x**2 - 1) / (x - 1), x, 1)),
    # Italian
    Case("Quanto fa il 30% di 120?", "it", _percent_of(30, 120)),
    Case("Calcola la derivata di x^2 + 4x", "it", sp.diff(x**2 + 4 * x, x)),
    # Russian
    Case("Найдите сумму двадцати пяти и сорока", "ru", sp.Integer(25 + 40)),
    Case("Цена выросла от 80 до 100 рублей. На сколько процентов?", "ru", _exact(Fraction(100 - 80, 80) * 100)),
    Case("Решите уравнение 4x - 8 = 0", "ru", _roots(4 * x - 8)),
    # Polish
    Case("Oblicz 15% z 80", "pl", _percent_of(15, 80)),
    Case("Ile to jest dwadzieścia pięć razy cztery?", "pl", sp.Integer(25 * 4)),
    # Arabic, Eastern Arabic digits
    Case("احسب ٣٤٥ + ١٥٥", "ar", sp.Integer(345 + 155)),
    Case("كم يساوي ٢٥٪ من ٨٠؟", "ar", _percent_of(25, 80)),
    # Hindi
    Case("25 और 35 का योग कितना है?", "hi", sp.Integer(25 + 35)),
    Case("x^2 का अवकलज ज्ञात कीजिए", "hi", sp.diff(x**2, x)),
    # Vietnamese
    Case("Tính 20% của 150", "vi", _percent_of(20, 150)),
    Case("Tính tích phân của 2x từ 0 đến 3", "vi", sp.integrate(2 * x, (x, 0, 3))),
    # Indonesian
    Case("Berapa seribu dikurangi seratus?", "id", sp.Integer(1000 - 100)),
    Case("Berapa 25% dari sejuta?", "id", _percent_of(25, 1000000)),
    # Thai
    Case("15 + 27 เท่ากับเท่าไร", "th", sp.Integer(15 + 27)),
    Case("แก้สมการ 2x + 6 = 0", "th", _roots(2 * x + 6)),
    # Turkish
    Case("Yüz yirmi artı seksen kaç eder?", "tr", sp.Integer(120 + 80)),
    Case("Bir ürün 250 TL, %20 indirimle kaç TL olur?", "tr", _percent_off(250, 20)),
]

__all__ = ["CASES"]

if __name__ == "__main__":
    main(CASES, grade_twenty_first)

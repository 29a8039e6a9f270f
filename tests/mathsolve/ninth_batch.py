"""A ninth batch of everyday requests, written before any change for it (issue 12: everyday arithmetic).

Requests as students, parents and office workers type them: statistics of a list (mean, median, mode, range,
variance, standard deviation), rounding (decimal places, nearest hundred, significant figures), percentages
(percent of, what percent, percent change, discount then tax, reverse percent), fractions and mixed numbers,
decimal commas and thousands separators, unit conversions, ratios, simple and compound interest, areas and
volumes named in words, Pythagoras, counting, basic probability, speed-distance-time, order of operations,
powers and roots, gcd/lcm. Twenty are Korean, a few Spanish, German, French and Japanese. Expected answers are
computed here by hand and SymPy, never by agentlib, and graded as in `third_batch.py`.

Run `python tests/mathsolve/ninth_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix for this batch): right 24, wrong 1, abstained 42 of 67. The one 'wrong' is the
Korean '표준편차' of a list answered with both the population and the sample figure (Korean school statistics
means the population one). Abstained: percentages in words ('what percent', 'percent change', discount and tax,
'increase by', reverse percent, '퍼센트', '할인'), unit conversions, ratios, interest, areas and volumes named in
words, Pythagoras, counting and probability in words, 'A/B of N', mixed numbers with 'times', decimal commas
with '+', '기약분수', '3:5로 나눌', '시속', 'Runde', '半径'.

AFTER THE FIXES: right 64, wrong 0, abstained 3 of 67 (left: discount then sales tax in one sentence, Spanish
'el 15% de 240', German 'Runde ... auf zwei Nachkommastellen').
"""

from __future__ import annotations

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import Case, main
    from .third_batch import grade
else:  # run as a script
    from fresh_batch import Case, main
    from third_batch import grade

R = sp.Rational
pi = sp.pi
I = sp.Integer  # noqa: E741 (short for the many integer answers)

CASES: list[Case] = [
    # Korean
    Case("4, 8, 15, 16, 23의 평균을 구하시오", "ko", R(4 + 8 + 15 + 16 + 23, 5)),
    Case("3, 7, 7, 2, 9의 중앙값은?", "ko", I(7)),
    Case("2, 4, 4, 4, 5, 5, 7, 9 의 표준편차를 구하시오", "ko", I(2)),
    Case("3.14159를 소수 둘째 자리까지 반올림하시오", "ko", R(314, 100)),
    Case("18은 72의 몇 퍼센트인가요?", "ko", I(25)),
    Case("50000원에서 20% 할인하면 얼마인가요?", "ko", I(40000)),
    Case("120을 3:5로 나눌 때 큰 쪽은 얼마인가요?", "ko", I(75)),
    Case("10개 중에서 3개를 고르는 경우의 수는?", "ko", sp.binomial(10, 3)),
    Case("5! 를 계산하시오", "ko", sp.factorial(5)),
    Case("주사위 두 개를 던질 때 눈의 합이 7이 될 확률은?", "ko", R(6, 36)),
    Case("반지름이 5인 원의 넓이를 구하시오", "ko", 25 * pi),
    Case("두 변의 길이가 3과 4인 직각삼각형의 빗변의 길이는?", "ko", I(5)),
    Case("원금 1,000,000원을 연 5% 복리로 2년 예금하면 원리금은?", "ko", I(1000000) * R(105, 100) ** 2),
    Case("시속 72km는 초속 몇 m인가요?", "ko", R(72 * 1000, 3600)),
    Case("84와 126의 최대공약수를 구하시오", "ko", sp.gcd(84, 126)),
    Case("2의 10제곱은?", "ko", I(2**10)),
    Case("3/4 + 5/6 을 기약분수로 나타내시오", "ko", R(3, 4) + R(5, 6)),
    Case("120의 3/4은 얼마인가요?", "ko", I(90)),
    Case("2시간 45분은 몇 분인가요?", "ko", I(2 * 60 + 45)),
    Case("80에서 100으로 늘면 몇 퍼센트 증가인가요?", "ko", I(25)),
    # English: statistics
    Case("average of 4, 8, 15, 16 and 23", "en", R(66, 5)),
    Case("what's the median of 12, 3, 7, 9, 15, 1", "en", I(8)),
    Case("find the mode of 2, 3, 3, 5, 7, 3, 5", "en", I(3)),
    Case("range of 14, 2, 9, 31, 8", "en", I(29)),
    Case("population variance of 1, 2, 3, 4, 5", "en", I(2)),
    Case("sample standard deviation of 2, 4, 6, 8", "en", sp.sqrt(R(20, 3))),
    # rounding
    Case("round 3.14159 to 2 decimal places", "en", R(314, 100)),
    Case("round 48,372 to the nearest hundred", "en", I(48400)),
    Case("round 0.0045678 to 3 significant figures", "en", R(457, 100000)),
    # percentages
    Case("what percent of 72 is 18", "en", I(25)),
    Case("percent change from 80 to 60", "en", I(-25)),
    Case("a $120 jacket is 25% off and then there's 8% sales tax. what do I pay?", "en", 120 * R(75, 100) * R(108, 100)),
    Case("increase 80 by 15%", "en", I(92)),
    Case("after a 20% discount a shirt costs $36. what was the original price?", "en", I(45)),
    # fractions
    Case("3/4 of 120", "en", I(90)),
    Case("simplify 84/126", "en", R(2, 3)),
    Case("1 2/3 times 2 1/4", "en", R(5, 3) * R(9, 4)),
    # units, ratios, money
    Case("convert 90 km/h to m/s", "en", I(25)),
    Case("how many inches is 30 cm", "en", R(3000, 254)),
    Case("convert 135 minutes to hours", "en", R(135, 60)),
    Case("share $360 in the ratio 4:5, how much is the larger share", "en", I(200)),
    Case("simple interest on $2,000 at 3% per year for 4 years", "en", I(2000 * 3 * 4 // 100)),
    Case("$1,000 invested at 5% compounded annually for 3 years", "en", 1000 * R(105, 100) ** 3),
    # geometry
    Case("area of a circle with radius 5", "en", 25 * pi),
    Case("circumference of a circle with diameter 10", "en", 10 * pi),
    Case("volume of a sphere with radius 3", "en", R(4, 3) * pi * 27),
    Case("perimeter of a rectangle 7 by 4", "en", I(22)),
    Case("hypotenuse of a right triangle with legs 6 and 8", "en", I(10)),
    # counting and probability
    Case("how many ways to choose 3 of 10", "en", sp.binomial(10, 3)),
    Case("how many ways can 4 people line up", "en", sp.factorial(4)),
    Case("P(8,3)", "en", I(8 * 7 * 6)),
    Case("probability of rolling a sum of 7 with two dice", "en", R(1, 6)),
    Case("probability of drawing an ace from a standard deck", "en", R(4, 52)),
    Case("a bag has 3 red and 5 blue balls. probability of picking a red one?", "en", R(3, 8)),
    # speed, order of operations, powers, divisibility
    Case("if I drive 240 km at 80 km/h how many hours does it take", "en", I(3)),
    Case("2 + 3 * 4^2 - 6 / 3", "en", I(48)),
    Case("square root of 144", "en", I(12)),
    Case("cube root of 343", "en", I(7)),
    Case("lcm of 4, 6 and 10", "en", I(60)),
    Case("what is 2^5 * 3^2", "en", I(288)),
    # other languages
    Case("¿Cuál es el 15% de 240?", "es", I(36)),
    Case("media de 5, 10, 15 y 20", "es", R(50, 4)),
    Case("Berechne 3,5 + 1,25", "de", R(475, 100)),
    Case("Runde 2,71828 auf zwei Nachkommastellen", "de", R(272, 100)),
    Case("Quelle est la moyenne de 12, 15 et 18 ?", "fr", I(15)),
    Case("12と18の最小公倍数は?", "ja", sp.ilcm(12, 18)),
    Case("半径3の円の面積", "ja", 9 * pi),
]


if __name__ == "__main__":
    main(CASES, grade)

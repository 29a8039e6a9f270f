"""A thirty-first batch: math in any language, a fourth time (issue 12: "find the math in text of any language
(Korean, English, ...)"). Written before it was first run and before reading the reader's code: about thirty requests
in Korean as people type to a chatbot (반말 and 존댓말, no spaces, "ㅠㅠ", "좀 풀어줘", "답만 알려줘", "이거 맞아?"
checks, 수능 LaTeX limits, 방정식, 연립방정식 joined by 이랑, 극솟값, 경우의 수, 확률, 분산, 도형, 단위, 할인,
복리, 나이, 속력) and about thirty in Japanese, Chinese, Spanish, Portuguese, French, German, Italian, Russian,
Arabic, Hindi, Vietnamese, Indonesian, Turkish, Dutch and Polish (homework imperatives, number words, decimal commas,
percentages, one-operation word problems, derivatives, integrals and limits in their words, "is this right?"
checks). Expected answers are computed here by SymPy or exact fractions, never by agentlib; a check's answer is
"yes" or "no". `None` means the request leaves a quantity open and must abstain.

Grading: as in the twenty-first batch.

Run `python tests/mathsolve/thirty_first_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, this file's first commit): right 45, wrong 0, abstained 21 of 66 (two of them
must abstain, and do). Read right already: 답만 알려줘 arithmetic, 방정식, 연립방정식 joined by 이랑, a 수능
LaTeX limit, 극솟값, 미분, 적분 in words, two-coin chance, 분산, a triangle, km and L, 2만 3천원 with a discount,
시속 trips, 인수분해, 소인수분해, logs, Japanese 割引, Chinese unit prices, homework in nine more languages, decimal
commas in French, German, Russian and Polish, spoken arithmetic in Italian and Turkish, Eastern Arabic digits.
Abstained: every "is this right?" check outside English (맞아, 맞나요, 合ってる, 对吗, está bien que, est-ce que,
richtig: eight), the filler "ㅠㅠ", "7명 중 3명 뽑는 경우의 수 답만", one die's even chance, a circle and a
rectangle said without particles or units, 복리 in Korean, a Korean age problem, a Portuguese thousands point after
"de", Hindi "100 का 15%", a percent of a number word (Vietnamese "2 triệu", Indonesian "dua juta").

AFTER ITS ROUND: right 62, wrong 0, abstained 4 of 66 (two must). New: "is this right?" in other languages around a
claim written with "=" (`claim_words.py`), a percent of a number said in words (`percent_of_words.py`), Korean chat
fillers at a request's ends (`korean_chat_fillers.py`), Korean shapes without particles, one die with a connective
verb, Hindi "कितना होता है", two ages from two Korean facts (`korean_two_ages.py`), Korean deposits with the years
first. Probing beyond the batch found one wrong reading, now refused with a test: an angle in degrees compared as
its number ("is 180° equal to pi?" answered "no"). Still abstained: "맡기면 얼마야?" (the interest, or the total?),
"15% de 2.400" (a thousands point in doubt, as the reader decides for every decimal-comma language), and the two
that must.
"""

from __future__ import annotations

from fractions import Fraction
from math import comb

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import Case, main
    from .third_batch import Factors, system
    from .twenty_first_batch import Factored, grade_twenty_first
else:  # run as a script
    from fresh_batch import Case, main
    from third_batch import Factors, system
    from twenty_first_batch import Factored, grade_twenty_first

x, y = sp.symbols("x y")


def _exact(value: Fraction | int | str) -> sp.Rational:
    value = Fraction(value)
    return sp.Rational(value.numerator, value.denominator)


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


def _percent_of(percent: int | str, whole: int | str) -> sp.Rational:
    return _exact(Fraction(percent) / 100 * Fraction(whole))


def _percent_off(price: int | str, percent: int) -> sp.Rational:
    return _exact(Fraction(price) * (1 - Fraction(percent, 100)))


def _holds(left: Fraction | int, right: Fraction | int) -> str:
    return "yes" if Fraction(left) == Fraction(right) else "no"


def _population_variance(values: list[int]) -> sp.Rational:
    mean = Fraction(sum(values), len(values))
    return _exact(sum((Fraction(v) - mean) ** 2 for v in values) / len(values))


def _coins_chance(coins: int, heads: int) -> sp.Rational:
    return _exact(Fraction(comb(coins, heads), 2**coins))


CASES = [
    # Korean: 반말 checks and requests typed to a chatbot
    Case("3/4+2/3=17/12 맞아?", "ko", _holds(Fraction(3, 4) + Fraction(2, 3), Fraction(17, 12))),
    Case("12×15=170 이거 맞아?", "ko", _holds(12 * 15, 170)),
    Case("7*8=56 맞나요?", "ko", _holds(7 * 8, 56)),
    Case("ㅠㅠ 2x+3=11 좀 풀어줘", "ko", _roots(2 * x + 3 - 11)),
    Case("답만 알려줘 48÷6+3×4", "ko", _exact(Fraction(48, 6) + 3 * 4)),
    Case("x^2-4x+3=0의 해를 구하시오", "ko", _roots(x**2 - 4 * x + 3)),
    Case("연립방정식 2x+y=7이랑 x-y=2 좀 풀어줘", "ko", system(sp.Eq(2 * x + y, 7), sp.Eq(x - y, 2))),
    Case(r"\lim_{x\to 0}\frac{\sin 3x}{x}의 값은?", "ko", sp.limit(sp.sin(3 * x) / x, x, 0)),
    Case("f(x)=x^3-3x의 극솟값 구해줘", "ko", sp.Integer(-2)),
    Case("y=x^2-6x+5 미분해주세요", "ko", sp.diff(x**2 - 6 * x + 5, x)),
    Case("x^2을 0부터 2까지 적분하면?", "ko", sp.integrate(x**2, (x, 0, 2))),
    Case("7명 중 3명 뽑는 경우의 수 답만", "ko", sp.Integer(comb(7, 3))),
    Case("주사위 한 개를 던져서 짝수가 나올 확률은?", "ko", _exact(Fraction(3, 6))),
    Case("동전 3개를 던질 때 앞면이 2개 나올 확률은?", "ko", _coins_chance(3, 2)),
    Case("2, 4, 6, 8의 분산은?", "ko", _population_variance([2, 4, 6, 8])),
    Case("반지름 5인 원의 넓이", "ko", 25 * sp.pi),
    Case("가로 8cm 세로 5cm인 직사각형 넓이 좀", "ko", sp.Integer(8 * 5)),
    Case("밑변이 6이고 높이가 4인 삼각형의 넓이는?", "ko", _exact(Fraction(6 * 4, 2))),
    Case("3.5km는 몇 m야?", "ko", sp.Integer(3500)),
    Case("1.2L는 몇 mL예요?", "ko", sp.Integer(1200)),
    Case("2만 3천원짜리 30% 할인하면 얼마야?", "ko", _percent_off(23000, 30)),
    Case("15000원의 20%는 얼마인가요?", "ko", _percent_of(20, 15000)),
    Case("100만원을 연 3%로 2년 복리로 맡기면 얼마야?", "ko", _exact(1000000 * Fraction(103, 100) ** 2)),
    Case("엄마는 나보다 28살 많고 두 사람 나이의 합은 52살이야. 내 나이는?", "ko", _exact(Fraction(52 - 28, 2))),
    Case("시속 60km로 2시간 30분 가면 몇 km야?", "ko", _exact(60 * Fraction(5, 2))),
    Case("시속 80km로 240km 가려면 몇 시간 걸려?", "ko", _exact(Fraction(240, 80))),
    Case("x^2+2x+1 인수분해 해줘", "ko", Factored((x + 1) ** 2)),
    Case("120을 소인수분해하면?", "ko", Factors({2: 3, 3: 1, 5: 1})),
    Case("log_2 8 + log_3 9의 값은?", "ko", sp.Integer(3 + 2)),
    Case("철수는 사탕이 몇 개 있고 영희는 더 많아. 모두 몇 개야?", "ko", None),  # no counts
    # Japanese
    Case("3/4+2/3=17/12で合ってる？", "ja", _holds(Fraction(3, 4) + Fraction(2, 3), Fraction(17, 12))),
    Case("次の方程式を解け。2x-5=7", "ja", _roots(2 * x - 5 - 7)),
    Case("1500円の3割引はいくら？", "ja", _exact(1500 * Fraction(7, 10))),
    # Chinese
    Case("计算 12.5 × 8", "zh", _exact("12.5") * 8),
    Case("3/4+2/3=17/12 对吗？", "zh", _holds(Fraction(3, 4) + Fraction(2, 3), Fraction(17, 12))),
    Case("一本书25元，买4本多少钱？", "zh", sp.Integer(25 * 4)),
    # Spanish
    Case("Deriva f(x) = x^3 - 3x", "es", sp.diff(x**3 - 3 * x, x)),
    Case("¿Está bien que 7 × 8 = 54?", "es", _holds(7 * 8, 54)),
    Case("¿Cuánto cuestan algunos lápices?", "es", None),  # no price, no count
    # Portuguese
    Case("Quanto é 15% de 2.400?", "pt", _percent_of(15, 2400)),
    Case("Resolva x^2 - 16 = 0", "pt", _roots(x**2 - 16)),
    # French
    Case("Combien font 3,5 + 2,25 ?", "fr", _exact("3.5") + _exact("2.25")),
    Case("Est-ce que 9 × 7 = 63 ?", "fr", _holds(9 * 7, 63)),
    # German
    Case("Berechne 15 % von 80", "de", _percent_of(15, 80)),
    Case("Ist 12 · 12 = 144 richtig?", "de", _holds(12 * 12, 144)),
    Case("Ein Heft kostet 1,20 €. Wie viel kosten 7 Hefte?", "de", _exact("1.20") * 7),
    # Italian
    Case("Quanto fa sette per otto?", "it", sp.Integer(7 * 8)),
    Case("Calcola l'integrale di 2x da 0 a 4", "it", sp.integrate(2 * x, (x, 0, 4))),
    # Russian
    Case("Сколько будет 3,5 умножить на 4?", "ru", _exact("3.5") * 4),
    Case("Найдите производную функции x^3 + 5x", "ru", sp.diff(x**3 + 5 * x, x)),
    Case("Вычислите предел sin(4x)/x при x → 0", "ru", sp.limit(sp.sin(4 * x) / x, x, 0)),
    # Arabic
    Case("ما ناتج ١٢ × ٨؟", "ar", sp.Integer(12 * 8)),
    Case("حل المعادلة 2x + 4 = 10", "ar", _roots(2 * x + 4 - 10)),
    # Hindi
    Case("100 का 15% कितना होता है?", "hi", _percent_of(15, 100)),
    Case("एक किताब 120 रुपये की है तो 3 किताबें कितने की?", "hi", sp.Integer(120 * 3)),
    # Vietnamese
    Case("Giải phương trình 3x - 9 = 0", "vi", _roots(3 * x - 9)),
    Case("Tính 15% của 2 triệu", "vi", _percent_of(15, 2000000)),
    # Indonesian
    Case("Hitung 10% dari dua juta", "id", _percent_of(10, 2000000)),
    Case("Berapa hasil dari 3/4 + 1/2?", "id", _exact(Fraction(3, 4) + Fraction(1, 2))),
    # Turkish
    Case("x^2 - 4 = 0 denklemini çözünüz", "tr", _roots(x**2 - 4)),
    Case("Üç yüz elli eksi yüz yirmi kaç eder?", "tr", sp.Integer(350 - 120)),
    # Dutch
    Case("Bereken 20% van 75", "nl", _percent_of(20, 75)),
    Case("Wat is de afgeleide van x^3?", "nl", sp.diff(x**3, x)),
    Case("Los op: 2x + 5 = 17", "nl", _roots(2 * x + 5 - 17)),
    # Polish
    Case("Rozwiąż równanie 5x - 10 = 0", "pl", _roots(5 * x - 10)),
    Case("Ile to jest 2,5 razy 4?", "pl", _exact("2.5") * 4),
]

__all__ = ["CASES"]

if __name__ == "__main__":
    main(CASES, grade_twenty_first)

"""A twenty-seventh batch: math in any language, again (issue 12: "find the math in text of any language (Korean,
English, ...)"). Written before it was first run and before reading the reader's code: about twenty-five requests
in Korean voices not heard before (an elementary 수학 익힘책 "□ 안에 알맞은 수를 써넣으세요" with one blank, a
middle-school "연립방정식을 푸시오", a high-school "극한값을 구하시오" / "정적분의 값을 구하시오" in LaTeX, a 가계부
sum, 환율 at a stated rate, 무이자 할부, 비율 "3:5로 나누면", 속력 "시속 60km로 2시간 30분", a circle's area, 경우의
수), the last round's known abstentions (French "soixante et onze", glued German numbers, Indonesian and Vietnamese
tens, "2,5 Stunden", 억 without 원, a Korean spoken sum of amounts, two length units in one problem), and about
thirty-five in Japanese, Chinese, Spanish, French, German, Russian, Hindi, Vietnamese, Indonesian and Turkish
(homework imperatives, number words, decimal commas, percentages, one-operation word problems, derivatives,
integrals and limits in their words). Expected answers are computed here by SymPy or exact fractions, never by
agentlib. `None` means the request leaves its operation or a quantity open and must abstain.

Grading: as in the twenty-first batch.

Run `python tests/mathsolve/twenty_seventh_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, this file's first commit): right 33, wrong 0, abstained 28 of 61 (two of them must
abstain, and do). Read right already: systems, LaTeX limits and definite integrals in Korean, "반지름이 3cm인 원의
넓이" (9π), "5명 중 2명을 뽑는", Japanese and Chinese homework, "1200円の25%引き", Spanish "tres mil menos
quinientos", French "quatre-vingt-dix-sept moins dix-huit", decimal commas in French and Russian, percentages in
Spanish, Russian, Hindi, Indonesian and Turkish, Russian and Turkish unit prices. Abstained: the one-blank
익힘책 "□ 안에 알맞은 수를 써넣으세요", 가계부 sums of labelled amounts (with and without 만 / 천), 환율, 무이자
할부, 비율 "3:5로 나누면 각각" and "형은 얼마", a car's trip "시속 60km로 2시간 30분 동안 달렸습니다", a circle's
area with 원주율 3.14, 회장 / 부회장 (an arrangement), 억 without 원, a spoken sum of amounts ("3천원이랑 4천5백원"),
two length units in one rectangle, Japanese 組み合わせ, Chinese 打八折, a Spanish discount with a decimal comma,
French "soixante et onze", German glued numbers and "2,5 Stunden", unit prices in Hindi and Vietnamese,
Vietnamese and Indonesian tens ("hai mươi lăm", "dua puluh lima").

AFTER ITS ROUND: right 57, wrong 0, abstained 4 of 61 (two must). New: tens made by a word after the unit and
Indonesian teens, glued hundreds in German, Dutch and Italian, "soixante et onze" (`foreign_cardinals.py`,
`latin_cardinals.py`); `box_blank.py`; `amount_totals.py`; `exchange_rates.py`; `instalments.py`;
`discounts_abroad.py`; 억 without 원 ("1억 5천" now refused: said for 1억 5천만 as often as for 100005000); "60의
25%는 얼마야"; trips with a decimal comma and Korean trips told as statements; unit prices in Hindi and by a
Vietnamese classifier; ratio shares of counted things and of one of two named people; roles of one person each;
Japanese 組み合わせ; 打八折 without 原价; π given as 3.14. Still abstained: a 가계부 asked "한 달에 총" (were the
amounts monthly? on purpose), two length units in one rectangle (not converted yet; never multiplied as written),
and the two that must.
"""

from __future__ import annotations

from fractions import Fraction
from math import comb, perm

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import Case, main
    from .third_batch import Named, system
    from .twenty_first_batch import grade_twenty_first
else:  # run as a script
    from fresh_batch import Case, main
    from third_batch import Named, system
    from twenty_first_batch import grade_twenty_first

x, y = sp.symbols("x y")


def _exact(value: Fraction | int | str) -> sp.Rational:
    value = Fraction(value)
    return sp.Rational(value.numerator, value.denominator)


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


def _percent_of(percent: int, whole: int | str) -> sp.Rational:
    return _exact(Fraction(percent, 100) * Fraction(whole))


def _percent_off(price: int | str, percent: int) -> sp.Rational:
    return _exact(Fraction(price) * (1 - Fraction(percent, 100)))


CASES = [
    # Korean: 수학 익힘책, one blank
    Case("□ 안에 알맞은 수를 써넣으세요. 27 + □ = 45", "ko", [sp.Integer(45 - 27)]),
    Case("□ 안에 알맞은 수를 써넣으세요: 8 × □ = 56", "ko", [sp.Integer(56 // 8)]),
    # Korean: 중학교 방정식
    Case("다음 연립방정식을 푸시오. 3x + 2y = 12, x + 2y = 8", "ko",
         system(sp.Eq(3 * x + 2 * y, 12), sp.Eq(x + 2 * y, 8))),
    Case("연립방정식 x + y = 9, 2x - y = 3 을 푸시오", "ko", system(sp.Eq(x + y, 9), sp.Eq(2 * x - y, 3))),
    # Korean: 고등학교 극한, 정적분 in LaTeX
    Case(r"극한값을 구하시오. $\lim_{x \to 2} \frac{x^2 - 4}{x - 2}$", "ko", sp.limit((x**2 - 4) / (x - 2), x, 2)),
    Case(r"$\lim_{x \to \infty} \frac{2x^2 + 3x}{x^2 + 1}$의 값을 구하시오", "ko",
         sp.limit((2 * x**2 + 3 * x) / (x**2 + 1), x, sp.oo)),
    Case(r"정적분 $\int_{1}^{2} (3x^2 + 1)\,dx$의 값을 구하시오", "ko", sp.integrate(3 * x**2 + 1, (x, 1, 2))),
    Case(r"정적분의 값을 구하시오. $\int_0^{\pi} \sin x \, dx$", "ko", sp.integrate(sp.sin(x), (x, 0, sp.pi))),
    # Korean: 가계부
    Case("이번 주 가계부: 식비 35000원, 교통비 12000원, 통신비 45000원. 합계는 얼마야?", "ko",
         sp.Integer(35000 + 12000 + 45000)),
    Case("월세 50만원, 관리비 8만 5천원, 식비 40만원이면 한 달에 총 얼마야?", "ko",
         sp.Integer(500000 + 85000 + 400000)),
    # Korean: 환율, 할부
    Case("1달러가 1350원일 때 200달러는 몇 원이야?", "ko", sp.Integer(1350 * 200)),
    Case("환율이 100엔에 900원이면 5000엔은 몇 원인가요?", "ko", _exact(Fraction(900, 100) * 5000)),
    Case("120만원짜리 노트북을 무이자 12개월 할부로 사면 한 달에 얼마씩 내야 해?", "ko",
         _exact(Fraction(1200000, 12))),
    Case("36만원을 6개월 무이자 할부로 하면 월 납부액은?", "ko", _exact(Fraction(360000, 6))),
    # Korean: 비율
    Case("사탕 40개를 3:5로 나누면 각각 몇 개야?", "ko", Named({"first": 15, "second": 25})),
    Case("12만원을 형과 동생이 2:1로 나누면 형은 얼마를 받아?", "ko", _exact(Fraction(2, 3) * 120000)),
    # Korean: 속력
    Case("자동차가 시속 60km로 2시간 30분 동안 달렸습니다. 달린 거리는 몇 km입니까?", "ko",
         _exact(60 * Fraction(5, 2))),
    # Korean: 넓이
    Case("반지름이 3cm인 원의 넓이는?", "ko", 9 * sp.pi),
    Case("반지름이 5cm인 원의 넓이를 구하시오. (원주율은 3.14)", "ko", _exact("3.14") * 25),
    # Korean: 경우의 수
    Case("5명 중 2명을 뽑는 경우의 수는?", "ko", sp.Integer(comb(5, 2))),
    Case("6명 중에서 회장 1명, 부회장 1명을 뽑는 경우의 수를 구하시오", "ko", sp.Integer(perm(6, 2))),
    # Korean: the last round's known abstentions
    Case("3억의 20%는 얼마야?", "ko", _percent_of(20, 300000000)),
    Case("사과 3천원이랑 배 4천5백원이면 모두 얼마야?", "ko", sp.Integer(3000 + 4500)),
    Case("가로 2m, 세로 50cm인 직사각형의 넓이는 몇 m²인가요?", "ko", _exact(Fraction(2) * Fraction(1, 2))),
    Case("사과와 배를 합쳐서 모두 몇 개야?", "ko", None),  # no counts
    # Japanese
    Case("次の計算をしなさい。3/4 + 1/6", "ja", _exact(Fraction(3, 4) + Fraction(1, 6))),
    Case("関数 f(x) = x^3 - 2x を微分しなさい", "ja", sp.diff(x**3 - 2 * x, x)),
    Case("定積分 ∫_0^1 (2x + 1) dx を求めよ", "ja", sp.integrate(2 * x + 1, (x, 0, 1))),
    Case("1200円の25%引きはいくら？", "ja", _percent_off(1200, 25)),
    Case("5人から2人を選ぶ組み合わせは何通り？", "ja", sp.Integer(comb(5, 2))),
    # Chinese
    Case("计算 3.5 × 4 - 2", "zh", _exact("3.5") * 4 - 2),
    Case("求极限 lim_{x→0} (e^x - 1)/x", "zh", sp.limit((sp.exp(x) - 1) / x, x, 0)),
    Case("一件衣服200元，打八折后多少钱？", "zh", _exact(200 * Fraction(8, 10))),
    Case("解方程组 x + y = 5, 2x - y = 1", "zh", system(sp.Eq(x + y, 5), sp.Eq(2 * x - y, 1))),
    # Spanish
    Case("Calcula el 15 % de 240", "es", _percent_of(15, 240)),
    Case("¿Cuánto es tres mil menos quinientos?", "es", sp.Integer(3000 - 500)),
    Case("Halla la integral definida de 3x^2 entre 0 y 2", "es", sp.integrate(3 * x**2, (x, 0, 2))),
    Case("Un libro cuesta 12,50 € con un descuento del 20 %. ¿Cuánto pago?", "es", _percent_off("12.50", 20)),
    # French
    Case("Combien font soixante et onze plus neuf ?", "fr", sp.Integer(71 + 9)),
    Case("Calcule quatre-vingt-dix-sept moins dix-huit", "fr", sp.Integer(97 - 18)),
    Case("Calcule 3,2 × 1,5", "fr", _exact("3.2") * _exact("1.5")),
    Case("Trouve la limite de (2x + 1)/(x - 3) quand x tend vers l'infini", "fr",
         sp.limit((2 * x + 1) / (x - 3), x, sp.oo)),
    # German
    Case("Was ist dreihundertfünfundzwanzig plus fünfundsiebzig?", "de", sp.Integer(325 + 75)),
    Case("Ein Zug fährt 2,5 Stunden mit 120 km/h. Wie weit fährt er?", "de", _exact("2.5") * 120),
    Case("Leite f(x) = 3x^4 - x ab", "de", sp.diff(3 * x**4 - x, x)),
    Case("Ein Zug fährt um 8 Uhr ab. Wann kommt er an?", "de", None),  # no duration
    # Russian
    Case("Вычислите 2,5 + 3,75", "ru", _exact("2.5") + _exact("3.75")),
    Case("Найдите 20% от 350", "ru", _percent_of(20, 350)),
    Case("Тетрадь стоит 35 рублей. Сколько стоят 4 тетради?", "ru", sp.Integer(35 * 4)),
    # Hindi
    Case("x^2 - 7x + 12 = 0 को हल कीजिए", "hi", _roots(x**2 - 7 * x + 12)),
    Case("500 का 20% कितना है?", "hi", _percent_of(20, 500)),
    Case("एक पेन 15 रुपये का है तो 6 पेन कितने के?", "hi", sp.Integer(15 * 6)),
    # Vietnamese
    Case("hai mươi lăm cộng mười bảy bằng bao nhiêu?", "vi", sp.Integer(25 + 17)),
    Case("Tính đạo hàm của x^3 + 2x", "vi", sp.diff(x**3 + 2 * x, x)),
    Case("Một quyển vở giá 8000 đồng. Mua 5 quyển hết bao nhiêu tiền?", "vi", sp.Integer(8000 * 5)),
    # Indonesian
    Case("dua puluh lima ditambah tujuh belas", "id", sp.Integer(25 + 17)),
    Case("Berapa 15% dari 200?", "id", _percent_of(15, 200)),
    Case("Tentukan turunan dari x^2 + 5x", "id", sp.diff(x**2 + 5 * x, x)),
    # Turkish
    Case("200'ün %15'i kaçtır?", "tr", _percent_of(15, 200)),
    Case("Bir kitap 45 lira. 3 kitap kaç lira eder?", "tr", sp.Integer(45 * 3)),
    Case("x^3 fonksiyonunun türevini bulunuz", "tr", sp.diff(x**3, x)),
]

__all__ = ["CASES"]

if __name__ == "__main__":
    main(CASES, grade_twenty_first)

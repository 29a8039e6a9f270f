"""A twenty-first batch: everyday math requests typed by students in fourteen languages (issue 12: "find the math in
text of any language"), about five each in Spanish, French, German, Portuguese, Italian, Japanese, Chinese,
Vietnamese, Russian, Turkish, Indonesian, Hindi, Arabic and Korean. Written before it was first run and before
reading the reader's code: equations, derivatives, integrals, factoring, limits, percents, gcd / lcm, systems,
determinants, number words ("la mitad de 30", "le double de 7"), and the decimal comma of the languages that write
one ("3,5 + 2,25" is 5.75 in German, French, Spanish, Russian, ...), beside commas that separate a list ("PGCD de
12,18", a matrix "[[2,1],[1,3]]", a system "x + y = 5, x - y = 1"). Expected answers are computed here by SymPy
or exact fractions, never by agentlib. `None` means the request is ambiguous and must abstain: "1.000 + 250" in
German is 1250 to a German reader and 251 to a calculator (the dot groups thousands there, but people type decimal
points in German chat too).

Grading: as in the nineteenth batch; a `Factored` answer must also be written as a product (an expanded answer
to "factor" is wrong).

Run `python tests/mathsolve/twenty_first_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, this file's first commit): right 71, wrong 1, abstained 19 of 91. Wrong: German
"Berechne 1.000 + 250" answered 251 (the dot read as a decimal point where German groups thousands with it). The
decimal commas read right already in es, fr, de, pt, it, vi, ru, id ("3,5 + 2,25", "2,5 × 4", "0,5 * 12",
"x^2 - 2,5x + 1 = 0"), and the list commas too ("mcd de 12,18", "[[2,1],[1,3]]", systems, Korean "1,234").
The abstentions: number words "la mitad de", "le double de", "das Dreifache von", "o triplo de", "la metà di",
Korean "절반"; French "1,5x" beside an equation; Japanese "までx" (a particle glued to the formula); Vietnamese
"Phân tích đa thức ... thành nhân tử"; Russian "интеграл от 0 до 1 x^2 dx"; Turkish "kaç eder", "sayısının %25'i
kaçtır", "EBOB'u" (the apostrophe read as a prime); Indonesian "20% dari 250"; Hindi "कितना है"; Arabic "25% من
80", "تكامل ... من 0 إلى 3", Eastern Arabic digits "١٢ × ٥".

Probing the same class beyond the batch found more wrong readings, each now refused or read right with
fresh-variant tests: "Berechne 1,234 + 1" and "Calcule 1,000 + 250" (a comma read as thousands in a language where
it is a decimal comma), "(1,2)*3" verified as 1, 2, 1, 2, 1, 2 and "Calcula (2,5 + 1,5) * 2" as 2, 6, 5, 2, 6, 5
(Python tuple repetition), "what is (1, 2) + (3, 4)" as 1, 2, 3, 4.

AFTER ITS ROUND: right 89, wrong 0, abstained 2 of 91. Now read: number words (halves, thirds, quarters, doubles,
triples in es fr de pt it nl id vi, Korean, Japanese, Chinese), decimal commas beside a letter in a decimal-comma
language ("1,5x"), Japanese and Chinese formulas glued to the words, Turkish endings after numbers and "kaç eder",
Indonesian / Russian / Arabic words for 'of' in percents, Hindi and Turkish percents of a whole said first, Hindi
"कितना", Italian "quanto è", Vietnamese "phân tích đa thức ... thành nhân tử", Arabic bounds and digits. Still
abstained: German "1.000 + 250" (it must) and Russian "интеграл от 0 до 1 x^2 dx" (the integrand typed after a
bound runs into it: "1 x^2 dx"; English "integral from 0 to 1 x^2 dx" abstains the same way).
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import Case, main
    from .nineteenth_batch import grade_nineteenth
    from .third_batch import system
else:  # run as a script
    from fresh_batch import Case, main
    from nineteenth_batch import grade_nineteenth
    from third_batch import system

R = sp.Rational
x, y = sp.symbols("x y")


@dataclass(frozen=True)
class Factored:
    """A factorization: equal to `expression` and written as a product or a power."""

    expression: sp.Expr


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


def _factored(expression: sp.Expr) -> Factored:
    return Factored(sp.factor(expression))


def _det(rows: list) -> sp.Expr:
    return sp.Matrix(rows).det()


CASES = [
    # Spanish
    Case("Resuelve la ecuación x^2 - 7x + 12 = 0", "es", _roots(x**2 - 7 * x + 12)),
    Case("Calcula la integral de 3x^2 + 1 de 0 a 2", "es", sp.integrate(3 * x**2 + 1, (x, 0, 2))),
    Case("¿Cuánto es 3,5 + 2,25?", "es", R(35, 10) + R(225, 100)),
    Case("¿Cuál es la mitad de 30?", "es", R(30, 2)),
    Case("Calcula el 15% de 80", "es", R(15, 100) * 80),
    Case("Calcula el mcd de 12,18", "es", sp.gcd(12, 18)),  # a gcd of one number means nothing: a list
    Case("Resuelve el sistema 2x + y = 7, x - y = 2", "es", system(sp.Eq(2 * x + y, 7), sp.Eq(x - y, 2))),
    # French
    Case("Résoudre 2x + 3 = 7", "fr", _roots(2 * x + 3 - 7)),
    Case("Dérivée de x^2 sin x", "fr", sp.diff(x**2 * sp.sin(x), x)),
    Case("Calcule 3,5 + 2,25", "fr", R(35, 10) + R(225, 100)),
    Case("Quel est le double de 7 ?", "fr", sp.Integer(14)),
    Case("Calculer le PGCD de 84 et 126", "fr", sp.gcd(84, 126)),
    Case("Résous 1,5x - 3 = 0", "fr", _roots(R(3, 2) * x - 3)),
    Case("Calcule le déterminant de [[2,1],[1,3]]", "fr", _det([[2, 1], [1, 3]])),
    Case("Calculer la limite de (x^2 - 1)/(x - 1) quand x tend vers 1", "fr", sp.limit((x**2 - 1) / (x - 1), x, 1)),
    # German
    Case("Löse die Gleichung 3x - 4 = 11", "de", _roots(3 * x - 4 - 11)),
    Case("Berechne 3,5 + 2,25", "de", R(35, 10) + R(225, 100)),
    Case("Leite f(x) = x^3 - 2x ab", "de", sp.diff(x**3 - 2 * x, x)),
    Case("Was ist das kgV von 12 und 18?", "de", sp.lcm(12, 18)),
    Case("Faktorisiere x^2 - 9", "de", _factored(x**2 - 9)),
    Case("Wie viel sind 20 % von 150?", "de", R(20, 100) * 150),
    Case("Löse x^2 - 2,5x + 1 = 0", "de", _roots(x**2 - R(5, 2) * x + 1)),
    Case("Was ist das Dreifache von 8?", "de", sp.Integer(24)),
    Case("Berechne 1.000 + 250", "de", None),  # thousands to a German reader, a decimal point to a calculator
    # Portuguese
    Case("Resolva a equação x^2 - 9 = 0", "pt", _roots(x**2 - 9)),
    Case("Calcule a derivada de x^3 + 5x", "pt", sp.diff(x**3 + 5 * x, x)),
    Case("Quanto é 2,5 × 4?", "pt", R(25, 10) * 4),
    Case("Calcule o MDC de 24 e 36", "pt", sp.gcd(24, 36)),
    Case("Simplifique (x^2 - 4)/(x + 2)", "pt", sp.cancel((x**2 - 4) / (x + 2))),
    Case("Qual é o triplo de 5?", "pt", sp.Integer(15)),
    # Italian
    Case("Risolvi l'equazione 5x - 10 = 0", "it", _roots(5 * x - 10)),
    Case("Calcola la derivata di x^2 cos x", "it", sp.diff(x**2 * sp.cos(x), x)),
    Case("Calcola il 25% di 240", "it", R(25, 100) * 240),
    Case("Scomponi x^2 + 5x + 6", "it", _factored(x**2 + 5 * x + 6)),
    Case("Calcola 7,5 - 2,5", "it", R(75, 10) - R(25, 10)),
    Case("Quanto è la metà di 50?", "it", R(50, 2)),
    # Japanese
    Case("方程式 x^2-4=0 を解け", "ja", _roots(x**2 - 4)),
    Case("x^3 + 2x を微分せよ", "ja", sp.diff(x**3 + 2 * x, x)),
    Case("12と18の最大公約数を求めよ", "ja", sp.gcd(12, 18)),
    Case("x^2 - 5x + 6 を因数分解せよ", "ja", _factored(x**2 - 5 * x + 6)),
    Case("0から2までx^2を積分せよ", "ja", sp.integrate(x**2, (x, 0, 2))),
    Case("200の15%はいくつ？", "ja", R(15, 100) * 200),
    # Chinese (simplified)
    Case("解方程 2x + 5 = 13", "zh", _roots(2 * x + 5 - 13)),
    Case("求 x^3 - 3x 的导数", "zh", sp.diff(x**3 - 3 * x, x)),
    Case("展开 (x+1)^3", "zh", sp.expand((x + 1) ** 3)),
    Case("求 12 和 18 的最小公倍数", "zh", sp.lcm(12, 18)),
    Case("计算行列式 [[1, 2], [3, 4]]", "zh", _det([[1, 2], [3, 4]])),
    Case("求极限 lim_{x→0} sin(x)/x", "zh", sp.limit(sp.sin(x) / x, x, 0)),
    # Vietnamese
    Case("Giải phương trình x^2 - 3x + 2 = 0", "vi", _roots(x**2 - 3 * x + 2)),
    Case("Tính đạo hàm của x^3 + x", "vi", sp.diff(x**3 + x, x)),
    Case("Tính tích phân của x từ 0 đến 4", "vi", sp.integrate(x, (x, 0, 4))),
    Case("Tìm ước chung lớn nhất của 36 và 60", "vi", sp.gcd(36, 60)),
    Case("Tính 3,5 + 1,5", "vi", R(35, 10) + R(15, 10)),
    Case("Phân tích đa thức x^2 - 16 thành nhân tử", "vi", _factored(x**2 - 16)),
    # Russian
    Case("Решите уравнение 2x - 6 = 0", "ru", _roots(2 * x - 6)),
    Case("Найдите производную x^2 + 4x", "ru", sp.diff(x**2 + 4 * x, x)),
    Case("Вычислите 3,5 + 2,25", "ru", R(35, 10) + R(225, 100)),
    Case("Найдите НОД 48 и 18", "ru", sp.gcd(48, 18)),
    Case("Вычислите интеграл от 0 до 1 x^2 dx", "ru", sp.integrate(x**2, (x, 0, 1))),
    Case("Решите систему x + y = 5, x - y = 1", "ru", system(sp.Eq(x + y, 5), sp.Eq(x - y, 1))),
    Case("Вычислите 0,5 * 12", "ru", R(1, 2) * 12),
    # Turkish
    Case("x^2 - 16 = 0 denklemini çözün", "tr", _roots(x**2 - 16)),
    Case("x^3 fonksiyonunun türevini bulun", "tr", sp.diff(x**3, x)),
    Case("3,5 + 2,5 kaç eder?", "tr", R(35, 10) + R(25, 10)),
    Case("240 sayısının %25'i kaçtır?", "tr", R(25, 100) * 240),
    Case("12 ve 18'in EBOB'u nedir?", "tr", sp.gcd(12, 18)),
    Case("x^2 + 2x + 1 ifadesini çarpanlarına ayırın", "tr", _factored(x**2 + 2 * x + 1)),
    # Indonesian
    Case("Selesaikan persamaan 3x + 2 = 11", "id", _roots(3 * x + 2 - 11)),
    Case("Tentukan turunan dari x^2 + 5x", "id", sp.diff(x**2 + 5 * x, x)),
    Case("Hitung 2,5 + 3,75", "id", R(25, 10) + R(375, 100)),
    Case("Berapa 20% dari 250?", "id", R(20, 100) * 250),
    Case("Tentukan FPB dari 24 dan 40", "id", sp.gcd(24, 40)),
    Case("Hitung limit (x^2 - 4)/(x - 2) untuk x mendekati 2", "id", sp.limit((x**2 - 4) / (x - 2), x, 2)),
    # Hindi
    Case("समीकरण 2x + 4 = 10 को हल करें", "hi", _roots(2 * x + 4 - 10)),
    Case("x^2 + 3x का अवकलज ज्ञात करें", "hi", sp.diff(x**2 + 3 * x, x)),
    Case("200 का 10% कितना है?", "hi", R(10, 100) * 200),
    Case("12 और 15 का LCM ज्ञात करें", "hi", sp.lcm(12, 15)),
    Case("x^2 - 1 का गुणनखंड करें", "hi", _factored(x**2 - 1)),
    Case("3.5 + 2.25 कितना है?", "hi", R(35, 10) + R(225, 100)),
    # Arabic
    Case("حل المعادلة 2x + 6 = 0", "ar", _roots(2 * x + 6)),
    Case("أوجد مشتقة x^3 + 2x", "ar", sp.diff(x**3 + 2 * x, x)),
    Case("احسب 25% من 80", "ar", R(25, 100) * 80),
    Case("أوجد القاسم المشترك الأكبر للعددين 18 و 24", "ar", sp.gcd(18, 24)),
    Case("احسب تكامل x^2 من 0 إلى 3", "ar", sp.integrate(x**2, (x, 0, 3))),
    Case("احسب ١٢ × ٥", "ar", sp.Integer(60)),  # Eastern Arabic digits
    # Korean
    Case("1,234 + 766은?", "ko", sp.Integer(1234 + 766)),  # a comma groups thousands in Korean
    Case("30의 절반은?", "ko", R(30, 2)),
    Case("12와 18의 최소공배수는?", "ko", sp.lcm(12, 18)),
    Case("연립방정식 x + y = 7, x - y = 3을 풀어라", "ko", system(sp.Eq(x + y, 7), sp.Eq(x - y, 3))),
    Case("행렬 [[2, 1], [1, 3]]의 행렬식을 구하시오", "ko", _det([[2, 1], [1, 3]])),
    Case("lim x→2 (x^2-4)/(x-2) 의 값은?", "ko", sp.limit((x**2 - 4) / (x - 2), x, 2)),
]


def grade_twenty_first(case: Case, result) -> str:  # noqa: ANN001 (a MathResult)
    """"right", "abstained" or "wrong": a `Factored` answer must equal the expression and be a product or a power;
    the rest as in the nineteenth batch (where `None` must abstain)."""
    if not isinstance(case.expected, Factored):
        return grade_nineteenth(case, result)
    from agentlib.tools.safe_math import parse_expression

    if result.status != "verified":
        return "abstained"
    value = result.value or {}
    try:
        found = parse_expression(value["expression"])
        equal = sp.simplify(found - case.expected.expression) == 0
        return "right" if equal and isinstance(found, (sp.Mul, sp.Pow)) else "wrong"
    except Exception:  # an answer that cannot even be compared is not right
        return "wrong"


__all__ = ["CASES", "grade_twenty_first"]

if __name__ == "__main__":
    main(CASES, grade_twenty_first)

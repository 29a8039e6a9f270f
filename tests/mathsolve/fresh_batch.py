"""A fresh batch of everyday math requests in many languages, each with its answer computed here by SymPy.

Written before the multilingual reader, to measure the first reading honestly (issue 12: "users type math in
any language"). Every expected answer is a SymPy computation on the same mathematics (never the reader's own
output): solutions as a set, anything else as one value (an indefinite integral up to a constant).

Run `python tests/mathsolve/fresh_batch.py` for the figure: `right R, wrong W, abstained A of N`.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

x, t = sp.symbols("x t")
ANTIDERIVATIVE = "antiderivative"


@dataclass(frozen=True)
class Case:
    text: str
    language: str
    expected: object  # a list (the solution set), a SymPy value, or (ANTIDERIVATIVE, integrand)


def _roots(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


CASES: list[Case] = [
    # Spanish
    Case("Resuelve x^2 - 5x + 6 = 0", "es", _roots(x**2 - 5 * x + 6)),
    Case("Resuelva la ecuación 2x + 3 = 11, por favor", "es", _roots(2 * x + 3 - 11)),
    Case("Calcula la derivada de x^3 + 2x", "es", sp.diff(x**3 + 2 * x, x)),
    Case("Calcula la integral de x^2 de 0 a 3", "es", sp.integrate(x**2, (x, 0, 3))),
    Case("Simplifica (x^2 - 9)/(x - 3)", "es", sp.cancel((x**2 - 9) / (x - 3))),
    Case("Factoriza x^2 - 4", "es", sp.factor(x**2 - 4)),
    Case("Deriva sin(x) cos(x) con respecto a x", "es", sp.diff(sp.sin(x) * sp.cos(x), x)),
    Case("¿Cuál es el máximo común divisor de 48 y 36?", "es", sp.gcd(48, 36)),
    # French
    Case("Dérivez x^2 sin(x)", "fr", sp.diff(x**2 * sp.sin(x), x)),
    Case("Résous x^2 - 7x + 10 = 0", "fr", _roots(x**2 - 7 * x + 10)),
    Case("Calculez l'intégrale de x^3 de 0 à 2", "fr", sp.integrate(x**3, (x, 0, 2))),
    Case("Développez (x + 2)^3", "fr", sp.expand((x + 2) ** 3)),
    Case("Factorisez x^2 + 5x + 6 s'il vous plaît", "fr", sp.factor(x**2 + 5 * x + 6)),
    Case("Calculez la limite de sin(x)/x quand x tend vers 0", "fr", sp.limit(sp.sin(x) / x, x, 0)),
    Case("Trouvez le déterminant de [[2, 1], [1, 3]]", "fr", sp.Matrix([[2, 1], [1, 3]]).det()),
    # German
    Case("Berechne das Integral von x^2 dx von 0 bis 1", "de", sp.integrate(x**2, (x, 0, 1))),
    Case("Löse x^2 - 9 = 0", "de", _roots(x**2 - 9)),
    Case("Leite x^4 nach x ab", "de", sp.diff(x**4, x)),
    Case("Berechne die Ableitung von e^x sin(x)", "de", sp.diff(sp.exp(x) * sp.sin(x), x)),
    Case("Vereinfache (x^2 + 2x + 1)/(x + 1)", "de", sp.cancel((x**2 + 2 * x + 1) / (x + 1))),
    Case("Faktorisiere x^3 - x", "de", sp.factor(x**3 - x)),
    Case("Bestimme den Grenzwert von (1 - cos(x))/x^2 für x gegen 0", "de", sp.limit((1 - sp.cos(x)) / x**2, x, 0)),
    Case("Berechne die Determinante von [[1, 2], [3, 4]]", "de", sp.Matrix([[1, 2], [3, 4]]).det()),
    # Portuguese
    Case("Resolva x^2 - 3x + 2 = 0", "pt", _roots(x**2 - 3 * x + 2)),
    Case("Calcule a derivada de x^5", "pt", sp.diff(x**5, x)),
    Case("Calcule a integral de 2x de 1 a 4", "pt", sp.integrate(2 * x, (x, 1, 4))),
    Case("Simplifique (x^2 - 1)/(x + 1), por favor", "pt", sp.cancel((x**2 - 1) / (x + 1))),
    Case("Fatore x^2 - 16", "pt", sp.factor(x**2 - 16)),
    # Italian
    Case("Risolvi x^2 - 4x + 3 = 0", "it", _roots(x**2 - 4 * x + 3)),
    Case("Calcola la derivata di x^2 cos(x)", "it", sp.diff(x**2 * sp.cos(x), x)),
    Case("Calcola l'integrale di x^2 da 0 a 2", "it", sp.integrate(x**2, (x, 0, 2))),
    Case("Semplifica (x^3 - x)/x", "it", sp.cancel((x**3 - x) / x)),
    Case("Scomponi x^2 - 25", "it", sp.factor(x**2 - 25)),
    # Chinese (simplified)
    Case("求解 x^2 - 5x + 6 = 0", "zh", _roots(x**2 - 5 * x + 6)),
    Case("解方程 3x - 6 = 0", "zh", _roots(3 * x - 6)),
    Case("求 x^3 的导数", "zh", sp.diff(x**3, x)),
    Case("计算 x^2 从 0 到 1 的积分", "zh", sp.integrate(x**2, (x, 0, 1))),
    Case("请化简 (x^2 - 4)/(x - 2)", "zh", sp.cancel((x**2 - 4) / (x - 2))),
    Case("因式分解 x^2 - 1", "zh", sp.factor(x**2 - 1)),
    Case("展开 (x + 1)^2", "zh", sp.expand((x + 1) ** 2)),
    Case("求矩阵 [[1, 2], [3, 4]] 的行列式", "zh", sp.Matrix([[1, 2], [3, 4]]).det()),
    # Japanese
    Case("x^2 - 5x + 6 = 0 を解いてください", "ja", _roots(x**2 - 5 * x + 6)),
    Case("x^3 を微分してください", "ja", sp.diff(x**3, x)),
    Case("x^2 を 0 から 1 まで積分してください", "ja", sp.integrate(x**2, (x, 0, 1))),
    Case("(x + 1)^2 を展開してください", "ja", sp.expand((x + 1) ** 2)),
    Case("x^2 - 9 を因数分解してください", "ja", sp.factor(x**2 - 9)),
    Case("2x + 4 = 10 を解け", "ja", _roots(2 * x + 4 - 10)),
    # Russian
    Case("Найдите производную x^3", "ru", sp.diff(x**3, x)),
    Case("Решите уравнение x^2 - 5x + 6 = 0", "ru", _roots(x**2 - 5 * x + 6)),
    Case("Вычислите интеграл x^2 от 0 до 3", "ru", sp.integrate(x**2, (x, 0, 3))),
    Case("Упростите (x^2 - 1)/(x - 1)", "ru", sp.cancel((x**2 - 1) / (x - 1))),
    Case("Разложите на множители x^2 - 49", "ru", sp.factor(x**2 - 49)),
    Case("Найдите предел sin(3x)/x при x → 0", "ru", sp.limit(sp.sin(3 * x) / x, x, 0)),
    # English, everyday phrasing
    Case("What is the square root of 144?", "en", sp.sqrt(144)),
    Case("cube root of 27", "en", sp.cbrt(27)),
    Case("factor x squared plus 2x", "en", sp.factor(x**2 + 2 * x)),
    Case("What is 2 to the power of 10?", "en", sp.Integer(2) ** 10),
    Case("what is 7 times 8", "en", sp.Integer(7 * 8)),
    Case("What is half of 90?", "en", sp.Rational(90, 2)),
    Case("log base 2 of 32", "en", sp.log(32, 2)),
    Case("derivative of sin x with respect to x", "en", sp.diff(sp.sin(x), x)),
    Case("area under x^2 from 0 to 3", "en", sp.integrate(x**2, (x, 0, 3))),
    Case("What is 15 plus 27?", "en", sp.Integer(15 + 27)),
    Case("What is 100 divided by 8?", "en", sp.Rational(100, 8)),
    Case("integrate t^2 with respect to t", "en", (ANTIDERIVATIVE, t**2)),
    Case("Is 97 prime?", "en", "prime"),
]


def grade(case: Case, result) -> str:  # noqa: ANN001 (a MathResult; imported lazily to keep this module light)
    """"right" (verified and equal to the SymPy answer), "abstained" (not verified) or "wrong"."""
    from agentlib.tools.safe_math import parse_expression

    if result.status != "verified":
        return "abstained"
    value = result.value
    expected = case.expected
    try:
        if isinstance(expected, str):
            return "right" if value.get("kind") == "text" and value.get("text") == expected else "wrong"
        if isinstance(expected, list):
            if value.get("kind") != "solutions":
                return "wrong"
            found = [parse_expression(v) for v in value["values"]]
            same = len(found) == len(expected) and all(any(sp.simplify(f - e) == 0 for f in found) for e in expected)
            return "right" if same else "wrong"
        if value.get("kind") != "expression":
            return "wrong"
        found = parse_expression(value["expression"])
        if isinstance(expected, tuple):  # an antiderivative: its derivative is the integrand
            variable = sp.Symbol(str(sorted(found.free_symbols, key=str)[0])) if found.free_symbols else x
            return "right" if sp.simplify(sp.diff(found, variable) - expected[1].subs(t, variable)) == 0 else "wrong"
        return "right" if found == expected or sp.simplify(found - expected) == 0 else "wrong"  # oo - oo is nan
    except Exception:  # an answer that cannot even be compared is not right
        return "wrong"


def main(cases: list[Case] | None = None, grader=None) -> None:  # noqa: ANN001 (grade's signature)
    """Print each case's grade and the batch's totals (this batch, or `cases` of another graded by `grader`)."""
    from collections import Counter

    from agentlib import solve_math

    cases = CASES if cases is None else cases
    counts: Counter[str] = Counter()
    for case in cases:
        result = solve_math(case.text)
        verdict = (grader or grade)(case, result)
        counts[verdict] += 1
        print(f"{verdict:9} [{case.language}] {case.text} -> {result.answer or result.reason}")
    print(f"right {counts['right']}, wrong {counts['wrong']}, abstained {counts['abstained']} of {len(cases)}")


if __name__ == "__main__":
    main()

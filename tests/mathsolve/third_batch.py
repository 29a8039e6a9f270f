"""A third batch of everyday requests: every task kind of issue 12, many languages, Korean the most.

Written before any change to the reader it measures, so its first run is the honest figure for unseen wording
(FIRST READING below). Each expected answer is computed here by SymPy from the same mathematics, never taken from
the solver: solution sets (with multiplicities where a root repeats), systems, real sets for inequalities,
matrices, eigenvalues with multiplicities, eigenvector spans, prime factorizations, single values, and
antiderivatives (graded by differentiating back).

Run `python tests/mathsolve/third_batch.py` for the figure: `right R, wrong W, abstained A of N`.

FIRST READING (before any fix, commit of this file): right 65, wrong 0, abstained 17 of 82. The abstentions: the
seven languages with no table (vi, tr, id, hi, ar, nl, pl), number words ("two x plus three equals seven",
"five times seven plus two"), a greeting ('hey'), worded bounds of a series in Korean and French, '2階微分',
'求级数' glued to the verb, Russian 'неравенство', Korean '만족하는 x의 범위', and Portuguese 'sen(x)' (read as
s·e·n, left unverified).
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

if __package__:  # imported by the tests
    from .fresh_batch import ANTIDERIVATIVE, Case, main
    from .fresh_batch import grade as grade_basic
else:  # run as a script
    from fresh_batch import ANTIDERIVATIVE, Case, main
    from fresh_batch import grade as grade_basic

x, y, n, k = sp.symbols("x y n k")
oo = sp.oo
I = sp.I  # noqa: E741 (the imaginary unit, as written)


@dataclass(frozen=True)
class Roots:
    """Solutions of one equation with their multiplicities."""

    multiplicities: dict


@dataclass(frozen=True)
class System:
    """The solutions of a system: one dict {variable name: value} per solution."""

    solutions: list


@dataclass(frozen=True)
class Eigenvalues:
    """Eigenvalues with their algebraic multiplicities."""

    multiplicities: dict


@dataclass(frozen=True)
class Eigenvectors:
    """For each eigenvalue, a basis of its eigenspace (compared as spans)."""

    spaces: dict


@dataclass(frozen=True)
class Factors:
    """A prime factorization {prime: exponent}."""

    factors: dict


@dataclass(frozen=True)
class Named:
    """Several named values in one answer: {"gcd": 6, "lcm": 90}."""

    values: dict


@dataclass(frozen=True)
class Residues:
    """The solutions of a congruence: residues modulo `modulus`."""

    modulus: int
    values: tuple


def roots(expression: sp.Expr) -> Roots:
    return Roots(sp.roots(sp.Poly(expression, x)))


def solved(expression: sp.Expr) -> list:
    return list(sp.solve(expression, x))


def real_set(relation: sp.Basic) -> sp.Set:
    return sp.solveset(relation, x, domain=sp.S.Reals)


def system(*equations: sp.Eq) -> System:
    found = sp.solve(equations, [x, y], dict=True)
    return System([{str(key): value for key, value in s.items()} for s in found])


def eigenvectors(matrix: sp.Matrix) -> Eigenvectors:
    return Eigenvectors({value: vectors for value, _, vectors in matrix.eigenvects()})


A = sp.Matrix([[2, 1], [1, 2]])
B = sp.Matrix([[1, 2], [3, 4]])
C = sp.Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
D = sp.Matrix([[4, 1], [2, 3]])
E = sp.Matrix([[2, 1], [5, 3]])
F = sp.Matrix([[1, 2, 3], [2, 4, 6], [1, 0, 1]])
G = sp.Matrix([[5, 4], [1, 2]])
H = sp.Matrix([[1, 2], [2, 1]])

CASES: list[Case] = [
    # Korean, casual and formal
    Case("x^2 - 6x + 9 = 0을 풀어줘", "ko", roots(x**2 - 6 * x + 9)),
    Case("x^2 + 4 = 0의 해를 구하시오", "ko", solved(x**2 + 4)),
    Case("연립방정식 x + y = 5, x - y = 1을 풀어 주세요", "ko", system(sp.Eq(x + y, 5), sp.Eq(x - y, 1))),
    Case("부등식 x^2 - 4 < 0을 풀어라", "ko", real_set(x**2 - 4 < 0)),
    Case("2x - 3 > 5 부등식을 풀어줘", "ko", real_set(2 * x - 3 > 5)),
    Case("x^2 - 2x - 3 ≥ 0 을 만족하는 x의 범위를 구하시오", "ko", real_set(x**2 - 2 * x - 3 >= 0)),
    Case("x^3 cos x를 미분해 줘", "ko", sp.diff(x**3 * sp.cos(x), x)),
    Case("x^5의 이계도함수를 구하시오", "ko", sp.diff(x**5, x, 2)),
    Case("0부터 2까지 x^3의 적분 값을 구하시오", "ko", sp.integrate(x**3, (x, 0, 2))),
    Case("e^(2x)를 적분해 줘", "ko", (ANTIDERIVATIVE, sp.exp(2 * x))),
    Case("행렬 [[2, 1], [1, 2]]의 고윳값을 구하시오", "ko", Eigenvalues(A.eigenvals())),
    Case("[[1, 2], [3, 4]]의 역행렬을 구해줘", "ko", B.inv()),
    Case("행렬 [[2, 0, 1], [1, 3, 2], [1, 1, 1]]의 행렬식의 값은?", "ko", C.det()),
    Case("84와 120의 최대공약수를 구하시오", "ko", sp.gcd(84, 120)),
    Case("12와 18의 최소공배수는?", "ko", sp.lcm(12, 18)),
    Case("360을 소인수분해 해 줘", "ko", Factors(sp.factorint(360))),
    Case("3^50을 11로 나눈 나머지는?", "ko", sp.Integer(pow(3, 50, 11))),
    Case("x가 무한대로 갈 때 (3x^2 + 1)/(x^2 - 2)의 극한을 구하시오", "ko",
         sp.limit((3 * x**2 + 1) / (x**2 - 2), x, oo)),
    Case("n=1부터 무한대까지 1/2^n의 합을 구하시오", "ko", sp.summation(1 / 2**n, (n, 1, oo))),
    Case("(x+2)(x-3)을 전개해 줘", "ko", sp.expand((x + 2) * (x - 3))),
    Case("x^2 - 5x + 6을 인수분해하시오", "ko", sp.factor(x**2 - 5 * x + 6)),
    Case("(2+3i)/(1-i)의 값은?", "ko", sp.simplify((2 + 3 * I) / (1 - I))),
    Case("sin(π/6) + cos(π/3)의 값은?", "ko", sp.sin(sp.pi / 6) + sp.cos(sp.pi / 3)),
    Case("√50 을 간단히 하시오", "ko", sp.sqrt(50)),
    Case("f(x) = x^3 - 2x 일 때 f(2)의 값은?", "ko", sp.Integer(2**3 - 2 * 2)),
    # English, chatty
    Case("hey can you help me integrate x*sin(x)?", "en", (ANTIDERIVATIVE, x * sp.sin(x))),
    Case("what do I get if I expand (2x - 1)^3", "en", sp.expand((2 * x - 1) ** 3)),
    Case("two x plus three equals seven", "en", solved(2 * x + 3 - 7)),
    Case("what's the second derivative of x*sin(x)", "en", sp.diff(x * sp.sin(x), x, 2)),
    Case("find all roots of x^3 - 3x + 2 = 0", "en", roots(x**3 - 3 * x + 2)),
    Case("solve x^2 + 2x + 5 = 0", "en", solved(x**2 + 2 * x + 5)),
    Case("solve the system 2x + y = 7 and x - y = -1", "en", system(sp.Eq(2 * x + y, 7), sp.Eq(x - y, -1))),
    Case("For which x is |x - 1| < 3?", "en", real_set(sp.Abs(x - 1) < 3)),
    Case(r"$\lim_{x\to 0} \frac{e^x - 1}{x}$", "en", sp.limit((sp.exp(x) - 1) / x, x, 0)),
    Case(r"\sum_{n=1}^\infty \frac{1}{n(n+1)}", "en", sp.summation(1 / (n * (n + 1)), (n, 1, oo))),
    Case(r"$\int_1^e \frac{\ln x}{x} dx$", "en", sp.integrate(sp.log(x) / x, (x, 1, sp.E))),
    Case("eigenvectors of [[4, 1], [2, 3]]", "en", eigenvectors(D)),
    Case(r"find the inverse of $\begin{pmatrix} 2 & 1 \\ 5 & 3 \end{pmatrix}$", "en", E.inv()),
    Case("what is [[1, 1], [0, 1]]^n", "en", sp.Matrix([[1, n], [0, 1]])),
    Case("rank of the matrix [[1, 2, 3], [2, 4, 6], [1, 0, 1]]", "en", sp.Integer(F.rank())),
    Case("what is 17^23 mod 5", "en", sp.Integer(pow(17, 23, 5))),
    Case("prime factorization of 1001", "en", Factors(sp.factorint(1001))),
    Case("(1+i)^8", "en", sp.expand((1 + I) ** 8)),
    Case("12 ÷ 4 × 3", "en", sp.Integer(9)),
    Case("what's √16 + 3²", "en", sp.Integer(13)),
    Case("limit of (1 + 2/x)^x as x goes to infinity", "en", sp.limit((1 + 2 / x) ** x, x, oo)),
    Case(r"\prod_{k=1}^{n} \frac{k+1}{k}", "en", sp.simplify(sp.product((k + 1) / k, (k, 1, n)))),
    Case("what is five times seven plus two", "en", sp.Integer(37)),
    # Spanish
    Case("Resuelve el sistema x + 2y = 5, 3x - y = 1", "es", system(sp.Eq(x + 2 * y, 5), sp.Eq(3 * x - y, 1))),
    Case("Calcula la segunda derivada de x^3 - 2x", "es", sp.diff(x**3 - 2 * x, x, 2)),
    Case("¿Cuál es el límite de (x^2 - 4)/(x - 2) cuando x tiende a 2?", "es", sp.Integer(4)),
    Case("Halla los valores propios de la matriz [[4, 1], [2, 3]]", "es", Eigenvalues(D.eigenvals())),
    # French
    Case("Résoudre l'inéquation 3x - 2 ≤ 7", "fr", real_set(3 * x - 2 <= 7)),
    Case("Calculer la somme de 1/n^2 pour n allant de 1 à l'infini", "fr", sp.pi**2 / 6),
    Case("Quel est le PGCD de 56 et 98 ?", "fr", sp.gcd(56, 98)),
    Case("Calculez l'inverse de la matrice [[1, 2], [0, 1]]", "fr", sp.Matrix([[1, 2], [0, 1]]).inv()),
    # German
    Case("Was ist die zweite Ableitung von e^(3x)?", "de", sp.diff(sp.exp(3 * x), x, 2)),
    Case("Berechne den Grenzwert von (1 + 1/n)^n für n gegen unendlich", "de", sp.E),
    Case("Löse das Gleichungssystem x + y = 10, x - y = 2", "de", system(sp.Eq(x + y, 10), sp.Eq(x - y, 2))),
    Case("Bestimme die Eigenwerte der Matrix [[5, 4], [1, 2]]", "de", Eigenvalues(G.eigenvals())),
    # Japanese
    Case("x^3 の2階微分を求めよ", "ja", sp.diff(x**3, x, 2)),
    Case("x^2 - 3x - 4 < 0 を解け", "ja", real_set(x**2 - 3 * x - 4 < 0)),
    Case("行列 [[1, 2], [2, 1]] の固有値を求めてください", "ja", Eigenvalues(H.eigenvals())),
    Case("∫ cos(x) dx を計算して", "ja", (ANTIDERIVATIVE, sp.cos(x))),
    # Chinese
    Case("解不等式 x^2 - 1 > 0", "zh", real_set(x**2 - 1 > 0)),
    Case("求 x^2 e^x 的二阶导数", "zh", sp.diff(x**2 * sp.exp(x), x, 2)),
    Case("计算 24 和 36 的最小公倍数", "zh", sp.lcm(24, 36)),
    Case("求级数 ∑_{n=1}^∞ 1/3^n 的和", "zh", sp.summation(1 / 3**n, (n, 1, oo))),
    # Russian
    Case("Найдите вторую производную x^4 - x^2", "ru", sp.diff(x**4 - x**2, x, 2)),
    Case("Решите неравенство x^2 < 9", "ru", real_set(x**2 < 9)),
    Case("Найдите определитель матрицы [[2, 3], [1, 4]]", "ru", sp.Matrix([[2, 3], [1, 4]]).det()),
    Case("Найдите НОД чисел 48 и 180", "ru", sp.gcd(48, 180)),
    # Portuguese
    Case("Calcule a integral de x^2 + 1 de 0 a 3", "pt", sp.integrate(x**2 + 1, (x, 0, 3))),
    Case("Qual é o limite de sen(x)/x quando x tende a 0?", "pt", sp.Integer(1)),
    Case("Simplifique (x^2 - 4x + 4)/(x - 2)", "pt", sp.cancel((x**2 - 4 * x + 4) / (x - 2))),
    # Languages the reader had no table for when this batch was written
    Case("Giải phương trình x^2 - 3x + 2 = 0", "vi", solved(x**2 - 3 * x + 2)),
    Case("x^2 - 16 = 0 denklemini çözün", "tr", solved(x**2 - 16)),
    Case("Hitung turunan dari x^3 + 2x", "id", sp.diff(x**3 + 2 * x, x)),
    Case("x^2 - 9 = 0 को हल करें", "hi", solved(x**2 - 9)),
    Case("حل المعادلة 2x + 6 = 0", "ar", solved(2 * x + 6)),
    Case("Bereken de afgeleide van x^2 sin(x)", "nl", sp.diff(x**2 * sp.sin(x), x)),
    Case("Oblicz całkę z x^2 od 0 do 3", "pl", sp.integrate(x**2, (x, 0, 3))),
]


def _parse(text: str) -> sp.Expr:
    from agentlib.tools.safe_math import parse_expression

    return parse_expression(text)


def _same(found: sp.Expr, expected: sp.Expr) -> bool:
    return found == expected or sp.simplify(found - expected) == 0  # oo - oo is nan


def _intervals(value: dict) -> sp.Set:
    parts = [sp.Interval(_parse(lo), _parse(hi), left, right) for lo, hi, left, right in value["parts"]]
    return sp.Union(*parts)


def _grade_value(expected: object, value: dict) -> bool:
    kind = value.get("kind")
    if isinstance(expected, Roots):
        if kind != "solutions":
            return False
        found = dict(zip([_parse(v) for v in value["values"]], value.get("multiplicities") or []))
        return len(found) == len(expected.multiplicities) and all(
            any(_same(f, e) and found[f] == m for f in found) for e, m in expected.multiplicities.items())
    if isinstance(expected, System):
        if kind != "systems" or len(value["solutions"]) != len(expected.solutions):
            return False
        return all(any(set(s) == set(e) and all(_same(_parse(s[v]), e[v]) for v in e) for s in value["solutions"])
                   for e in expected.solutions)
    if isinstance(expected, Eigenvalues):
        if kind != "values":
            return False
        found = [_parse(v) for v in value["values"]]
        counts = value.get("multiplicities") or [1] * len(found)
        return len(found) == len(expected.multiplicities) and all(
            any(_same(f, e) and c == m for f, c in zip(found, counts)) for e, m in expected.multiplicities.items())
    if isinstance(expected, Eigenvectors):
        if kind != "eigenvectors" or len(value["pairs"]) != len(expected.spaces):
            return False
        for pair in value["pairs"]:
            basis = next((b for e, b in expected.spaces.items() if _same(_parse(pair["value"]), e)), None)
            vectors = [sp.Matrix([_parse(c) for c in vector]) for vector in pair["vectors"]]
            if basis is None or not vectors:
                return False
            joined = sp.Matrix.hstack(*basis, *vectors)
            if not (joined.rank() == len(basis) == sp.Matrix.hstack(*vectors).rank()):
                return False
        return True
    if isinstance(expected, Named):
        found = dict(zip(value.get("names") or [], value.get("values") or []))
        return kind == "values" and set(found) == set(expected.values) and \
            all(_same(_parse(found[name]), sp.sympify(v)) for name, v in expected.values.items())
    if isinstance(expected, Residues):
        return kind == "residues" and int(value["modulus"]) == expected.modulus and \
            sorted(int(v) for v in value["values"]) == sorted(expected.values)
    if isinstance(expected, Factors):
        return kind == "factorization" and {int(p): int(e) for p, e in value["factors"].items()} == expected.factors
    if isinstance(expected, sp.MatrixBase):
        if kind != "matrix":
            return False
        found = sp.Matrix([[_parse(c) for c in row] for row in value["rows"]])
        return found.shape == expected.shape and all(_same(a, b) for a, b in zip(found, expected))
    if isinstance(expected, sp.Set):
        return kind == "intervals" and _intervals(value) == expected
    raise TypeError(f"no grading for {type(expected).__name__}")


def grade(case: Case, result) -> str:  # noqa: ANN001 (a MathResult; imported lazily to keep this module light)
    """"right" (verified and equal to the SymPy answer), "abstained" (not verified) or "wrong"."""
    if not isinstance(case.expected, (Roots, System, Eigenvalues, Eigenvectors, Factors, Residues, Named,
                                      sp.MatrixBase, sp.Set)):
        return grade_basic(case, result)
    if result.status != "verified":
        return "abstained"
    try:
        return "right" if _grade_value(case.expected, result.value) else "wrong"
    except Exception:  # an answer that cannot even be compared is not right
        return "wrong"


if __name__ == "__main__":
    main(CASES, grade)

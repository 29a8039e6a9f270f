"""Matrix determinant, inverse, eigenvalues and eigenvectors, rank, transpose, A^n in closed form and A·B.

Runs in the sandbox worker. Each answer is checked by another computation:
- determinant: two algorithms agree (Bareiss elimination and the Berkowitz characteristic polynomial);
- inverse: A·A⁻¹ = I; a singular matrix is reported with its determinant 0;
- eigenvalues: det(A - λI) = 0 for each, and the algebraic multiplicities add up to n;
- eigenvectors: A·v = λ·v for each, v ≠ 0;
- rank: the row-reduced form's pivots, and the rank of the transpose agrees;
- product A·B: each entry recomputed as its row-by-column sum of products (the sizes must chain, n×m by m×p);
- A^n for a symbol n: from the Jordan form A = P J P⁻¹, checked by induction (A^0 = I, A·A^n = A^(n+1))
  and at n = 1..4 against repeated multiplication; for a number n, two methods (repeated squaring and
  the Jordan form) agree.

Left out: matrices larger than 8x8, numerical (floating-point) linear algebra.
"""

from __future__ import annotations

from typing import Any

from agentlib.mathsolve.answer import Abstain
from agentlib.mathsolve.checks import Work, display, exactly_zero, same

MAX_SIZE = 8


def _sp() -> Any:
    import sympy

    return sympy


def check_matrix(m: Any, square: bool = True) -> Any:
    sp = _sp()
    if not isinstance(m, sp.MatrixBase):
        raise Abstain("this needs a matrix, e.g. [[1, 2], [3, 4]]", "not_understood")
    if m.rows > MAX_SIZE or m.cols > MAX_SIZE:
        raise Abstain(f"matrices up to {MAX_SIZE}x{MAX_SIZE} are handled", "too_large")
    if square and m.rows != m.cols:
        raise Abstain(f"this needs a square matrix, not a {m.rows}x{m.cols} one", "not_understood")
    return sp.Matrix(m)


def determinant(m: Any, work: Work) -> Any:
    sp = _sp()
    m = check_matrix(m)
    if m.rows == 2:
        a, b, c, d = m
        work.equal("For a 2x2 matrix, det = ad - bc", m.det(), a * d - b * c,
                   shown=f"({display(a)})({display(d)}) - ({display(b)})({display(c)})", role="main")
    elif m.rows == 3:
        expansion = sum((-1) ** j * m[0, j] * m.minor_submatrix(0, j).det() for j in range(3))
        work.equal("Expand along the first row (cofactor expansion)", m.det(), expansion,
                   shown=" + ".join(f"({display((-1) ** j * m[0, j])})·det{display(m.minor_submatrix(0, j))}"
                                    for j in range(3)), role="main")
    value = sp.simplify(m.det(method="bareiss"))
    other = sp.simplify(m.det(method="berkowitz"))
    work.verify("Bareiss elimination and the Berkowitz algorithm give the same determinant",
                exactly_zero(value - other), "two algorithms")
    return value


def inverse(m: Any, work: Work) -> Any:
    sp = _sp()
    m = check_matrix(m)
    det = sp.simplify(m.det())
    work.equal("Determinant", m.det(), det, role="main", explanation="A matrix has an inverse exactly when its "
                                                                     "determinant is not 0.")
    if exactly_zero(det):
        work.verify("the determinant is 0, so there is no inverse", True, "exact")
        return None
    result = sp.simplify(m.inv())
    if m.rows == 2:
        a, b, c, d = m
        work.equal("For a 2x2 matrix, A⁻¹ = (1/det)·[[d, -b], [-c, a]]", result,
                   sp.Matrix([[d, -b], [-c, a]]) / det, role="main")
    else:
        work.say("Row-reduce [A | I] to [I | A⁻¹] (Gauss-Jordan)", role="main")
    identity = sp.simplify(m * result)
    work.verify("A·A⁻¹ = I", identity == sp.eye(m.rows), "multiplied out, exact")
    return result


def eigenvalues(m: Any, work: Work) -> dict[Any, int]:
    sp = _sp()
    m = check_matrix(m)
    lam = sp.Symbol("lamda")
    polynomial = sp.factor(m.charpoly(lam).as_expr())
    work.equal("Characteristic polynomial det(A - λI)", (m - lam * sp.eye(m.rows)).det(), polynomial,
               role="main", explanation="The eigenvalues are the roots of this polynomial.")
    values = m.eigenvals()
    if sum(values.values()) != m.rows:
        raise Abstain("some eigenvalues have no closed form", "no_closed_form")
    for value in values:
        work.verify(f"det(A - ({display(value)})I) = 0", exactly_zero(sp.simplify((m - value * sp.eye(m.rows)).det())),
                    "exact")
    work.verify(f"the multiplicities add up to n = {m.rows}", sum(values.values()) == m.rows, "counted")
    return values


def eigenvectors(m: Any, work: Work) -> list[tuple[Any, int, list[Any]]]:
    sp = _sp()
    m = check_matrix(m)
    result = m.eigenvects()
    if sum(count for _, count, _ in result) != m.rows:
        raise Abstain("some eigenvalues have no closed form", "no_closed_form")
    for value, _count, vectors in result:
        for vector in vectors:
            holds = sp.simplify(m * vector - value * vector) == sp.zeros(m.rows, 1) and vector != sp.zeros(m.rows, 1)
            work.checked(f"λ = {display(value)}: A·v = λ·v", vector.T, holds, f"A·{display(vector.T)} = "
                         f"{display(value)}·{display(vector.T)}", "multiplied out", role="main")
            work.verify(f"A·v = {display(value)}·v for v = {display(vector.T)}", holds, "exact")
    return result


def rank(m: Any, work: Work) -> int:
    m = check_matrix(m, square=False)
    reduced, pivots = m.rref()
    work.say("Row-reduce to echelon form and count the pivots", reduced, role="main")
    value = len(pivots)
    work.verify("the transpose has the same rank", m.T.rank() == value, "row-reduced separately")
    return value


def transpose(m: Any, work: Work) -> Any:
    m = check_matrix(m, square=False)
    result = m.T
    work.verify("entry (i, j) of the answer is entry (j, i) of A",
                all(result[i, j] == m[j, i] for i in range(result.rows) for j in range(result.cols)), "compared")
    return result


def product(a: Any, b: Any, work: Work) -> Any:
    """A·B for an n×m and an m×p matrix; a product whose sizes do not chain has no value."""
    sp = _sp()
    a, b = check_matrix(a, square=False), check_matrix(b, square=False)
    if a.cols != b.rows:
        raise Abstain(f"a {a.rows}x{a.cols} matrix times a {b.rows}x{b.cols} one has no product: the first's columns "
                      "must match the second's rows", "not_understood")
    result = a * b
    work.verify("each entry is its row of A times its column of B, summed",
                all(sp.simplify(result[i, j] - sum(a[i, k] * b[k, j] for k in range(a.cols))) == 0
                    for i in range(a.rows) for j in range(b.cols)), "exact")
    return result


def power(m: Any, exponent: Any, work: Work) -> Any:
    sp = _sp()
    m = check_matrix(m)
    if exponent.is_Integer:
        k = int(exponent)
        if abs(k) > 200:
            raise Abstain("numeric matrix powers are limited to |n| <= 200", "too_large")
        if k < 0 and exactly_zero(m.det()):
            raise Abstain("a negative power of a singular matrix does not exist", "not_understood")
        result = sp.simplify(m ** k)
        other = sp.simplify(_by_squaring(m if k >= 0 else m.inv(), abs(k)))
        work.verify("repeated squaring gives the same matrix", sp.simplify(result - other) == sp.zeros(m.rows),
                    "exact")
        return result
    if not exponent.is_Symbol:
        raise Abstain("the exponent must be a whole number or a letter such as n", "not_understood")
    n = exponent
    integer_n = sp.Symbol(n.name, integer=True, nonnegative=True)
    try:
        p, j = m.jordan_form()
    except Exception:
        raise Abstain("no Jordan form in closed form for this matrix", "no_closed_form") from None
    work.say("Write A = P·J·P⁻¹ with J in Jordan form", j, role="main",
             explanation="Then A^n = P·J^n·P⁻¹, and J^n has a simple closed form.")
    result = sp.simplify(p * (j ** integer_n) * p.inv())
    if result.has(sp.Piecewise):
        result = result.applyfunc(lambda e: sp.piecewise_fold(e).args[-1][0] if isinstance(e, sp.Piecewise) else e)
    result = result.applyfunc(sp.simplify)
    work.verify("n = 0 gives the identity", sp.simplify(result.subs(integer_n, 0)) == sp.eye(m.rows), "exact")
    product, shifted = m * result, result.subs(integer_n, integer_n + 1)
    verdicts = [same(product[i], shifted[i]) for i in range(m.rows * m.cols)]
    work.verify("induction: A·A^n = A^(n+1) for every n", all(v.holds for v in verdicts),
                "exact" if all(v.how == "exact" for v in verdicts) else "equal as functions of n at random points")
    for k in range(1, 5):
        work.verify(f"n = {k} agrees with repeated multiplication",
                    sp.simplify(result.subs(integer_n, k) - m ** k) == sp.zeros(m.rows), "exact")
    return result.subs(integer_n, n)


def _by_squaring(m: Any, k: int) -> Any:
    sp = _sp()
    result = sp.eye(m.rows)
    base = m
    while k:
        if k & 1:
            result = result * base
        base = base * base
        k >>= 1
    return result

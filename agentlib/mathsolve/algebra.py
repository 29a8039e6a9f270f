"""Equations, inequalities and systems; simplify, expand, factor (runs in the sandbox worker).

Equations in one variable:
- polynomial (after clearing denominators): every root with its multiplicity, complex roots included,
  closed forms per irreducible factor and `CRootOf` with a numeric value where radicals do not exist. The
  answer is verified when each root substitutes back to exactly 0, no root zeroes a denominator, and the
  multiplicities add up to the degree (so no root is missing).
- otherwise: SymPy's `solveset` over the reals; each solution substituted back, and a scan of the real
  line (sign changes on [-60, 60], refined by bisection) must find no root that the answer lacks.
Inequalities in one real variable: SymPy's solution set, checked at every critical point and at a test
point inside each interval between them (a sign chart, shown as steps). Systems: `linsolve` for linear
ones (checked by substitution; "no solution" by the ranks), `solve` for polynomial ones, checked by
substitution and against the roots of the last polynomial of a lexicographic Gröbner basis.

Left out: parametric solution sets of nonlinear systems, inequalities in several variables, equations
with parameters beyond "solve for x" (the answer then holds where the divisors it uses are nonzero).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agentlib.mathsolve.answer import Abstain
from agentlib.mathsolve.checks import Work, display, exactly_zero, latex, numeric_value, same
from agentlib.mathsolve.request import MathRequest

SCAN_RANGE = 60
SCAN_STEPS = 480
MAX_POLY_DEGREE = 40


def _sp() -> Any:
    import sympy

    return sympy


# ---------------------------------------------------------------------------------------------------
# Equations in one variable
# ---------------------------------------------------------------------------------------------------


def solve_equation(equation: Any, x: Any, request: MathRequest, work: Work) -> tuple[list[Any], list[int], bool]:
    """Roots of one equation in `x`: (roots, multiplicities, complete)."""
    sp = _sp()
    expression = equation.lhs - equation.rhs
    if equation.rhs != 0:
        moved = sp.expand(expression) if expression.is_polynomial(x) else expression
        work.equal("Move every term to one side", expression, moved, shown=sp.Eq(moved, 0, evaluate=False),
                   role="detail", explanation="Subtracting the right side from both sides keeps the same solutions.")
    numerator, denominator = sp.together(expression).as_numer_denom()
    numerator = sp.expand(numerator)
    if denominator.has(x):
        work.equal("Write it as one fraction", expression, numerator / denominator,
                   shown=sp.Eq(sp.Mul(numerator, sp.Pow(denominator, -1), evaluate=False), 0, evaluate=False),
                   explanation="A fraction is 0 exactly when its numerator is 0 and its denominator is not.")
    polynomial = numerator.is_polynomial(x) and denominator.is_polynomial(x) and \
        all(c.is_number for c in sp.Poly(numerator, x).all_coeffs()) if numerator.has(x) else False
    if not numerator.has(x):
        return _no_variable(numerator, denominator, x, work)
    if polynomial:
        return _polynomial(numerator, denominator, x, work)
    if len(expression.free_symbols) > 1:
        return _with_parameters(equation, x, work)
    return _transcendental(expression, x, request, work)


def _no_variable(numerator: Any, denominator: Any, x: Any, work: Work) -> tuple[list[Any], list[int], bool]:
    if exactly_zero(numerator):
        raise Abstain(f"the equation holds for every {x} (it is an identity)", "unsupported")
    work.verify(f"{display(numerator)} = 0 has no solution", not exactly_zero(numerator), "a nonzero constant")
    return [], [], True


def _linear_moves(a: Any, b: Any) -> str:
    """The moves that take a*x + b = 0 to x = -b/a, as a student says them: "add 4 to both sides" (never
    "subtract -4"), no move for a zero b, no division by 1."""
    moves = []
    if b != 0:
        moves.append(f"subtract {display(b)} from both sides" if b.is_positive or not b.is_real else
                     f"add {display(-b)} to both sides")
    if a != 1:
        moves.append(f"divide both sides by {display(a)}")
    return ", then ".join(moves) if moves else "it stands alone"


def _polynomial(numerator: Any, denominator: Any, x: Any, work: Work) -> tuple[list[Any], list[int], bool]:
    sp = _sp()
    poly = sp.Poly(numerator, x)
    degree = poly.degree()
    if degree > MAX_POLY_DEGREE:
        raise Abstain(f"a polynomial of degree {degree} is beyond this solver (limit {MAX_POLY_DEGREE})", "too_large")
    if degree == 1:
        a, b = poly.all_coeffs()
        work.equal(f"Isolate {x}: {_linear_moves(a, b)}",
                   a * (-b / a) + b, sp.Integer(0), shown=sp.Eq(x, -b / a, evaluate=False), role="main")
        found = {-b / a: 1}
    elif degree == 2:
        found = _quadratic(poly, x, work)
    else:
        found = _factored_roots(poly, x, work)
    roots, multiplicities = [], []
    excluded = []
    for root, count in found.items():
        value = denominator.subs(x, root) if denominator.has(x) else 1
        if denominator.has(x) and _zero(value):
            excluded.append(root)
            continue
        roots.append(root)
        multiplicities.append(int(count))  # a SymPy Integer would reach JSON as the string '2'
    if excluded:
        work.checked(f"Discard {', '.join(display(r) for r in excluded)}: it makes a denominator 0",
                     sp.FiniteSet(*excluded), True, "a denominator is 0 there", role="main")
    total = sum(found.values())
    work.verify(f"the roots counted with multiplicity ({total}) match the degree ({degree})", total == degree,
                "no root is missing")
    approximate = any(r.has(sp.Float) for r in roots)
    for root in roots:
        if root.has(sp.Float):
            value = numeric_value(numerator.subs(x, root), 30)
            scale = max(1.0, max(abs(complex(c)) for c in poly.all_coeffs()) * max(1.0, abs(complex(root))) ** degree)
            holds = value is not None and abs(value) < 1e-20 * scale
            work.verify(f"{x} ≈ {display(sp.N(root, 12))} makes the polynomial 0 to 20 digits", holds, "numeric root")
            continue
        holds = _zero(numerator.subs(x, root))
        work.verify(f"{x} = {display(root)} substituted back gives 0", holds, "exact")
    return roots, multiplicities, not approximate


def _zero(value: Any) -> bool:
    """`value` is 0: exactly, or (for CRootOf and other algebraic numbers) to 30 digits."""
    sp = _sp()
    if value.has(sp.CRootOf):  # evaluate each root once: SymPy's evalf of a polynomial in CRootOf takes minutes
        value = value.xreplace({r: r.evalf(50) for r in value.atoms(sp.CRootOf)})
        number = numeric_value(value, 40)
        return number is not None and abs(number) < 1e-25
    if exactly_zero(value):
        return True
    number = numeric_value(value)
    return number is not None and abs(number) < 1e-25


def _quadratic(poly: Any, x: Any, work: Work) -> dict[Any, int]:
    sp = _sp()
    a, b, c = poly.all_coeffs()
    work.say(f"It is a quadratic a{x}^2 + b{x} + c = 0 with a = {display(a)}, b = {display(b)}, c = {display(c)}",
             role="detail", explanation="Read the coefficients off the equation.")
    discriminant = sp.expand(b**2 - 4 * a * c)
    work.equal("Compute the discriminant D = b^2 - 4ac", b**2 - 4 * a * c, discriminant,
               shown=sp.Eq(sp.Symbol("D"), discriminant, evaluate=False), role="main",
               explanation="D > 0: two real roots; D = 0: one double root; D < 0: two complex roots.")
    found = sp.roots(poly, multiple=False)
    factored = sp.factor(poly.as_expr())
    if factored != poly.as_expr() and all(r.is_Rational for r in found):
        work.equal("Factor", poly.as_expr(), factored, shown=sp.Eq(factored, 0, evaluate=False), role="main",
                   explanation="A product is 0 exactly when one of its factors is 0.")
    formula = [(-b + s * sp.sqrt(discriminant)) / (2 * a) for s in (1, -1)]
    shown = sp.Eq(x, sp.Symbol(f"(-({display(b)}) ± sqrt({display(discriminant)}))/(2*{display(a)})"),
                  evaluate=False)
    if all(any(exactly_zero(f - r) for r in found) for f in formula):
        work.checked("Quadratic formula x = (-b ± sqrt(D)) / (2a)", shown, True,
                     "the formula's two values are the roots", "each simplified and compared", role="main")
    return found


def _factored_roots(poly: Any, x: Any, work: Work) -> dict[Any, int]:
    sp = _sp()
    expression = poly.as_expr()
    factored = sp.factor(expression)
    if factored != expression:
        work.equal("Factor the polynomial", expression, factored, shown=sp.Eq(factored, 0, evaluate=False),
                   role="key", explanation="A product is 0 exactly when one of its factors is 0.")
    found: dict[Any, int] = {}
    _, factors = sp.factor_list(expression, x)
    for factor, power in factors:
        factor_poly = sp.Poly(factor, x)
        if factor_poly.degree() == 0:
            continue
        closed = sp.roots(factor_poly, multiple=False)
        if sum(closed.values()) == factor_poly.degree():
            for root, count in closed.items():
                found[root] = found.get(root, 0) + count * power
            continue
        if not all(c.is_number for c in factor_poly.all_coeffs()):
            raise Abstain(f"no closed form for the roots of {display(factor)} = 0", "no_closed_form")
        for root in factor_poly.nroots(n=30, maxsteps=200):  # CRootOf's own evalf takes seconds per root
            found[root] = found.get(root, 0) + power
        work.say(f"{display(factor)} = 0 has no roots in radicals: its roots are approximated numerically",
                 role="main")
    return found


def _with_parameters(equation: Any, x: Any, work: Work) -> tuple[list[Any], list[int], bool]:
    """Roots in x with the other letters as constants: generic roots of a polynomial, with the conditions
    (leading coefficient and every divisor of a root not 0) stated; complete when they add up to the degree."""
    sp = _sp()
    numerator, denominator = sp.together(equation.lhs - equation.rhs).as_numer_denom()
    if not numerator.is_polynomial(x) or denominator.has(x):
        raise Abstain(f"only polynomial equations in {x} with letters as constants are solved here", "unsupported")
    poly = sp.Poly(sp.expand(numerator), x)
    found = sp.roots(poly, multiple=False)
    if poly.degree() < 1 or sum(found.values()) != poly.degree():
        raise Abstain(f"no closed form for the roots in {x} with these parameters", "no_closed_form")
    divisors = [sp.factor(poly.LC())] + [sp.factor(sp.denom(sp.together(r))) for r in found]
    conditions = {factor for divisor in divisors for factor in sp.Mul.make_args(divisor) if factor.free_symbols}
    conditions = {c.base if c.is_Pow and c.exp.is_positive else c for c in conditions}
    for root in found:
        work.verify(f"{x} = {display(root)} substituted back", exactly_zero(numerator.subs(x, root)), "exact")
    work.verify(f"the roots counted with multiplicity match the degree {poly.degree()}",
                sum(found.values()) == poly.degree(), "generic roots")
    if conditions:
        work.conditions.extend(f"{display(c)} ≠ 0" for c in sorted(conditions, key=str))
        work.say("The other letters are constants; the answer holds where " + " and ".join(work.conditions),
                 role="main")
    return list(found), list(found.values()), True


def _transcendental(expression: Any, x: Any, request: MathRequest, work: Work) -> tuple[list[Any], list[int], bool]:
    sp = _sp()
    real = sp.Symbol(x.name, real=True)
    function = expression.subs(x, real)
    solutions = sp.solveset(sp.Eq(function, 0), real, sp.S.Reals)
    work.say("Solve over the real numbers", role="main")
    if isinstance(solutions, sp.ConditionSet) or solutions.has(sp.ConditionSet):
        raise Abstain("SymPy cannot solve this equation in closed form", "no_closed_form")
    if solutions == sp.S.Reals:
        raise Abstain(f"the equation holds for every real {x}", "unsupported")
    if isinstance(solutions, sp.FiniteSet) or solutions == sp.S.EmptySet:
        roots = [_prime_logs(r.subs(real, x)) for r in sorted(solutions, key=lambda r: float(sp.re(sp.N(r))))]
        for root in roots:
            value = function.subs(real, root)
            holds = _zero(value)
            exact = exactly_zero(value)
            work.checked(f"Check {x} = {display(root)}", sp.Eq(x, root, evaluate=False), holds,
                         f"{x} = {display(root)} satisfies the equation", "exact" if exact else "numerically",
                         role="main")
            work.verify(f"{x} = {display(root)} substituted back gives 0", holds, "exact" if exact else "30 digits")
        missing = _scan_for_missing_roots(function, real, lambda r: any(abs(r - float(sp.re(sp.N(q)))) < 1e-6
                                                                         for q in roots))
        work.verify(f"no other real root on [-{SCAN_RANGE}, {SCAN_RANGE}] (sign changes scanned)", missing is None,
                    "" if missing is None else f"a root near {missing:.6g} is missing")
        return roots, [1] * len(roots), True
    periodic = _periodic_solutions(solutions, real)
    if periodic is None:
        raise Abstain("the solution set is not a finite or periodic set this solver can state", "unsupported")
    n = sp.Symbol("n", integer=True)
    for family in periodic:
        for k in (-2, -1, 0, 1, 2):
            member = family.subs(n, k)
            holds = _zero(function.subs(real, member))
            work.verify(f"{display(member)} (n = {k}) substituted back", holds, "30 digits")
    missing = _scan_for_missing_roots(function, real, lambda r: any(_in_family(f, n, r) for f in periodic))
    work.verify(f"every real root on [-{SCAN_RANGE}, {SCAN_RANGE}] is in the families (sign changes scanned)",
                missing is None, "" if missing is None else f"a root near {missing:.6g} is missing")
    return [f.subs(real, x) for f in periodic], [1] * len(periodic), True


def _prime_logs(value: Any) -> Any:
    """`value` with each log of a positive rational written over the logs of its primes, when that is simpler:
    4^x = 8 gives log(8)/log(4) = 3/2, never left as a quotient of logs (log 8 = 3 log 2 is an identity)."""
    sp = _sp()

    def over_primes(number: Any) -> Any:
        return sum(k * sp.log(p) for p, k in sp.factorint(number).items() if p > 1)

    logs = [e for e in value.atoms(sp.log) if e.args[0].is_Rational and e.args[0] > 0]
    if not logs:
        return value
    written = value.xreplace({e: over_primes(e.args[0]) for e in logs})
    written = sp.simplify(written) if sp.count_ops(written) > sp.count_ops(value) else written
    return written if sp.count_ops(written) < sp.count_ops(value) else value


def _periodic_solutions(solutions: Any, real: Any) -> list[Any] | None:
    """Families x = f(n), n an integer, from a union of ImageSets with linear f, or None."""
    sp = _sp()
    n = sp.Symbol("n", integer=True)
    parts = solutions.args if isinstance(solutions, sp.Union) else (solutions,)
    families = []
    for part in parts:
        if isinstance(part, sp.FiniteSet):
            families.extend(part)
            continue
        if not isinstance(part, sp.ImageSet) or part.base_set != sp.S.Integers:
            return None
        variable = part.lamda.variables[0]
        body = part.lamda.expr.subs(variable, n)
        if not body.is_polynomial(n) or sp.degree(body, n) != 1:
            return None
        families.append(body)
    return families


def _in_family(family: Any, n: Any, value: float) -> bool:
    sp = _sp()
    if not family.has(n):
        number = numeric_value(family)
        return number is not None and abs(number - value) < 1e-6
    slope = numeric_value(sp.diff(family, n))
    offset = numeric_value(family.subs(n, 0))
    if slope is None or offset is None or slope == 0:
        return False
    k = (value - offset.real) / slope.real
    return abs(k - round(k)) < 1e-6


def _scan_for_missing_roots(function: Any, real: Any, known: Any) -> float | None:
    """A real root of `function` on [-SCAN_RANGE, SCAN_RANGE] that `known` does not contain, or None."""
    sp = _sp()
    step = 2 * SCAN_RANGE / SCAN_STEPS

    def value(t: float) -> float | None:
        number = numeric_value(function.subs(real, sp.Float(t, 30)), 20)
        if number is None or abs(number.imag) > 1e-12 * max(1.0, abs(number.real)):
            return None
        return number.real

    previous_t, previous = -SCAN_RANGE + 0.0137, None
    t = previous_t
    while t <= SCAN_RANGE:
        current = value(t)
        if current is not None and previous is not None and (current == 0 or previous * current < 0):
            root = _bisect(value, previous_t, t, previous)
            if root is not None and not known(root):
                return root
        if current is not None:
            previous_t, previous = t, current
        else:
            previous = None
        t += step
    return None


def _bisect(value: Any, low: float, high: float, low_value: float) -> float | None:
    """A root in [low, high] where the sign changes, or None when the change is a pole, not a root."""
    for _ in range(60):
        middle = (low + high) / 2
        middle_value = value(middle)
        if middle_value is None:
            return None
        if middle_value == 0:
            return middle
        if (middle_value < 0) == (low_value < 0):
            low, low_value = middle, middle_value
        else:
            high = middle
    final = value((low + high) / 2)
    return (low + high) / 2 if final is not None and abs(final) < 1e-6 else None


# ---------------------------------------------------------------------------------------------------
# Inequalities
# ---------------------------------------------------------------------------------------------------


def solve_inequality(relations: Sequence[Any], x: Any, work: Work) -> Any:
    """The real solution set of one or more inequalities in `x` (intersected), checked by a sign chart."""
    sp = _sp()
    real = sp.Symbol(x.name, real=True)
    # evaluate=False: with a real symbol SymPy would fold "x^2 + 1 > 0" to True at once, leaving no relation to
    # solve or to test at points (it crashed before); kept unevaluated, it is solved and checked like any other.
    relations = [r.func(r.lhs.subs(x, real), r.rhs.subs(x, real), evaluate=False) for r in relations]
    solution = sp.S.Reals
    for relation in relations:
        part = sp.solve_univariate_inequality(relation, real, relational=False)
        solution = sp.Intersection(solution, part)
    solution = sp.simplify(solution) if not isinstance(solution, (sp.Interval, sp.Union, sp.FiniteSet)) else solution
    if isinstance(solution, (sp.ConditionSet, sp.Intersection)) and solution.has(sp.ConditionSet):
        raise Abstain("SymPy cannot solve this inequality", "no_closed_form")
    points = _critical_points(relations, real, solution)
    work.say("Critical points (where a side is 0, undefined, or the answer's boundary)", sp.FiniteSet(*points),
             role="main", explanation="Between two neighbouring critical points the truth of the inequality "
                                      "cannot change, so one test point per interval decides it.")
    tests = _test_points(points)
    agree = True
    for point in tests:
        truth = _holds(relations, real, point)
        inside = _member(solution, point)
        if truth is None or inside is None:
            agree = False
            continue
        if truth != inside:
            agree = False
        if point in points:
            continue
        work.checked(f"Test {x} = {display(point)}: the inequality is {'true' if truth else 'false'}",
                     sp.Eq(x, point, evaluate=False), truth == inside, f"test point {display(point)}",
                     "evaluated", role="detail")
    work.verify(f"the answer agrees with the inequality at {len(tests)} test points (every critical point and "
                f"one inside each interval)", agree, "sign chart")
    return solution


def _critical_points(relations: Sequence[Any], real: Any, solution: Any) -> list[Any]:
    sp = _sp()
    points: set[Any] = set(solution.boundary) if solution.boundary.is_FiniteSet else set()
    for relation in relations:
        expression = sp.together(relation.lhs - relation.rhs)
        numerator, denominator = expression.as_numer_denom()
        for part in (numerator, denominator):
            if not part.has(real):
                continue
            zeros = sp.solveset(part, real, sp.S.Reals)
            if isinstance(zeros, sp.FiniteSet):
                points |= set(zeros)
        for atom in expression.atoms(sp.Abs):
            zeros = sp.solveset(atom.args[0], real, sp.S.Reals)
            if isinstance(zeros, sp.FiniteSet):
                points |= set(zeros)
    finite = [p for p in points if p.is_finite and p.is_real]
    return sorted(finite, key=lambda p: float(sp.N(p)))


def _test_points(points: list[Any]) -> list[Any]:
    sp = _sp()
    if not points:
        return [sp.Integer(0), sp.Integer(7), sp.Integer(-7)]
    tests: list[Any] = [sp.floor(sp.N(points[0])) - 1]
    for left, right in zip(points, points[1:]):
        tests.append((left + right) / 2)
    tests.append(sp.ceiling(sp.N(points[-1])) + 1)
    return tests + list(points)


def _holds(relations: Sequence[Any], real: Any, point: Any) -> bool | None:
    sp = _sp()
    results = []
    for relation in relations:
        left, right = numeric_value(relation.lhs.subs(real, point)), numeric_value(relation.rhs.subs(real, point))
        if left is None or right is None or abs(left.imag) > 1e-20 or abs(right.imag) > 1e-20:
            results.append(False)  # undefined or not real there: the inequality does not hold
            continue
        difference = left.real - right.real
        exact = relation.func(relation.lhs.subs(real, point), relation.rhs.subs(real, point))
        if exact in (sp.true, sp.false):
            results.append(bool(exact))
            continue
        operator = relation.rel_op
        tolerance = 1e-20
        results.append({"<": difference < -tolerance, "<=": difference <= tolerance, ">": difference > tolerance,
                        ">=": difference >= -tolerance, "!=": abs(difference) > tolerance,
                        "==": abs(difference) <= tolerance}[operator])
    return all(results)


def _member(solution: Any, point: Any) -> bool | None:
    sp = _sp()
    contains = solution.contains(point)
    if contains in (sp.true, sp.false):
        return bool(contains)
    return None


def intervals_value(solution: Any) -> dict[str, Any]:
    """A real set as {"kind": "intervals", "parts": [[lower, upper, left_open, right_open], ...]}."""
    sp = _sp()
    parts = solution.args if isinstance(solution, sp.Union) else (solution,)
    out = []
    for part in parts:
        if isinstance(part, sp.Interval):
            out.append([str(part.start), str(part.end), bool(part.left_open), bool(part.right_open)])
        elif isinstance(part, sp.FiniteSet):
            out.extend([str(p), str(p), False, False] for p in part)
        else:
            return {"kind": "text", "text": str(solution)}
    return {"kind": "intervals", "parts": out}


def interval_text(solution: Any, x: Any) -> str:
    sp = _sp()
    if solution == sp.S.EmptySet:
        return "no real solution"
    if solution == sp.S.Reals:
        return f"every real {x}"
    parts = solution.args if isinstance(solution, sp.Union) else (solution,)
    shown = []
    for part in parts:
        if isinstance(part, sp.Interval):
            left = "(" if part.left_open else "["
            right = ")" if part.right_open else "]"
            shown.append(f"{left}{_end(part.start)}, {_end(part.end)}{right}")
        elif isinstance(part, sp.FiniteSet):
            shown.append("{" + ", ".join(display(p) for p in part) + "}")
        else:
            shown.append(display(part))
    relations = [_relation(part, x) for part in parts]
    if any(relation is None for relation in relations):
        relation = sp.sstr(solution.as_relational(x)).replace("**", "^").replace("&", "and").replace("|", "or")
        return " ∪ ".join(shown) + f"  (i.e. {relation})"
    return " ∪ ".join(shown) + f"  (i.e. {' or '.join(r for r in relations if r)})"


def _relation(part: Any, x: Any) -> str | None:
    """One piece of a solution set as a student writes it: "x > 4", "-1 ≤ x < 3", "x = 5"; None when the piece is
    neither an interval nor a finite set (then SymPy's own relational form is shown)."""
    sp = _sp()
    if isinstance(part, sp.FiniteSet):
        return " or ".join(f"{x} = {display(p)}" for p in part)
    if not isinstance(part, sp.Interval):
        return None
    below = "<" if part.left_open else "≤"
    above = "<" if part.right_open else "≤"
    if part.start == -sp.oo and part.end == sp.oo:
        return f"every real {x}"
    if part.start == -sp.oo:
        return f"{x} {above} {display(part.end)}"
    if part.end == sp.oo:
        return f"{x} {'>' if part.left_open else '≥'} {display(part.start)}"
    return f"{display(part.start)} {below} {x} {above} {display(part.end)}"


def _end(value: Any) -> str:
    sp = _sp()
    return "-∞" if value == -sp.oo else "∞" if value == sp.oo else display(value)


# ---------------------------------------------------------------------------------------------------
# Systems
# ---------------------------------------------------------------------------------------------------


def solve_system(equations: Sequence[Any], symbols: Sequence[Any], work: Work) -> tuple[list[dict[Any, Any]], bool]:
    """Solutions of a system as dicts, and whether they are proven to be all of them."""
    sp = _sp()
    expressions = [e.lhs - e.rhs for e in equations]
    linear = all(sp.Poly(e, *symbols).total_degree() <= 1 for e in expressions if e.is_polynomial(*symbols))
    linear = linear and all(e.is_polynomial(*symbols) for e in expressions)
    if linear:
        return _linear_system(expressions, symbols, work)
    if not all(e.is_polynomial(*symbols) for e in expressions):
        raise Abstain("only linear and polynomial systems are solved here", "unsupported")
    solutions = sp.solve(expressions, list(symbols), dict=True)
    if any(len(s) < len(symbols) for s in solutions):
        raise Abstain("the system has infinitely many solutions (a parametric family)", "unsupported")
    for solution in solutions:
        holds = all(_zero(e.subs(solution)) for e in expressions)
        work.verify(f"{_assignment(solution)} satisfies every equation", holds, "substituted back")
    complete = _groebner_complete(expressions, symbols, solutions)
    work.verify("the solutions cover every root of the eliminated variable's polynomial (lex Gröbner basis)",
                complete, "no solution is missing")
    return solutions, bool(complete)


def _linear_system(expressions: Sequence[Any], symbols: Sequence[Any], work: Work) -> tuple[list[dict], bool]:
    sp = _sp()
    matrix, vector = sp.linear_eq_to_matrix(expressions, list(symbols))
    augmented = matrix.row_join(vector)
    work.say("Write the system as an augmented matrix [A | b]", augmented, role="detail",
             explanation="Each row is one equation; each column one unknown.")
    reduced, _ = augmented.rref()
    work.say("Row-reduce it (Gaussian elimination)", reduced, role="main",
             explanation="Row operations keep the solutions; the reduced form can be read off.")
    rank_a, rank_b = matrix.rank(), augmented.rank()
    if rank_a < rank_b:
        work.verify(f"rank(A) = {rank_a} < rank([A|b]) = {rank_b}: the equations contradict each other", True,
                    "ranks")
        return [], True
    if rank_a < len(symbols):
        raise Abstain(f"the system has infinitely many solutions ({len(symbols) - rank_a} free unknowns)",
                      "unsupported")
    solution_set = sp.linsolve((matrix, vector), list(symbols))
    solution = dict(zip(symbols, next(iter(solution_set))))
    holds = all(exactly_zero(e.subs(solution)) for e in expressions)
    work.verify(f"{_assignment(solution)} satisfies every equation", holds, "substituted back, exact")
    work.verify(f"rank(A) = {rank_a} = number of unknowns: the solution is unique", rank_a == len(symbols), "ranks")
    return [solution], True


def _groebner_complete(expressions: Sequence[Any], symbols: Sequence[Any], solutions: list[dict]) -> bool:
    sp = _sp()
    try:
        basis = sp.groebner(expressions, *symbols, order="lex")
    except Exception:
        return False
    if list(basis.exprs) == [1]:
        return not solutions
    last_symbol = symbols[-1]
    univariate = [g for g in basis.exprs if g.free_symbols <= {last_symbol}]
    if not univariate or not basis.is_zero_dimensional:
        return False
    roots = sp.Poly(univariate[-1], last_symbol).all_roots() if all(
        c.is_Rational for c in sp.Poly(univariate[-1], last_symbol).all_coeffs()) else \
        list(sp.roots(sp.Poly(univariate[-1], last_symbol)).keys())
    found = [numeric_value(s[last_symbol]) for s in solutions]
    for root in roots:
        value = numeric_value(root)
        if value is None or not any(f is not None and abs(f - value) < 1e-12 for f in found):
            return False
    return True


def _assignment(solution: dict[Any, Any]) -> str:
    return ", ".join(f"{k} = {display(v)}" for k, v in solution.items())


# ---------------------------------------------------------------------------------------------------
# Rewriting: simplify, expand, factor
# ---------------------------------------------------------------------------------------------------


def simplify(expression: Any, work: Work) -> Any:
    sp = _sp()
    current = expression
    if current.is_rational_function() and current.free_symbols:
        together = sp.together(current)
        if together != current and work.equal("Combine into one fraction", current, together, role="detail"):
            current = together
        cancelled = sp.cancel(sp.factor(current))
        if cancelled != current and work.equal("Factor and cancel common factors", current, cancelled,
                                               role="main", explanation="A factor in both numerator and "
                                               "denominator cancels (where it is not 0)."):
            current = cancelled
    candidates = [sp.simplify(current)]
    if not current.free_symbols:
        candidates.append(sp.radsimp(sp.simplify(current)))
        candidates.append(sp.nsimplify(current) if current.is_Float else current)
    else:
        candidates += [sp.factor(current), sp.expand(current), sp.cancel(current), sp.trigsimp(current)]
    best = min(candidates, key=lambda e: (sp.count_ops(e), len(str(e))))
    if best != current:
        work.equal("Simplify", current, best, role="key")
    if best == expression:
        work.say("The expression is already in simplest form", best, role="key")
    work.verify(f"{display(best)} equals the original expression", same(expression, best).holds,
                same(expression, best).how)
    return best


def expand(expression: Any, work: Work) -> Any:
    sp = _sp()
    result = sp.expand(expression)
    if isinstance(expression, sp.Mul) and len(expression.args) > 2:
        partial = expression.args[0]
        for factor in expression.args[1:-1]:
            partial = sp.expand(partial * factor)
            work.equal("Multiply out one factor at a time", partial, partial, role="detail")
    if isinstance(expression, sp.Pow) and expression.exp.is_Integer and isinstance(expression.base, sp.Add):
        work.say(f"Use the binomial theorem for the power {expression.exp}", role="detail",
                 explanation="(a + b)^n = sum of C(n, k) a^(n-k) b^k over k = 0..n.")
    work.equal("Distribute every product and collect like terms", expression, result, role="key")
    work.verify("the expanded form minus the original expands to 0", exactly_zero(sp.expand(result - expression)),
                "exact")
    return result


def factor(expression: Any, work: Work) -> Any:
    sp = _sp()
    if expression.is_Integer:
        raise Abstain("an integer is factored into primes", "unsupported")
    common = sp.factor_terms(expression)
    if common != expression and common != sp.factor(expression):
        work.equal("Take out the common factor", expression, common, role="main",
                   explanation="Every term shares this factor, so it multiplies a simpler sum.")
    result = sp.factor(expression)
    if result == sp.expand(expression) and result.is_Add:
        work.say("It does not factor over the rationals", result, role="key")
    else:
        work.equal("Factor completely (over the rationals)", expression, result, role="key")
    work.verify("multiplying the factors back gives the original", exactly_zero(sp.expand(result - expression)),
                "expanded, exact")
    return result


def values_text(x: Any, roots: Sequence[Any], multiplicities: Sequence[int]) -> str:
    sp = _sp()
    if not roots:
        return "no solution"
    parts = []
    for root, count in zip(roots, multiplicities):
        shown = display(root)
        if root.has(sp.Float):
            number = numeric_value(root)
            shown = _short(number) if number is not None else shown
        note = {1: "", 2: " (double root)", 3: " (triple root)"}.get(count, f" (multiplicity {count})")
        parts.append(f"{x} {shown}{note}" if shown.startswith("≈") else f"{x} = {shown}{note}")
    return " or ".join(parts)


def _short(number: complex) -> str:
    if abs(number.imag) < 1e-15:
        return f"≈ {number.real:.10g}"
    sign = "+" if number.imag >= 0 else "-"
    return f"≈ {number.real:.10g} {sign} {abs(number.imag):.10g}i"


def latex_values(x: Any, roots: Sequence[Any]) -> str:
    return r",\ ".join(f"{latex(x)} = {latex(r)}" for r in roots) if roots else r"\varnothing"

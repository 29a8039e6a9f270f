"""Derivatives, integrals, limits, sums and products with checked steps (runs in the sandbox worker).

Each answer is checked by a method other than the one that produced it:
- a derivative against numeric differentiation (mpmath, 40 digits) at random points;
- an antiderivative by differentiating it back (exactly, else at random points); a definite integral
  against numeric quadrature of the integrand;
- a limit against the values of the function at points approaching the limit point (each side, several points in
  each decade, all real or all not: a base that changes sign near the point leaves no real limit);
- a closed-form sum S(n) by induction (S(first term) is the first term, S(n) - S(n-1) is the n-th term), a
  finite sum with numeric bounds by adding its terms, an infinite sum or product against its partial values, a
  divergent sum by SymPy's convergence tests and the sign of its late terms.

Steps name the rule applied (sum, constant multiple, product, quotient, chain rule; linearity and
integration by parts or substitution from SymPy's `integral_steps`; direct substitution or L'Hôpital)
and every displayed equality is checked.

Left out: multivariable calculus beyond one variable at a time, series expansions with a remainder term.
"""

from __future__ import annotations

import random
from typing import Any

from agentlib.mathsolve.answer import Abstain
from agentlib.mathsolve.checks import Work, close, display, exactly_zero, numeric_value, same
from agentlib.mathsolve.oscillatory_quadrature import oscillatory_quadrature

DERIVATIVE_POINTS = 5
MAX_NUMERIC_ORDER = 4
MAX_DIRECT_SUM_TERMS = 5_000
LIMIT_STEPS = (3, 5, 7, 9)
# Offsets inside each decade: samples only at 10^-k can all land where an oscillating factor such as sin(1/x) has
# one sign (sin(10^3), sin(10^5), ... are all positive), so a non-limit would look convergent.
LIMIT_OFFSETS = (1, 1.37, 2.91, 6.53)
REAL_TOLERANCE = 1e-12


def _sp() -> Any:
    import sympy

    return sympy


def _mpmath() -> Any:
    import mpmath

    return mpmath


# ---------------------------------------------------------------------------------------------------
# Derivatives
# ---------------------------------------------------------------------------------------------------


def differentiate(expression: Any, x: Any, order: int, work: Work) -> Any:
    sp = _sp()
    if expression.has(sp.Abs) and not x.is_real and not expression.has(sp.I):
        # |x| has a derivative only as a function of a real x (SymPy's complex one is in re(x), im(x)): d|x|/dx is
        # sign(x), everywhere but where the inside of the bars is 0
        real = sp.Symbol(str(x), real=True)
        work.say(f"Read {x} as real: |u| has the derivative sign(u)·u' wherever u ≠ 0", role="main")
        return differentiate(expression.subs(x, real), real, order, work).subs(real, x)
    if order == 1:
        _derivative_steps(expression, x, work)
    else:
        current = expression
        for k in range(1, order + 1):
            current = sp.diff(current, x)
            work.equal(f"Derivative number {k}", sp.diff(expression, x, k), sp.simplify(current), role="main")
    raw = sp.diff(expression, x, order)
    shorter = min((sp.simplify(raw), sp.factor(raw)), key=lambda e: (sp.count_ops(e), len(str(e))))
    # keep SymPy's term-by-term form (x^2 cos x + 2x sin x) unless simplifying clearly shortens it
    result = shorter if sp.count_ops(shorter) < sp.count_ops(raw) - 2 else raw
    if result != raw:
        work.equal("Simplify", raw, result, role="key")
    _check_derivative(expression, result, x, order, work)
    return result


def _derivative_steps(f: Any, x: Any, work: Work) -> None:
    sp = _sp()
    derivative = sp.diff(f, x)
    if not f.has(x):
        work.equal("The derivative of a constant is 0", derivative, sp.Integer(0), role="main")
        return
    if f.is_Add:
        terms = [sp.diff(t, x) for t in f.args]
        work.equal("Sum rule: differentiate term by term", derivative, sp.Add(*terms, evaluate=False),
                   shown=" + ".join(f"({display(t)})" for t in terms), role="main",
                   explanation="(f + g)' = f' + g'")
        for term in f.args:
            if term.has(x) and not term.is_Atom and len(f.args) <= 4:
                _single_rule(term, x, work, role="detail")
        return
    _single_rule(f, x, work, role="main")


def _single_rule(f: Any, x: Any, work: Work, role: Any) -> None:
    sp = _sp()
    derivative = sp.diff(f, x)
    coefficient, rest = f.as_independent(x, as_Add=False)
    if coefficient != 1 and rest != 1:
        work.equal(f"Constant multiple rule: ({display(f)})' = {display(coefficient)}·({display(rest)})'",
                   derivative, coefficient * sp.diff(rest, x), role=role, explanation="(c·f)' = c·f'")
        f = rest
    numerator, denominator = f.as_numer_denom()
    if denominator.has(x) and numerator.has(x):
        u, v = numerator, denominator
        du, dv = display(sp.diff(u, x)), display(sp.diff(v, x))
        shown = f"(({du})·({display(v)}) - ({display(u)})·({dv})) / ({display(v)})^2"
        work.equal(f"Quotient rule with u = {display(u)}, v = {display(v)}", sp.diff(f, x),
                   (sp.diff(u, x) * v - u * sp.diff(v, x)) / v**2, shown=shown, role=role,
                   explanation="(u/v)' = (u'v - uv') / v^2")
        return
    if f.is_Mul:
        factors = [a for a in f.args if a.has(x)]
        if len(factors) >= 2:
            u = factors[0]
            v = sp.Mul(*factors[1:])
            shown = f"({display(sp.diff(u, x))})·({display(v)}) + ({display(u)})·({display(sp.diff(v, x))})"
            work.equal(f"Product rule with u = {display(u)}, v = {display(v)}", sp.diff(f, x),
                       sp.diff(u, x) * v + u * sp.diff(v, x), shown=shown, role=role,
                       explanation="(uv)' = u'v + uv'")
            return
    if f.is_Pow and not f.exp.has(x):
        base, exponent = f.args
        inner = sp.diff(base, x)
        rule = "Power rule" if base == x else "Power rule with the chain rule"
        shown = f"{display(exponent)}·({display(base)})^({display(exponent - 1)})" + \
            ("" if inner == 1 else f"·({display(inner)})")
        work.equal(f"{rule}: (u^n)' = n·u^(n-1)·u'", sp.diff(f, x), exponent * base ** (exponent - 1) * inner,
                   shown=shown, role=role)
        return
    if isinstance(f, sp.Function) and len(f.args) == 1 and f.args[0] != x:
        inner = f.args[0]
        u = sp.Symbol("u", real=True) if x.is_real else sp.Symbol("u")  # |u|' is sign(u) only for a real u
        outer_derivative = sp.diff(f.func(u), u).subs(u, inner)
        shown = f"({display(outer_derivative)})·({display(sp.diff(inner, x))})"
        work.equal(f"Chain rule with the inside u = {display(inner)}", sp.diff(f, x),
                   outer_derivative * sp.diff(inner, x), shown=shown, role=role,
                   explanation="(f(u))' = f'(u)·u'")
        return
    if f.is_Pow and f.base == sp.E or isinstance(f, sp.exp):
        exponent = f.exp if f.is_Pow else f.args[0]
        work.equal("Exponential rule with the chain rule: (e^u)' = e^u·u'", sp.diff(f, x),
                   sp.exp(exponent) * sp.diff(exponent, x), role=role)
        return
    work.equal(f"Derivative of {display(f)}", sp.diff(f, x), sp.diff(f, x), role=role)


def _check_derivative(f: Any, result: Any, x: Any, order: int, work: Work) -> None:
    sp = _sp()
    if order > MAX_NUMERIC_ORDER:  # finite differences of high order lose every digit
        check = same(result, sp.diff(f, x, order))
        work.verify(f"the {order}th derivative recomputed in one step agrees", check.holds, check.how)
        return
    mp = _mpmath()
    rng = random.Random(7)
    agreed = tried = 0
    others = sorted(f.free_symbols - {x}, key=str)
    for _ in range(DERIVATIVE_POINTS * 4):
        point = sp.Rational(rng.randint(-300, 300), rng.randint(11, 97))
        fixed = {s: sp.Rational(rng.randint(1, 50), 7) for s in others}
        expected = numeric_value(result.subs(fixed).subs(x, point))
        g = f.subs(fixed)
        if expected is None:
            continue
        try:
            with mp.workdps(40):
                def at(t: Any, g: Any = g) -> Any:
                    real, imaginary = sp.N(g.subs(x, sp.Float(mp.nstr(t, 45), 45)), 45).as_real_imag()
                    return mp.mpc(mp.mpf(str(real)), mp.mpf(str(imaginary)))
                step = mp.mpf(10) ** -{1: 12, 2: 9, 3: 7}.get(order, 5)  # evaluations carry 45 digits
                numeric = complex(mp.diff(at, mp.mpf(str(sp.N(point, 45))), order, h=step))
        except Exception:
            continue
        tried += 1
        if not close(numeric, expected, 1e-12 if order == 1 else 1e-7):
            work.verify(f"the derivative agrees with numeric differentiation at {x} = {point}", False,
                        f"{numeric} vs {expected}")
            return
        agreed += 1
        if agreed >= DERIVATIVE_POINTS:
            break
    work.verify(f"the derivative agrees with numeric differentiation at {agreed} random points",
                agreed >= 3, "mpmath finite differences, 40 digits")


# ---------------------------------------------------------------------------------------------------
# Integrals
# ---------------------------------------------------------------------------------------------------


def antiderivative(f: Any, x: Any, work: Work) -> Any:
    sp = _sp()
    if f.is_Add and len(f.args) <= 6:
        work.say("Linearity: integrate term by term", role="main", explanation="∫(f + g) = ∫f + ∫g")
    _method_note(f, x, work)
    result = sp.integrate(f, x)
    if result.has(sp.Integral):
        raise Abstain("no elementary antiderivative was found", "no_closed_form")
    if result.is_polynomial(x):
        # A polynomial antiderivative reads best term by term (x^2 + 3x, not SymPy's shorter x(x + 3)).
        simpler = sp.expand(result)
    else:
        simpler = min((result, sp.simplify(result)), key=lambda e: (sp.count_ops(e), len(str(e))))
    if f.is_Add and len(f.args) <= 6:
        for term in f.args:
            part = sp.integrate(term, x)
            if not part.has(sp.Integral):
                work.checked(f"∫ {display(term)} d{x}", part, exactly_zero(sp.simplify(sp.diff(part, x) - term)),
                             f"d/d{x}[{display(part)}] = {display(term)}", "differentiated back", role="detail")
    derivative = sp.diff(simpler, x)
    verdict = same(derivative, f)
    work.checked("An antiderivative", simpler, bool(verdict.holds), f"d/d{x}[{display(simpler)}] = {display(f)}",
                 verdict.how, role="key")
    work.verify(f"d/d{x} of the answer is the integrand", verdict.holds, f"differentiated back, {verdict.how}")
    return _with_absolute_logs(simpler, f, x, work)


def _with_absolute_logs(antiderivative: Any, f: Any, x: Any, work: Work) -> Any:
    """ln|u| for each ln(u) whose u can be negative for real x (∫ 1/x dx = ln|x| + C, ∫ tan x dx = -ln|cos x| + C),
    as textbooks write it: ln(u) is an antiderivative only where u > 0. Checked by differentiating over a real
    variable (d/dx ln|u| = u'/u wherever u ≠ 0); an integrand with i, or a check that does not hold, keeps ln(u)."""
    sp = _sp()
    real = sp.Dummy(str(x), real=True)

    def may_be_negative(argument: Any) -> bool:
        return argument.has(x) and not argument.subs(x, real).is_positive

    if f.has(sp.I) or not antiderivative.has(sp.log):
        return antiderivative
    absolute = antiderivative.replace(lambda e: isinstance(e, sp.log) and may_be_negative(e.args[0]),
                                      lambda e: sp.log(sp.Abs(e.args[0])))
    if absolute == antiderivative:
        return antiderivative
    verdict = same(sp.diff(absolute.subs(x, real), real), f.subs(x, real))
    if not verdict.holds:
        return antiderivative
    work.checked("Absolute values inside the logarithms", absolute, True,
                 f"d/d{x}[{display(absolute)}] = {display(f)} for real {x} (d/d{x} ln|u| = u'/u, u ≠ 0)", verdict.how,
                 role="key")
    return absolute


def _method_note(f: Any, x: Any, work: Work) -> None:
    """Name the method SymPy's rule-based integrator would use (by parts, substitution), when it has one."""
    try:
        from sympy.integrals import manualintegrate as manual

        rule = manual.integral_steps(f, x)
    except Exception:
        return
    name = type(rule).__name__
    if name == "PartsRule":
        work.say(f"Integration by parts with u = {display(rule.u)}, dv = {display(rule.dv)} d{x}", role="main",
                 explanation="∫u dv = u·v - ∫v du")
    elif name == "URule":
        work.say(f"Substitution u = {display(rule.u_func)}", role="main",
                 explanation="Replace the inside expression by u; du is its derivative times dx.")
    elif name == "CyclicPartsRule":
        work.say("Integration by parts twice; the integral comes back and is solved for", role="main")


def definite_integral(f: Any, x: Any, lower: Any, upper: Any, work: Work) -> Any:
    sp = _sp()
    value = sp.integrate(f, (x, lower, upper))
    if value.has(sp.Integral):
        raise Abstain("SymPy could not evaluate this integral in closed form", "no_closed_form")
    primitive = sp.integrate(f, x)
    finite_bounds = lower.is_finite and upper.is_finite
    if not primitive.has(sp.Integral) and finite_bounds and not _has_pole(f, x, lower, upper):
        primitive = sp.simplify(primitive)
        holds = same(sp.diff(primitive, x), f)
        work.checked("Find an antiderivative F", primitive, bool(holds.holds), f"F' = {display(f)}", holds.how,
                     role="main")
        difference = primitive.subs(x, upper) - primitive.subs(x, lower)
        work.equal(f"Evaluate F({display(upper)}) - F({display(lower)})", difference, sp.simplify(value),
                   shown=sp.simplify(value), role="key")
    value = sp.simplify(value)
    if value.has(sp.nan, sp.zoo):
        raise Abstain("the integral has no value: the integrand is unbounded inside the interval and the improper "
                      "integral does not converge", "unsupported")
    numeric = numeric_value(value)
    quadrature = oscillatory_quadrature(f, x, lower, upper)  # an oscillating tail: summed between its zeros
    how = "quadrature between the zeros of the oscillation" if quadrature is not None else "quadrature"
    if quadrature is None:
        quadrature = _quadrature(f, x, lower, upper)
    if value in (sp.oo, -sp.oo):
        work.verify("the integral diverges", None, "not checked numerically")
        return value
    agrees = numeric is not None and quadrature is not None and close(numeric, quadrature, 1e-9)
    work.verify("the value agrees with numeric quadrature of the integrand", agrees,
                f"{quadrature} ({how})" if quadrature is not None else "quadrature failed")
    return value


def _quadrature(f: Any, x: Any, lower: Any, upper: Any) -> complex | None:
    """Numeric quadrature, split where |u|, sign(u), floor(u) or ceiling(u) have a kink or a jump."""
    sp = _sp()
    cuts: set[Any] = set()
    if lower.is_finite and upper.is_finite:
        for atom in f.atoms(sp.Abs, sp.sign, sp.floor, sp.ceiling):
            try:
                zeros = sp.solveset(atom.args[0], x, sp.Interval.open(sp.Min(lower, upper), sp.Max(lower, upper)))
            except Exception:
                continue
            if isinstance(zeros, sp.FiniteSet) and len(zeros) <= 50:
                cuts |= set(zeros)
    points = [lower] + sorted(cuts, key=lambda p: float(sp.N(p))) + [upper]
    total = 0j
    for start, end in zip(points, points[1:]):
        part = numeric_value(sp.Integral(f, (x, start, end)), 20)
        if part is None:
            return None
        total += part
    return total


def _has_pole(f: Any, x: Any, lower: Any, upper: Any) -> bool:
    sp = _sp()
    try:
        singular = sp.singularities(f, x, sp.Interval(sp.Min(lower, upper), sp.Max(lower, upper)))
    except Exception:
        return True
    return singular != sp.S.EmptySet


# ---------------------------------------------------------------------------------------------------
# Limits
# ---------------------------------------------------------------------------------------------------


def limit(f: Any, x: Any, point: Any, direction: str, work: Work) -> Any:
    sp = _sp()
    if direction == "+-" and point.is_infinite:
        direction = "-" if point == sp.oo else "+"
    try:
        value = sp.limit(f, x, point, dir=direction)
    except ValueError:
        left, right = sp.limit(f, x, point, dir="-"), sp.limit(f, x, point, dir="+")
        work.say(f"The one-sided limits differ: from the left {display(left)}, from the right {display(right)}",
                 role="key")
        _check_limit(f, x, point, "-", left, work)
        _check_limit(f, x, point, "+", right, work)
        return None
    if isinstance(value, sp.AccumBounds) or value.has(sp.AccumBounds):
        raise Abstain("the limit does not exist (the function oscillates)", "unsupported")
    if value.has(sp.Limit):
        raise Abstain("SymPy could not find this limit", "no_closed_form")
    _limit_steps(f, x, point, value, work)
    if direction == "+-":
        _check_limit(f, x, point, "-", value, work)
        _check_limit(f, x, point, "+", value, work)
    else:
        _check_limit(f, x, point, direction, value, work)
    return value


def _limit_steps(f: Any, x: Any, point: Any, value: Any, work: Work) -> None:
    sp = _sp()
    if point.is_finite:
        direct = sp.simplify(f.subs(x, point))
        if _defined_at(f, x, point) and direct.is_finite and not direct.has(sp.nan, sp.zoo) and \
                exactly_zero(direct - value):
            work.checked(f"Substitute {x} = {display(point)} directly (the function is continuous there)",
                         direct, True, f"f({display(point)}) = {display(value)}", "exact", role="key")
            return
    numerator, denominator = sp.fraction(sp.together(f))
    if denominator.has(x):
        top, bottom = sp.limit(numerator, x, point), sp.limit(denominator, x, point)
        zero_zero = top == 0 and bottom == 0
        infinite = top.is_infinite and bottom.is_infinite
        if zero_zero or infinite:
            form = "0/0" if zero_zero else "∞/∞"
            work.say(f"Direct substitution gives the form {form}", role="main",
                     explanation="An indeterminate form needs more work than plugging in.")
            ratio = sp.diff(numerator, x) / sp.diff(denominator, x)
            new = sp.limit(ratio, x, point)
            work.checked("L'Hôpital's rule: take the limit of the ratio of derivatives",
                         sp.Limit(sp.simplify(ratio), x, point), exactly_zero(new - value) if new.is_finite else
                         new == value, f"lim {display(ratio)} = {display(value)}", "computed", role="main",
                         explanation="For 0/0 or ∞/∞, lim f/g = lim f'/g' when the right side exists.")
    work.say("The limit", value, role="key")


def _defined_at(f: Any, x: Any, point: Any) -> bool:
    """Is every part of f a finite number at the point, with no 0^0?

    SymPy's arithmetic gives nan**0 = 1 and 0**0 = 1, so substituting into sin(1/x)**(x**x) gives 1 although the
    function is undefined there: direct substitution is shown only when each sub-expression has a value."""
    sp = _sp()
    for part in sp.preorder_traversal(f):
        if not getattr(part, "has", None) or not part.has(x):
            continue
        try:
            at = part.subs(x, point)
        except Exception:
            return False
        if at.has(sp.nan, sp.zoo, sp.oo, -sp.oo) or at.is_finite is False:
            return False
        if isinstance(part, sp.Pow):
            base, exponent = part.base.subs(x, point), part.exp.subs(x, point)
            if base == 0 and (exponent.is_nonpositive or exponent.is_nonpositive is None):
                return False
    return True


def _sample_points(point: Any, side: str) -> list[Any]:
    sp = _sp()
    points = []  # from the farthest to the closest
    for k in LIMIT_STEPS:  # floats with 60 digits: an exact 10**9 in (1 + 1/x)**x would be computed exactly
        for offset in (LIMIT_OFFSETS if point.is_infinite else reversed(LIMIT_OFFSETS)):
            if point == sp.oo:
                points.append(sp.Float(offset, 60) * sp.Float(10**k, 60))
            elif point == -sp.oo:
                points.append(-sp.Float(offset, 60) * sp.Float(10**k, 60))
            else:
                points.append(sp.N(point, 60) + (1 if side == "+" else -1) * sp.Float(offset, 60)
                              * sp.Float(10.0**-k, 60))
    return points


def _is_real(value: complex) -> bool:
    return abs(value.imag) <= REAL_TOLERANCE * max(1.0, abs(value))


def _check_limit(f: Any, x: Any, point: Any, side: str, value: Any, work: Work) -> None:
    sp = _sp()
    samples = [numeric_value(f.subs(x, t), 50) for t in _sample_points(point, side)]
    label = "right" if side == "+" else "left"
    values = [s for s in samples if s is not None]
    if len(values) != len(samples):
        work.verify(f"the function approaches the limit from the {label}", None, "could not evaluate near the point")
        return
    if len({_is_real(s) for s in values}) > 1:
        # real at some points and not at others: a base changes sign, so the function has no real values on a
        # whole side of the point and no limit there
        work.verify(f"the function is real on the {label} of the point", False,
                    "real at some sample points and not at others")
        return
    if value in (sp.oo, -sp.oo):
        sign = 1 if value == sp.oo else -1
        grows = all(sign * s.real > 0 for s in values[-2:]) and abs(values[-1]) > 10 * abs(values[0]) and \
            abs(values[-1]) > 1e3
        work.verify(f"the function grows without bound ({display(value)}) from the {label}", grows,
                    "values at 10^-3 .. 10^-9 from the point")
        return
    target = numeric_value(value)
    if target is None:
        work.verify(f"the limit from the {label} is numeric", None)
        return
    errors = [abs(s - target) for s in values]
    closest = errors[-len(LIMIT_OFFSETS):]  # the last decade: every offset in it must be near the limit
    converges = max(closest) <= 1e-3 * max(1.0, abs(target)) and errors[-1] <= errors[0] + 1e-30
    work.verify(f"f approaches {display(value)} from the {label}", converges,
                f"|f - L| = {errors[-1]:.2e} at the closest sample point")


# ---------------------------------------------------------------------------------------------------
# Sums and products
# ---------------------------------------------------------------------------------------------------


def series(operator: Any, work: Work) -> Any:
    sp = _sp()
    body = operator.function
    (k, start, end), = operator.limits
    value = operator.doit()
    if value.has(sp.Product) and isinstance(operator, sp.Product) and end == sp.oo:
        value = _limit_of_partial_products(body, k, start)  # "the product of 1 - 1/k^2 for k from 2 to ∞"
    if value.has(sp.Sum) or value.has(sp.Product):
        raise Abstain("SymPy found no closed form for this sum or product", "no_closed_form")
    simpler = min((value, sp.simplify(value), sp.factor(value)), key=lambda e: (sp.count_ops(e), len(str(e))))
    is_sum = isinstance(operator, sp.Sum)
    name = "sum" if is_sum else "product"
    if end.free_symbols:
        n = next(iter(end.free_symbols)) if len(end.free_symbols) == 1 else None
        work.checked(f"Closed form of the {name}", simpler, True, f"{display(operator)} = {display(simpler)}",
                     "SymPy's summation", role="key")
        if n is None or end != n:
            work.verify("closed form checked", None, "upper limit is not a single variable")
            return simpler
        first = simpler.subs(n, start)
        work.verify(f"base case: the formula at {n} = {display(start)} equals the first term",
                    exactly_zero(first - body.subs(k, start)), "exact")
        step = simpler - simpler.subs(n, n - 1) if is_sum else simpler / simpler.subs(n, n - 1)
        expected = body.subs(k, n)
        work.verify(f"induction step: S({n}) {'-' if is_sum else '/'} S({n}-1) equals the {n}-th term",
                    exactly_zero(sp.simplify(step - expected)), "exact")
        return simpler
    if start.is_Integer and end.is_Integer and int(end) - int(start) < MAX_DIRECT_SUM_TERMS:
        terms = [body.subs(k, i) for i in range(int(start), int(end) + 1)]
        direct = sp.Add(*terms) if is_sum else sp.Mul(*terms)
        work.checked(f"Closed form of the {name}", simpler, True, f"{display(operator)} = {display(simpler)}",
                     "SymPy", role="key")
        work.verify(f"adding the {len(terms)} terms one by one gives the same value" if is_sum else
                    f"multiplying the {len(terms)} factors one by one gives the same value",
                    exactly_zero(sp.simplify(direct - simpler)), "exact")
        return simpler
    work.checked(f"Value of the {name}", simpler, True, f"{display(operator)} = {display(simpler)}", "SymPy",
                 role="key")
    if simpler in (sp.oo, -sp.oo):
        work.verify(f"the {name} diverges", _diverges(operator, k, start, simpler) if is_sum else None,
                    "SymPy's convergence tests (p-series, comparison, ratio, root, integral) and the sign of the terms"
                    if is_sum else "not checked numerically")
        return simpler
    numeric = numeric_value(operator, 15)
    target = numeric_value(simpler)
    work.verify(f"the value agrees with a numeric evaluation of the {name}", numeric is not None and
                target is not None and close(numeric, target, 1e-8), "mpmath summation")
    return simpler


def _limit_of_partial_products(body: Any, k: Any, start: Any) -> Any:
    """An infinite product as the limit of its partial products P(n), which SymPy closes for rational factors once
    the factor is factored ((k - 1)(k + 1)/k^2 telescopes); the unevaluated product when it does not. The value is
    checked against a numeric evaluation by the caller."""
    sp = _sp()
    n = sp.Dummy("n", integer=True, positive=True)
    partial = sp.Product(sp.factor(body), (k, start, n)).doit()
    if partial.has(sp.Product):
        return sp.Product(body, (k, start, sp.oo))
    limit = sp.limit(partial, n, sp.oo)
    return limit if limit.is_finite else sp.Product(body, (k, start, sp.oo))


def _diverges(operator: Any, k: Any, start: Any, value: Any) -> bool | None:
    """Does the sum diverge to `value` (+oo or -oo), by a method apart from summation: SymPy's convergence tests
    say it does not converge, and its terms from the 1000th on have the sign of `value` (so the partial sums grow
    without bound in that direction rather than oscillate)."""
    sp = _sp()
    try:
        convergent = operator.is_convergent()
    except Exception:
        return None
    if convergent is not sp.false and convergent is not False:
        return None
    sign = 1 if value == sp.oo else -1
    late = [operator.function.subs(k, start + offset) for offset in (1000, 1001, 10**6, 10**6 + 1)]
    return all((sign * term).is_positive is True for term in late)


# ---------------------------------------------------------------------------------------------------
# Extrema of a function of one variable
# ---------------------------------------------------------------------------------------------------

SCAN_POINTS = 2_000


def extremum(f: Any, x: Any, domain: Any, kind: str, work: Work) -> Any:
    """The minimum or maximum value of f on a real interval (or union), if attained; checked by a scan.

    Candidates: the critical points (f' = 0) inside the domain and the closed ends; the open ends and
    infinite ends are limits that the answer must not beat (else the extremum is not attained: abstain).
    """
    sp = _sp()
    real = sp.Symbol(x.name, real=True)
    f = f.subs(x, real)
    defined = sp.calculus.util.continuous_domain(f, real, sp.S.Reals)
    region = sp.Intersection(defined, domain)
    if not isinstance(region, sp.Interval):
        raise Abstain("the extremum is looked for on one interval only", "unsupported")
    derivative = sp.simplify(sp.diff(f, real))
    critical = sp.solveset(derivative, real, region)
    # no critical point inside (EmptySet): the extremum is at a closed end, or not attained
    if not isinstance(critical, sp.FiniteSet) and critical is not sp.S.EmptySet:
        raise Abstain("the critical points could not be found in closed form", "no_closed_form")
    work.equal(f"Derivative f'({x})", sp.diff(f, real), derivative, role="main",
               explanation="An extremum inside an interval is at a point where the derivative is 0.")
    work.say("Critical points in the domain", critical, role="main")
    candidates = [(p, sp.simplify(f.subs(real, p))) for p in critical]
    for end, closed in ((region.start, not region.left_open), (region.end, not region.right_open)):
        if closed and end.is_finite:
            candidates.append((end, sp.simplify(f.subs(real, end))))
    if not candidates:
        raise Abstain(f"the {kind} is not attained (no critical point and no closed end)", "unsupported")
    pick = min if kind == "minimum" else max
    point, value = pick(candidates, key=lambda c: float(sp.N(c[1])))
    for end, side in ((region.start, "+"), (region.end, "-")):
        if (end == region.start and not region.left_open and end.is_finite) or \
                (end == region.end and not region.right_open and end.is_finite):
            continue
        boundary = sp.limit(f, real, end, dir=side)
        beats = (boundary < value) if kind == "minimum" else (boundary > value)
        if beats == sp.true or boundary.has(sp.AccumBounds):
            raise Abstain(f"the {kind} is not attained: f tends to {display(boundary)} at {display(end)}",
                          "unsupported")
    work.checked(f"The {kind} is at {x} = {display(point)}", value, True, f"f({display(point)}) = {display(value)}",
                 "compared with every candidate and the ends", role="key")
    lowest = _scan(f, real, region)
    target = numeric_value(value)
    if lowest is None or target is None:
        work.verify(f"no sampled point beats the {kind}", None, "could not sample the function")
    else:
        low, high = lowest
        ok = (low >= target.real - 1e-9 * max(1.0, abs(target.real))) if kind == "minimum" else \
            (high <= target.real + 1e-9 * max(1.0, abs(target.real)))
        work.verify(f"no value at {SCAN_POINTS} sampled points of the domain beats {display(value)}", ok,
                    f"sampled range [{low:.6g}, {high:.6g}]")
    return value


def _scan(f: Any, real: Any, region: Any) -> tuple[float, float] | None:
    sp = _sp()
    start = float(sp.N(region.start)) if region.start.is_finite else -1e4
    end = float(sp.N(region.end)) if region.end.is_finite else 1e4
    values = []
    for index in range(1, SCAN_POINTS):
        t = start + (end - start) * (index / SCAN_POINTS) ** (1 if region.start.is_finite else 1)
        number = numeric_value(f.subs(real, sp.Float(t, 20)), 20)
        if number is not None and abs(number.imag) < 1e-12:
            values.append(number.real)
    if not values:
        return None
    return min(values), max(values)

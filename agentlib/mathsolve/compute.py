"""The math solver's worker side: one `MathRequest` in, one `MathResult` out, as JSON.

`run(request, level)` is the sandbox entry point (`agentlib.mathsolve.compute:run`): it parses each formula
with `safe_math.parse_expression(..., calculus=True)`, dispatches on the task to `algebra`, `calculus`,
`matrices` or `numbers`, applies what the request asks of the result (values substituted, which solutions
count, decimals), and returns the result's dict. `verified` needs every verification check to hold and
the answer to be complete; a formula the parser refuses or an `Abstain` becomes a typed abstention.

Left out: anything a request does not name; the reader (`reading.py`) decides what is asked.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from typing import Any

from agentlib.certificate import Certificate
from agentlib.mathsolve import algebra, calculus, matrices, numbers, statistics
from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.approximately import approximately
from agentlib.mathsolve.area_to_axis import area_to_axis
from agentlib.mathsolve.better_buy import better_buy
from agentlib.mathsolve.calendar_answers import date_after, days_between, weekday
from agentlib.mathsolve.checks import Work, display, exactly_zero, latex, numeric_value, same
from agentlib.mathsolve.clock_answers import clock_time, time_between
from agentlib.mathsolve.coefficients import coefficient
from agentlib.mathsolve.counting_multiples import count_multiples
from agentlib.mathsolve.decimal_inputs import as_decimal, written_in_decimals
from agentlib.mathsolve.decimals import decimal_text, exact_decimal, terminates
from agentlib.mathsolve.equation_on_interval import solve_on_interval
from agentlib.mathsolve.function_range import polynomial_range
from agentlib.mathsolve.inverse_function import inverse_function
from agentlib.mathsolve.line_through import line_equation
from agentlib.mathsolve.local_extrema import local_extrema, local_extremum
from agentlib.mathsolve.mixed_numbers import as_mixed_number
from agentlib.mathsolve.partial_fractions import partial_fractions
from agentlib.mathsolve.piecewise import piecewise_value
from agentlib.mathsolve.prime_factor_questions import prime_factor_selection
from agentlib.mathsolve.prime_neighbours import prime_neighbour, primes_between
from agentlib.mathsolve.principal_roots import refuse_odd_roots_of_negatives
from agentlib.mathsolve.quadratic_features import axis_of_symmetry, completed_square, vertex
from agentlib.mathsolve.radicals import rationalize
from agentlib.mathsolve.repeating_decimals import MOST_DIGITS, repeating_digits, repeating_value
from agentlib.mathsolve.request import MathRequest
from agentlib.mathsolve.result import Failure, MathResult, abstain, check_level
from agentlib.mathsolve.scientific_form import scientific_form
from agentlib.mathsolve.solution_check import is_solution
from agentlib.mathsolve.tangent_line import tangent_line
from agentlib.mathsolve.to_the_cent import to_the_cent
from agentlib.tools.safe_math import ExpressionError, Limits, parse_expression

SOLVER_LIMITS = Limits(max_chars=6_000, max_depth=120, max_nodes=2_000)
# tasks whose formulas may hold a sum written with an ellipsis (1 + 2 + ... + 10) that is evaluated first
_EVALUATED_FIRST = frozenset(("remainder", "quotient_remainder", "gcd", "lcm", "gcd_lcm", "prime_factorization",
                              "divisor_count", "divisor_sum", "divisor_list", "is_prime"))


def _sp() -> Any:
    import sympy

    return sympy


def parse(text: str) -> Any:
    return parse_expression(text, calculus=True, limits=SOLVER_LIMITS)


def run(request: dict[str, Any], level: str = "intermediate", problem: str = "") -> dict[str, Any]:
    """Compute one request (a `MathRequest.to_dict()`); the `MathResult` as a dict."""
    level = check_level(level)
    parsed = MathRequest.from_dict(request)
    notes = tuple(parsed.notes)
    try:
        result = _compute(parsed, problem, level)
    except Abstain as stop:
        result = abstain(problem, stop.reason, stop.failure, level=level, task=parsed.task, notes=notes)
    except ExpressionError as error:
        failure: Failure = "too_large" if "limit" in str(error) else "not_understood"
        result = abstain(problem, f"the formula was not accepted: {error}", failure, level=level, task=parsed.task,
                         notes=notes)
    except (RecursionError, MemoryError):
        result = abstain(problem, "the computation grew too large", "too_large", level=level, task=parsed.task,
                         notes=notes)
    return result.to_dict()


def _compute(request: MathRequest, problem: str, level: Any) -> MathResult:
    work = Work()
    objects = [_power_of_integers(item) if request.task == "remainder" else None for item in request.items]
    objects = [o if o is not None else parse(item) for o, item in zip(objects, request.items)]
    if not objects:
        raise Abstain("there is nothing to compute", "not_math")
    if request.task in _EVALUATED_FIRST:
        objects = [_doit(o) for o in objects]
    _check_fields(request)
    handler = _HANDLERS[request.task]
    answer = handler(request, objects, work)
    if work.conditions:
        answer.text += " (where " + " and ".join(work.conditions) + ")"
    answer = _format(answer, request, work)
    if request.money:
        answer = to_the_cent(answer, work)
    notes = tuple(request.notes) + tuple(answer.notes)
    if work.dropped:
        notes += (f"{work.dropped} step(s) whose check did not hold were left out",)
    verified = work.all_hold and answer.complete
    failed = [c.claim for c in work.checks if c.result != "holds"]
    if verified:
        reason = "every check of the answer holds"
    elif not answer.complete:
        reason = "not exact or not proven complete: " + (answer.notes[0] if answer.notes else "no proof")
    elif failed:
        reason = "not confirmed: " + "; ".join(failed[:3])
    else:
        reason = "no check of the answer was possible"
    certificate = Certificate(method=f"{request.task}: answer checked independently", checks=tuple(work.checks),
                              solver="sympy") if work.checks else None
    return MathResult(problem=problem, status="verified" if verified else "unverified", answer=answer.text,
                      answer_latex=answer.latex, steps=tuple(work.steps), verification=certificate, reason=reason,
                      task=request.task, level=level, value=answer.value, notes=notes)


# ---------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------


# the request fields each task honours; any other field set means the reading asked for something the task
# would silently ignore, so the computation refuses instead of answering a different question
_ROUNDING = frozenset({"decimal", "round_to", "significant"})
_FIELDS: dict[str, frozenset[str]] = {
    "solve": frozenset({"variable", "at", "domain", "select", "target"}) | _ROUNDING,
    "simplify": frozenset({"at"}) | _ROUNDING, "rationalize": frozenset(),
    "expand": frozenset({"at"}), "factor": frozenset({"at"}),
    "differentiate": frozenset({"variable", "order", "at", "target"}) | _ROUNDING,  # target: y of an implicit curve
    "integrate": frozenset({"variable", "lower", "upper"}) | _ROUNDING,
    "limit": frozenset({"variable", "point", "direction"}) | _ROUNDING,
    "evaluate": frozenset({"at", "base"}) | _ROUNDING, "series": _ROUNDING,
    "matrix_power": frozenset({"exponent"}), "matrix_product": frozenset(),
    "identity": frozenset({"variable", "target"}) | _ROUNDING,
    "minimum": frozenset({"variable", "domain", "lower", "upper"}) | _ROUNDING,
    "maximum": frozenset({"variable", "domain", "lower", "upper"}) | _ROUNDING,
    "dot": _ROUNDING, "distance": _ROUNDING,
    "cross": frozenset(), "slope": _ROUNDING, "midpoint": frozenset(),
    "congruence": frozenset({"variable"}), "statistics": _ROUNDING,
    "tangent_line": frozenset({"variable", "at"}), "vertex": frozenset({"variable"}),
    "axis_of_symmetry": frozenset({"variable"}), "complete_square": frozenset({"variable"}),
    "partial_fractions": frozenset({"variable"}), "coefficient": frozenset({"variable"}),
    "inverse_function": frozenset({"variable"}), "range": frozenset({"variable"}),
    "local_maximum": frozenset({"variable"}), "local_minimum": frozenset({"variable"}),
    "local_extrema": frozenset({"variable"}), "line_through": frozenset(),
    "solve_on_interval": frozenset({"variable", "lower", "upper", "ends", "degrees"}),
    "clock_time": frozenset({"clock"}), "time_between": frozenset({"clock"}),
    "area_to_axis": _ROUNDING | {"lower", "upper"},
    "piecewise_value": frozenset({"variable", "at"}) | _ROUNDING, "prime_factor_selection": frozenset({"select"}),
    "count_multiples": frozenset({"target"}), "is_solution": frozenset({"variable"}),
    "prime_neighbour": frozenset({"select"}), "primes_between": frozenset({"select"}), "better_buy": frozenset(),
}
_DEFAULTS = MathRequest(task="evaluate", items=())


def _check_fields(request: MathRequest) -> None:
    allowed = _FIELDS.get(request.task, frozenset())
    for name in ("variable", "lower", "upper", "point", "direction", "order", "exponent", "at", "domain", "select",
                 "target", "decimal", "round_to", "significant", "base", "ends", "degrees", "clock"):
        if getattr(request, name) != getattr(_DEFAULTS, name) and name not in allowed:
            raise Abstain(f"the request asks for '{name}', which the {request.task} task does not use", "ambiguous")


def _power_of_integers(text: str) -> Any:
    """`b**e` with whole numbers, kept unevaluated: a remainder of 3**2000 needs pow(3, 2000, m), not 3**2000."""
    import re

    sp = _sp()
    match = re.fullmatch(r"\(?(\d{1,50})\)?\*\*\(?(\d{1,400})\)?", text.replace(" ", ""))
    if match is None:
        return None
    return sp.Pow(sp.Integer(match.group(1)), sp.Integer(match.group(2)), evaluate=False)


def _bounds(request: MathRequest) -> tuple[Any, Any] | None:
    """A request's (lower, upper), parsed, or None when it gives none."""
    if request.lower is None or request.upper is None:
        return None
    return _expression(parse(request.lower), "a bound (a number, not an equation)"), \
        _expression(parse(request.upper), "a bound (a number, not an equation)")


def _expression(value: Any, what: str = "an expression") -> Any:
    sp = _sp()
    if not isinstance(value, sp.Expr):
        raise Abstain(f"expected {what}, got {display(value)}", "not_understood")
    return value


def _variable(request: MathRequest, expressions: list[Any], *, prefer_x: bool = True) -> Any:
    sp = _sp()
    if request.variable:
        symbol = parse(request.variable)
        if not isinstance(symbol, sp.Symbol):
            raise Abstain(f"{request.variable!r} is not a variable name", "not_understood")
        return symbol
    free: set[Any] = set()
    for e in expressions:
        free |= getattr(e, "free_symbols", set())
    if len(free) == 1:
        return next(iter(free))
    if not free:
        raise Abstain("there is no variable in it", "not_understood")
    names = {s.name: s for s in free}
    if prefer_x and "x" in names:
        return names["x"]
    raise Abstain(f"name the variable: the expression has {', '.join(sorted(names))}", "ambiguous")


def _substituted(request: MathRequest) -> dict[Any, Any]:
    sp = _sp()
    out = {}
    for name, value in request.at:
        symbol = parse(name)
        if not isinstance(symbol, sp.Symbol):
            raise Abstain(f"{name!r} is not a variable name", "not_understood")
        out[symbol] = parse(value)
    return out


def _expression_answer(value: Any, suffix: str = "") -> Answer:
    return Answer(display(value) + suffix, latex(value) + (r" + C" if suffix else ""),
                  {"kind": "expression", "expression": str(value), "constant": bool(suffix)})


def _at(value: Any, request: MathRequest, work: Work) -> Any:
    """Substitute the request's values into a result (derivative at a point, ...)."""
    sp = _sp()
    values = _substituted(request)
    if not values:
        return value
    result = sp.simplify(value.subs(values))
    where = ", ".join(f"{k} = {display(v)}" for k, v in values.items())
    work.equal(f"Substitute {where}", value.subs(values), result, role="key")
    return result


def _doit(value: Any) -> Any:
    """Evaluate unevaluated calculus inside a formula the task did not ask about (solve d/dx(x^2) = 4)."""
    sp = _sp()
    if isinstance(value, sp.Basic) and value.has(sp.Integral, sp.Derivative, sp.Limit, sp.Sum, sp.Product,
                                                 sp.Determinant):
        return value.doit()
    return value


# ---------------------------------------------------------------------------------------------------
# Tasks
# ---------------------------------------------------------------------------------------------------


def _solve(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    relations: list[Any] = []
    for value in objects:
        value = _doit(value)
        if isinstance(value, sp.And):
            relations.extend(value.args)
        elif isinstance(value, sp.core.relational.Relational):
            relations.append(value)
        elif isinstance(value, sp.Expr):
            relations.append(sp.Eq(value, 0))
        else:
            raise Abstain(f"cannot solve {display(value)}", "not_understood")
    if any(r in (sp.true, sp.false) for r in relations):
        raise Abstain("the equation has no variable (it is simply true or false)", "not_understood")
    values = _substituted(request)
    if values:
        relations = [r.subs(values) for r in relations]
    inequalities = [r for r in relations if not isinstance(r, sp.Equality)]
    if any(isinstance(r, sp.Unequality) for r in inequalities):
        raise Abstain("'≠' conditions are not solved here", "unsupported")
    if inequalities and len(inequalities) != len(relations):
        raise Abstain("equations mixed with conditions are not solved here", "unsupported")
    free = sorted(set().union(*(r.free_symbols for r in relations)), key=str)
    if inequalities:
        x = _variable(request, relations, prefer_x=False)
        if len(free) > 1:
            raise Abstain("inequalities are solved in one variable", "unsupported")
        solution = algebra.solve_inequality(relations, x, work)
        return _inequality_answer(solution, x, request, work)
    if len(relations) == 1:
        x = _variable(request, relations)
        roots, multiplicities, complete = algebra.solve_equation(relations[0], x, request, work)
        if request.target is not None:
            return _target_over_roots(x, roots, complete, request, work)
        return _roots_answer(x, roots, multiplicities, complete, request, work)
    symbols = [parse(v) for v in request.variable.split(",")] if request.variable and "," in request.variable \
        else free
    if len(symbols) > len(relations) + 2 or not symbols:
        raise Abstain("the system has more unknowns than it can determine", "unsupported")
    solutions, complete = algebra.solve_system(relations, symbols, work)
    return _system_answer(solutions, symbols, complete, request, work)


def _target_over_roots(x: Any, roots: list[Any], complete: bool, request: MathRequest, work: Work) -> Answer:
    """The asked expression (z^85 + 1/z^85) at every kept root: one value, or an abstention."""
    sp = _sp()
    target = _expression(parse(request.target or ""))
    if target.free_symbols - {x} or any(r.has(sp.Float) for r in roots) or request.select != "all":
        raise Abstain("the asked expression does not follow from the solutions alone", "ambiguous")
    kept = [r for r in roots if _keep(r, request.domain)]
    values: list[Any] = []
    for root in kept:
        value = sp.simplify(target.subs(x, root))
        number = numeric_value(value)
        if number is None:
            raise Abstain("the asked expression could not be evaluated at a solution", "unsupported")
        if not any(abs(number - numeric_value(v)) < 1e-20 for v in values):  # type: ignore[operator]
            values.append(value)
    if len(values) != 1:
        raise Abstain(f"{display(target)} takes {len(values)} values over the solutions", "ambiguous")
    value = values[0]
    if not exactly_zero(value - sp.nsimplify(value)):
        raise Abstain("the value has no simple exact form here", "no_closed_form")
    work.checked(f"{display(target)} at every solution", value, True, f"{display(target)} = {display(value)} for "
                 f"each of the {len(kept)} solutions", "evaluated", role="key")
    answer = _expression_answer(value)
    answer.complete = complete
    return answer


def _keep(root: Any, domain: str | None) -> bool:
    sp = _sp()
    if domain in (None, "complex"):
        return True
    number = numeric_value(root)
    if number is None:
        return False
    real = abs(number.imag) < 1e-20
    if not real:
        return False
    value = number.real
    integer = root.is_integer or (abs(value - round(value)) < 1e-20 and exactly_zero(root - sp.Integer(round(value))))
    return {"real": True, "integer": bool(integer), "positive": value > 0, "negative": value < 0,
            "nonnegative": value >= 0, "natural": bool(integer) and value > 0,
            "positive_integer": bool(integer) and value > 0}[domain]


def _smallest_first(roots: list[Any], multiplicities: list[int]) -> tuple[list[Any], list[int]]:
    """Roots in the order a textbook lists them (real ones first, each group by real part, then imaginary part),
    not the order SymPy's factors came in ("x = 3 or x = 2" reads as a slip); unchanged when a root has no
    numeric value."""
    numbers = [numeric_value(root) for root in roots]
    if any(number is None for number in numbers):
        return roots, multiplicities
    order = sorted(range(len(roots)), key=lambda i: (abs(numbers[i].imag) > 1e-20, numbers[i].real, numbers[i].imag))  # type: ignore[union-attr]
    return [roots[i] for i in order], [multiplicities[i] for i in order]


def _roots_answer(x: Any, roots: list[Any], multiplicities: list[int], complete: bool, request: MathRequest,
                  work: Work) -> Answer:
    sp = _sp()
    n = sp.Symbol("n", integer=True)
    periodic = any(r.has(n) for r in roots)
    if request.domain not in (None, "complex"):
        if periodic:
            raise Abstain("periodic solution families are not filtered by domain here", "unsupported")
        others = sorted({str(s) for r in roots for s in getattr(r, "free_symbols", ())})
        if others:  # "integer solutions of 2x + 3y = 7": x in terms of y is no number to test (it was 'no solution')
            raise Abstain(f"the solutions depend on {', '.join(others)}: {request.domain.replace('_', ' ')} solutions "
                          "of an equation in several unknowns are not found here", "unsupported")
        kept = [(r, m) for r, m in zip(roots, multiplicities) if _keep(r, request.domain)]
        if len(kept) != len(roots):
            work.say(f"Keep only the {request.domain.replace('_', ' ')} solutions", sp.FiniteSet(*[r for r, _ in kept]),
                     role="main")
        roots, multiplicities = [r for r, _ in kept], [m for _, m in kept]
    if not periodic:
        roots, multiplicities = _smallest_first(roots, multiplicities)
    if request.select != "all":
        if periodic:  # infinitely many solutions: counting or adding the families answers another question
            raise Abstain("the solutions form periodic families with infinitely many members: their "
                          f"{request.select.replace('_', ' ')} is not a number read here", "unsupported")
        return _selected(roots, request, work, complete)
    approximate = any(r.has(sp.Float) for r in roots)
    notes = [] if complete else ["some roots have no closed form in radicals: they are approximated to 30 digits"
                                 if approximate else "the other letters were treated as constants"]
    if periodic:
        text = " or ".join(f"{x} = {display(r)}" for r in roots) + " (n any integer)"
        value: dict[str, Any] = {"kind": "families", "variable": str(x), "values": [str(r) for r in roots]}
    else:
        text = algebra.values_text(x, roots, multiplicities)
        value = {"kind": "solutions", "variable": str(x), "values": [str(r) for r in roots],
                 "multiplicities": list(multiplicities)}
        if approximate:
            value["approximate"] = True
    return Answer(text, algebra.latex_values(x, roots), value, complete, notes)


def _selected(roots: list[Any], request: MathRequest, work: Work, complete: bool) -> Answer:
    sp = _sp()
    distinct: list[Any] = []
    for root in roots:
        if not any(exactly_zero(root - d) for d in distinct):
            distinct.append(root)
    select = request.select
    if select == "only":
        if len(distinct) != 1:
            raise Abstain(f"the question expects one value but there are {len(distinct)}", "ambiguous")
        value = distinct[0]
    elif select == "count":
        value = sp.Integer(len(distinct))
    elif select == "sum":
        value = sp.simplify(sp.Add(*distinct))
    elif select == "product":
        value = sp.simplify(sp.Mul(*distinct))
    elif select in ("largest", "smallest"):
        reals = [r for r in distinct if _keep(r, "real")]
        if not reals:
            raise Abstain("there is no real solution to compare", "not_understood")
        def key(root: Any) -> float:
            return float(sp.N(root))

        value = max(reals, key=key) if select == "largest" else min(reals, key=key)
    elif select == "positive_difference":
        if len(distinct) != 2:
            raise Abstain(f"a difference needs two solutions, there are {len(distinct)}", "ambiguous")
        value = sp.simplify(sp.Abs(distinct[0] - distinct[1]))
    else:
        raise Abstain(f"unknown selection {select}", "not_understood")
    work.checked(f"Take the {select.replace('_', ' ')} of the solutions {display(sp.FiniteSet(*distinct))}", value,
                 True, f"{select} of {display(sp.FiniteSet(*distinct))} = {display(value)}", "computed", role="key")
    answer = _expression_answer(value)
    answer.complete = complete
    return answer


def _inequality_answer(solution: Any, x: Any, request: MathRequest, work: Work) -> Answer:
    sp = _sp()
    if request.domain in ("integer", "natural", "positive_integer") or request.select != "all":
        integers = _integer_points(solution)
        if request.domain in ("natural", "positive_integer"):
            integers = [i for i in integers if i > 0]
        if request.select == "only":
            if len(integers) != 1:
                raise Abstain(f"the question expects one whole number but {len(integers)} satisfy it", "ambiguous")
            work.checked(f"The only whole number in {algebra.interval_text(solution, x)}", sp.Integer(integers[0]),
                         True, f"{integers[0]} is the only integer in the set", "enumerated", role="key")
            return _expression_answer(sp.Integer(integers[0]))
        if request.select == "count":
            work.checked("Count the whole numbers in the set", sp.Integer(len(integers)), True,
                         f"{len(integers)} integers", "enumerated", role="key")
            return _expression_answer(sp.Integer(len(integers)))
        if request.select in ("largest", "smallest") and integers:
            chosen = max(integers) if request.select == "largest" else min(integers)
            return _expression_answer(sp.Integer(chosen))
        if request.select in ("largest", "smallest"):
            return _expression_answer(_extreme_integer(solution, request, work))
        if request.select == "sum":
            return _expression_answer(sp.Integer(sum(integers)))
        raise Abstain("that selection of whole-number solutions is not supported", "unsupported")
    return Answer(algebra.interval_text(solution, x), sp.latex(solution), algebra.intervals_value(solution))


def _extreme_integer(solution: Any, request: MathRequest, work: Work) -> Any:
    """The smallest (largest) whole number of a real set bounded on that side."""
    sp = _sp()
    if request.domain in ("natural", "positive_integer"):
        solution = sp.Intersection(solution, sp.Interval.open(0, sp.oo))
    end = solution.inf if request.select == "smallest" else solution.sup
    if not end.is_finite:
        raise Abstain(f"there is no {request.select} whole number: the set is unbounded", "ambiguous")
    start = int(sp.floor(end)) if request.select == "smallest" else int(sp.ceiling(end))
    step = 1 if request.select == "smallest" else -1
    for candidate in range(start, start + 3 * step, step):
        if solution.contains(candidate) == sp.true:
            beyond = candidate - step
            holds = solution.contains(beyond) == sp.false
            work.checked(f"The {request.select} whole number in the set", sp.Integer(candidate), holds,
                         f"{candidate} is in the set and {beyond} is not", "membership", role="key")
            work.verify(f"{candidate} satisfies the inequality and {beyond} does not", holds, "membership")
            return sp.Integer(candidate)
    raise Abstain(f"no {request.select} whole number was found near {display(end)}", "unsupported")


def _integer_points(solution: Any) -> list[int]:
    sp = _sp()
    low, high = solution.inf, solution.sup
    if not (low.is_finite and high.is_finite) or high - low > 10**5:
        if not (low.is_finite and high.is_finite):
            return []
        raise Abstain("infinitely (or too) many whole numbers satisfy it", "ambiguous")
    return [i for i in range(int(sp.floor(low)), int(sp.ceiling(high)) + 1) if solution.contains(i) == sp.true]


def _system_answer(solutions: list[dict[Any, Any]], symbols: list[Any], complete: bool, request: MathRequest,
                   work: Work) -> Answer:
    sp = _sp()
    if request.domain not in (None, "complex"):
        solutions = [s for s in solutions if all(_keep(v, request.domain) for v in s.values())]
        work.say(f"Keep the {request.domain} solutions", role="main")
    if request.target is not None:
        target = parse(request.target)
        values: list[Any] = []
        for solution in solutions:
            value = sp.simplify(target.subs(solution))
            if not any(exactly_zero(value - v) for v in values):
                values.append(value)
        if len(values) != 1:
            raise Abstain(f"{display(target)} takes {len(values)} values over the solutions", "ambiguous")
        work.equal(f"Compute {display(target)}", target.subs(solutions[0]), values[0], role="key")
        answer = _expression_answer(values[0])
        answer.complete = complete
        return answer
    if request.select == "numbers":
        return _numbers_answer(solutions, symbols, complete)
    if not solutions:
        return Answer("no solution", r"\varnothing", {"kind": "none"}, complete)
    text = " or ".join("(" + ", ".join(f"{s} = {display(sol[s])}" for s in symbols) + ")" for sol in solutions)
    if len(solutions) == 1:
        text = text[1:-1]
    tex = r"\ \text{or}\ ".join(", ".join(f"{latex(s)} = {latex(sol[s])}" for s in symbols) for sol in solutions)
    value = {"kind": "systems", "variables": [str(s) for s in symbols],
             "solutions": [{str(s): str(sol[s]) for s in symbols} for sol in solutions]}
    return Answer(text, tex, value, complete)


def _numbers_answer(solutions: list[dict[Any, Any]], symbols: list[Any], complete: bool) -> Answer:
    """The one solution of a word problem's system as the list of numbers asked for, in the unknowns' order."""
    if not complete or len(solutions) != 1:
        raise Abstain(f"the numbers are not determined: the system has {len(solutions)} solutions found", "ambiguous")
    numbers = [solutions[0][s] for s in symbols]
    names = ", ".join(str(s) for s in symbols)
    text = ", ".join(f"{s} = {display(n)}" for s, n in zip(symbols, numbers))
    tex = r",\ ".join(f"{latex(s)} = {latex(n)}" for s, n in zip(symbols, numbers))
    value = {"kind": "solutions", "variable": names, "values": [str(n) for n in numbers]}
    return Answer(text, tex, value, complete)


def _rewrite(operation: Any) -> Any:
    def handler(request: MathRequest, objects: list[Any], work: Work) -> Answer:
        sp = _sp()
        value = _doit(objects[0])
        if operation is algebra.factor and getattr(value, "is_Integer", False):
            return _prime_factorization(request, [value], work)  # "factor 360": into primes
        if isinstance(value, sp.Equality) and operation is not algebra.simplify:
            raise Abstain("this rewrites an expression, not an equation", "not_understood")
        if isinstance(value, sp.core.relational.Relational):
            left, right = operation(value.lhs, work), operation(value.rhs, work)
            result = value.func(left, right, evaluate=False)
            return Answer(display(result), latex(result), {"kind": "relation", "relation": str(result)})
        result = operation(_expression(value), work)
        if request.at:
            result = _at(result, request, work)
        return _expression_answer(result)
    return handler


def _differentiate(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    value = objects[0]
    order = request.order
    if isinstance(value, sp.Derivative):
        (x, order), = value.variable_count
        body = value.expr
    elif isinstance(value, sp.Eq) and request.target is not None and order == 1 and not request.at:
        from agentlib.mathsolve.implicit import implicit_derivative

        x, y = sp.Symbol(request.variable or "x"), sp.Symbol(request.target)
        return _expression_answer(implicit_derivative(value, x, y, work))
    else:
        body = _expression(value)
        x = _variable(request, [body])
    result = calculus.differentiate(_doit(body), x, int(order), work)
    if request.at:
        result = _at(result, request, work)
    return _expression_answer(result)


def _integrate(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    value = objects[0]
    if isinstance(value, sp.Integral):
        if len(value.limits) != 1:
            raise Abstain("one integral at a time", "unsupported")
        limits = value.limits[0]
        body, x = value.function, limits[0]
        bounds = limits[1:] if len(limits) == 3 else None
    else:
        body = _expression(value)
        x = _variable(request, [body])
        bounds = _bounds(request)  # numbers, never an equation ("x = 0" is read as 0 by the reader)
    if bounds is None:
        result = calculus.antiderivative(body, x, work)
        return _expression_answer(result, " + C")
    result = calculus.definite_integral(body, x, bounds[0], bounds[1], work)
    return _expression_answer(result)


def _limit(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    value = objects[0]
    if isinstance(value, sp.Limit):
        body, x, point, direction = value.args
        direction = str(direction)
    else:
        body = _expression(value)
        x = _variable(request, [body])
        if request.point is None:
            raise Abstain("a limit needs the point the variable approaches", "not_understood")
        point, direction = parse(request.point), request.direction
    result = calculus.limit(_doit(body), x, point, direction, work)
    if result is None:
        return Answer("does not exist (the one-sided limits differ)", r"\text{does not exist}",
                      {"kind": "text", "text": "does not exist"})
    return _expression_answer(result)


def _series(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    value = objects[0]
    if not isinstance(value, (sp.Sum, sp.Product)) or len(value.limits) != 1:
        raise Abstain("write the sum or product with its index and bounds, e.g. sum_{k=1}^{n} k^2", "not_understood")
    return _expression_answer(calculus.series(value, work))


def _evaluate(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    value = objects[0]
    if isinstance(value, sp.MatrixBase):
        raise Abstain("say what to compute with the matrix (determinant, inverse, eigenvalues, ...)", "ambiguous")
    if isinstance(value, sp.core.relational.Relational):
        raise Abstain("this is an equation or inequality: say what to do with it", "ambiguous")
    values = _substituted(request)
    if values:
        where = ", ".join(f"{k} = {display(v)}" for k, v in values.items())
        substituted = value.subs(values)
        work.equal(f"Substitute {where}", substituted, substituted, role="main")
        value = substituted
    if isinstance(value, (sp.Sum, sp.Product)):
        return _expression_answer(calculus.series(value, work))
    if isinstance(value, (tuple, sp.Tuple)):
        if not any(_written_as_a_list(item, len(value)) for item in request.items):
            written = request.shown[0] if request.shown else request.items[0]
            raise Abstain(f"in {written!r} a list or point stands inside arithmetic (or are its commas decimal "
                          "commas?): write decimals with a point, or say what to do with the list", "ambiguous")
        return _evaluated_values(list(value), work)
    value = _expression(_doit(value))
    refuse_odd_roots_of_negatives(value)
    if value.free_symbols:
        raise Abstain(f"the expression still has {', '.join(sorted(map(str, value.free_symbols)))}: give their "
                      "values or ask to simplify", "ambiguous")
    result = numbers.evaluate(value, work)
    if request.base is not None and request.base != 10:
        return _in_base(result, request.base, work)
    return _as_written(result, request, work) or _expression_answer(result)


def _written_as_a_list(formula: str, count: int) -> bool:
    """`formula` is a list of `count` items as written, "1, 2" or "(1, 2)": never a list that arithmetic joined,
    repeated or cut ("(2, 5 + 1, 5)*2", which Python's tuples would repeat twice)."""
    text = formula.strip()
    if text.startswith(("(", "[")) and _closing_bracket(text, 0) == len(text) - 1:
        text = text[1:-1]
    depth, commas = 0, 0
    for ch in text:
        depth += ch in "([{"
        depth -= ch in ")]}"
        commas += ch == "," and depth == 0
    return commas == count - 1


def _closing_bracket(text: str, start: int) -> int:
    depth = 0
    for index in range(start, len(text)):
        depth += text[index] in "([{"
        depth -= text[index] in ")]}"
        if depth == 0:
            return index
    return -1


def _as_written(value: Any, request: MathRequest, work: Work) -> Answer | None:
    """Decimals in, a decimal out (see `decimal_inputs`), checked by reading the decimal back as the value."""
    text = as_decimal(value) if written_in_decimals(request.shown) and not request.fraction else None
    if text is None:
        return None
    work.checked("As a decimal", text, parse(text) == value, f"{display(value)} = {text}", "exact decimal",
                 role="key")
    return Answer(text, text, {"kind": "expression", "expression": text, "decimal": True})


_MOST_VALUES = 12
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth")


def _evaluated_values(values: list[Any], work: Work) -> Answer:
    """Several numbers asked at once (both shares of a ratio): each evaluated and checked like one number."""
    if not 2 <= len(values) <= _MOST_VALUES:
        raise Abstain(f"between 2 and {_MOST_VALUES} values can be evaluated at once", "unsupported")
    results = []
    for value in values:
        value = _expression(_doit(value))
        refuse_odd_roots_of_negatives(value)
        if value.free_symbols:
            raise Abstain(f"a value still has {', '.join(sorted(map(str, value.free_symbols)))}", "ambiguous")
        results.append(numbers.evaluate(value, work))
    return Answer(", ".join(display(r) for r in results), r",\ ".join(latex(r) for r in results),
                  {"kind": "values", "values": [str(r) for r in results], "names": list(_ORDINALS[:len(results)])})


def _in_base(value: Any, base: int, work: Work) -> Answer:
    """A whole number written in `base`; the machine value stays the number (so 10110_2 compares as 22)."""
    if not value.is_Integer or value < 0:
        raise Abstain(f"only whole numbers are written in base {base} here", "unsupported")
    number, digits = int(value), ""
    while True:
        number, digit = divmod(number, base)
        digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[digit] + digits
        if number == 0:
            break
    work.verify(f"{digits} in base {base} is {int(value)}", int(digits, base) == int(value), "read back")
    answer = _expression_answer(value)
    answer.text, answer.latex = f"{digits}_{base}", f"{digits}_{{{base}}}"
    return answer


def _matrix_task(name: str) -> Any:
    def handler(request: MathRequest, objects: list[Any], work: Work) -> Answer:
        sp = _sp()
        m = objects[0]
        if isinstance(m, sp.Determinant):
            m = m.arg
        if name == "determinant":
            result = matrices.determinant(m, work)
            return _expression_answer(result)
        if name == "inverse":
            result = matrices.inverse(m, work)
            if result is None:
                return Answer("the matrix has no inverse (its determinant is 0)", r"\text{singular}",
                              {"kind": "text", "text": "singular"})
            return _matrix_answer(result)
        if name == "eigenvalues":
            found = matrices.eigenvalues(m, work)
            parts = [f"{display(v)}" + (f" (multiplicity {c})" if c > 1 else "") for v, c in found.items()]
            return Answer("λ = " + ", ".join(parts), ", ".join(latex(v) for v in found),
                          {"kind": "values", "values": [str(v) for v in found],
                           "multiplicities": [int(c) for c in found.values()]})
        if name == "eigenvectors":
            pairs = matrices.eigenvectors(m, work)
            text = "; ".join(f"λ = {display(v)}: " + ", ".join(display(vec.T) for vec in vectors)
                             for v, _, vectors in pairs)
            return Answer(text, "", {"kind": "eigenvectors", "pairs": [
                {"value": str(v), "vectors": [[str(e) for e in vec] for vec in vectors]} for v, _, vectors in pairs]})
        if name == "rank":
            return _expression_answer(sp.Integer(matrices.rank(m, work)))
        if name == "transpose":
            return _matrix_answer(matrices.transpose(m, work))
        if name == "matrix_power":
            exponent = parse(request.exponent or "n")
            return _matrix_answer(matrices.power(m, exponent, work))
        raise Abstain(f"unknown matrix task {name}", "not_understood")
    return handler


def _matrix_answer(m: Any) -> Answer:
    return Answer(display(m), latex(m), {"kind": "matrix", "rows": [[str(m[i, j]) for j in range(m.cols)]
                                                                     for i in range(m.rows)]})


def _whole_numbers(objects: list[Any]) -> list[int]:
    sp = _sp()
    if not all(isinstance(o, sp.Integer) for o in objects):
        raise Abstain("a clock time and a duration are whole numbers of minutes", "not_understood")
    return [int(o) for o in objects]


def _gcd(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    return _expression_answer(numbers.gcd(_flat(objects), work))


def _lcm(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    return _expression_answer(numbers.lcm(_flat(objects), work))


def _flat(objects: list[Any]) -> list[Any]:
    values: list[Any] = []
    for value in objects:
        values.extend(value if isinstance(value, tuple) else [value])
    if len(values) < 2:
        raise Abstain("this needs at least two numbers", "not_understood")
    return [_expression(v) for v in values]


def _gcd_lcm(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    values = _flat(objects)
    g, m = numbers.gcd(values, work), numbers.lcm(values, work)
    return Answer(f"gcd = {display(g)}, lcm = {display(m)}", rf"\gcd = {latex(g)},\ \operatorname{{lcm}} = {latex(m)}",
                  {"kind": "values", "values": [str(g), str(m)], "names": ["gcd", "lcm"]})


def _is_prime(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    (n,) = numbers._integers([_expression(objects[0])], "a primality test")
    if n < 2:
        work.verify(f"{n} is below 2, so it is not prime", True, "definition")
        return Answer(f"no: {n} is not prime", r"\text{not prime}", {"kind": "text", "text": "not prime"})
    if n > 10**30:
        raise Abstain("primality is tested for numbers up to 10^30 here", "too_large")
    factor = next((p for p in range(2, min(math.isqrt(n), 10**6) + 1) if n % p == 0), None)
    if factor is not None:
        work.checked(f"{n} = {factor} · {n // factor}", sp.Integer(factor), True, f"{factor} divides {n}", "exact",
                     role="key")
        work.verify(f"{factor} divides {n}", n % factor == 0, "exact")
        return Answer(f"no: {n} = {factor} · {n // factor}", r"\text{not prime}", {"kind": "text", "text": "not prime"})
    trial = math.isqrt(n) <= 10**6
    work.verify(f"no number from 2 to {math.isqrt(n)} divides {n}" if trial else "SymPy's primality test",
                trial or bool(sp.isprime(n)), "trial division" if trial else "Miller-Rabin / BPSW")
    work.verify("SymPy's primality test agrees", bool(sp.isprime(n)), "isprime")
    return Answer(f"yes: {n} is prime", r"\text{prime}", {"kind": "text", "text": "prime"})


def _prime_factorization(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    value = _expression(objects[0])
    factors = numbers.prime_factorization(value, work)
    shown = " · ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(factors.items()))
    tex = r" \cdot ".join(f"{p}^{{{e}}}" if e > 1 else str(p) for p, e in sorted(factors.items()))
    return Answer(f"{display(value)} = {shown}", f"{latex(value)} = {tex}",
                  {"kind": "factorization", "factors": {str(p): e for p, e in factors.items()}})


def _remainder(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    if len(objects) != 2:
        raise Abstain("a remainder needs a number and what it is divided by", "not_understood")
    dividend, modulus = objects
    power = None
    if isinstance(dividend, sp.Pow) and dividend.base.is_Integer and dividend.exp.is_Integer:
        power = (dividend.base, dividend.exp)
    return _expression_answer(numbers.remainder(_expression(dividend), _expression(modulus), work, power))


def _quotient_remainder(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """"17 divided by 5 with remainder": 3 remainder 2, for a whole dividend >= 0 and a divisor > 0 (with a sign,
    conventions differ on which way the quotient rounds, so none is chosen)."""
    if len(objects) != 2:
        raise Abstain("a division with remainder needs a number and what it is divided by", "not_understood")
    dividend, divisor = (_expression(o) for o in objects)
    n, m = numbers._integers([dividend, divisor], "a division with remainder")
    if n < 0 or m <= 0:
        raise Abstain("with a negative number the quotient may round either way: give the convention",
                      "ambiguous")
    remainder = int(numbers.remainder(dividend, divisor, work))
    quotient = (n - remainder) // m
    return Answer(f"quotient {quotient}, remainder {remainder}", rf"{quotient} \text{{ remainder }} {remainder}",
                  {"kind": "values", "values": [str(quotient), str(remainder)], "names": ["quotient", "remainder"]})


def _divisors(total: bool) -> Any:
    def handler(request: MathRequest, objects: list[Any], work: Work) -> Answer:
        return _expression_answer(numbers.divisors(_expression(objects[0]), work, total=total))
    return handler


def _line_feature(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """The slope, y-intercept or x-intercept of a line a·x + b·y = c (`line_features.py`)."""
    sp = _sp()
    relation = objects[0]
    if not isinstance(relation, sp.Equality):
        raise Abstain("a line is given by an equation in x and y", "not_understood")
    x, y = sp.Symbol("x"), sp.Symbol("y")
    difference = sp.expand(relation.lhs - relation.rhs)
    if difference.free_symbols - {x, y} or not difference.free_symbols:
        raise Abstain("a line's equation has x and y and no other letter", "not_understood")
    poly = sp.Poly(difference, x, y)
    if poly.total_degree() != 1:
        raise Abstain("the equation is not a straight line", "not_understood")
    a, b, c = poly.coeff_monomial(x), poly.coeff_monomial(y), -poly.coeff_monomial(1)
    feature = request.measures[0] if request.measures else "slope"
    if feature in ("slope", "y_intercept") and b == 0:
        raise Abstain(f"the line is vertical (x = {display(c / a)}): it has no {feature.replace('_', '-')}",
                      "not_understood")
    if feature == "x_intercept" and a == 0:
        raise Abstain("the line is horizontal: it never crosses the x-axis (or is the x-axis)", "not_understood")
    value = {"slope": -a / b if b != 0 else None, "y_intercept": c / b if b != 0 else None,
             "x_intercept": c / a if a != 0 else None}[feature]
    if b != 0:
        line = (c - a * x) / b
        work.equal("Solve for y", line, sp.expand(line), shown=sp.Eq(y, sp.expand(line)), role="main",
                   explanation="In y = m·x + k, m is the slope and k the y-intercept.")
        first, second = line.subs(x, 0), line.subs(x, 1)
        on_line = exactly_zero(difference.subs({x: 0, y: first})) and exactly_zero(difference.subs({x: 1, y: second}))
        work.verify("two points of the line, (0, y0) and (1, y1), satisfy the equation", on_line, "exact")
        if feature == "slope":
            work.verify("rise over run between them is the slope", exactly_zero(second - first - value), "exact")
        if feature == "y_intercept":
            work.verify("the line crosses x = 0 at this y", exactly_zero(first - value), "exact")
    if feature == "x_intercept":
        work.verify("the line crosses y = 0 at this x", exactly_zero(difference.subs({x: value, y: 0})), "exact")
    return _expression_answer(sp.nsimplify(value))


def _scientific_form(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """"write 45000 in scientific notation": the number as m × 10^k."""
    value = _expression(objects[0])
    if not value.is_Rational:
        raise Abstain("scientific notation is written here for a number typed exactly", "unsupported")
    return scientific_form(Fraction(int(value.p), int(value.q)), work)


def _divisor_list(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """"12의 약수는?", "the divisors of 12": every positive divisor, in order."""
    found = numbers.divisor_list(_expression(objects[0]), work)
    return Answer(", ".join(map(str, found)), r",\ ".join(map(str, found)),
                  {"kind": "values", "values": [str(d) for d in found]})


def _congruence(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    if len(objects) != 2 or not isinstance(objects[0], sp.Equality):
        raise Abstain("a congruence is a·x ≡ b (mod m)", "not_understood")
    relation, modulus = objects
    x = _variable(request, [relation])
    difference = sp.expand(relation.lhs - relation.rhs)
    poly = sp.Poly(difference, x)
    if poly.degree() != 1:
        raise Abstain("only linear congruences are solved here", "unsupported")
    a, c = poly.all_coeffs()
    solutions = numbers.congruence(a, -c, modulus, work)
    m = int(modulus)
    text = "no solution" if not solutions else f"{x} ≡ " + ", ".join(map(str, solutions)) + f" (mod {m})"
    return Answer(text, "", {"kind": "residues", "modulus": m, "values": solutions})


def _domain(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    body = _expression(objects[0])
    x = _variable(request, [body])
    real = sp.Symbol(x.name, real=True)
    function = body.subs(x, real)
    domain = sp.calculus.util.continuous_domain(function, real, sp.S.Reals)
    inside = outside = 0
    for t in [sp.Rational(k, 7) for k in range(-140, 141, 3)]:
        value = numeric_value(function.subs(real, t))
        defined = value is not None and abs(value.imag) < 1e-20
        member = domain.contains(t) == sp.true
        if defined != member:
            work.verify(f"{x} = {t}: defined = {defined} but in the domain = {member}", False, "spot check")
            break
        inside += member
        outside += not member
    else:
        work.verify(f"at {inside + outside} points from -20 to 20 the function is defined exactly inside the domain",
                    True, "spot checks")
    return Answer(algebra.interval_text(domain, x), sp.latex(domain), algebra.intervals_value(domain))


def _identity(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """Constants that make an identity hold for every x, then the asked expression of them."""
    sp = _sp()
    relation = objects[0]
    if not isinstance(relation, sp.Equality) or request.target is None:
        raise Abstain("an identity needs an equation and the expression asked for", "not_understood")
    target = _expression(parse(request.target))
    free = relation.free_symbols
    x = parse(request.variable) if request.variable else next((s for s in free if s.name in ("x", "theta", "t")),
                                                               None)
    if x is None:
        raise Abstain("which letter is the variable of the identity?", "ambiguous")
    unknowns = sorted(free - {x}, key=str)
    if not unknowns or not target.free_symbols <= set(unknowns):
        raise Abstain("the asked expression is not made of the identity's constants", "not_understood")
    difference = sp.expand(relation.lhs - relation.rhs)
    if difference.is_polynomial(x):
        equations = sp.Poly(difference, x).coeffs()
        work.say(f"Match the coefficients of each power of {x}", role="main",
                 explanation="Two polynomials are equal for every x exactly when their coefficients are.")
        solutions = sp.solve(equations, unknowns, dict=True)
    else:
        solutions = _identity_numeric(difference, x, unknowns)
        work.say(f"Evaluate both sides at {len(unknowns) + 2} values of {x} and solve for the constants", role="main")
    if len(solutions) != 1 or len(solutions[0]) != len(unknowns):
        raise Abstain("the constants are not determined uniquely", "ambiguous")
    values = solutions[0]
    work.checked("The constants", ", ".join(f"{k} = {display(v)}" for k, v in values.items()), True,
                 "solved", "linear system", role="main")
    check = same(relation.lhs, relation.rhs.subs(values))
    work.verify(f"with these constants the identity holds for every {x}", check.holds, check.how)
    result = sp.simplify(target.subs(values))
    work.equal(f"Compute {display(target)}", target.subs(values), result, role="key")
    return _expression_answer(result)


def _identity_numeric(difference: Any, x: Any, unknowns: list[Any]) -> list[dict[Any, Any]]:
    """Constants of a non-polynomial identity that is linear in them: sample x, solve, round to exact values."""
    sp = _sp()
    if any(sp.diff(difference, u, 2) != 0 for u in unknowns):
        raise Abstain("only identities linear in the constants are solved this way", "unsupported")
    points = [sp.Rational(3 * k + 1, 11) for k in range(len(unknowns) + 2)]

    def value(expression: Any) -> Any:
        number = sp.N(expression, 50)
        if number.free_symbols or not number.is_real:
            raise Abstain("the identity could not be evaluated as real numbers", "unsupported")
        return number

    matrix = sp.Matrix([[value(sp.diff(difference, u).subs(x, p)) for u in unknowns] for p in points])
    vector = sp.Matrix([value(-difference.subs({u: 0 for u in unknowns}).subs(x, p)) for p in points])
    try:
        solution = (matrix.T * matrix).solve(matrix.T * vector)
    except Exception:
        raise Abstain("the constants are not determined uniquely", "ambiguous") from None
    from fractions import Fraction

    exact = []
    for value in solution:
        fraction = Fraction(str(sp.N(value, 30))).limit_denominator(10**6)
        if abs(sp.Rational(fraction.numerator, fraction.denominator) - value) > sp.Float("1e-20"):
            raise Abstain("the constants are not simple fractions (found numerically)", "no_closed_form")
        exact.append(sp.Rational(fraction.numerator, fraction.denominator))
    return [dict(zip(unknowns, exact))]


def _arrangements(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    import itertools
    import math as pymath

    sp = _sp()
    word = request.shown[0]
    counts: dict[str, int] = {}
    for letter in word:
        counts[letter] = counts.get(letter, 0) + 1
    denominator = 1
    for count in counts.values():
        denominator *= pymath.factorial(count)
    result = pymath.factorial(len(word)) // denominator
    repeated = ", ".join(f"{k} {v} times" for k, v in counts.items() if v > 1)
    work.say(f"{len(word)} letters" + (f"; {repeated}" if repeated else ", all different"), role="main",
             explanation="Arrangements of n letters divided by the orders of each repeated letter among itself.")
    work.equal(f"{len(word)}! / ({' · '.join(f'{v}!' for v in counts.values() if v > 1) or '1'})",
               sp.Integer(pymath.factorial(len(word))) / denominator, sp.Integer(result), role="key")
    if len(word) <= 8:
        listed = len(set(itertools.permutations(word)))
        work.verify(f"listing every arrangement gives {listed}", listed == result, "enumerated")
    else:
        remaining, product = len(word), 1
        for count in counts.values():
            product *= pymath.comb(remaining, count)
            remaining -= count
        work.verify("choosing positions letter by letter gives the same count", product == result,
                    "product of binomial coefficients")
    return _expression_answer(sp.Integer(result))


def _pair(objects: list[Any], what: str) -> tuple[list[Any], list[Any]]:
    sp = _sp()
    vectors = []
    for value in objects:
        if isinstance(value, sp.MatrixBase):
            vectors.append(list(value))
        elif isinstance(value, tuple):
            vectors.append(list(value))
        else:
            raise Abstain(f"the {what} needs two vectors or points", "not_understood")
    if len(vectors) != 2 or len(vectors[0]) != len(vectors[1]):
        raise Abstain(f"the {what} needs two vectors of the same size", "not_understood")
    return vectors[0], vectors[1]


def _dot(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    u, v = _pair(objects, "dot product")
    terms = [a * b for a, b in zip(u, v)]
    result = sp.simplify(sp.Add(*terms))
    work.equal("Multiply matching entries and add", sp.Add(*terms), result,
               shown=" + ".join(f"({display(a)})({display(b)})" for a, b in zip(u, v)), role="main")
    second = (sp.Matrix(u).T * sp.Matrix(v))[0]
    work.verify("uᵀv as a matrix product gives the same number", exactly_zero(second - result), "exact")
    return _expression_answer(result)


def _cross(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    u, v = _pair(objects, "cross product")
    if len(u) != 3:
        raise Abstain("the cross product takes two vectors of 3 entries", "not_understood")
    a, b = sp.Matrix(u), sp.Matrix(v)
    result = a.cross(b).applyfunc(sp.simplify)
    work.say("u × v = (u2v3 - u3v2, u3v1 - u1v3, u1v2 - u2v1)", role="main")
    orthogonal = exactly_zero(result.dot(a)) and exactly_zero(result.dot(b))
    length = exactly_zero(result.dot(result) - (a.dot(a) * b.dot(b) - a.dot(b) ** 2))
    work.verify("the result is perpendicular to both vectors", orthogonal, "dot products are 0")
    work.verify("|u × v|² = |u|²|v|² - (u·v)²", length, "Lagrange's identity")
    return _matrix_answer(result)


def _slope(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    p, q = _pair(objects, "slope")
    if len(p) != 2:
        raise Abstain("a slope takes two points (x, y)", "not_understood")
    if exactly_zero(q[0] - p[0]):
        raise Abstain("the line is vertical: its slope is undefined", "not_understood")
    slope = sp.simplify((q[1] - p[1]) / (q[0] - p[0]))
    work.equal("Slope = (y2 - y1) / (x2 - x1)", (q[1] - p[1]) / (q[0] - p[0]), slope, role="main")
    work.verify("the line through the first point with this slope passes through the second",
                exactly_zero(p[1] + slope * (q[0] - p[0]) - q[1]), "exact")
    return _expression_answer(slope)


def _midpoint(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    p, q = _pair(objects, "midpoint")
    middle = tuple(sp.simplify((a + b) / 2) for a, b in zip(p, q))
    squared = [sp.Add(*[(m - a) ** 2 for m, a in zip(middle, point)]) for point in (p, q)]
    work.verify("the midpoint is equally far from both ends", exactly_zero(squared[0] - squared[1]), "exact")
    work.verify("it lies on the segment (the average of the ends)", all(exactly_zero(2 * m - a - b) for m, a, b in
                                                                        zip(middle, p, q)), "exact")
    text = "(" + ", ".join(display(m) for m in middle) + ")"
    return Answer(text, latex(middle), {"kind": "expression", "expression": "(" + ", ".join(str(m) for m in middle)
                                        + ")"})


def _distance(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    p, q = _pair(objects, "distance")
    squares = sp.Add(*[(a - b) ** 2 for a, b in zip(p, q)])
    result = sp.sqrt(squares)
    work.equal("Distance formula sqrt(Δx² + Δy² + ...)", sp.sqrt(squares), result,
               shown=f"sqrt({' + '.join(f'({display(a)} - {display(b)})^2' for a, b in zip(p, q))})", role="main")
    number = numeric_value(result)
    direct = sum(abs(complex(sp.N(a - b, 30))) ** 2 for a, b in zip(p, q)) ** 0.5
    work.verify("the distance agrees numerically", number is not None and abs(number - direct) < 1e-9,
                f"≈ {direct:.12g}")
    return _expression_answer(result)


def _extremum(kind: str) -> Any:
    def handler(request: MathRequest, objects: list[Any], work: Work) -> Answer:
        sp = _sp()
        body = _expression(objects[0])
        x = _variable(request, [body], prefer_x=False)
        if len(body.free_symbols) != 1:
            raise Abstain(f"the {kind} of a function of several variables is not found here", "unsupported")
        domain = {None: sp.S.Reals, "real": sp.S.Reals, "positive": sp.Interval.open(0, sp.oo),
                  "negative": sp.Interval.open(-sp.oo, 0), "nonnegative": sp.Interval(0, sp.oo)}.get(request.domain)
        if domain is None:
            raise Abstain(f"the {kind} over {request.domain} numbers is not found here", "unsupported")
        if request.lower is not None:
            domain = sp.Intersection(domain, sp.Interval(parse(request.lower), parse(request.upper or "oo")))
        return _expression_answer(calculus.extremum(body, x, domain, kind, work))
    return handler


def _statistics(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    sp = _sp()
    values = [_expression(v, "a number") for v in objects]
    if not all(v.is_Rational for v in values):
        raise Abstain("statistics are computed here of listed numbers only", "not_understood")
    return statistics.describe([sp.Rational(v) for v in values], request.measures, work)


def _of_one_function(feature: Any) -> Any:
    """A handler for `feature(f, x, work)` of the request's one function f of x."""
    def handler(request: MathRequest, objects: list[Any], work: Work) -> Answer:
        if len(objects) != 1:
            raise Abstain("one function at a time", "ambiguous")
        body = _expression(objects[0])
        return feature(body, _variable(request, [body]), work)
    return handler


def _tangent_line(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """The tangent at x = a (`at`) or at a point (a, b) given as the second item."""
    curve = _expression(objects[0])
    x = _variable(request, [curve])
    given_y = None
    if len(objects) == 2 and isinstance(objects[1], tuple) and len(objects[1]) == 2 and not request.at:
        at, given_y = objects[1]
    elif len(objects) == 1 and len(request.at) == 1 and request.at[0][0] == str(x):
        at = parse(request.at[0][1])
    else:
        raise Abstain("the tangent line at which point?", "ambiguous")
    if getattr(at, "free_symbols", {x}):
        raise Abstain("the point of tangency must be a number", "not_understood")
    return tangent_line(curve, x, at, given_y, work)


def _coefficient(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    if len(objects) != 2:
        raise Abstain("the coefficient of which power, in which expression?", "ambiguous")
    term = _expression(objects[0])
    if term == 1 and request.variable:  # the constant term: the coefficient of x^0
        return coefficient(parse(request.variable), _expression(objects[1]), work, power=0)
    return coefficient(term, _expression(objects[1]), work)


def _solve_on_interval(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """One equation on [lower, upper]; in degrees, every trigonometric function takes its argument in degrees."""
    sp = _sp()
    equation = _doit(objects[0])
    if len(objects) != 1 or not isinstance(equation, sp.Equality) or request.lower is None or request.upper is None:
        raise Abstain("one equation and an interval are needed", "not_understood")
    x = _variable(request, [equation])
    if equation.free_symbols != {x}:
        raise Abstain("an equation in one variable is solved on an interval here", "unsupported")
    if request.ends not in ("[]", "[)", "(]", "()"):
        raise Abstain(f"unknown interval ends {request.ends!r}", "not_understood")
    if request.degrees:
        if equation.has(sp.asin, sp.acos, sp.atan, sp.acot, sp.asec, sp.acsc):
            raise Abstain("inverse trigonometric functions in degrees are not read here", "unsupported")
        trig = (sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc)
        equation = equation.replace(lambda e: isinstance(e, trig), lambda e: e.func(e.args[0] * sp.pi / 180))
    return solve_on_interval(equation, x, parse(request.lower), parse(request.upper), request.ends, request.degrees,
                             work)


_HANDLERS: dict[str, Any] = {
    "piecewise_value": piecewise_value, "prime_factor_selection": prime_factor_selection,
    "count_multiples": count_multiples, "is_solution": is_solution, "better_buy": better_buy,
    "prime_neighbour": prime_neighbour, "primes_between": primes_between,
    "solve_on_interval": _solve_on_interval,
    "tangent_line": _tangent_line, "vertex": _of_one_function(vertex),
    "axis_of_symmetry": _of_one_function(axis_of_symmetry), "complete_square": _of_one_function(completed_square),
    "partial_fractions": _of_one_function(partial_fractions), "coefficient": _coefficient,
    "inverse_function": _of_one_function(inverse_function), "range": _of_one_function(polynomial_range),
    "clock_time": lambda request, objects, work: clock_time(_whole_numbers(objects), request.clock, work),
    "time_between": lambda request, objects, work: time_between(_whole_numbers(objects), request.clock, work),
    "days_between": lambda request, objects, work: days_between(_whole_numbers(objects), work),
    "weekday": lambda request, objects, work: weekday(_whole_numbers(objects), work),
    "date_after": lambda request, objects, work: date_after(_whole_numbers(objects), work),
    "area_to_axis": lambda request, objects, work: area_to_axis(_expression(objects[0]), work, _bounds(request)),
    "local_extrema": _of_one_function(local_extrema),
    "local_maximum": _of_one_function(lambda f, x, work: local_extremum(f, x, "maximum", work)),
    "local_minimum": _of_one_function(lambda f, x, work: local_extremum(f, x, "minimum", work)),
    "statistics": _statistics,
    "minimum": _extremum("minimum"), "maximum": _extremum("maximum"), "identity": _identity,
    "arrangements": _arrangements, "dot": _dot, "distance": _distance, "cross": _cross, "slope": _slope,
    "midpoint": _midpoint, "line_through": lambda request, objects, work: line_equation(objects, work),
    "solve": _solve, "simplify": _rewrite(algebra.simplify), "rationalize": _rewrite(rationalize),
    "expand": _rewrite(algebra.expand),
    "factor": _rewrite(algebra.factor), "differentiate": _differentiate, "integrate": _integrate,
    "limit": _limit, "evaluate": _evaluate, "series": _series,
    "determinant": _matrix_task("determinant"), "inverse": _matrix_task("inverse"),
    "eigenvalues": _matrix_task("eigenvalues"), "eigenvectors": _matrix_task("eigenvectors"),
    "rank": _matrix_task("rank"), "matrix_power": _matrix_task("matrix_power"), "transpose": _matrix_task("transpose"),
    "matrix_product": lambda request, objects, work: _matrix_answer(matrices.product(objects[0], objects[1], work)),
    "gcd": _gcd, "lcm": _lcm, "gcd_lcm": _gcd_lcm, "is_prime": _is_prime,
    "prime_factorization": _prime_factorization, "remainder": _remainder,
    "quotient_remainder": _quotient_remainder,
    "divisor_count": _divisors(False), "divisor_sum": _divisors(True),
    "divisor_list": _divisor_list, "scientific_form": _scientific_form,
    "line_feature": _line_feature, "congruence": _congruence, "domain": _domain,
}


# ---------------------------------------------------------------------------------------------------
# Output form
# ---------------------------------------------------------------------------------------------------


def _format(answer: Answer, request: MathRequest, work: Work) -> Answer:
    """Decimals and rounding, when the request asks for them: of one number, or of each of several solutions."""
    if request.mixed:
        return _mixed_answer(answer, request, work)
    if request.approximate and not request.decimal:
        return approximately(answer, work)
    if not (request.decimal or request.round_to is not None or request.significant is not None):
        return answer
    if answer.value.get("kind") == "solutions" and len(answer.value["values"]) == 1:
        answer = Answer(answer.text, answer.latex, {"kind": "expression", "expression": answer.value["values"][0]},
                        answer.complete, answer.notes)
    if answer.value.get("kind") == "solutions" and (request.round_to is not None or request.significant is not None):
        name = answer.value["variable"]
        texts = [_decimal_of(parse(v), request, work) for v in answer.value["values"]]
        value = dict(answer.value, values=texts, decimal=True)
        text = " or ".join(f"{name} = {t}" for t in texts)
        return Answer(text, r",\ ".join(f"{name} = {t}" for t in texts), value, answer.complete, answer.notes)
    if answer.value.get("kind") != "expression":
        raise Abstain("a decimal was asked for an answer that is not one number", "unsupported")
    value = parse(answer.value["expression"])
    if request.round_to is None and request.significant is None and value.is_Rational and not terminates(value):
        return _repeating_answer(value, answer, work)
    text = _decimal_of(value, request, work)
    return Answer(text, text, {"kind": "expression", "expression": text, "decimal": True}, answer.complete,
                  answer.notes)


def _mixed_answer(answer: Answer, request: MathRequest, work: Work) -> Answer:
    """One rational number shown as a mixed number ("3 1/2"), its exact value kept; anything else is not shown so."""
    if request.decimal or request.round_to is not None or request.significant is not None:
        raise Abstain("a mixed number and a decimal were both asked for", "ambiguous")
    value = parse(answer.value["expression"]) if answer.value.get("kind") == "expression" else None
    if value is None or not value.is_Rational:
        raise Abstain("a mixed number is shown for one rational number", "unsupported")
    text = as_mixed_number(int(value.p), int(value.q))
    whole, _, rest = text.lstrip("-").partition(" ")
    back = (parse(whole) + parse(rest)) * (-1 if value < 0 else 1) if rest else parse(text)
    work.checked("As a mixed number", text, back == value, f"{text} = {display(value)}", "exact", role="key")
    return Answer(text, text, dict(answer.value), answer.complete, answer.notes)


def _repeating_answer(value: Any, answer: Answer, work: Work) -> Answer:
    """A fraction asked as a decimal that never ends: its repeating block in parentheses, 1/3 -> 0.(3)."""
    digits = repeating_digits(Fraction(int(value.p), int(value.q)))
    if digits is None:
        raise Abstain(f"the decimal does not terminate and repeats only after more than {MOST_DIGITS} digits: "
                      "say how to round it", "ambiguous")
    whole, before, block = digits
    text, tex = f"{whole}.{before}({block})", rf"{whole}.{before}\overline{{{block}}}"
    back = repeating_value(whole.lstrip("-"), before, block) * (-1 if value < 0 else 1)
    work.checked("As a decimal", text, back == Fraction(int(value.p), int(value.q)),
                 f"{display(value)} = {text}: the digits in parentheses repeat", "repeating decimal", role="key")
    shown = f"{whole}.{before}{block * max(1, 8 // len(block))}…"
    return Answer(text, tex, {"kind": "expression", "expression": str(value), "decimal": True, "repeating": text},
                  answer.complete, [*answer.notes, f"the digits in parentheses repeat without end: {shown}"])


def _decimal_of(value: Any, request: MathRequest, work: Work) -> str:
    """One real number as a decimal, exact or rounded as `request` asks, with the step that shows it."""
    sp = _sp()
    number = numeric_value(value, 50)
    if number is None or abs(number.imag) > 1e-30:
        raise Abstain("a decimal was asked for but the answer is not a real number", "not_understood")
    exact = sp.nsimplify(value) if value.is_Float else value
    places = request.round_to
    if request.significant is not None and value != 0:
        magnitude = math.floor(math.log10(abs(number.real)))
        places = request.significant - 1 - magnitude
        if Decimal(str(sp.N(abs(value), 60))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) >= \
                Decimal(10) ** (magnitude + 1):
            places -= 1  # 9.96 to 2 significant figures is 10, whose first figure is one place further left
    if places is None:
        if not (exact.is_Rational and terminates(exact)):
            raise Abstain("the decimal does not terminate: say how to round it", "ambiguous")
        text = exact_decimal(exact)
    else:
        quantum = Decimal(1).scaleb(-places)
        # every digit up to the rounding place, and a context that holds them (quantize past 28 digits fails)
        digits = max(60, math.floor(math.log10(abs(number.real) + 1)) + max(places, 0) + 20)
        with localcontext() as context:
            context.prec = digits + 10
            text = decimal_text(Decimal(str(sp.N(value, digits))).quantize(quantum, rounding=ROUND_HALF_UP))
    how = "exact decimal" if places is None else (f"rounded to {request.significant} significant figures"
                                                  if request.significant is not None else _places(places))
    work.checked("As a decimal", text, True, f"{display(value)} ≈ {text}", how, role="key")
    return text


def _places(places: int) -> str:
    if places >= 0:
        return f"rounded to {places} decimal place{'s' if places != 1 else ''}"
    return f"rounded to the nearest {10 ** -places:,}"

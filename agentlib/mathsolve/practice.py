"""Practice problems whose answers SymPy re-verifies: `practice(topic, count=..., level=..., seed=...)`.

Each generator builds a problem from its answer (an equation from chosen roots, a system from a chosen
solution, an integrand as the derivative of a chosen antiderivative, a matrix from chosen eigenvalues, a
limit from a template with a known value) and writes it as a person would. Then the problem TEXT goes
through the solver (`reading` + `compute`: its own method, its own verification), and the problem is
kept only when the solver's result is `verified` and equivalent to the built answer: two independent
routes agree. Problems are distinct within one call. The level sets the size of numbers and the kind of
problem (integer roots for beginners, irrational or complex roots at the advanced level, ...).

With a backend, the model is asked for problems with stated answers first; a model-written problem is
kept only when the solver verifies its own answer and that answer is equivalent to the stated one.

The generation runs in the sandbox worker (one call for the whole batch) under a deadline.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from fractions import Fraction
from typing import Any, Literal, get_args

from agentlib.errors import InputError
from agentlib.limits import Deadline, check_deadline
from agentlib.llm import TextModel
from agentlib.mathsolve.result import Level, check_level

Topic = Literal["linear", "quadratic", "systems", "factoring", "derivatives", "integrals", "limits", "matrices",
                "series"]
TOPICS: tuple[Topic, ...] = get_args(Topic)
MAX_COUNT = 500
PRACTICE_DEADLINE_S = 300.0
MAX_ATTEMPTS_PER_PROBLEM = 6


@dataclass(frozen=True)
class PracticeProblem:
    topic: str
    level: str
    problem: str
    answer: str
    answer_latex: str
    source: Literal["generated", "model"]
    checks: tuple[str, ...]  # the verification checks of the solver's independent solution

    def render(self, number: int) -> str:
        return f"{number}. {self.problem}\n   answer: {self.answer}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def practice(topic: str, *, count: int = 5, level: Level = "intermediate", seed: int = 0,
             backend: TextModel | None = None, deadline_s: float = PRACTICE_DEADLINE_S) -> list[PracticeProblem]:
    """`count` distinct problems on `topic`, each answer verified by SymPy (see the module docstring).

    Raises:
        InputError: an unknown topic or level, a count outside 1..MAX_COUNT, a bad deadline.
    """
    if topic not in TOPICS:
        raise InputError(f"topic must be one of {', '.join(TOPICS)}, not {topic!r:.60}")
    level = check_level(level)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        raise InputError(f"count must be a whole number from 1 to {MAX_COUNT}")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise InputError("seed must be a whole number")
    deadline = Deadline(check_deadline(deadline_s))
    problems: list[PracticeProblem] = []
    if backend is not None:
        problems = _from_model(topic, count, level, backend, deadline)
    missing = count - len(problems)
    if missing > 0:
        problems += _generated(topic, missing, level, seed, deadline, {p.problem for p in problems})
    return problems[:count]


def _generated(topic: str, count: int, level: str, seed: int, deadline: Deadline,
               taken: set[str]) -> list[PracticeProblem]:
    from agentlib.sandbox import default_sandbox, in_worker

    arguments: dict[str, Any] = {"topic": topic, "count": count, "level": level, "seed": seed, "taken": sorted(taken)}
    if in_worker():
        data = generate(**arguments)
    else:
        from agentlib.errors import ToolFailure

        try:
            data = default_sandbox().call("agentlib.mathsolve.practice:generate", arguments,
                                          deadline_s=max(1.0, deadline.remaining()))
        except ToolFailure as error:
            raise InputError(f"practice generation did not finish: {error}") from None
    return [PracticeProblem(**{**d, "checks": tuple(d["checks"])}) for d in data]


def generate(topic: str, count: int, level: str, seed: int, taken: list[str] | None = None) -> list[dict[str, Any]]:
    """The worker side: build, solve independently, keep the problems whose two answers agree."""
    rng = random.Random(f"{topic}:{level}:{seed}")
    builder = _GENERATORS[topic]
    seen = set(taken or ())
    out: list[dict[str, Any]] = []
    attempts = 0
    while len(out) < count and attempts < count * MAX_ATTEMPTS_PER_PROBLEM:
        attempts += 1
        problem, expected = builder(rng, level)
        if problem in seen:
            continue
        seen.add(problem)
        result = _solve_in_place(problem, level)
        if result is None or not result.verified:
            continue
        agrees = _agrees(topic, expected, result.value)
        if not agrees:
            continue
        out.append(PracticeProblem(topic, level, problem, result.answer or "", result.answer_latex or "", "generated",
                                   tuple(c.claim for c in (result.verification.checks if result.verification
                                                           else ()))).to_dict())
    return out


def _solve_in_place(problem: str, level: str) -> Any:
    from agentlib.mathsolve.compute import run
    from agentlib.mathsolve.reading import read
    from agentlib.mathsolve.result import MathResult

    reading = read(problem)
    if reading.request is None:
        return None
    return MathResult.from_dict(run(reading.request.to_dict(), level, problem))


def _agrees(topic: str, expected: str, value: dict[str, Any]) -> bool:
    """The solver's answer equals the built one (an antiderivative up to a constant)."""
    from agentlib.mathsolve.equivalence import equivalent
    from agentlib.tools.safe_math import parse_expression

    if topic == "integrals" and value.get("constant"):
        import sympy as sp

        ours = parse_expression(value["expression"])
        built = parse_expression(expected)
        x = sp.Symbol("x")
        return sp.simplify(sp.diff(ours - built, x)) == 0
    return bool(equivalent(expected, value))


# ---------------------------------------------------------------------------------------------------
# Generators: (rng, level) -> (problem text, the built answer in plain syntax)
# ---------------------------------------------------------------------------------------------------


def _nonzero(rng: random.Random, low: int, high: int) -> int:
    value = 0
    while value == 0:
        value = rng.randint(low, high)
    return value


def _term(coefficient: Any, power: int, variable: str = "x", first: bool = False) -> str:
    """One signed term of a polynomial as people write it: '- 3x^2', '+ x', '5'."""
    coefficient = Fraction(coefficient)
    if coefficient == 0:
        return ""
    sign = "-" if coefficient < 0 else "+"
    magnitude = abs(coefficient)
    number = "" if magnitude == 1 and power else (str(magnitude) if magnitude.denominator == 1 else
                                                 f"({magnitude})")
    body = number + (variable if power >= 1 else "") + (f"^{power}" if power > 1 else "")
    if first:
        return ("-" if sign == "-" else "") + body
    return f" {sign} {body}"


def _polynomial(coefficients: list[Any], variable: str = "x") -> str:
    """Coefficients from the highest power down -> '2x^2 - 3x - 2'."""
    degree = len(coefficients) - 1
    text = ""
    for index, c in enumerate(coefficients):
        text += _term(c, degree - index, variable, first=not text)
    return text or "0"


def _expand(roots: list[Fraction], leading: int) -> list[Fraction]:
    coefficients = [Fraction(leading)]
    for root in roots:
        shifted = coefficients + [Fraction(0)]
        for index in range(len(coefficients)):
            shifted[index + 1] -= root * coefficients[index]
        coefficients = shifted
    return coefficients


def _linear(rng: random.Random, level: str) -> tuple[str, str]:
    x0 = rng.randint(-12, 12)
    if level == "beginner":
        a, b = _nonzero(rng, 2, 9), rng.randint(-20, 20)
        return f"Solve {_polynomial([a, b])} = {a * x0 + b}.", str(x0)
    a, c = _nonzero(rng, -9, 9), _nonzero(rng, -9, 9)
    while a == c:
        c = _nonzero(rng, -9, 9)
    if level == "advanced":
        x0f = Fraction(rng.randint(-30, 30), rng.randint(2, 7))
        b = rng.randint(-15, 15)
        right = (a - c) * x0f + b
        if right.denominator != 1:
            return _linear(rng, "intermediate")
        return f"Solve {a}(x {'+' if b >= 0 else '-'} {abs(b)}) = {_polynomial([c, right + a * b - b])}.".replace(
            "(x + 0)", "x"), str(x0f)
    b = rng.randint(-20, 20)
    d = (a - c) * x0 + b
    return f"Solve {_polynomial([a, b])} = {_polynomial([c, d])}.", str(x0)


def _quadratic(rng: random.Random, level: str) -> tuple[str, str]:
    if level == "advanced":
        b, c = rng.randint(-9, 9), rng.randint(-9, 9)
        discriminant = b * b - 4 * c
        if discriminant == 0 or int(abs(discriminant) ** 0.5) ** 2 == abs(discriminant):
            return _quadratic(rng, "intermediate")
        root = f"sqrt({discriminant})"
        return (f"Solve {_polynomial([1, b, c])} = 0.",
                f"({-b} + {root})/2, ({-b} - {root})/2")
    leading = 1 if level == "beginner" else _nonzero(rng, -4, 4)
    if level == "beginner":
        roots = [Fraction(rng.randint(-12, 12)), Fraction(rng.randint(-12, 12))]
    else:
        roots = [Fraction(rng.randint(-9, 9), rng.choice([1, 1, 2, 3])), Fraction(rng.randint(-9, 9))]
        leading *= roots[0].denominator
    coefficients = _expand(roots, leading)
    distinct = sorted(set(roots))
    return f"Solve {_polynomial(coefficients)} = 0.", ", ".join(str(r) for r in distinct)


def _systems(rng: random.Random, level: str) -> tuple[str, str]:
    size = 3 if level == "advanced" else 2
    names = ["x", "y", "z"][:size]
    solution = [rng.randint(-9, 9) for _ in range(size)]
    while True:
        rows = [[rng.randint(-6, 6) for _ in range(size)] for _ in range(size)]
        if _determinant(rows) != 0 and all(any(row) for row in rows):
            break
    equations = []
    for row in rows:
        left = ""
        for coefficient, name in zip(row, names):
            left += _term(coefficient, 1, name, first=not left)
        equations.append(f"{left} = {sum(c * s for c, s in zip(row, solution))}")
    return f"Solve the system {', '.join(equations)}.", "(" + ", ".join(map(str, solution)) + ")"


def _determinant(rows: list[list[int]]) -> int:
    """Exact integer determinant by cofactor expansion (independent of SymPy)."""
    if len(rows) == 1:
        return rows[0][0]
    return sum((-1) ** j * rows[0][j] * _determinant([r[:j] + r[j + 1:] for r in rows[1:]]) for j in range(len(rows)))


def _factoring(rng: random.Random, level: str) -> tuple[str, str]:
    if level == "beginner":
        r1, r2 = rng.randint(-12, 12), rng.randint(-12, 12)
        return f"Factor {_polynomial(_expand([Fraction(r1), Fraction(r2)], 1))}.", f"(x - ({r1}))*(x - ({r2}))"
    if level == "intermediate":
        choice = rng.random()
        if choice < 0.4:
            a, b = _nonzero(rng, 1, 9), _nonzero(rng, 1, 12)
            return f"Factor {_polynomial([a * a, 0, -b * b])}.", f"({a}*x - {b})*({a}*x + {b})"
        k, r1, r2 = _nonzero(rng, 2, 5), rng.randint(-8, 8), rng.randint(-8, 8)
        return (f"Factor {_polynomial(_expand([Fraction(r1), Fraction(r2)], k))}.",
                f"{k}*(x - ({r1}))*(x - ({r2}))")
    if rng.random() < 0.3:
        a = _nonzero(rng, 1, 6)
        sign = rng.choice([1, -1])
        return f"Factor {_polynomial([1, 0, 0, sign * a ** 3])}.", f"x**3 + ({sign * a ** 3})"
    roots = [Fraction(rng.randint(-6, 6)) for _ in range(3)]
    return f"Factor {_polynomial(_expand(roots, 1))}.", "*".join(f"(x - ({r}))" for r in roots)


_DERIVATIVE_BLOCKS = {
    "beginner": ["x^{a}", "{c}x^{a}", "{c}x", "{c}x^{a} + {d}x", "{c}x^{a} - {d}x^2 + {e}"],
    "intermediate": ["x^{a} sin(x)", "x^{a} cos(x)", "x^{a} e^x", "sin({c}x)", "cos({c}x + {d})", "e^({c}x)",
                     "({c}x + {d})^{a}", "x e^({c}x)", "{c}x^{a} sin({d}x)"],
    "advanced": ["ln(x^2 + {d})", "sin({c}x)/x", "e^({c}x)/(x^2 + {d})", "x^{a} ln(x)", "sin(x^{a})",
                 "sqrt({c}x^2 + {d})", "tan({c}x)", "e^(sin({c}x))", "ln({c}x + {d})/x", "x^{a} e^(-{c}x)"],
}


def _fill(template: str, rng: random.Random) -> str:
    return template.format(a=rng.randint(2, 7), c=rng.randint(2, 12), d=rng.randint(1, 12), e=rng.randint(1, 20))


def _derivatives(rng: random.Random, level: str) -> tuple[str, str]:
    from agentlib.tools.notation import to_plain

    body = _fill(rng.choice(_DERIVATIVE_BLOCKS[level]), rng)
    import sympy as sp

    from agentlib.tools.safe_math import parse_expression

    expected = sp.diff(parse_expression(to_plain(body)), sp.Symbol("x"))
    return f"Find the derivative of {body}.", str(expected)


_ANTIDERIVATIVES = {
    "beginner": ["x^{a}", "{c}x^{a} + {d}x", "x^{a} + x"],
    "intermediate": ["sin({c}x)", "e^({c}x)", "x e^x", "ln(x^2 + {d})", "(x + {d})^{a}", "x sin(x)"],
    "advanced": ["x^2 e^({c}x)", "atan(x/{c})", "e^({c}x) sin(x)", "x^{a} ln(x)", "sqrt(x^2 + {d})", "ln(x)^2",
                 "x sin({c}x)", "x^2 cos({c}x)", "ln(x^2 + {d})"],
}


def _integrals(rng: random.Random, level: str) -> tuple[str, str]:
    import sympy as sp

    from agentlib.tools.notation import to_plain
    from agentlib.tools.safe_math import parse_expression

    x = sp.Symbol("x")
    primitive = parse_expression(to_plain(_fill(rng.choice(_ANTIDERIVATIVES[level]), rng)))
    derivative = sp.diff(primitive, x)
    integrand = min((derivative, sp.expand(derivative), sp.cancel(derivative)), key=lambda e: (sp.count_ops(e),
                                                                                               len(str(e))))
    shown = _people(integrand)
    if level != "beginner" and rng.random() < 0.4 and not primitive.has(sp.log):
        low, high = sorted(rng.sample(range(0, 4), 2))
        value = sp.simplify(primitive.subs(x, high) - primitive.subs(x, low))
        return f"Integrate {shown} dx from {low} to {high}.", str(value)
    return f"Find the integral of {shown} dx.", str(primitive)


def _people(expression: Any) -> str:
    """A SymPy expression in the notation a person types (x^2, e^x, sqrt)."""
    text = str(expression).replace("**", "^")
    text = re.sub(r"exp\(([^()]*)\)", r"e^(\1)", text)
    return text.replace("log(", "ln(")


def _limits(rng: random.Random, level: str) -> tuple[str, str]:
    a, k, m = rng.randint(1, 15), rng.randint(2, 15), rng.randint(2, 15)
    templates = {
        "beginner": [(f"lim_(x->{a}) (x^2 - {a * a})/(x - {a})", str(2 * a)),
                     (f"lim_(x->{a}) (x^2 + {k}x)", str(a * a + k * a)),
                     (f"lim_(x->0) ({k}x^2 + {m}x)/x", str(m)),
                     (f"lim_(x->{a}) (x^2 + ({k} - {a})x - {k * a})/(x - {a})", str(a + k))],
        "intermediate": [(f"lim_(x->0) sin({k}x)/({m}x)", f"{k}/{m}"),
                         (f"lim_(x->0) (e^({k}x) - 1)/({m}x)", f"{k}/{m}"),
                         (f"lim_(x->infinity) ({k}x^2 + {a})/({m}x^2 - 1)", f"{k}/{m}"),
                         (f"lim_(x->{a}) (x^3 - {a ** 3})/(x - {a})", str(3 * a * a)),
                         (f"lim_(x->0) tan({k}x)/({m}x)", f"{k}/{m}")],
        "advanced": [(f"lim_(x->0) (1 - cos({k}x))/({m}x^2)", f"{k * k}/{2 * m}"),
                     (f"lim_(x->infinity) (1 + {k}/x)^({m}x)", f"E**{k * m}"),
                     (f"lim_(x->0) (sqrt(x + {a * a}) - {a})/x", f"1/{2 * a}"),
                     (f"lim_(x->0) ln(1 + {k}x)/({m}x)", f"{k}/{m}"),
                     (f"lim_(x->infinity) (sqrt(x^2 + {k}x) - x)", f"{k}/2")],
    }
    formula, value = rng.choice(templates[level])
    return f"Find {_limit_text(formula)}.", value


def _limit_text(formula: str) -> str:
    match = re.match(r"lim_\(x->(\w+)\) (.*)", formula)
    assert match is not None
    return f"the limit of {match.group(2)} as x approaches {match.group(1)}"


def _matrices(rng: random.Random, level: str) -> tuple[str, str]:
    size = 2 if level == "beginner" else 3 if level == "advanced" else rng.choice([2, 3])
    while True:
        rows = [[rng.randint(-5, 5) for _ in range(size)] for _ in range(size)]
        if _determinant(rows) != 0:
            break
    shown = "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in rows) + "]"
    kind = rng.choice(["determinant", "inverse", "eigenvalues"] if size == 2 else ["determinant", "inverse"])
    if kind == "determinant":
        return f"Find the determinant of {shown}.", str(_determinant(rows))
    if kind == "inverse":
        inverse = _inverse(rows)
        return f"Find the inverse of {shown}.", "[" + ", ".join(
            "[" + ", ".join(f"({v})" for v in row) + "]" for row in inverse) + "]"
    l1, l2 = rng.randint(-6, 6), rng.randint(-6, 6)
    p = [[1, rng.randint(-3, 3)], [0, 1]] if rng.random() < 0.5 else [[1, 0], [rng.randint(-3, 3), 1]]
    p_inverse = _inverse(p)
    d = [[l1, 0], [0, l2]]
    built = _multiply(_multiply(p, d), p_inverse)
    shown = "[" + ", ".join("[" + ", ".join(str(int(v)) for v in r) + "]" for r in built) + "]"
    values = sorted({l1, l2})
    return f"Find the eigenvalues of {shown}.", ", ".join(map(str, values))


def _inverse(rows: list[list[int]]) -> list[list[Fraction]]:
    """Exact inverse by Gauss-Jordan over fractions (independent of SymPy)."""
    n = len(rows)
    augmented = [[Fraction(v) for v in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(rows)]
    for column in range(n):
        pivot = next(r for r in range(column, n) if augmented[r][column] != 0)
        augmented[column], augmented[pivot] = augmented[pivot], augmented[column]
        factor = augmented[column][column]
        augmented[column] = [v / factor for v in augmented[column]]
        for r in range(n):
            if r != column and augmented[r][column] != 0:
                scale = augmented[r][column]
                augmented[r] = [a - scale * b for a, b in zip(augmented[r], augmented[column])]
    return [row[n:] for row in augmented]


def _multiply(a: list[list[Any]], b: list[list[Any]]) -> list[list[Any]]:
    return [[sum(Fraction(a[i][k]) * Fraction(b[k][j]) for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]


def _series(rng: random.Random, level: str) -> tuple[str, str]:
    a, b = rng.randint(1, 20), rng.randint(-20, 20)
    if level == "beginner":
        n = rng.randint(5, 40)
        total = sum(a * k + b for k in range(1, n + 1))
        return f"Compute \\sum_{{k=1}}^{{{n}}} ({_polynomial([a, b], 'k')})", str(total)
    if level == "intermediate":
        closed = f"{a}*n*(n + 1)/2 + ({b})*n"
        return f"Compute \\sum_{{k=1}}^{{n}} ({_polynomial([a, b], 'k')})", closed
    if rng.random() < 0.5:
        p, q = rng.randint(1, 9), rng.randint(10, 30)
        return f"Compute \\sum_{{k=0}}^{{\\infty}} \\left(\\frac{{{p}}}{{{q}}}\\right)^k", f"{q}/{q - p}"
    r = rng.randint(2, 9)
    return f"Compute \\sum_{{k=1}}^{{n}} {a} \\cdot {r}^{{k-1}}", f"{a}*({r}**n - 1)/({r} - 1)"


_GENERATORS: dict[str, Callable[[random.Random, str], tuple[str, str]]] = {
    "linear": _linear, "quadratic": _quadratic, "systems": _systems, "factoring": _factoring,
    "derivatives": _derivatives, "integrals": _integrals, "limits": _limits, "matrices": _matrices,
    "series": _series,
}


# ---------------------------------------------------------------------------------------------------
# Model-written problems
# ---------------------------------------------------------------------------------------------------

_PROMPT = ("Write {count} different {topic} practice problems for a {level} student. Give each as two lines:\n"
           "Problem: <the problem, with its math written out>\nAnswer: <the exact final answer only>")
_PAIR = re.compile(r"Problem:\s*(.+?)\s*\n\s*Answer:\s*(.+?)\s*(?:\n|$)", re.S)


def _from_model(topic: str, count: int, level: Level, backend: Any, deadline: Deadline) -> list[PracticeProblem]:
    from agentlib.llm import GenerateOptions, Message
    from agentlib.mathsolve.equivalence import equivalent
    from agentlib.mathsolve.solve import solve_math

    prompt = _PROMPT.format(count=count, topic=topic, level=level)
    try:
        reply = backend.generate([Message("user", prompt)], GenerateOptions(max_new_tokens=1500, temperature=0.0))
    except Exception:  # any backend failure: the generated problems fill in
        return []
    kept: list[PracticeProblem] = []
    for problem, stated in _PAIR.findall(getattr(reply, "text", str(reply)))[: 2 * count]:
        if deadline.remaining() < 1 or len(kept) >= count:
            break
        try:
            result = solve_math(problem[:2000], level=level, deadline_s=min(20.0, max(1.0, deadline.remaining())))
        except InputError:
            continue
        if result.verified and equivalent(stated, result.value):
            kept.append(PracticeProblem(topic, level, problem, result.answer or "", result.answer_latex or "",
                                        "model", tuple(c.claim for c in (result.verification.checks
                                                                         if result.verification else ()))))
    return kept

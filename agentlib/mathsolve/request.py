"""MathRequest: what a math request asks, in a typed, JSON-safe form that crosses into the sandbox worker.

The reader (`reading.py`) turns text into a request; the worker (`compute.py`) computes it.
Every formula in a request is already in the safe parser's syntax (`agentlib.tools.notation.to_plain`), so
the worker parses it with `safe_math.parse_expression(..., calculus=True)` and nothing else.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

Task = Literal[
    "solve", "simplify", "expand", "factor", "differentiate", "integrate", "limit", "evaluate", "series",
    "determinant", "inverse", "eigenvalues", "eigenvectors", "rank", "matrix_power", "transpose",
    "gcd", "lcm", "prime_factorization", "remainder", "divisor_count", "divisor_sum", "domain", "distance",
    "dot", "arrangements", "congruence", "is_prime", "identity", "minimum", "maximum", "gcd_lcm", "cross", "slope",
    "midpoint", "statistics", "rationalize", "tangent_line", "vertex", "axis_of_symmetry", "complete_square",
    "partial_fractions", "coefficient", "inverse_function", "range", "solve_on_interval", "local_maximum",
    "local_minimum", "clock_time", "time_between", "area_to_axis",
    "local_extrema", "line_through", "quotient_remainder", "divisor_list", "line_feature", "piecewise_value",
    "prime_factor_selection", "count_multiples", "is_solution", "days_between", "weekday", "date_after",
    "prime_neighbour", "primes_between", "better_buy", "matrix_product", "scientific_form",
]
TASKS: tuple[Task, ...] = get_args(Task)
Domain = Literal["complex", "real", "integer", "positive", "negative", "natural", "nonnegative", "positive_integer"]
Select = Literal["all", "sum", "product", "count", "largest", "smallest", "only", "positive_difference",
                 "numbers"]


@dataclass(frozen=True)
class MathRequest:
    """One computation. `items` are safe-parser formulas; `shown` the same as the person wrote them.

    - `variable`: the variable to solve for / differentiate by / integrate over (None: the only one);
    - `lower`, `upper`: integration bounds; `point`, `direction`: a limit's point and side ("+-", "+", "-");
    - `order`: derivative order; `exponent`: a matrix power (a number or a symbol such as "n");
    - `at`: values substituted into the result (or, for `evaluate`, into the expression) as (name, formula);
    - `definitions`: functions the text defined, as (name, parameters, formula), kept for display;
    - `domain`, `select`: which solutions count and what to report about them (sum, count, only one, ...);
    - `select="numbers"`: for a system with one solution, the unknowns' values as a list of numbers, in the
      order of `variable` (the numbers a word problem asks for, not the letters it was set up with);
    - `target`: for a system, the expression of the unknowns to report (x + y + z) instead of the unknowns;
    - `decimal`, `round_to`: the answer as a decimal, rounded to that many places when given (negative: tens,
      hundreds); `significant`: rounded to that many significant figures instead;
    - `base`: the answer (a whole number) written in that base;
    - `measures`: for `statistics`, the measures asked for (mean, median, mode, range, variance, std, ...);
    - `ends`: for `solve_on_interval`, which ends of [lower, upper] belong to it ("[]", "[)", "(]", "()");
      `degrees`: its angles are in degrees (sin x means the sine of x degrees, as on a calculator);
    - `clock`: for `clock_time` (items: a time as minutes after midnight, a signed duration in minutes) and
      `time_between` (items: two times), how to say the answer: "12-hour", "korean", "minutes", "hours";
    - `fraction`: the text asks for a fraction ("convert 0.375 to a fraction", "분수로"), so a result typed with
      decimals is not written back as a decimal;
    - `approximate`: a measurement people read as a decimal ("10 km in miles"): an exact value whose decimal never
      ends is shown with its decimal to 4 places beside it, the exact value staying the answer's value;
    - `money`: the answer is an amount of money: one with a fraction of a cent is shown to the cent first, the
      exact value kept (`to_the_cent.py`);
    - `notes`: how the text was read, shown with the answer.
    """

    task: Task
    items: tuple[str, ...]
    shown: tuple[str, ...] = ()
    variable: str | None = None
    lower: str | None = None
    upper: str | None = None
    point: str | None = None
    direction: Literal["+-", "+", "-"] = "+-"
    order: int = 1
    exponent: str | None = None
    at: tuple[tuple[str, str], ...] = ()
    definitions: tuple[tuple[str, tuple[str, ...], str], ...] = ()
    domain: Domain | None = None
    select: Select = "all"
    target: str | None = None
    decimal: bool = False
    round_to: int | None = None
    base: int | None = None
    significant: int | None = None
    measures: tuple[str, ...] = ()
    ends: str = "[]"
    degrees: bool = False
    clock: tuple[str, ...] = ()
    fraction: bool = False
    mixed: bool = False
    approximate: bool = False
    money: bool = False
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MathRequest:
        from agentlib.errors import InputError

        if data.get("task") not in TASKS:
            raise InputError(f"unknown math task {data.get('task')!r}")
        return cls(
            task=data["task"], items=tuple(str(i) for i in data.get("items", ())),
            shown=tuple(str(s) for s in data.get("shown", ())), variable=data.get("variable"),
            lower=data.get("lower"), upper=data.get("upper"), point=data.get("point"),
            direction=data.get("direction", "+-"), order=int(data.get("order", 1)), exponent=data.get("exponent"),
            at=tuple((str(a), str(b)) for a, b in data.get("at", ())),
            definitions=tuple((str(n), tuple(str(p) for p in ps), str(b)) for n, ps, b in data.get("definitions", ())),
            domain=data.get("domain"), select=data.get("select", "all"), target=data.get("target"),
            decimal=bool(data.get("decimal", False)), base=data.get("base"),
            round_to=data.get("round_to"), measures=tuple(str(m) for m in data.get("measures", ())),
            significant=data.get("significant"), ends=str(data.get("ends", "[]")),
            degrees=bool(data.get("degrees", False)), clock=tuple(str(c) for c in data.get("clock", ())),
            fraction=bool(data.get("fraction", False)), mixed=bool(data.get("mixed", False)),
            approximate=bool(data.get("approximate", False)),
            money=bool(data.get("money", False)), notes=tuple(str(n) for n in data.get("notes", ())),
        )

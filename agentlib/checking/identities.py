"""Symbolic rewrites: "= A = B" chains and "C = A" then "C = B" lines claim that A and B are the same expression.

A chain of three or more members ("(x+1)^2 = x^2 + 2x + 1 = ...") rewrites one expression; two equations
in a row with one side in common ("2000 = 10(90/d + 5) - ..." then "2000 = 900/d + 50 - ...") rewrite the
other side; a displayed expression that a rewrite verb ("combine like terms:") introduces right after
another one restates it, across steps too. Two members with the same free symbols must agree as expressions.
Numeric equations in LaTeX ("\\sqrt{50} = 5\\sqrt{2}", "8 = 4b - 4b", where symbols cancel) are checked as numbers,
rounding-aware, unless the arithmetic extractor (`claims.py`) already checked the same pair of values. Symbolic members
are compared by evaluating both at random positive points (exact rationals where SymPy keeps them,
30-digit floats otherwise): a difference at every point refutes, agreement verifies. Members are parsed
with the safe parser (`agentlib.tools.safe_math`); a member with anything it does not read, or that
could mean two things (geometry names like `AB`, words, `e`/`I`, functions we do not model) is skipped.

An equation that "simplifying", "expanding", "rearranging" ... introduces right after another in the same step
must restate it: the numerators of lhs - rhs differ by a constant factor.

Left out: two-member equations on their own (an equation to solve, not a rewrite), equivalence of
equations without such a verb (multiplying out, squaring), inequalities, and rewrites that use an earlier condition
(a member is compared only with members holding exactly its own symbols).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from fractions import Fraction

from agentlib.checking.arithmetic import compare, format_number
from agentlib.checking.report import ClaimResult

_SPAN = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]|\\begin\{(?:align|equation|gather)\*?\}(.+?)\\end", re.S)
_STATEMENT_BREAK = re.compile(r"\\\\|\\quad|\\qquad|\\text\s*\{[^{}]*\}|\\(?:implies|Rightarrow|Longrightarrow|iff|to)\b|;|,(?!\d{3}(?!\d))|\band\b")
# anything the comparison could misread: relations, set and order notation, calculus, modular arithmetic,
# trig and logs (degrees and branches), floors, factorials, plus-minus, ellipses, angles, vectors, matrices
_UNREADABLE = re.compile(
    r"[<>≤≥≠≈≡!|∈]|\\(?:le|ge|lt|gt|neq|ne|approx|equiv|pmod|bmod|mod|in|notin|subset|cup|cap|sum|prod|int|lim|"
    r"binom|choose|sin|cos|tan|cot|sec|csc|log|ln|exp|lfloor|rfloor|lceil|rceil|circ|pm|mp|dots|cdots|ldots|"
    r"infty|mid|angle|triangle|overline|vec|hat|bar|prime|begin|end|matrix|partial|nabla|sim|propto|perp|"
    r"parallel|cong|equiv|theta|alpha|beta|gamma|omega|phi|mathbb|mathcal|over)\b|'|\^\s*\{?\s*\\circ|%|\.\.\.|"
    r"[A-Za-z]\^\{?-1\}?\s*\(|^\s*[+*/^]")
_MAX_MEMBER = 240
_MAX_SYMBOLS = 4
_POINTS = 3
_LONE_LETTER = re.compile(r"^\s*[A-Za-z](?:_\{?\w+\}?)?\s*$")
_GIVES_UP = re.compile(r"contradict|impossible|not possible|no solution|never|cannot|can't|inconsistent", re.I)
_BARE_NUMBER = re.compile(r"^\s*-?\d+(?:\.\d+)?\s*$")
_DISPLAY = re.compile(r"\$\$(.+?)\$\$|\\\[(.+?)\\\]", re.S)
_REWRITE_VERB = re.compile(r"\b(?:combin|simplif|rewrit|collect|reduc|becomes|this is|which is)", re.I)
_MAX_CONDITIONS = 30
_SIMPLIFIES = re.compile(r"\b(?:simplif\w*|expand\w*|rearrang\w*|combin\w*|collect\w*|becomes|reduces? to|distribut\w*)\b[^.$\\]{0,40}$", re.I)
_ANOTHER = re.compile(r"\b(?:second|other|another|next|first|third|similarly|also)\b", re.I)
_MAX_DIGITS = 300
_MAX_GAP = 12  # characters of prose between two displayed equations that continue one another


def statements(step: str) -> list[tuple[list[str], bool, str]]:
    """The math statements of a step, each split into its `=` members (LaTeX, not yet normalized), whether it
    follows the previous statement closely (at most a few characters of prose between), and that prose."""
    found = []
    last_end = None
    for match in _SPAN.finditer(step[:20_000]):
        body = next(g for g in match.groups() if g is not None).replace("&", " ")
        gap = step[last_end or 0:match.start()]
        close = last_end is not None and len(gap.strip(" ,.:;\n")) <= _MAX_GAP
        continues = re.search(r"(?:[-+*/=×·]|\\times|\\cdot|\\div)\s*$", step[max(0, match.start() - 12):match.start()])
        breaks = list(_STATEMENT_BREAK.finditer(body))
        starts = [0] + [b.end() for b in breaks]
        pieces = [body[start:end] for start, end in zip(starts, [b.start() for b in breaks] + [len(body)])]
        for i, part in enumerate(pieces):
            # "25\% \text{ of } \$2,000 = ...": math right before a label means the member began before it
            inside = (i > 0 and breaks[i - 1].group().startswith("\\text") and pieces[i - 1].strip() != ""
                      and not pieces[i - 1].rstrip().endswith(("=", ",", ";", ":", ".")))
            if "=" in part:
                members = [m.strip() for m in re.split(r"(?<![<>!=\\])=(?!=)", part)]
                if re.match(r"[-+*/^]", members[0]) or continues or inside:
                    members[0] = ""  # "\text{Naomi} + 17 = ...": the first member began in a label
                elif (not members[0] and i > 0 and breaks[i - 1].group().startswith("\\text")
                      and not pieces[i - 1].strip()):
                    members[0] = breaks[i - 1].group()  # "\text{Total cost} = ...": the label is the member
                found.append((members, close, gap))
                close, continues, gap = True, None, ""
        last_end = match.end()
    return found


def parse_member(text: str) -> Any | None:
    """A member as a SymPy expression, or None when it could be misread (see the module docstring)."""
    from agentlib.tools.safe_math import ExpressionError, normalize_latex, parse_expression

    text = re.sub(r"\\?\$", "", text).strip().rstrip(".,;:")  # currency
    text = re.sub(r"(?<![\w.])(\d{1,3})\s*!", r"ƒ{\1}", text)  # "5!" (a number's factorial only)
    text = re.sub(r"\\binom\s*\{([^{}]*)\}\s*\{([^{}]*)\}", r"ß{\1,\2}", text)
    text = re.sub(r"\\pi\b", "π", text)
    if not text or len(text) > _MAX_MEMBER or _UNREADABLE.search(text) or re.search(r"\d\s*\\[dt]?frac", text):
        return None  # ... or a mixed number ("33\frac{1}{3}" is 33 + 1/3, not a product)
    plain = normalize_latex(text.replace("\\", " \\"))  # "\\cdot\\sqrt" must not become "\\cdotsqrt"
    plain = plain.replace("sqrt(", "§(").replace("root(", "¤(")
    if re.search(r"[A-Z]{2}|[A-Za-z]{3,}|\b[eEI]\b|_|[A-Za-z]\d|(?<![a-z])[fghpqrstuvwA-Z]\(", plain):
        return None  # a segment name, a word, e or i (constants to the parser), a subscript ("x_1", "x2"), f(x)
    plain = re.sub(r"(?<=[a-zπ])(?=[a-zπ])", "*", plain)  # "2ab" is 2*a*b
    plain = re.sub(r"(?<=[\dA-Za-zπ)])\s*(?=[A-Za-z(§¤ƒßπ])", "*", plain)  # "2x", "x(x+1)", ")(" are products
    plain = re.sub(r"\)\s*(?=\d)", ")*", plain)
    for mark, name in (("§", "sqrt"), ("¤", "root"), ("ƒ", "factorial"), ("ß", "binomial"), ("π", "pi")):
        plain = plain.replace(mark, name)
    try:
        value = parse_expression(plain)
    except (ExpressionError, ValueError, TypeError, RecursionError, ArithmeticError, AttributeError):
        return None
    import sympy

    if not isinstance(value, sympy.Expr) or value.is_Relational or len(value.free_symbols) > _MAX_SYMBOLS:
        return None
    return value


def same_expression(a: Any, b: Any, seed: int = 0) -> bool | None:
    """True when a and b agree at random positive points, False when they differ at every point, None when unsure."""
    import sympy

    symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)
    rng = random.Random(seed)
    differs = 0
    for _ in range(_POINTS):
        point = {s: sympy.Rational(rng.randint(11, 97), rng.randint(7, 13)) for s in symbols}
        try:
            left = complex(sympy.N(a.subs(point), 30))
            right = complex(sympy.N(b.subs(point), 30))
        except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
            return None
        if any(v != v or abs(v) == float("inf") for v in (left, right)):
            return None
        scale = max(abs(left), abs(right), 1.0)
        if abs(left - right) > 1e-9 * scale:
            differs += 1
        elif differs:
            return None  # equal at one point, different at another: a case we do not understand
    return False if differs == _POINTS else True if differs == 0 else None


def check_step(step: str, checked: set[frozenset] = frozenset(), context: Context | None = None) -> list[ClaimResult]:
    """Claims of one step: every rewrite in a chain, the changed side of consecutive equations, and numeric
    equations whose pair of values is not in `checked` (the arithmetic extractor's, so none is counted twice)."""
    results: list[ClaimResult] = []
    context = context if context is not None else Context()
    previous: list[tuple[str, Any]] | None = None
    equation = None  # the step's last equation with symbols, as the numerator of lhs - rhs
    for members, close, gap in statements(step):
        parsed = [(m, parse_member(m)) for m in members]
        rewrites = []  # pairs that must be the same expression
        numeric = []  # pairs that must be the same number
        if len(parsed) >= 3:
            rewrites = list(zip(parsed, parsed[1:]))
            numeric = list(rewrites)
            if parsed[0][1] is not None and any(parsed[0][1] in sides for sides in context.sides):
                rewrites = rewrites[1:]  # "rs+st+rt = ..." after "rs+st+rt = (a^2-81)/2": may use that equation
        elif len(parsed) == 2:
            numeric.append((parsed[0], parsed[1]))
            a, b = parsed[0][1], parsed[1][1]
            lone = a is not None and b is not None and (a.is_Symbol or b.is_Symbol)  # "set x = x + 1": a substitution
            if a is not None and b is not None and a.free_symbols and not (a - b).free_symbols and not lone and not _GIVES_UP.search(step):
                numeric.append(((parsed[0][0], a - b), (parsed[1][0], b - b)))  # "x - 14 - 7 = x - 21": symbols cancel
            if close and previous is not None and len(previous) == 2:
                for side in (0, 1):
                    shared, before, now = previous[side], previous[1 - side], parsed[1 - side]
                    same_text = (_show(shared[0]) == _show(parsed[side][0]) != ""
                                 and not _LONE_LETTER.match(shared[0]))
                    same_number = shared[1] is not None and shared[1] == parsed[side][1] and shared[1].is_number and abs(shared[1]) > 1
                    if same_number:
                        rewrites.append((before, now))  # "2000 = A" right before "2000 = B"
                    if same_text or same_number:
                        numeric.append((before, now))  # "Jojo's points = 251 - 239" right before "Jojo's points = 12"
        for (a_text, a), (b_text, b) in numeric:
            if a is not None and b is not None and not a.free_symbols and not b.free_symbols:
                result = _numeric(a, a_text, b, b_text, f"{_show(a_text)} = {_show(b_text)}", checked)
                if result is not None:
                    results.append(result)
        for (a_text, a), (b_text, b) in rewrites:
            if a is None or b is None or a.is_Symbol or b.is_Symbol or not a.free_symbols:
                continue
            if a.free_symbols != b.free_symbols:
                continue
            text = f"{_show(a_text)} = {_show(b_text)}"
            verdict = same_expression(a, b)
            if verdict is True:
                results.append(ClaimResult("algebra", text, "verified"))
            elif verdict is False and _uses_condition(a - b, context.conditions):
                results.append(ClaimResult("algebra", text, "unchecked", reason="agrees once an earlier equation is used"))
            elif verdict is False:
                results.append(ClaimResult("algebra", text, "refuted",
                                           correct=f"the two sides differ as expressions (e.g. {_witness(a, b)})"))
        if len(parsed) == 2 and parsed[0][1] is not None and parsed[1][1] is not None:
            condition = parsed[0][1] - parsed[1][1]
            if condition.free_symbols:
                context.conditions = (context.conditions + [condition])[-_MAX_CONDITIONS:]
                context.sides = (context.sides + [(parsed[0][1], parsed[1][1])])[-_MAX_CONDITIONS:]
                if equation is not None and _SIMPLIFIES.search(gap[-60:]) and not _ANOTHER.search(gap):
                    result = _equivalent(equation, condition, text=f"{_show(members[0])} = {_show(members[1])}")
                    if result is not None:
                        results.append(result)
                equation = (condition, f"{_show(members[0])} = {_show(members[1])}")
            else:
                equation = None
        else:
            equation = None
        previous = parsed
    return results


def _equivalent(before: tuple[Any, str], after: Any, text: str) -> ClaimResult | None:
    """"Simplifying, we get E2" after E1: E2 must be E1 with its sides rewritten, so the numerators of
    lhs - rhs (over a common denominator) differ by a constant factor."""
    import sympy

    if before[0].free_symbols != after.free_symbols:
        return None
    try:
        ratio = sympy.cancel(sympy.fraction(sympy.together(before[0]))[0] / sympy.fraction(sympy.together(after))[0])
    except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError, sympy.PolynomialError):
        return None
    claim = f"{text} restates {before[1]}"
    if not ratio.free_symbols and ratio != 0:
        return ClaimResult("algebra", claim, "verified")
    return ClaimResult("algebra", claim, "refuted", correct="it is a different equation (lhs - rhs is not a constant multiple)")


def _uses_condition(difference: Any, conditions: list[Any]) -> bool:
    """Does `difference` vanish once an earlier equation, solved for a symbol it holds linearly, is substituted?
    ("(x+y)^2 - 2xy = 10^2 - 2xy" after "x + y = 10" substitutes; it does not rewrite wrongly.)"""
    import sympy

    for condition in reversed(conditions):
        for symbol in condition.free_symbols & difference.free_symbols:
            try:
                slope = sympy.diff(condition, symbol)
                if symbol in slope.free_symbols or slope == 0:
                    continue  # not linear in this symbol
                value = -condition.subs(symbol, 0) / slope
                if same_expression(difference.subs(symbol, value), sympy.Integer(0)) is True:
                    return True
            except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
                continue
    return False


@dataclass
class Context:
    """What a trace has written so far: the last displayed expression standing alone (no relation) and
    the equations with symbols (as `lhs - rhs`), which a later rewrite may use as a condition."""

    last: tuple[str, Any] | None = None
    conditions: list[Any] = field(default_factory=list)
    sides: list[tuple[Any, Any]] = field(default_factory=list)  # the two sides of each of those equations


def check_displays(context: Context, step: str) -> list[ClaimResult]:
    """A displayed expression that a rewrite verb ("combine", "simplify", ...) introduces right after
    another displayed expression claims the two are equal: `$$\\sqrt{3\\cdot(2\\cdot3)}$$ Combine: $$\\sqrt{2\\cdot3^2}$$`."""
    results = []
    gap_start = 0
    for match in _DISPLAY.finditer(step[:20_000]):
        body = next(g for g in match.groups() if g is not None).strip().rstrip(".,")
        gap = step[gap_start:match.start()]
        gap_start = match.end()
        if re.search(r"[=<>≤≥≈]|\\(?:le|ge|neq|approx|quad|text)", body):
            context.last = None
            continue
        value = parse_member(body)
        before, context.last = context.last, (body, value) if value is not None else None
        if value is None or before is None or not _REWRITE_VERB.search(gap) or len(gap) > 160:
            continue
        if before[1].free_symbols != value.free_symbols:
            continue
        text = f"{_show(before[0])} = {_show(body)}"
        if not value.free_symbols:
            result = _numeric(before[1], before[0], value, body, text, set())
            if result is not None:
                results.append(result)
            continue
        verdict = same_expression(before[1], value)
        if verdict is not None:
            results.append(ClaimResult("algebra", text, "verified" if verdict else "refuted",
                                       correct="" if verdict else f"the two differ (e.g. {_witness(before[1], value)})"))
    return results


def _numeric(a: Any, a_text: str, b: Any, b_text: str, text: str, checked: set[frozenset]) -> ClaimResult | None:
    """A numeric equation ("\\binom{5}{2} = 10", "8 = 4b - 4b"): exact for rationals, rounding-aware otherwise."""
    import sympy

    if _BARE_NUMBER.match(a_text) and _BARE_NUMBER.match(b_text):
        return None  # "0 = 5": a contradiction the trace states on purpose
    try:
        values = [v if v.is_Rational else sympy.N(v, 30) for v in (a, b)]
        if not all(v.is_real for v in values):
            return None
        if any(v.is_Rational and max(len(str(abs(v.p))), len(str(v.q))) > _MAX_DIGITS for v in values):
            return None  # too large to check
        numbers = [Fraction(int(v.p), int(v.q)) if v.is_Rational else float(v) for v in values]
    except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
        return None
    if frozenset(numbers) in checked:
        return None
    written = b_text if _operations(b_text) <= _operations(a_text) else a_text
    decimals = max((len(d) for d in re.findall(r"\d\.(\d+)", written)), default=0)
    approximate = "." in a_text + b_text or any(not v.is_Rational for v in values)
    try:
        outcome = compare(numbers[0], numbers[1], decimals=decimals, approximate=approximate)
    except (OverflowError, ValueError, ArithmeticError):
        return None
    if outcome.verdict == "refuted":
        return ClaimResult("arithmetic", text, "refuted", correct=f"{format_number(numbers[0])} ≠ {format_number(numbers[1])}")
    return ClaimResult("arithmetic", text, outcome.verdict, reason=outcome.reason)


def _operations(text: str) -> int:
    return len(re.findall(r"[-+*/^]|\\(?:frac|sqrt|times|cdot|div|binom)", text.lstrip("-")))


def _show(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _witness(a: Any, b: Any) -> str:
    import sympy

    symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)
    point = {s: sympy.Integer(2 + i) for i, s in enumerate(symbols)}
    try:
        shown = ", ".join(f"{s} = {v}" for s, v in point.items())
        return f"at {shown}: {sympy.nsimplify(a.subs(point))} vs {sympy.nsimplify(b.subs(point))}"
    except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
        return "at a random point"

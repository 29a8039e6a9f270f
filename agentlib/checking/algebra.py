"""Claimed solutions: "so x = 5" is substituted into the equation in one unknown that the trace just solved.

Math spans (`$...$`, `\\(...\\)`, `\\[...\\]`, align/equation environments; split at commas, "and", row
breaks and "\\Rightarrow", after which a part is derived, as after "so"; degree marks dropped) are
normalized and parsed with the safe parser (`agentlib.tools.safe_math`, an AST allow-list; never
sympify). An equation whose only free symbol is a single letter becomes the one "being solved" for
that letter (of a chain "a = b = c", its two ends); a later span `x = number` claims a solution, checked
by substitution (exact, then numeric to 1e-9 of scale); so does `x = (12 + 6)/2 = 9`, a value computed for the
letter (its last member; the quadratic formula written out). Only the latest equation in that letter is used,
so a variable reused for a new quantity is compared with its own equation.

A step with no math delimiters is read for plain equations ("x+2x+3x=180", "so x = 30"), clause by clause.

Left out: systems of equations, inequalities, identities between expressions, solutions given as sets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from agentlib.checking.members import same_expression, too_large
from agentlib.checking.report import ClaimResult, Rule

_ENV = r"(?:align|aligned|equation|gather|eqnarray)\*?"
_SPAN = re.compile(rf"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]|"
                   rf"\\begin\{{{_ENV}\}}(.+?)(?:\\end\{{{_ENV}\}}|\Z)", re.S)  # unclosed: to the step's end
# where a span splits; after a row break or an implication a part is derived ("12 + 2y = 12 \\ y = 0")
_PIECES = re.compile(r"(,(?!\d{3}(?!\d))|;|\\q?quad|\\text\{\s*(?:and|or)\s*\}|\b(?:and|or)\b|"
                     r"\\(?:vee|lor)(?![A-Za-z])|\\\\|"
                     r"\\(?:Rightarrow|rightarrow|implies|Longrightarrow|Longleftrightarrow|iff|therefore)(?![A-Za-z]))")
_LETTER_SPAN = re.compile(r"\\\(\s*([a-zA-Z])\s*\\\)|(?<!\$)\$\s*([a-zA-Z])\s*\$(?!\$)")
_NUMERIC = r"[-+\d./()*^\s]*\d[-+\d./()*^\s]*"
_SOLUTION = re.compile(rf"^\s*([a-zA-Z])\s*=\s*({_NUMERIC})$")
# "x = (12 + 6)/2 = 9": a value computed for the letter; its last member is the value claimed
_COMPUTED_SOLUTION = re.compile(rf"^\s*([a-zA-Z])\s*=(?:\s*{_NUMERIC}=)+\s*({_NUMERIC})$")
_TOKEN = r"(?:\d+(?:\.\d+)?(?![\d.])|(?<![A-Za-z'’])[b-zB-HJ-Z](?![A-Za-z'’])|[-+*/^()]|[ \t])"
_PLAIN = re.compile(rf"(?<![\w'’.]){_TOKEN}+(?:={_TOKEN}+)+")
_CLAUSE = re.compile(r"(?:[^,;:!?\n.]|,(?=\d{3})|\.(?=\d))+")
_MAX_SPAN = 300
MAX_EXPONENT = 64
# "x = 2, 3", "x = 2 or -3": several values of one letter, each a claimed solution
_VALUE = r"-?\d+(?:\.\d+)?"
_ALTERNATIVES = re.compile(rf"(?<![\w\\])([a-zA-Z])\s*=\s*({_VALUE})"
                           rf"((?:\s*(?:,\s|\\text\{{\s*or\s*\}}|\bor\b|\\vee\b)\s*"
                           rf"{_VALUE}(?![\d.]*\s*[\w(=^\\{{]))+)")
_MAX_REACH = 160  # characters from the value to the equation it is put into
# words that make an equation after a value a test, not a claim: "checking x = 3: ... = 10? No."
_TESTED = re.compile(r"\b(?:check\w*|test\w*|try|tries|trying|tried|verif\w*|whether|not|no|fails?|neither|suppos\w*|"
                     r"assum\w*|if|case)\b|n't\b|\?", re.I)
# "both sides" and "divide by 4:" derive the value that follows as well: an operation on the equation
_CONCLUDES = re.compile(r"\b(so|thus|therefore|hence|gives|get|got|find|found|obtain|solution|solving|solve[sd]?|"
                        r"both sides|(?:divid|multipl)\w*(?: both sides)? by\b|"
                        r"root|yields?)\b[^.]*$", re.I)


@dataclass
class Equations:
    """The latest equation in one unknown per letter, with its text."""

    latest: dict[str, tuple[Any, str]] = field(default_factory=dict)
    step: int = 0  # the printed number of the step being read (0: the problem)
    where: dict[str, int] = field(default_factory=dict)  # letter -> the step its latest equation came from


_BEFORE_KEPT = 400  # characters of the text before a span that its readers look at (`_MAX_REACH` and a clause)


def _before(text: str, end: int, extra: str = "") -> tuple[str, int]:
    """The last `_BEFORE_KEPT` characters of `text[:end] + extra` and that whole prefix's length: a copy of the
    whole prefix for every span took memory quadratic in a step's length (20,000 one-line sums in one paragraph
    filled the sandbox worker's 2 GiB)."""
    return text[max(0, end - _BEFORE_KEPT):end] + extra, end + len(extra)


def spans(text: str) -> list[tuple[str, str, int]]:
    """(math span, the text before it, that text's whole length) in order; a chain `a = b, c = d` splits on
    commas and "and". The text before is kept to its last `_BEFORE_KEPT` characters.

    A step with no math delimiters is read for plain equations ("x+2x+3x=180", "so x = 30"): runs of
    numbers, operators and single letters that are not words ("a", "I") or a times sign ("3 x 4"). A span
    holding one letter only ("30 + 15 + \\( x \\) = 500") is prose naming a variable: it is unwrapped first."""
    text = _LETTER_SPAN.sub(lambda m: f" {m.group(1) or m.group(2)} ", text)
    if not _SPAN.search(text):
        found: list[tuple[str, str, int]] = []
        for clause in _CLAUSE.finditer(text):  # short clauses keep the scan linear in the step's length
            if "=" not in clause.group() or len(clause.group()) > _MAX_SPAN:
                continue
            found.extend((m.group().strip(), *_before(text, clause.start() + m.start()))
                         for m in _PLAIN.finditer(clause.group())
                         if re.search(r"\w\W*=\W*\w", m.group()) and not re.search(r"\d\s+x\s+\d", m.group()))
        return found
    found = []
    for match in _SPAN.finditer(text):
        body = next(g for g in match.groups() if g is not None)
        body = re.sub(r"\^\s*\{?\s*\\circ\s*\}?|°", "", body)  # degrees: "2x^\circ = 128^\circ"
        body = re.sub(r"\\[,;:! ]|&|\\(?:begin|end)\{[a-z]+\*?\}", " ", body)  # LaTeX spaces, alignment marks
        body = _ALTERNATIVES.sub(_each_alternative, body)  # "x = 2 or 3" -> "x = 2 or x = 3"
        tokens = _PIECES.split(body)
        derived = False
        for part, separator in zip(tokens[0::2], [*tokens[1::2], ""]):
            if part.strip():
                found.append((part, *_before(text, match.start(), " so " if derived else "")))
            derived = derived or (separator.startswith("\\") and not re.match(r"\\(?:q?quad|text)", separator))
    return found


def _each_alternative(match: re.Match[str]) -> str:
    letter, first, rest = match.groups()
    values = [first] + re.findall(_VALUE, rest)
    return " or ".join(f"{letter} = {value}" for value in values)


def check_step(equations: Equations, step: str) -> list[ClaimResult]:
    """Check the claimed solutions of one step, then remember its equations in one unknown."""
    from agentlib.tools.safe_math import (
        ExpressionError,
        normalize_latex,
        parse_equation,
    )

    results = []
    solved: set[str] = set()  # letters just solved: "x = 2 or x = 3", in a row, both solve the same equation
    bound: dict[str, tuple[str, int]] = {}  # letter -> (value text, where in the step), values this step states
    for span, before, at in spans(step):
        if len(span) > _MAX_SPAN or too_large(span):
            continue
        text = _implicit_products(normalize_latex(span))
        solution = _SOLUTION.match(text) or _COMPUTED_SOLUTION.match(text)
        for letter in solved - ({solution.group(1)} if solution else set()):
            equations.latest.pop(letter, None)  # solved: a later value of this letter is about something else
        solved &= {solution.group(1)} if solution else set()
        if solution:
            letter = solution.group(1)
            bound[letter] = (solution.group(2).replace(" ", ""), at)
            result = _check_solution(equations, letter, solution.group(2).replace(" ", ""), text)
            if result is not None and result.verdict == "verified":
                solved.add(letter)
            if result is not None and _CONCLUDES.search(before[-60:]):
                results.append(result)  # without "so", "we get", ... it is a value tried ("at x = 3")
            continue
        if "=" not in text or re.search(r"[<>≤≥]", text):
            continue
        if text.count("=") > 1:  # "b^2 = c^2 - a^2 = 169 - 144 = 25": its ends are an equation too
            sides = text.split("=")
            text = f"{sides[0]} = {sides[-1]}"
        try:
            equation = parse_equation(text)
        except (ExpressionError, ValueError, TypeError, RecursionError, ArithmeticError, AttributeError):
            continue  # outside the safe parser's language: not checkable
        free: set[Any] = getattr(equation, "free_symbols", set())
        substituted = _substituted(equation, text, bound, before, at) if free else None
        if substituted is not None:
            results.append(substituted)
            continue
        if len(free) == 1 and getattr(equation, "is_Relational", False):
            (symbol,) = free
            if (len(symbol.name) == 1 and symbol not in (equation.lhs, equation.rhs)  # not "x = 10/3"
                    and same_expression(equation.lhs, equation.rhs) is not True):
                # an identity ("x^2 - 5x + 6 = (x - 2)(x - 3)") holds for every x: the equation being solved stays
                equations.latest[symbol.name] = (equation, text)
                equations.where[symbol.name] = equations.step
    for letter in solved:
        equations.latest.pop(letter, None)
    return results


def _check_solution(equations: Equations, letter: str, value_text: str, text: str) -> ClaimResult | None:
    import sympy

    from agentlib.tools.safe_math import ExpressionError, parse_expression

    if letter not in equations.latest:
        return None
    equation, equation_text = equations.latest[letter]
    try:
        value = parse_expression(value_text.rstrip(". "))
    except (ExpressionError, ValueError, TypeError, RecursionError):
        return None
    if getattr(value, "free_symbols", None) or not getattr(value, "is_number", False):
        return None
    if any(abs(power.exp) > MAX_EXPONENT for power in equation.atoms(sympy.Pow) if power.exp.is_number):
        return None  # substituting could build a number too large to check in time
    (symbol,) = equation.free_symbols
    try:
        difference = (equation.lhs - equation.rhs).subs(symbol, value)
        numeric = complex(difference.evalf(30))
        scale = max(1.0, abs(complex(equation.lhs.subs(symbol, value).evalf(30))))
    except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
        return None
    claim = f"{text} solves {equation_text}"
    where = equations.where.get(letter, 0)
    source = f"step {where}: {equation_text}" if where else f"the problem: {equation_text}"
    if abs(numeric) <= 1e-9 * scale:
        return ClaimResult("algebra", claim, "verified", rule=Rule.SOLUTION)
    if "." in value_text and abs(numeric) <= 1e-2 * scale:
        return ClaimResult("algebra", claim, "unchecked", reason="a rounded solution", rule=Rule.SOLUTION)
    return ClaimResult("algebra", claim, "refuted", rule=Rule.SOLUTION, source=source,
                       correct=f"substituting {letter} = {value_text} leaves {equation_text} "
                               f"off by {sympy.nsimplify(difference)}")


def _substituted(equation: Any, text: str, bound: dict[str, tuple[str, int]], before: str,
                 at: int) -> ClaimResult | None:
    """"b = 7.3 and c = 1.91, which gives b + c = 9.21": an equation whose unknowns all got values shortly before
    in the same step, with a number on one side, claims its value there; not after words that test or negate."""
    import sympy

    from agentlib.checking.arithmetic import compare
    from agentlib.tools.safe_math import ExpressionError, parse_expression

    names = {s.name for s in equation.free_symbols}
    if not getattr(equation, "is_Relational", False) or not names <= set(bound):
        return None
    if equation.lhs.free_symbols and equation.rhs.free_symbols or len(text) > _MAX_SPAN:
        return None
    start = min(bound[name][1] for name in names)
    if max(where for _, where in bound.values()) > max(bound[name][1] for name in names):
        return None  # a value stated since for another letter opens another case ("for b = 3, a^2 = 8")
    kept = at - len(before)  # where `before`, the tail of the text before the equation, starts
    if (at - start > _MAX_REACH or _TESTED.search(before[start - kept:])
            or _TESTED.search(before[max(0, start - 40 - kept):start - kept])):
        return None  # a value stated far back in a long step may belong to another case
    expression, number = (equation.lhs, equation.rhs) if equation.lhs.free_symbols else (equation.rhs, equation.lhs)
    if not expression.args or not number.is_number:
        return None  # "x = 3" again: a value, not a computation
    try:
        values = {s: parse_expression(bound[s.name][0]) for s in expression.free_symbols}
        if any(abs(power.exp) > MAX_EXPONENT for power in expression.atoms(sympy.Pow) if power.exp.is_number):
            return None
        computed, claimed = expression.subs(values), number
        if not (computed.is_number and claimed.is_number):
            return None
        exact = computed.is_Rational and claimed.is_Rational
        left = Fraction(int(computed.p), int(computed.q)) if exact else float(computed.evalf(30))
        right = Fraction(int(claimed.p), int(claimed.q)) if exact else float(claimed.evalf(30))
    except (ExpressionError, TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
        return None
    written = text.split("=")[-1] if equation.lhs.free_symbols else text.split("=")[0]
    decimals = max((len(d) for d in re.findall(r"\d\.(\d+)", written)), default=0)
    outcome = compare(left, right, decimals=decimals, approximate=not exact)
    given = ", ".join(f"{name} = {bound[name][0]}" for name in sorted(names))
    claim = f"{text} at {given}"
    if outcome.verdict == "refuted":
        return ClaimResult("algebra", claim, "refuted", rule=Rule.SUBSTITUTION, source=f"this step: {given}",
                           correct=f"with {given}, {sympy.sstr(expression)} = {_shown(computed)}")
    return ClaimResult("algebra", claim, outcome.verdict, reason=outcome.reason, rule=Rule.SUBSTITUTION)


def _shown(value: Any) -> str:
    from agentlib.checking.arithmetic import format_number

    if value.is_Rational:
        return format_number(Fraction(int(value.p), int(value.q)))
    return f"{float(value.evalf(30)):.6g}"


def _implicit_products(text: str) -> str:
    """`2x` -> `2*x`, `3(x+1)` -> `3*(x+1)`, `)(` -> `)*(`: the safe parser wants explicit products."""
    text = re.sub(r"(?<=\d)\s*(?=[a-zA-Z(])", "*", text)
    return re.sub(r"\)\s*(?=[\w(])", ")*", text)

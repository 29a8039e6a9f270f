"""A function defined by cases, evaluated where the question asks ("Let $f(x) = \\begin{cases} x^2 & \\text{if }
x < 0 \\\\ 2x + 1 & \\text{if } x \\ge 0 \\end{cases}$. Find $f(-3) + f(2)$.", and the same with
`\\left\\{ \\begin{array}{cl} ... \\end{array} \\right.`, "otherwise", conditions joined by "and", chains
a < x <= b, and calls inside calls, f(f(1))).

The reader makes a `piecewise_value` request: items are the question, with each call replaced by a placeholder
symbol, then each branch's formula and its conditions as a tuple (an empty tuple for "otherwise"); `at` holds
(placeholder, argument) inner calls first, `variable` the function's parameter, `definitions` its name.
`piecewise_value` picks, for each argument, the one branch whose conditions SymPy decides true exactly (every
other branch decided false), and checks each decision again at 30 digits where the argument is not on the
boundary. An argument no branch or two disagreeing branches cover, or a condition SymPy cannot decide,
abstains.

Left out: conditions in words ("if n is even"), "or", a question with anything but calls and numbers.
"""

from __future__ import annotations

import re
from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display, latex, numeric_value
from agentlib.mathsolve.request import MathRequest
from agentlib.tools.notation import NotationError, to_plain

_DEFINITION = re.compile(
    r"(?P<name>[A-Za-z])\s*\(\s*(?P<var>[A-Za-z])\s*\)\s*=\s*(?:"
    r"\\left\s*\\\{\s*\\begin\{array\}\s*\{[^{}]*\}(?P<array>.*?)\\end\{array\}\s*\\right\s*\."
    r"|\\begin\{cases\}(?P<cases>.*?)\\end\{cases\})")
_OPEN = r"(?:\$\$?|\\\[|\\\()"
_CLOSE = r"(?:\$\$?|\\\]|\\\))"
_BEFORE = re.compile(rf"^(?:(?:let|if|define|suppose|given|consider)\s+(?:the\s+function\s+)?)?{_OPEN}?\s*$", re.I)
_AFTER = re.compile(
    rf"^{_CLOSE}?\s*[.,;]?\s*(?:then\s+)?(?:find|compute|evaluate|calculate|determine|what\s+is)\s+"
    rf"(?:the\s+value\s+of\s+)?{_OPEN}(?P<question>[^$]+?){_CLOSE}\s*[.?]?\s*$", re.I)
_TEXT = re.compile(r"\\(?:text|textrm|mbox|mathrm)\s*\{([^{}]*)\}")
_RELATION = re.compile(r"<=|>=|!=|==|<|>|=")
_PLACEHOLDER_LETTERS = "PQRUVW"
_MOST_CALLS = 12


def read_piecewise(text: str) -> MathRequest | None:
    """The `piecewise_value` request `text` asks for, or None when it is not this shape."""
    plain = " ".join(text.split())
    found = _DEFINITION.search(plain)
    if found is None or not _BEFORE.match(plain[:found.start()].strip()):
        return None
    after = _AFTER.match(plain[found.end():].strip())
    if after is None:
        return None
    name, variable = found.group("name"), found.group("var")
    branches = _branches(found.group("array") or found.group("cases") or "", variable)
    if branches is None:
        return None
    letter = next((c for c in _PLACEHOLDER_LETTERS if c not in plain), None)
    calls = _calls(after.group("question"), name, letter) if letter else None
    if calls is None:
        return None
    question, arguments = calls
    try:
        items = [to_plain(question)] + [part for body, conditions in branches for part in (body, conditions)]
        at = tuple((placeholder, to_plain(argument)) for placeholder, argument in arguments)
    except NotationError:
        return None
    if re.search(rf"(?<![A-Za-z_]){name}(?![A-Za-z_])", items[0]) or not at:
        return None  # the function named outside a call: not a value this reading knows
    return MathRequest(task="piecewise_value", items=tuple(items), shown=(found.group(0), after.group("question")),
                       variable=variable, at=at, definitions=((name, (variable,), "by cases"),),
                       notes=(f"{name} is defined by cases; each value uses the case its argument satisfies",))


def _branches(body: str, variable: str) -> list[tuple[str, str]] | None:
    """[(formula, conditions as a tuple)] from the rows of a cases / array body; None if a row is unclear."""
    rows = [row.strip() for row in body.split("\\\\") if row.strip()]
    out: list[tuple[str, str]] = []
    for number, row in enumerate(rows):
        cells = row.split("&")
        if len(cells) != 2:
            return None
        condition = _TEXT.sub(lambda m: f" {m.group(1)} ", cells[1]).strip().rstrip(".,;").strip()
        condition = re.sub(r"^(?:if|for|when)\b", "", condition.strip(), flags=re.I).strip().rstrip(".,;").strip()
        if re.fullmatch(r"otherwise|else|(?:for\s+)?all\s+other\s+\w+", condition, re.I):
            if number != len(rows) - 1:
                return None
            relations: list[str] = []
        else:
            relations = _relations(condition, variable)
            if not relations:
                return None
        try:
            formula = to_plain(cells[0].strip().rstrip(",").strip())
        except NotationError:
            return None
        out.append((formula, "(" + "".join(r + ", " for r in relations) + ")"))
    return out if len(out) >= 2 else None


def _relations(condition: str, variable: str) -> list[str]:
    """"x \\ge 0 and x < 3", "-2 < x \\le 2": each comparison of the variable; [] when a part is not one."""
    out = []
    for part in re.split(r"\s+and\s+|,\s*", condition):
        try:
            written = to_plain(part)
        except NotationError:
            return []
        sides = _RELATION.split(written)
        signs = _RELATION.findall(written)
        if not signs or any(not side.strip() for side in sides) or variable not in written:
            return []
        for left, sign, right in zip(sides, signs, sides[1:]):
            out.append(f"{left.strip()} {'==' if sign == '=' else sign} {right.strip()}")
    return out


def _calls(question: str, name: str, letter: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The question with each call name(...) replaced by letter_k, and [(letter_k, argument)], inner calls first
    (an outer argument then holds the inner placeholder, whose value the worker knows by then)."""
    arguments: list[tuple[str, str]] = []
    call = re.compile(rf"(?<![A-Za-z\\]){name}\s*(?:\\left\s*)?\(")
    while call.search(question) is not None:
        innermost = None
        for found in call.finditer(question):
            end = _closing(question, found.end() - 1)
            if end is None:
                return None
            if call.search(question[found.end():end]) is None:
                innermost = (found.start(), found.end(), end)
                break
        if innermost is None or len(arguments) >= _MOST_CALLS:
            return None
        start, open_end, end = innermost
        argument = re.sub(r"\\right\s*$", "", question[open_end:end]).strip()
        placeholder = f"{letter}_{len(arguments) + 1}"
        arguments.append((placeholder, argument))
        question = question[:start] + f" {placeholder} " + question[end + 1:]
    return question, arguments


def _closing(text: str, opening: int) -> int | None:
    """The index of the parenthesis that closes the one at `opening`."""
    depth = 0
    for index in range(opening, len(text)):
        depth += {"(": 1, ")": -1}.get(text[index], 0)
        if depth == 0:
            return index
    return None


# ---------------------------------------------------------------------------------------------------
# Worker side
# ---------------------------------------------------------------------------------------------------


def piecewise_value(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """The question's value with each call replaced by the value of the case its argument satisfies."""
    import sympy as sp

    from agentlib.tools.safe_math import parse_expression

    question, rest = objects[0], objects[1:]
    if not isinstance(question, sp.Expr) or len(rest) % 2 or not request.variable or not request.definitions:
        raise Abstain("the function by cases was not read completely", "not_understood")
    variable = sp.Symbol(request.variable)
    name = request.definitions[0][0]
    branches = [(rest[i], rest[i + 1]) for i in range(0, len(rest), 2)]
    if any(not isinstance(body, sp.Expr) or not isinstance(conditions, tuple) for body, conditions in branches):
        raise Abstain("a case of the function is not a formula with its conditions", "not_understood")
    values: dict[Any, Any] = {}
    for placeholder, written in request.at:
        argument = parse_expression(written, calculus=True).subs(values)
        if not isinstance(argument, sp.Expr) or argument.free_symbols:
            raise Abstain(f"the argument {written} of {name} is not a number", "ambiguous")
        values[sp.Symbol(placeholder)] = _value_at(name, variable, branches, argument, work)
    if question.free_symbols - set(values):
        raise Abstain("the question has letters other than the function's values", "ambiguous")
    from agentlib.mathsolve import numbers

    result = numbers.evaluate(question.subs(values), work)
    return Answer(display(result), latex(result), {"kind": "expression", "expression": str(result)})


def _value_at(name: str, variable: Any, branches: list[tuple[Any, tuple]], argument: Any, work: Work) -> Any:
    import sympy as sp

    holding = []
    for body, conditions in branches:
        if not conditions:
            continue
        truths = [_decided(condition, variable, argument, work) for condition in conditions]
        if all(truths):
            holding.append((body, conditions))
    if not holding:
        otherwise = [body for body, conditions in branches if not conditions]
        if not otherwise:
            raise Abstain(f"no case of {name} covers {display(argument)}", "ambiguous")
        holding = [(otherwise[0], ())]
    results = [sp.simplify(body.subs(variable, argument)) for body, _ in holding]
    if any(sp.simplify(r - results[0]) != 0 for r in results[1:]):
        raise Abstain(f"two cases of {name} give different values at {display(argument)}", "ambiguous")
    chosen = holding[0][1]
    case = " and ".join(display(c) for c in chosen) if chosen else "otherwise"
    work.checked(f"{name}({display(argument)}): the case {case}", results[0], True,
                 f"{name}({display(argument)}) = {display(results[0])}", "the case's conditions decided exactly")
    return results[0]


def _decided(condition: Any, variable: Any, argument: Any, work: Work) -> bool:
    """The condition at the argument, decided exactly by SymPy and checked at 30 digits off the boundary."""
    import sympy as sp

    if not isinstance(condition, sp.core.relational.Relational):
        raise Abstain("a condition of the function is not a comparison", "not_understood")
    truth = condition.subs(variable, argument)
    if truth not in (sp.true, sp.false):
        raise Abstain(f"cannot decide whether {display(condition)} at {display(argument)}", "unsupported")
    gap = numeric_value(condition.lhs.subs(variable, argument) - condition.rhs.subs(variable, argument))
    if gap is not None and abs(gap) > 1e-20 and abs(gap.imag) < 1e-25:
        again = bool(condition.func(sp.Float(gap.real, 30), 0))
        work.verify(f"{display(condition)} at {display(argument)} is {bool(truth)}", again == bool(truth),
                    f"the sides differ by about {gap.real:.6g}")
    return bool(truth)

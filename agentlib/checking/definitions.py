"""Functions a problem (or a step) defines by a formula ("If $f(x)=x^3$, ...") and their values at numbers.

A step that writes `f(8) = 500` claims a value of the problem's `f`; `expand_calls` writes the call out as the
formula with the number put in (`((8)^3)`), so the rewrite and number checks in `identities.py` see it. A step
may define a function of its own ("Let $g(t) = 3t + 1$"), unless it does so under a condition ("if", "for",
"suppose", "case"); a name defined two ways, or one the problem defines, keeps no trace definition.

Left out, because the formula alone does not give the value: piecewise definitions (`cases`, `array`, "if",
"for x > 0"), a name defined twice or through another function (`g(x) = f(x) + 1`, recursions), inverses
(`f^{-1}(8)` is not a call of `f`), and calls whose argument is not a plain number or numeric fraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DEFINITION = re.compile(
    r"(?<![A-Za-z\\])([a-z])\s*\(\s*([a-z])\s*\)\s*=\s*([^$=<>]+?)\s*(?=\$|\\\)|\\\]|,|\.\s|\s+for\b|\s+and\b)")
_PIECEWISE = re.compile(r"\\begin\{(?:cases|array)|\\text\s*\{\s*(?:if|for|when)\b")
_RESTRICTED = re.compile(r"^\W{0,3}\s*(?:for|when|if|where)\s+(?!all\b|every\b|any\b|each\b)", re.I)
_NUMBER_ARGUMENT = r"[-+*/^ .\d]{1,20}|\\[dt]?frac\{\d{1,6}\}\{\d{1,6}\}"
_MAX_BODY = 120
_CONDITIONAL = re.compile(r"\b(?:if|for|when|whenever|suppose|supposing|assum\w*|case|otherwise|try|consider|"
                          r"where)\b", re.I)


@dataclass(frozen=True)
class Definition:
    """`name(variable) = body`, the body as written (LaTeX)."""

    variable: str
    body: str


def function_definitions(problem: str, *, in_a_step: bool = False) -> dict[str, Definition]:
    """The one-letter functions `problem` defines by a single formula in one variable, by name.

    `in_a_step`: the text is a step of a trace, where "f(x) = 0" sets a value (the body must hold the variable)
    and a definition after "if", "for", "suppose", "case" ... holds only there."""
    if _PIECEWISE.search(problem):
        return {}
    found: dict[str, Definition | None] = {}
    for match in _DEFINITION.finditer(problem[:20_000]):
        name, variable, body = match.groups()
        restricted = _RESTRICTED.match(problem[match.end():match.end() + 30].lstrip("$\\)] "))
        if in_a_step and (not re.search(rf"(?<![A-Za-z\\]){variable}(?![A-Za-z])", body)
                          or _CONDITIONAL.search(
                              re.split(r"[.!?]\s", problem[max(0, match.start() - 80):match.start()])[-1])):
            continue
        if (name in found or name == variable or len(body) > _MAX_BODY or restricted
                or re.search(r"(?<![A-Za-z\\])[a-z]\s*\(", body.replace(variable + "(", ""))):
            found[name] = None  # defined twice, through another call, or only on part of its domain
            continue
        found[name] = Definition(variable, body.strip())
    return {name: definition for name, definition in found.items() if definition is not None}


def expand_calls(text: str, definitions: dict[str, Definition]) -> str:
    """`text` with each call of a defined function at a number replaced by the formula at that number."""
    if not definitions:
        return text
    text = re.sub(r"\\(?:left|right)\b", "", text)
    call = re.compile(r"(?<![A-Za-z\\])([" + "".join(definitions) + r"])\s*\(\s*(" + _NUMBER_ARGUMENT + r")\s*\)")

    def written_out(match: re.Match) -> str:
        definition = definitions[match.group(1)]
        value = "(" + match.group(2) + ")"
        return "(" + re.sub(r"(?<![A-Za-z\\])" + definition.variable + r"(?![A-Za-z])", lambda _m: value,
                            definition.body) + ")"

    return call.sub(written_out, text)  # one pass: in f(f(2)) the outer argument is no plain number

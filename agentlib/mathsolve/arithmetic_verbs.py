"""An arithmetic verb in the imperative written as the formula it asks for: "multiply 12 by 7", "multiply 3/4 and
2/5", "divide 12 by 4", "add 5 and 7", "add 5 to 7", "subtract 3 from 10" (10 - 3, in that order).

People ask for one operation on two operands as a command; the readers knew "12 multiplied by 7" and "the product
of 12 and 7" but not the verb first, so the request fell to "a word problem needs a model". The verb fixes the
order: "subtract a from b" is b - a and "divide a by b" is a / b. Each operand is written in parentheses, so "divide
1 + 2 by 3" is (1 + 2)/(3), as said. With a letter in the operands the result is simplified ("add x^2 + 1 and
2x - 3") or, for "multiply", expanded ("multiply (x+1) by (x-1)"); "multiply" before a product already written
side by side ("multiply (3 + 2i)(1 - 4i)") asks to multiply it out.

Only a whole request of that one shape is rewritten (a politeness word, a "?" or "." around it). Each operand must
be a formula by itself: no other word than a function name, no comma outside brackets (a matrix keeps its commas),
and neither holds the verb's joining word again ("add 5 and 7 and 3" is not rewritten: the reader of lists
decides). "divide 3 into 12" (12 / 3 by one convention, 3 / 12 by the words' order) is not read.
"""

from __future__ import annotations

import re

_JOINS = {"multiply": ("by", "and", "with"), "divide": ("by",), "add": ("and", "to"), "subtract": ("from",)}
_REQUEST = re.compile(
    r"\s*(?:(?:please|pls|plz|can you|could you|now)\s+)?"
    r"(?P<verb>multiply|divide|add|subtract)\s+(?P<body>[^?!\n]{1,400}?)\s*[?.!]?\s*", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]{2,}")
_PRODUCT = re.compile(r"\)\s*\(")  # two factors side by side: "(3 + 2i)(1 - 4i)"
_LETTER = re.compile(r"[A-Za-z]")
_PLAIN = re.compile(r"-?\d+(?:\.\d+)?%?")
_FUNCTIONS = frozenset({"sqrt", "sin", "cos", "tan", "log", "ln", "exp", "pi", "abs"})


def is_formula(operand: str) -> bool:
    """`operand` is a formula alone: no word but a function name, no comma outside brackets, not empty."""
    if not operand.strip() or any(w.lower() not in _FUNCTIONS for w in _WORD.findall(operand)):
        return False
    depth = 0
    for ch in operand:
        depth += ch in "([{"
        depth -= ch in ")]}"
        if depth < 0 or (ch in ",;" and depth == 0):
            return False
    return depth == 0


def _with_percent(verb: str, join: str, first: str, second: str) -> str | None:
    """A percent operand as a calculator reads it, unparenthesized: "add 10% to 50" is 50 + 10% (55, a tenth of 50
    added), "subtract 20% from 80" is 80 - 20% (64); parenthesized it was 50 + 0.1. Only a plain number and a
    percent are written so."""
    if not (_PLAIN.fullmatch(first) and _PLAIN.fullmatch(second)):
        return None
    if verb == "add":
        return f"{first} + {second}" if join == "and" else f"{second} + {first}"
    if verb == "subtract":
        return f"{second} - {first}"
    return f"({first}) * ({second})" if verb == "multiply" else None  # "multiply 50 by 10%": 5


def spell_arithmetic_verb(text: str) -> str:
    """`text` written as its formula when it is one arithmetic verb on two operands, else unchanged."""
    match = _REQUEST.fullmatch(text)
    if match is None:
        return text
    verb, body = match.group("verb").lower(), match.group("body")
    readings = []
    for join in _JOINS[verb]:
        parts = re.split(rf"\s+{join}\s+", body, flags=re.IGNORECASE)
        if len(parts) == 2 and is_formula(parts[0]) and is_formula(parts[1]):
            readings.append((join, parts[0].strip(), parts[1].strip()))
    if not readings and verb == "multiply" and _PRODUCT.search(body) and is_formula(body):
        return f"expand {body.strip()}"  # "multiply (3 + 2i)(1 - 4i)": the product is written, multiply it out
    if len(readings) != 1:
        return text
    join, first, second = readings[0]
    if "%" in first + second:
        return _with_percent(verb, join, first, second) or text
    formula = (f"({first}) * ({second})" if verb == "multiply" else f"({first}) / ({second})" if verb == "divide"
               else f"({first}) + ({second})" if verb == "add" and join == "and"
               else f"({second}) + ({first})" if verb == "add" else f"({second}) - ({first})")
    if not _LETTER.search(formula):
        return formula
    return f"{'expand' if verb == 'multiply' else 'simplify'} {formula}"  # "multiply (x+1) by (x-1)": x^2 - 1


__all__ = ["spell_arithmetic_verb"]

"""An operation named by its result's word, written as the formula: "the sum of 3 and 4" (3 + 4), "what is the
product of 2/3 and 9" ((2/3)*(9)), "the sum of 2, 5 and 11", "the difference between 20 and 4" (20 - 4).

The readers took "sum" and "product" for the sum or product of a series or of solutions, and abstained ("a sum,
product or count of something this reader does not name"). Each operand must be a formula by itself (a number, a
fraction, a formula in letters; no other word), and the request must be that one phrase (a "what is", a politeness
word, a "?" around it). "the difference between a and b" is read only when a is not below b (the difference people
mean is the positive one; "between 4 and 20" may be 16 or -16 and is left unread), and only for numbers.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.arithmetic_verbs import is_formula

_REQUEST = re.compile(
    r"\s*(?:(?:please|pls|plz|can you|could you|now)\s+)?(?:(?:what(?:'s| is)|find|calculate|compute|give me)\s+)?"
    r"the\s+(?P<word>sum|product|difference)\s+(?P<link>of|between)\s+(?P<body>[^?!\n]{1,400}?)\s*[?.!]?\s*",
    re.IGNORECASE)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:/\d+)?")


def spell_worded_operation(text: str) -> str:
    """`text` written as its formula when it is "the sum / product / difference of A and B", else unchanged."""
    match = _REQUEST.fullmatch(text)
    if match is None:
        return text
    word, link = match["word"].lower(), match["link"].lower()
    operands = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match["body"])]
    if len(operands) < 2 or not all(is_formula(p) for p in operands):
        return text
    if word == "difference":
        if len(operands) != 2 or not all(_NUMBER.fullmatch(p) for p in operands) or \
                _value(operands[0]) < _value(operands[1]):
            return text
        return f"({operands[0]}) - ({operands[1]})"
    if link != "of":
        return text
    joined = " + " if word == "sum" else " * "
    formula = joined.join(f"({p})" for p in operands)
    if re.search(r"[A-Za-z]", formula):
        return f"expand {formula}"  # "the sum of x^2 and 3x": x^2 + 3x, written out
    return formula


def _value(number: str) -> float:
    top, _, bottom = number.partition("/")
    return float(top) / float(bottom or 1)


__all__ = ["spell_worded_operation"]

"""Congruences and remainders between numbers: "2^{10} \\equiv 2 \\pmod{7}", "17 \\bmod 5 = 2", "the remainder
when 100 is divided by 7 is 2".

A chain "A \\equiv B \\equiv C \\pmod{m}" whose members are integer expressions (integers, + - *, powers with
natural exponents, factorials, brackets, `\\cdot`, `\\times`) claims that neighbours leave the same remainder
mod m; each member is evaluated mod m exactly (powers by modular exponentiation, so `3^{10^{9}}` costs
microseconds), and a pair that differs is refuted with both remainders. "A mod m = r" and "the remainder when
A is divided by m is r" are the same claim.

Left out: members with letters (`p! \\equiv 0 \\pmod p` is a theorem, not a computation), division and
fractions mod m, negated congruences (`\\not\\equiv`), moduli that are not plain integers of 2 or more, and
exponents past `_MAX_EXPONENT_DIGITS` digits.
"""

from __future__ import annotations

import ast
import math
import re

from agentlib.checking.members import MATH_SPAN
from agentlib.checking.report import ClaimResult, Rule

_MODULUS = re.compile(r"\(?\s*\\?(?:pmod|bmod|mod|text\s*\{\s*mod\s*\}|mathrm\s*\{\s*mod\s*\})"
                      r"\s*\{?\s*(\d{1,12})\s*\}?\s*\)?")
_STATEMENT = re.compile(r",|;|\\q?quad|\\text\s*\{\s*(?:and|so|thus|since|then)\s*\}"
                        r"|\\(?:implies|Rightarrow)(?![A-Za-z])")
_EQUIV = re.compile(r"\\equiv|≡")
_BINARY = re.compile(r"(?<![\w.])(\d{1,40}(?:\s*\^\s*\{?\s*\d{1,20}\s*\}?)?)\s*\\?(?:bmod|mod)\s*(\d{1,12})"
                     r"\s*=\s*(\d{1,12})(?!\d|\.\d)")
_REMAINDER = re.compile(r"remainder\s+(?:when|of)\s+\$?([^$]{1,80}?)\$?\s+(?:is\s+)?divided\s+by\s+\$?(\d{1,12})\$?"
                        r"\s*(?:,\s*)?is\s+\$?(\d{1,12})\$?(?!\d|\.\d)", re.I)
_MAX_EXPONENT_DIGITS = 40
_MAX_FACTORIAL = 100_000
_MAX_MEMBER = 200


class _NotInteger(ValueError):
    """A member that is not an integer expression this module evaluates."""


def check_congruences(step: str) -> list[ClaimResult]:
    """The congruence and remainder claims of `step` between integer expressions, evaluated exactly."""
    text = step[:20_000]
    results: list[ClaimResult] = []
    for match in MATH_SPAN.finditer(text):
        body = next(g for g in match.groups() if g is not None)
        if _EQUIV.search(body) and "\\not" not in body:
            for statement in _STATEMENT.split(body):
                results.extend(_chain(statement))
    for match in _BINARY.finditer(text):
        results.extend(_claim(match.group(1), match.group(2), match.group(3), match.group(0)))
    for match in _REMAINDER.finditer(text):
        results.extend(_claim(match.group(1), match.group(2), match.group(3), " ".join(match.group(0).split())))
    return results


def _chain(statement: str) -> list[ClaimResult]:
    moduli = _MODULUS.findall(statement)
    if len(set(moduli)) != 1 or int(moduli[0]) < 2:
        return []
    modulus = int(moduli[0])
    members = [m.strip() for m in _EQUIV.split(_MODULUS.sub(" ", statement))]
    values = [_value(m, modulus) for m in members]
    results = []
    for (a_text, a), (b_text, b) in zip(zip(members, values), zip(members[1:], values[1:])):
        if a is None or b is None:
            continue
        shown = f"{_show(a_text)} ≡ {_show(b_text)} (mod {modulus})"
        if a == b:
            results.append(ClaimResult("arithmetic", shown, "verified", rule=Rule.CONGRUENCE))
        else:
            results.append(ClaimResult("arithmetic", shown, "refuted", rule=Rule.CONGRUENCE,
                                       correct=f"{_show(a_text)} leaves {a} and {_show(b_text)} leaves {b} "
                                               f"mod {modulus}"))
    return results


def _claim(expression: str, modulus_text: str, remainder_text: str, shown: str) -> list[ClaimResult]:
    modulus, remainder = int(modulus_text), int(remainder_text)
    value = _value(expression, modulus) if modulus >= 2 else None
    if value is None:
        return []
    if value == remainder % modulus and 0 <= remainder < modulus:
        return [ClaimResult("arithmetic", shown, "verified", rule=Rule.CONGRUENCE)]
    return [ClaimResult("arithmetic", shown, "refuted", rule=Rule.CONGRUENCE,
                        correct=f"{_show(expression)} leaves {value} mod {modulus}")]


def _value(text: str, modulus: int) -> int | None:
    """`text` mod `modulus` when it is an integer expression, else None."""
    source = _python(text)
    if source is None:
        return None
    try:
        tree = ast.parse(source, mode="eval")
        return _walk(tree.body, modulus) % modulus
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError, _NotInteger):
        return None


def _python(text: str) -> str | None:
    """A LaTeX integer expression as Python syntax, or None when it holds anything else."""
    text = text.strip().rstrip(".,;:")
    if not text or len(text) > _MAX_MEMBER:
        return None
    text = re.sub(r"\\(?:left|right|,|;|!|:)", " ", text)
    text = re.sub(r"\\(?:cdot|times)|×|·", "*", text)
    text = text.replace("{", "(").replace("}", ")").replace("−", "-")
    text = re.sub(r"(\d+|\))\s*!", r"fact(\1)", text)
    if re.search(r"[^\d\s+\-*^()a-z]|[a-z]", text.replace("fact(", "(")):
        return None  # letters, division, fractions, commands we did not translate
    text = re.sub(r"(?<=[\d)])\s*(?=\()", "*", text)
    text = re.sub(r"\)\s*(?=\d)", ")*", text)
    return text.replace("^", "**")


def _walk(node: ast.AST, modulus: int) -> int:
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _walk(node.operand, modulus)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
        exponent = _exact(node.right)
        if exponent < 0:
            raise _NotInteger("a negative exponent")
        return pow(_walk(node.left, modulus), exponent, modulus)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult)):
        left, right = _walk(node.left, modulus), _walk(node.right, modulus)
        return _combine(node.op, left, right) % modulus
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "fact"\
            and len(node.args) == 1:
        n = _exact(node.args[0])
        if not 0 <= n <= _MAX_FACTORIAL:
            raise _NotInteger("a factorial too large")
        if n >= modulus:
            return 0
        value = 1
        for k in range(2, n + 1):
            value = value * k % modulus
        return value
    raise _NotInteger(type(node).__name__)


def _exact(node: ast.AST) -> int:
    """An exponent's exact value (small: integers, + - *, powers), bounded in digits."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        value = node.value
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        value = -_exact(node.operand)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Pow)):
        left, right = _exact(node.left), _exact(node.right)
        if isinstance(node.op, ast.Pow):
            if right < 0 or (abs(left) > 1 and right * math.log10(abs(left)) > _MAX_EXPONENT_DIGITS):
                raise _NotInteger("an exponent too large")
            value = left ** right
        else:
            value = _combine(node.op, left, right)
    else:
        raise _NotInteger(type(node).__name__)
    if len(str(abs(value))) > _MAX_EXPONENT_DIGITS:
        raise _NotInteger("an exponent too large")
    return value


def _combine(op: ast.operator, left: int, right: int) -> int:
    return left + right if isinstance(op, ast.Add) else left - right if isinstance(op, ast.Sub) else left * right


def _show(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()

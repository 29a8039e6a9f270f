"""European decimal commas in arithmetic: "3,5 + 1,25" is 3.5 + 1.25.

A comma between digits is a decimal comma, a thousands separator or a list separator. It is read as a decimal
comma only when that is the sole reading of the whole text: every comma in it stands between digits, none has
exactly three digits after it (the thousands shape "1,250"), none is inside brackets (arguments, points,
intervals), and the numbers are operands of arithmetic (+ - × ÷ * / ^ beside a number). "gcd of 12,18" (no
arithmetic) and "f(1,5)" stay as they are. In a request written in a language that writes decimal commas
(`number_locale`: "Löse 2,5x = 10", "Calcule 12,5 % de 80", "Berechne √6,25"), a number is an operand also beside
a letter it multiplies, a relation, a percent sign, a root or a superscript power, or the whole after a percent
and its 'of' ("20 % de 45,50").
"""

from __future__ import annotations

import re

from agentlib.mathsolve.number_locale import writes_decimal_commas

_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d+),(\d+)(?![\d,.])")
_OPERAND = re.compile(r"\d+,\d+\s*[-+×÷*/^−·⋅]|[-+×÷*/^−·⋅]\s*\d+,\d+")
# "20% de 45,50", "15 % von 12,80": the whole a percent is taken of, after that language's 'of'
_LOCAL_OPERAND = re.compile(r"\d+,\d+(?:[a-zA-Z(²³]|\s*[=<>≤≥%])|(?:[=<>≤≥√]|\^\()\s*\d+,\d+"
                            r"|%\s+(?:[^\W\d_]{1,4}\s+){1,2}\d+,\d+")


def spell_decimal_commas(text: str) -> str:
    """`text` with its decimal commas written as points, when every comma in it can only be one (see above)."""
    if "," not in text or not (_OPERAND.search(text) or _LOCAL_OPERAND.search(text) and writes_decimal_commas(text)):
        return text
    depth = 0
    for index, ch in enumerate(text):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "," and (depth or not (text[index - 1:index].isdigit() and text[index + 1:index + 2].isdigit())):
            return text
    numbers = _DECIMAL_COMMA.findall(text)
    if len(numbers) != text.count(",") or any(len(fraction) == 3 for _, fraction in numbers):
        return text
    return _DECIMAL_COMMA.sub(r"\1.\2", text)

"""A line of everyday arithmetic written as people write numbers: mixed numbers ("2 1/2 + 1 3/4",
"1 2/3 times 2 1/4") and European decimal commas ("3,5 + 1,25", "Berechne 2,5 * 1,2").

The general reader takes "2 1/2" for two numbers side by side and "3,5" for a list, and abstains. This module
reads a request only when all of it is arithmetic on numbers (a leading "what is"/"calculate"/"berechne"/... and a
trailing "를 계산하시오"/"= ?" aside), so the numbers cannot be anything else:
- a whole number, a space and a proper fraction (numerator below denominator) is the mixed number W + N/D;
- a comma between digits with other than three digits after it is a decimal comma; a request that also has
  three digits after a comma (1,250: thousands?) or a decimal point is left to the general reader, as is one with
  brackets (points such as (3,5)); decimal points alone are decimals ("19.99 x 3"), and a minus where a number is
  expected is its sign ("3 x -2");
- "x" between two numbers ("12 x 4", "2x3", "(3.2 x 10^5) times (2 x 10^3)") is the times sign: the whole line is
  numbers, operators and brackets, so x cannot be a letter there (the general reader, seeing a letter, would ask
  what to do with the expression); a bracket right after a number ("6 ÷ 2(1+2)") is not read: no sign is written;
- a fraction or mixed number beside ^ is not read here ("2 x 8/2^2": the fraction would take the power);
- a whole number followed by thousand / million / billion / trillion is that multiple ("1 trillion divided by
  1 million").
The result is an `evaluate` request of the exact formula, with a note saying how the numbers were read.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.request import MathRequest
from agentlib.mathsolve.tails import strip_tail

_LEAD = re.compile(r"^¿?\s*(?:what(?: is|'s)|calculate|compute|evaluate|work out|berechne|rechne|calcule|calcula|"
                   r"cuánto es|cuanto es|combien font|combien fait|quanto fa|calcola|quanto é|quanto e|quanto são|"
                   r"calcule|calcular|"
                   # German, Dutch, the Scandinavian languages and Polish ask "how much is" so
                   r"was ist|was sind|was macht|was ergibt|wie ?viel (?:ist|sind|macht|ergibt)|hoeveel is|wat is|"
                   r"vad är|hur mycket är|hvad er|hva er|hvor meget er|hvor mye er|ile to jest|ile jest|ile wynosi|"
                   r"oblicz|bereken|beräkna|regn ud|regn ut)\s+", re.IGNORECASE)
_TAIL = re.compile(r"(?:=\s*\??|(?:을|를)?\s*(?:계산하시오|계산하세요|계산해 주세요|계산하면\??|구하시오)"
                   r"|(?:은|는)\s*(?:얼마인가요|얼마)?\??|[?？.!。])$")  # one closing word; `strip_tail` takes a run
_TAIL_SPAN = 24
_MIXED = r"(\d{1,12})\s+(\d{1,12})\s*/\s*(\d{1,12})(?![\d,./])"  # bounded: int() refuses 4300+ digits
_NUMBER = r"\d+(?:[,.]\d+)?(?:\s*/\s*\d+)?"
_SIGN = re.compile(r"\s*[-−](?=\s*\d)")  # a sign where a number is expected: "3 x -2", "-3 x 2"
_WORD_OPERATORS = {"times": "*", "multiplied by": "*", "divided by": "/", "plus": "+", "minus": "-",
                   "×": "*", "·": "*", "÷": "/", "−": "-", "x": "*"}
# Operator words of other languages: a line that uses one is read here (the general reader's tables do not have
# them), with a note saying how the word was read.
_FOREIGN_OPERATORS = {"geteilt durch": "/", "dividiert durch": "/", "mal": "*", "multipliziert mit": "*",
                      "divisé par": "/", "multiplié par": "*", "fois": "*", "dividido entre": "/",
                      "dividido por": "/", "multiplicado por": "*", "por": "*", "vezes": "*", "diviso per": "/",
                      "per": "*", "más": "+", "menos": "-", "mais": "+", "moins": "-", "più": "+", "meno": "-",
                      "keer": "*", "maal": "*", "gedeeld door": "/", "gånger": "*", "delat med": "/",
                      "delat på": "/", "gange": "*", "delt med": "/", "delt på": "/", "razy": "*",
                      "podzielone przez": "/", "podzielić przez": "/"}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SCALED = r"(\d{1,12})\s+(thousand|million|billion|trillion)\b"
_TOKEN = re.compile(rf"\s*(?:(?P<scaled>{_SCALED})|(?P<mixed>{_MIXED})|(?P<number>{_NUMBER})|"
                    r"(?P<op>multiplied by|divided by|times|plus|"
                    r"minus|" + "|".join(sorted(_FOREIGN_OPERATORS, key=len, reverse=True)) + r"|[-+*/×·÷−x^]))",
                    re.IGNORECASE)
_BRACKET = re.compile(r"\s*([()])")


def read_arithmetic_line(text: str) -> MathRequest | None:
    """The arithmetic of `text` with mixed numbers or decimal commas read, or None (not such a line)."""
    body = strip_tail(_LEAD.sub("", text.strip()), _TAIL, _TAIL_SPAN)
    body = re.sub(r"\$(?=\d)", "", body)  # "$19.99 x 3": a dollar sign before a number is the unit of an amount
    if "," in body and ("." in body or "(" in body) or not body:
        return None  # "1,250.5": a comma beside a decimal point is a thousands separator; "(3,5)" may be a point
    parts: list[str] = []
    notes: list[str] = []
    expect_number = True
    position = depth = 0
    while position < len(body):
        bracket = _BRACKET.match(body, position)
        if bracket is not None and (bracket.group(1) == "(") == expect_number:
            # "(" opens where a number may stand, ")" closes after one; "2(1 + 2)" (a number then "(") is not read
            depth += 1 if expect_number else -1
            if depth < 0:
                return None
            parts.append(bracket.group(1))
            position = bracket.end()
            continue
        match = _TOKEN.match(body, position)
        if match is None or match.end() == position:
            return None
        position = match.end()
        if expect_number:
            sign = _SIGN.match(body, match.start())
            if sign is not None:
                match = _TOKEN.match(body, sign.end())
                if match is None:
                    return None
                position = match.end()
            formula = _number(match, notes)
            if formula is None:
                return None
            parts.append(f"(-{formula})" if sign else formula)
        else:
            operator = match.group("op")
            if operator is None:
                return None
            word = operator.lower()
            if word == "x":
                notes.append("'x' between two numbers read as the times sign")
            if word in _FOREIGN_OPERATORS:
                notes.append(f"{word!r} read as {_FOREIGN_OPERATORS[word]}")
            parts.append(_FOREIGN_OPERATORS.get(word) or _WORD_OPERATORS.get(word, operator))
        expect_number = not expect_number
    if expect_number or depth or len(parts) < 3 or not notes or _fraction_beside_a_power(parts):
        return None
    formula = " ".join(parts).replace("^", "**")
    return MathRequest(task="evaluate", items=(formula,), shown=(formula,), notes=tuple(dict.fromkeys(notes)))


def _fraction_beside_a_power(parts: list[str]) -> bool:
    """A fraction or mixed number read as one number next to ^: "8/2^2" is 8/4 by precedence, never (8/2)^2, and
    "2 1/2^2" or "2^2 1/2" has no certain reading, so the line is not this reader's."""
    return any(part == "^" and ("/" in parts[index - 1] or "/" in parts[index + 1])
               for index, part in enumerate(parts) if 0 < index < len(parts) - 1)


def _number(match: re.Match[str], notes: list[str]) -> str | None:
    if match.group("scaled"):
        count, scale = match.group(2), match.group(3).lower()
        notes.append(f"'{count} {scale}' read as {count} × {_SCALES[scale]:,}")
        return f"({count}*{_SCALES[scale]})"
    if match.group("mixed"):
        mixed = re.fullmatch(_MIXED, match.group("mixed"))
        if mixed is None:
            return None
        whole, numerator, denominator = (int(part) for part in mixed.groups())
        if not 0 < numerator < denominator:
            return None
        notes.append(f"{whole} {numerator}/{denominator} read as the mixed number {whole} + {numerator}/{denominator}")
        return f"({whole} + {numerator}/{denominator})"
    number = match.group("number")
    if number is None:
        return None
    if "," in number:
        head, _, tail = number.partition(",")
        digits = re.match(r"\d+", tail)
        if digits is None or len(digits.group()) == 3:
            return None  # 1,250 may be thousands: not this reader's to decide
        notes.append("a comma between digits read as a decimal comma")
        number = f"{head}.{tail}"
    return f"({number.replace(' ', '')})"

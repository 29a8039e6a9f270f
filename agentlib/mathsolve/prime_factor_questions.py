"""Questions about the prime factors of a number, as competition problems ask them: "the largest (smallest)
prime factor of 1001", "the sum (product) of the distinct prime factors of 315", "the number of distinct prime
divisors of $5! + 6!$", "How many distinct prime factors does 210 have?".

The reader makes a `prime_factor_selection` request: items are the number (any formula with a whole value) and
"1" when the text says "distinct" / "different", else "0"; `select` says what is asked. The worker factors the
number (each factor proven prime, the product checked) and takes the selection. A sum, product or count without
"distinct" has two readings (2 + 2 + 3 or 2 + 3 for 12): it is answered only where they agree, when no prime
repeats, and abstains otherwise.
"""

from __future__ import annotations

import re
from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, display, latex
from agentlib.mathsolve.request import MathRequest, Select
from agentlib.tools.notation import NotationError, to_plain

_NUMBER = r"(?P<number>\d{1,30}|\$[^$]{1,200}\$)"
_LEAD = r"^(?:(?:what\s+is|what's|find|compute|determine|calculate)\s+)?(?:the\s+)?"
_DISTINCT = r"(?P<distinct>(?:distinct|different)\s+)?"
_FACTORS = r"prime\s+(?:factors|divisors)"
_END = r"\s*[?.]?$"
_QUESTIONS = [
    re.compile(rf"{_LEAD}(?P<select>largest|greatest|biggest|smallest|least)\s+prime\s+(?:factor|divisor)\s+of\s+"
               rf"{_NUMBER}{_END}", re.I),
    re.compile(rf"{_LEAD}(?P<select>sum|product)\s+of\s+(?:all\s+)?(?:the\s+)?{_DISTINCT}{_FACTORS}\s+of\s+"
               rf"{_NUMBER}{_END}", re.I),
    re.compile(rf"{_LEAD}(?P<select>number)\s+of\s+{_DISTINCT}{_FACTORS}\s+of\s+{_NUMBER}{_END}", re.I),
    re.compile(rf"^(?P<select>how\s+many)\s+{_DISTINCT}{_FACTORS}\s+does\s+{_NUMBER}\s+have{_END}", re.I),
]
_SELECTS: dict[str, Select] = {"largest": "largest", "greatest": "largest", "biggest": "largest",
                               "smallest": "smallest", "least": "smallest", "sum": "sum", "product": "product",
                               "number": "count", "how many": "count"}


def read_prime_factor_question(text: str) -> MathRequest | None:
    """The `prime_factor_selection` request `text` asks for, or None when it is not one of these questions."""
    plain = " ".join(text.split())
    found = next((m for m in (q.match(plain) for q in _QUESTIONS) if m), None)
    if found is None:
        return None
    number = found.group("number")
    try:
        formula = to_plain(number.strip("$")) if number.startswith("$") else number
    except NotationError:
        return None
    select = _SELECTS[" ".join(found.group("select").lower().split())]
    distinct = "1" if found.groupdict().get("distinct") else "0"
    return MathRequest(task="prime_factor_selection", items=(formula, distinct), shown=(number.strip("$"),),
                       select=select, notes=(f"read as the {select} of the prime factors of {number.strip('$')}",))


def prime_factor_selection(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """The selection `request.select` of the prime factors of objects[0] (see the module docstring)."""
    import sympy as sp

    from agentlib.mathsolve import numbers

    if len(objects) != 2:
        raise Abstain("a question about prime factors needs one number", "not_understood")
    value = objects[0].doit() if hasattr(objects[0], "doit") else objects[0]
    factors = numbers.prime_factorization(value, work)
    primes = sorted(factors)
    select = request.select
    repeats = any(exponent > 1 for exponent in factors.values())
    if select in ("sum", "product", "count") and objects[1] != 1 and repeats:
        raise Abstain(f"{display(value)} has a repeated prime factor: with or without repeats? Say 'distinct'",
                      "ambiguous")
    if select == "largest":
        result = sp.Integer(primes[-1])
    elif select == "smallest":
        result = sp.Integer(primes[0])
    elif select == "sum":
        result = sp.Integer(sum(primes))
    elif select == "product":
        result = sp.Integer(sp.prod(primes))
    elif select == "count":
        result = sp.Integer(len(primes))
    else:
        raise Abstain(f"the {select} of prime factors is not asked this way", "not_understood")
    work.checked(f"Take the {select} of the distinct prime factors {', '.join(map(str, primes))}", result, True,
                 f"{select} of {{{', '.join(map(str, primes))}}} = {result}", "computed", role="key")
    return Answer(display(result), latex(result), {"kind": "expression", "expression": str(result)})

"""How many whole numbers in a range are multiples of given numbers, as competition problems ask: "How many
positive integers less than 100 are multiples of 3 or 5?", "... divisible by 2 and 3 but not by 5?", "How many
positive multiples of 7 are less than 150?", "How many integers from 1 to 500 are divisible by 4 or 6?".

"Divisible by 2 and 3" asks for both; "multiples of 3 and 5" is said for either too, so it abstains unless "both"
is said. Ranges: "less than / below N" (positive: 1 to N - 1), "at most / not exceeding / less than or equal to N"
(1 to N), "from A to B" and "A through B" (both ends in), "between A and B" (answered when the ends are in
"inclusive" or when neither end would count, so both readings agree). Without "positive" (or "natural"), a
range with no lower end abstains: 0 and the negatives are multiples too.

The reader makes a `count_multiples` request: items are the range's ends, a formula in n that is 0 exactly for
the numbers asked (Mod(n, 3)*Mod(n, 5) for "3 or 5", Mod(n, 2) + Mod(n, 3) for "2 and 3") and one that must not be
0 ("but not by 5": Mod(n, 5); else 1). The worker counts one period of the moduli's lcm and the rest of the
range, and checks the count by going through every number when the range has at most a million.
"""

from __future__ import annotations

import math
import re
from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work
from agentlib.mathsolve.request import MathRequest

_INT = r"\$?\s*(\d{1,12})\s*\$?"
_DIVISORS = rf"{_INT}(?:\s*,\s*{_INT})*(?:\s*,?\s*(?P<join>or|and)\s+(?:by\s+|of\s+)?{_INT})?"
_TEST = r"(?:(?:divisible|multiples?)\s+(?:by|of)|(?:are\s+)?multiples\s+of)"
_EXCEPT = r"(?:\s*,?\s*but\s+not\s+(?:divisible\s+)?(?:by\s+|of\s+|a\s+multiple\s+of\s+)?(?P<not>\d{1,12}))?"
_KIND = r"(?P<positive>positive\s+|natural\s+)?(?:integers|whole\s+numbers|numbers|natural\s+numbers)"
_RANGE = (r"(?:(?P<below>less\s+than\s+or\s+equal\s+to|less\s+than|below|smaller\s+than|at\s+most|not\s+exceeding|"
          rf"no\s+greater\s+than|no\s+more\s+than|up\s+to)\s+{_INT}"
          rf"|(?:from\s+)?{_INT}\s+(?P<to>to|through)\s+{_INT}(?P<inclusive1>\s*,?\s*inclusive)?"
          rf"|between\s+{_INT}\s+and\s+{_INT}(?P<inclusive2>\s*,?\s*inclusive)?)")
_NUMBERS_ARE = re.compile(rf"^how\s+many\s+{_KIND}\s+{_RANGE}\s+(?:are|is)\s+(?P<test>{_TEST})\s+(?P<both>both\s+)?"
                          rf"(?P<divisors>{_DIVISORS})"
                          rf"{_EXCEPT}\s*\??$", re.I)
_MULTIPLES_ARE = re.compile(rf"^how\s+many\s+(?P<positive>positive\s+)?multiples\s+of\s+(?P<divisors>{_INT})\s+"
                            rf"(?:are\s+(?:there\s+)?)?{_RANGE}\s*\??$", re.I)
_MOST_CHECKED = 10**6
_ENDLESS = 10**12


def read_counting_multiples(text: str) -> MathRequest | str | None:
    """The `count_multiples` request, a reason to abstain, or None when `text` is not this kind of question."""
    plain = " ".join(text.split())
    found = _NUMBERS_ARE.match(plain) or _MULTIPLES_ARE.match(plain)
    if found is None:
        return None
    divisors = [int(d) for d in re.findall(r"\d+", found.group("divisors"))]
    if not divisors or any(d < 1 for d in divisors) or len(divisors) > 6:
        return "the numbers to divide by must be whole numbers of at least 1"
    join = (found.groupdict().get("join") or "or").lower()
    worded_as_multiples = "multiple" in (found.groupdict().get("test") or "").lower()
    if join == "and" and worded_as_multiples and not found.groupdict().get("both"):
        return "'multiples of 3 and 5': of both, or of either? Say 'both' or 'or'"
    if len(divisors) > 1 and found.groupdict().get("join") is None:
        return "a list of divisors needs 'or' or 'and'"
    ends = _ends(found)
    if isinstance(ends, str):
        return ends
    low, high = ends
    zero = ("*" if join == "or" else " + ").join(f"Mod(n, {d})" for d in divisors)
    excluded = found.groupdict().get("not")
    nonzero = f"Mod(n, {int(excluded)})" if excluded else "1"
    between = found.group(0).lower().count("between") and not (found.group("inclusive2") or "").strip()
    return MathRequest(task="count_multiples", items=(str(low), str(high), zero, nonzero),
                       target="ends_unclear" if between else None,
                       notes=(f"read as counting the n from {low} to {high} with {zero} = 0"
                              + (f" and {nonzero} ≠ 0" if excluded else ""),))


def _ends(found: re.Match[str]) -> tuple[int, int] | str:
    numbers = _range_numbers(found.group(0).lower())
    below = found.groupdict().get("below")
    if below:
        if not found.groupdict().get("positive") or len(numbers) != 1:
            return "without 'positive', 0 and the negative numbers are multiples too: say where the range starts"
        strict = " ".join(below.lower().split()) in ("less than", "below", "smaller than")
        return 1, numbers[0] - 1 if strict else numbers[0]
    if len(numbers) != 2 or numbers[0] > numbers[1]:
        return "the range's two ends were not read"
    return numbers[0], numbers[1]


def _range_numbers(text: str) -> list[int]:
    """The numbers of the range phrase of `text` (after "less than", "from", "between", ...)."""
    tail = re.search(r"(?:less\s+than(?:\s+or\s+equal\s+to)?|below|smaller\s+than|at\s+most|not\s+exceeding|"
                     r"no\s+greater\s+than|no\s+more\s+than|up\s+to|from|between|many\s+(?:positive\s+|natural\s+)?"
                     r"(?:integers|whole\s+numbers|numbers|natural\s+numbers))\s+\$?\s*(\d+)(?:\s*\$?\s*(?:to|through|"
                     r"and)\s+\$?\s*(\d+))?", text)
    if tail is None:
        return []
    return [int(g) for g in tail.groups() if g]


def count_multiples(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """How many n in [low, high] make objects[2] zero and objects[3] nonzero (see the module docstring)."""
    import sympy as sp

    if len(objects) != 4:
        raise Abstain("a count of multiples needs a range and its conditions", "not_understood")
    low, high = (int(o) for o in objects[:2])
    if not 0 <= high - low <= _ENDLESS:
        raise Abstain("the range is empty or too long to count here", "too_large")
    counts = _condition(objects[2], sp.sympify(objects[3]))
    moduli = [int(m.args[1]) for m in objects[2].atoms(sp.Mod) | sp.sympify(objects[3]).atoms(sp.Mod)]
    period = math.lcm(*moduli) if moduli else 1
    if period > _MOST_CHECKED:
        raise Abstain("the divisors' common period is too long to count here", "too_large")
    if request.target == "ends_unclear" and (counts(low) or counts(high)):
        raise Abstain(f"'between {low} and {high}': is {low if counts(low) else high} in or out? Say 'inclusive'",
                      "ambiguous")
    in_period = sum(1 for value in range(period) if counts(value))
    runs, rest = divmod(high - low + 1, period)
    total = runs * in_period + sum(1 for value in range(low + runs * period, high + 1) if counts(value))
    work.say(f"Every {period} consecutive numbers hold {in_period} counted; {low} to {high} is {runs} such runs "
             f"and {rest} more numbers", role="main")
    if high - low < _MOST_CHECKED:
        direct = sum(1 for value in range(low, high + 1) if counts(value))
        work.verify(f"going through every number from {low} to {high} counts {direct}", direct == total, "exact")
    else:
        raise Abstain("a range of more than a million numbers is not checked one by one here", "too_large")
    return Answer(str(total), str(total), {"kind": "expression", "expression": str(total)})


def _condition(zero: Any, nonzero: Any) -> Any:
    """A whole-number test from the request's formulas: a product of Mods is 0 when one is (or), a sum of Mods
    when all are (and); `nonzero` is 1 or one Mod. Any other shape was not written by the reader: abstain."""
    import sympy as sp

    def modulus(term: Any) -> int:
        if not isinstance(term, sp.Mod) or term.args[0] != sp.Symbol("n") or not term.args[1].is_Integer:
            raise Abstain("the condition is not a divisibility test", "not_understood")
        return int(term.args[1])

    if isinstance(zero, sp.Mul):
        ors = [modulus(t) for t in zero.args]
        first = lambda value: any(value % d == 0 for d in ors)  # noqa: E731 (one test per shape)
    elif isinstance(zero, sp.Add):
        ands = [modulus(t) for t in zero.args]
        first = lambda value: all(value % d == 0 for d in ands)  # noqa: E731
    else:
        single = modulus(zero)
        first = lambda value: value % single == 0  # noqa: E731
    if nonzero == 1:
        return first
    excluded = modulus(nonzero)
    return lambda value: first(value) and value % excluded != 0

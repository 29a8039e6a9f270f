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
0 ("but not by 5": Mod(n, 5); else 1); for "factors of 100 and 150", Mod(100, n) + Mod(150, n). The worker
goes through every number of the range (at most a million) and counts again another way: by one period of the
moduli's lcm and the rest of the range, or by SymPy's list of the divisors. "Two-digit" (three-, ...) is the range
10 to 99; "two-digit integers" without "positive" abstains (-99 to -10 are two-digit too).
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
_DIGIT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DIGITS_ARE = re.compile(
    r"^how\s+many\s+(?P<positive>positive\s+)?(?P<digits>one|two|three|four|five|six|[1-6])-digit\s+"
    r"(?P<kind>(?:positive\s+)?integers|(?:whole\s+|natural\s+)?numbers)\s+(?:are|is)\s+"
    rf"(?P<test>{_TEST}|(?:factors|divisors)\s+of)\s+(?P<both>both\s+)?(?P<divisors>{_DIVISORS}){_EXCEPT}\s*\??$", re.I)
_MOST_CHECKED = 10**6


def read_counting_multiples(text: str) -> MathRequest | str | None:
    """The `count_multiples` request, a reason to abstain, or None when `text` is not this kind of question."""
    plain = " ".join(text.split())
    found = _NUMBERS_ARE.match(plain) or _MULTIPLES_ARE.match(plain) or _DIGITS_ARE.match(plain)
    if found is None:
        return None
    dividing = "factor" in (found.groupdict().get("test") or "").lower() or \
        "divisor" in (found.groupdict().get("test") or "").lower()
    divisors = [int(d) for d in re.findall(r"\d+", found.group("divisors"))]
    if not divisors or any(d < 1 for d in divisors) or len(divisors) > 6:
        return "the numbers to divide by must be whole numbers of at least 1"
    join = (found.groupdict().get("join") or "or").lower()
    worded_as_multiples = "multiple" in (found.groupdict().get("test") or "").lower()
    if join == "and" and (worded_as_multiples or dividing) and not found.groupdict().get("both"):
        return "'multiples of 3 and 5': of both, or of either? Say 'both' or 'or'"
    if len(divisors) > 1 and found.groupdict().get("join") is None:
        return "a list of divisors needs 'or' or 'and'"
    ends = _ends(found)
    if isinstance(ends, str):
        return ends
    low, high = ends
    zero = ("*" if join == "or" else " + ").join(f"Mod({d}, n)" if dividing else f"Mod(n, {d})" for d in divisors)
    excluded = found.groupdict().get("not")
    nonzero = f"Mod(n, {int(excluded)})" if excluded else "1"
    between = found.group(0).lower().count("between") and not (found.group("inclusive2") or "").strip()
    return MathRequest(task="count_multiples", items=(str(low), str(high), zero, nonzero),
                       target="ends_unclear" if between else None,
                       notes=(f"read as counting the n from {low} to {high} with {zero} = 0"
                              + (f" and {nonzero} ≠ 0" if excluded else ""),))


def _ends(found: re.Match[str]) -> tuple[int, int] | str:
    digits = found.groupdict().get("digits")
    if digits:  # "two-digit": 10 to 99; "integers" alone could be negative too
        if "integers" in found.group("kind").lower() and not (found.group("positive") or "positive" in
                                                                found.group("kind").lower()):
            return "two-digit integers may be negative too: say 'positive'"
        count = _DIGIT_WORDS.get(digits.lower()) or int(digits)
        return 10 ** (count - 1), 10**count - 1
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
    if not 0 <= high - low < _MOST_CHECKED:
        raise Abstain("the range is empty or longer than a million numbers", "too_large")
    zero, nonzero = objects[2], sp.sympify(objects[3])
    counts = _condition(zero, nonzero)
    if request.target == "ends_unclear" and (counts(low) or counts(high)):
        raise Abstain(f"'between {low} and {high}': is {low if counts(low) else high} in or out? Say 'inclusive'",
                      "ambiguous")
    direct = sum(1 for value in range(low, high + 1) if counts(value))
    work.say(f"Go through the numbers from {low} to {high} and count those that pass", role="main")
    dividing = [int(m.args[0]) for m in zero.atoms(sp.Mod) if m.args[1] == sp.Symbol("n")]
    if dividing:  # a second count: the divisors themselves, listed by SymPy and kept in the range
        lists = [set(sp.divisors(a)) for a in dividing]
        joined = set.union(*lists) if isinstance(zero, sp.Mul) else set.intersection(*lists)
        again = sum(1 for d in joined if low <= d <= high and counts(d))
        work.verify(f"listing the divisors of {', '.join(map(str, dividing))} in the range counts {again}",
                    again == direct, "exact")
    else:  # a second count: one period of the moduli's lcm, then the rest of the range
        moduli = [int(m.args[1]) for m in zero.atoms(sp.Mod) | nonzero.atoms(sp.Mod)]
        period = math.lcm(*moduli)
        in_period = sum(1 for value in range(period) if counts(value))
        runs = (high - low + 1) // period
        again = runs * in_period + sum(1 for value in range(low + runs * period, high + 1) if counts(value))
        work.verify(f"counting by periods of {period} gives {again}", again == direct, "exact")
    return Answer(str(direct), str(direct), {"kind": "expression", "expression": str(direct)})


def _condition(zero: Any, nonzero: Any) -> Any:
    """A whole-number test from the request's formulas: a product of Mods is 0 when one is (or), a sum of Mods
    when all are (and); Mod(n, d) says d divides n, Mod(a, n) that n divides a; `nonzero` is 1 or one Mod(n, d).
    Any other shape was not written by the reader: abstain."""
    import sympy as sp

    n = sp.Symbol("n")

    def test(term: Any) -> Any:
        if isinstance(term, sp.Mod) and term.args[0] == n and term.args[1].is_Integer and term.args[1] > 0:
            divisor = int(term.args[1])
            return lambda value: value % divisor == 0
        if isinstance(term, sp.Mod) and term.args[1] == n and term.args[0].is_Integer:
            whole = int(term.args[0])
            return lambda value: value != 0 and whole % value == 0
        raise Abstain("the condition is not a divisibility test", "not_understood")

    parts = [test(t) for t in (zero.args if isinstance(zero, (sp.Mul, sp.Add)) else (zero,))]
    if isinstance(zero, sp.Mul):
        first = lambda value: any(p(value) for p in parts)  # noqa: E731 (one test per shape)
    else:
        first = lambda value: all(p(value) for p in parts)  # noqa: E731
    if nonzero == 1:
        return first
    excluded = test(nonzero)
    return lambda value: first(value) and not excluded(value)

"""Sums of runs of numbers: "1 + 2 + ... + 100", "sum of 1+3+5+...+99", "2 + 6 + 18 + ... + 1458", "the sum of the
first 20 odd numbers", "the first 50 positive integers", "처음 20개의 홀수의 합", and endless ones: "the sum of the
infinite series 1 + 1/2 + 1/4 + ...", "1 + 1/3 + 1/9 + ... to infinity" (the words only repeat what "..." says).

A written run lists its first terms, "...", and its last term; "the sum of the arithmetic (geometric) series ..."
names the rule, and the listed terms must fit it. At least three listed terms must follow exactly
one rule (a common difference or a common ratio, as in `sequences.py`); two listed terms are read as an
arithmetic run, the way "1 + 2 + ... + 100" is always meant, unless a common ratio would also end exactly at the
last term ("2 + 4 + ... + 64"), which abstains. The last term must be reached by the rule after a whole number
of steps. Named runs start at the first odd (1), even (2) or positive (1) number. Each becomes the closed-form sum
of `sequences.sequence_request`.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.request import MathRequest
from agentlib.mathsolve.sequences import inferred_kind, rule, sequence_request

_INT = r"-?\d{1,9}"
_SIGN = r"[-+−]"  # terms joined by + or -: "1 - 1/2 + 1/4 - ...", an alternating run is one with a negative ratio
_MOST_TERMS = 10**10  # the sum is a closed form: any count of terms costs the same
_WRITTEN = re.compile(
    rf"^(?:(?:find|what\s+is|what's|compute|calculate|evaluate|work\s+out)\s+)?(?:the\s+)?"
    rf"(?:sum\s+(?:of\s+(?:the\s+)?(?:(?:(?P<named>arithmetic|geometric)\s+)?series\s+)?)?|value\s+of\s+)?"
    rf"(?P<terms>{_INT}(?:\s*{_SIGN}\s*{_INT}){{1,5}})\s*{_SIGN}\s*(?:\.\.\.|…|⋯|\.\.|·\s?·\s?·)\s*"
    rf"(?P<sign>{_SIGN})\s*(?P<last>{_INT})\s*"
    r"(?:=\s*\??)?\s*(?:(?:의\s*)?(?:값은|값을|을|를|은|는)?\s*(?:구하시오|구하세요|계산하시오|계산하세요|얼마인가요|"
    r"얼마)?)?\s*[?.]?$", re.I)
_TERM = r"-?\d{1,9}(?:/\d{1,9})?"
_ENDLESS = re.compile(  # "1/2 + 1/4 + 1/8 + ...": no last term, so the sum of the whole series
    rf"^(?:(?:find|what\s+is|what's|compute|calculate|evaluate)\s+)?(?:the\s+)?(?:sum\s+(?:of\s+)?)?"
    rf"(?:the\s+)?(?:(?:infinite|endless)\s+)?(?:(?:geometric\s+)?series\s+)?"
    rf"(?P<terms>{_TERM}(?:\s*{_SIGN}\s*{_TERM}){{2,5}})\s*{_SIGN}\s*(?:\.\.\.|…|⋯)\s*"
    rf"(?:(?:forever|to\s+infinity|and\s+so\s+on|on\s+forever)\s*)?(?:=\s*\??)?\s*"
    r"(?:(?:의\s*)?(?:합은|합을|값은|값을)?\s*(?:구하시오|구하세요|얼마인가요)?)?\s*[?.]?$", re.I)
_NAMED = re.compile(
    r"^(?:(?:find|what\s+is|what's|compute|calculate|work\s+out)\s+)?(?:the\s+)?sum\s+of\s+the\s+first\s+"
    r"(?P<count>\d{1,6})\s+(?P<kind>odd|even|positive|natural|counting)\s+(?:whole\s+)?(?:numbers|integers)\s*[?.]?$",
    re.I)
_KOREAN_NAMED = re.compile(
    r"^(?:처음|첫)\s*(?P<count>\d{1,6})\s*개의\s*(?P<kind>홀수|짝수|자연수)(?:의|들의)\s*합(?:은|을|는)?\s*"
    r"(?:구하시오|구하세요|얼마인가요|얼마)?\s*[?.]?$")
_FIRSTS = {"odd": (1, 2), "even": (2, 2), "positive": (1, 1), "natural": (1, 1), "counting": (1, 1),
           "홀수": (1, 2), "짝수": (2, 2), "자연수": (1, 1)}


def read_number_run(text: str) -> MathRequest | str | None:
    """The closed-form sum of the run `text` asks for, a reason to abstain, or None when it is not one."""
    plain = " ".join(text.split())
    named = _NAMED.match(plain) or _KOREAN_NAMED.match(plain)
    if named:
        start, gap = _FIRSTS[named.group("kind").lower()]
        count = int(named.group("count"))
        if count < 1:
            return "a run of numbers has at least one term"
        return sequence_request("arithmetic", Fraction(start), Fraction(gap), count, summed=True)
    endless = _ENDLESS.match(plain)
    if endless is not None:
        return _series_sum(_signed_terms(endless.group("terms")))
    written = _WRITTEN.match(plain)
    if written is None:
        return None
    terms = _signed_terms(written.group("terms"))
    last = Fraction(written.group("last")) * (1 if written.group("sign") == "+" else -1)  # "+ -5", "- 5"
    series_kind = written.group("named")
    kind = inferred_kind(terms) if len(terms) > 2 else _two_term_kind(terms, last)
    if series_kind is not None:  # "the arithmetic series 1 + 4 + ... + 100": the listed terms must fit that kind
        kind = series_kind.lower()
        if rule(kind, terms)[1] is None:
            return f"the listed terms do not form {'an' if kind == 'arithmetic' else 'a'} {kind} series"
    if kind is None and len(terms) == 2:
        return "two listed terms fit both a common difference and a common ratio that reach the last term: list a third"
    if kind is None:
        return "the listed terms do not follow one rule (a common difference or a common ratio) to the last term"
    first, step = rule(kind, terms)
    reached = _steps_to(kind, first, step, last) if step is not None else None
    if step is None or reached is None or reached < len(terms):
        return f"the {kind} rule of the listed terms does not reach {last} after a whole number of steps"
    return sequence_request(kind, first, step, reached, summed=True)


def _signed_terms(listed: str) -> list[Fraction]:
    """'1 - 1/2 + 1/4' -> [1, -1/2, 1/4]: each term with the sign written before it."""
    joined = re.sub(r"\s+", "", listed.replace("−", "-"))
    joined = re.sub(r"\+-|-\+", "-", joined).replace("--", "+")  # "2 + -1": the sign of the term decides
    return [Fraction(term) for term in re.findall(r"[-+]?[^-+]+", joined)]


def _series_sum(terms: list[Fraction]) -> MathRequest | str:
    """The sum of an endless series from its first terms: a geometric one with |r| < 1 sums to a / (1 - r)."""
    kind = inferred_kind(terms)
    first, step = rule(kind, terms) if kind else (terms[0], None)
    if kind != "geometric" or step is None:
        return "only an endless geometric series is summed here (its listed terms must share one ratio)"
    if abs(step) >= 1:
        return f"the series diverges: its common ratio {step} is not between -1 and 1"
    note = f"read as the endless geometric series with first term {first} and common ratio {step}: a / (1 - r)"
    formula = f"({first})/(1 - ({step}))"
    return MathRequest(task="evaluate", items=(formula,), shown=(formula,), notes=(note,))


def _two_term_kind(terms: list[Fraction], last: Fraction) -> str | None:
    geometric_step = rule("geometric", terms)[1]
    if geometric_step is not None and geometric_step not in (0, 1) and \
            _steps_to("geometric", terms[0], geometric_step, last) is not None:
        return None  # "2 + 4 + ... + 64": both rules reach the last term
    return "arithmetic"


def _steps_to(kind: str, first: Fraction, step: Fraction, last: Fraction) -> int | None:
    """How many terms run from `first` to `last` by the rule, or None when `last` is not one of them."""
    if kind == "arithmetic":
        if step == 0:
            return None
        count = (last - first) / step + 1
        return int(count) if count.denominator == 1 and 1 <= count <= _MOST_TERMS else None
    if step in (0, 1, -1) or first == 0:
        return None
    term, steps = first, 1
    while abs(term) < abs(last) * abs(step) + 1 and steps <= 10_000:  # |terms| grow: at most log|last| steps
        if term == last:
            return steps
        term, steps = term * step, steps + 1
    return None

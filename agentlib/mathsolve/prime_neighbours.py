"""Primes near a number and primes in a range, as people ask: "the next prime after 31", "the first prime greater
than 100", "the largest prime less than 50", "the prime before 31", "list the primes between 10 and 30", "how many
primes are there below 100", "how many primes are less than 50", "count the primes under 20".

The reader makes a `prime_neighbour` request (items: the number; `select` "smallest" for the first prime above it,
"largest" for the last prime below it) or a `primes_between` request (items: the range's ends, each end excluded
when the words say "between" / "less than", included for "from ... to"; `select` "all" lists them, "count" counts
them). The worker finds the answer with SymPy and checks it by other means: the answer is prime (trial division
where it is small enough), every number strictly between the start and the answer is composite, and a listed range
agrees with a sieve. Limits keep every answer quick: a neighbour of a number up to 10^15, a range of at most
100,000 numbers listed (at most 500 primes shown), counts of primes up to 10^8 (checked by a sieve up to 10^7, and
left unverified beyond).
"""

from __future__ import annotations

import math
import re
from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work
from agentlib.mathsolve.request import MathRequest, Select

MAX_NEIGHBOUR = 10**15
MAX_LISTED_SPAN = 100_000
MAX_SHOWN = 500
MAX_COUNTED = 10**8
MAX_SIEVED = 10**7  # a count over a longer range is SymPy's alone, so it is not shown as verified

_N = r"(?P<n>\d{1,16})"
_LEAD = r"^(?:(?:what\s+is|what's|whats|find|give\s+me|tell\s+me|name|determine)\s+)?(?:the\s+)?"
_END = r"\s*[?.!]?$"
_NEXT = re.compile(
    rf"{_LEAD}(?:(?:next|first|smallest|least|nearest|closest)\s+)?prime(?:\s+number)?\s+"
    rf"(?P<dir>after|above|greater\s+than|larger\s+than|bigger\s+than|more\s+than|over|exceeding|"
    rf"before|below|less\s+than|smaller\s+than|under)\s+{_N}{_END}", re.I)
_LAST = re.compile(
    rf"{_LEAD}(?P<which>largest|greatest|biggest|last|previous|highest)\s+prime(?:\s+number)?\s+"
    rf"(?P<dir>before|below|less\s+than|smaller\s+than|under|up\s+to|not\s+exceeding|at\s+most)\s+{_N}{_END}", re.I)
_RANGE = re.compile(
    rf"^(?:(?:(?:what\s+is|what's|whats|find)\s+)?(?:the\s+)?(?P<how>how\s+many|count|number\s+of)\s+|"
    rf"(?:list|find|what\s+are|name|give\s+me|show\s+me|write\s+down)\s+)?"
    rf"(?:all\s+)?(?:of\s+)?(?:the\s+)?prime(?:s|\s+numbers)\s+(?:(?:are|lie|exist)\s+(?:there\s+)?|there\s+are\s+)?"
    rf"(?:(?P<between>between)\s+(?P<a>\d{{1,9}})\s+and\s+(?P<b>\d{{1,9}})|"
    rf"(?P<from>from)\s+(?P<fa>\d{{1,9}})\s+(?:to|through|until)\s+(?P<fb>\d{{1,9}})|"
    rf"(?P<below>below|less\s+than|under|smaller\s+than)\s+(?P<lb>\d{{1,9}})|"
    rf"(?P<upto>up\s+to|not\s+exceeding|at\s+most|less\s+than\s+or\s+equal\s+to|no\s+more\s+than)\s+"
    rf"(?P<ub>\d{{1,9}}))"
    rf"(?:\s+are\s+there)?{_END}", re.I)
_ABOVE = ("after", "above", "greater", "larger", "bigger", "more", "over", "exceeding")


def read_prime_neighbours(text: str) -> MathRequest | None:
    """The `prime_neighbour` or `primes_between` request `text` asks, or None when it asks neither."""
    plain = " ".join(text.split())
    found = _NEXT.match(plain)
    if found is not None:
        n = found.group("n")
        above = found.group("dir").split()[0].lower() in _ABOVE
        where = "after" if above else "before"
        return MathRequest(task="prime_neighbour", items=(n,), shown=(n,), select="smallest" if above else "largest",
                           notes=(f"read as the prime nearest {n} {where} it",))
    found = _LAST.match(plain)
    if found is not None:
        n = found.group("n")
        inclusive = found.group("dir").split()[0].lower() in ("up", "not", "at")
        start = str(int(n) + 1) if inclusive else n  # "the largest prime up to 31" may be 31 itself
        return MathRequest(task="prime_neighbour", items=(start,), shown=(n,), select="largest",
                           notes=(f"read as the largest prime {'up to' if inclusive else 'below'} {n}",))
    found = _RANGE.match(plain)
    if found is None:
        return None
    count: Select = "count" if found.group("how") else "all"
    if found.group("between"):  # "between 10 and 30": 10 and 30 themselves are not between
        low, high, shown = int(found.group("a")) + 1, int(found.group("b")) - 1, "strictly between"
    elif found.group("from"):
        low, high, shown = int(found.group("fa")), int(found.group("fb")), "from ... to, both ends included"
    elif found.group("below"):
        low, high, shown = 2, int(found.group("lb")) - 1, "below"
    else:
        low, high, shown = 2, int(found.group("ub")), "up to and including"
    return MathRequest(task="primes_between", items=(str(low), str(high)), select=count,
                       notes=(f"read as the primes {shown}: {low} to {high} inclusive",))


def _is_prime_by_trial(n: int) -> bool | None:
    """Primality by trial division, or None when that would take too long (n above 10^12)."""
    if n > 10**12:
        return None
    return n >= 2 and all(n % p for p in range(2, math.isqrt(n) + 1))


def prime_neighbour(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """The first prime above items[0] (`select` "smallest") or the last prime below it ("largest")."""
    import sympy as sp

    n = int(objects[0])
    if n > MAX_NEIGHBOUR:
        raise Abstain(f"primes near numbers up to 10^15 are found here, not near {n}", "too_large")
    if request.select == "smallest":
        prime = int(sp.nextprime(n))
        gap = range(n + 1, prime)
        said = f"The first prime after {n}"
    else:
        if n <= 2:
            raise Abstain(f"there is no prime below {n}", "unsupported")
        prime = int(sp.prevprime(n))
        gap = range(prime + 1, n)
        said = f"The last prime before {n}"
    trial = _is_prime_by_trial(prime)
    work.checked(f"{said} is {prime}", sp.Integer(prime), True, f"{said.lower()} = {prime}", "SymPy", role="key")
    work.verify(f"{prime} is prime ({'trial division' if trial is not None else 'SymPy isprime'})",
                trial if trial is not None else bool(sp.isprime(prime)), "prime")
    composite = all(not sp.isprime(k) for k in gap)
    work.verify(f"no number from {gap.start} to {gap.stop - 1} is prime" if len(gap) else
                "no whole number lies between them", composite, "each checked")
    return Answer(str(prime), str(prime), {"kind": "expression", "expression": str(prime)})


def primes_between(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """The primes from items[0] to items[1] inclusive: listed (`select` "all") or counted ("count")."""
    import sympy as sp

    low, high = max(int(objects[0]), 0), int(objects[1])
    if high < low:
        raise Abstain(f"the range {low} to {high} is empty", "unsupported")
    if request.select == "count":
        if high > MAX_COUNTED:
            raise Abstain(f"primes are counted up to 10^8 here, not up to {high}", "too_large")
        count = int(sp.primepi(high)) - int(sp.primepi(low - 1)) if low > 1 else int(sp.primepi(high))
        work.checked(f"Count the primes from {low} to {high}", sp.Integer(count), True,
                     f"π({high}) - π({max(low - 1, 1)}) = {count}", "SymPy primepi", role="key")
        if high - low <= MAX_SIEVED:
            work.verify("a sieve of the range counts the same", len(_sieve(low, high)) == count, "sieve")
        return Answer(str(count), str(count), {"kind": "expression", "expression": str(count)})
    if high - low > MAX_LISTED_SPAN:
        raise Abstain(f"primes are listed over at most {MAX_LISTED_SPAN:,} numbers here", "too_large")
    primes = list(sp.primerange(low, high + 1))
    if len(primes) > MAX_SHOWN:
        raise Abstain(f"there are {len(primes)} primes there, more than the {MAX_SHOWN} shown here", "too_large")
    shown = ", ".join(map(str, primes)) if primes else "none"
    work.checked(f"The primes from {low} to {high}", None, True, shown, "SymPy primerange", role="key")
    work.verify("a sieve of the range finds the same primes", _sieve(low, high) == [int(p) for p in primes], "sieve")
    return Answer(shown, shown, {"kind": "values", "values": [str(p) for p in primes]})


def _sieve(low: int, high: int) -> list[int]:
    """The primes in [low, high] by a segmented sieve of Eratosthenes (an independent check of SymPy's)."""
    low = max(low, 2)
    if high < low:
        return []
    marks = bytearray([1]) * (high - low + 1)
    for p in range(2, math.isqrt(high) + 1):
        start = max(p * p, (low + p - 1) // p * p)
        marks[start - low::p] = bytes(len(range(start, high + 1, p)))
    return [low + k for k, alive in enumerate(marks) if alive]

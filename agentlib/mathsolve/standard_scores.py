"""A z-score (standard score) from a value, a mean and a standard deviation, named in any order: "z-score of 85 if
the mean is 70 and the standard deviation is 10", "z score for 60 with mean 50 and sd 5", "mean 100, sd 15, what is
the z-score of 130".

Each of the three is found by its own name (the value after "z-score of / for", the mean after "mean" / "average" /
"μ", the deviation after "sd" / "standard deviation" / "σ"), each said exactly once, and every other word must be a
connecting word, so nothing in the request goes unread. z = (value - mean) / deviation; a deviation that is not
positive abstains, as does a request missing one of the three. The result is an `evaluate` request, computed exactly.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import MOST_DIGITS, Worded, plain_request, priced

_NUMBER = r"([-−]?\d+(?:\.\d+)?)"
_IS = r"(?:\s+(?:is|of|=|was|equals|equal to)|\s*[=:])?\s*"
_PARTS = {
    "value": re.compile(rf"\b(?:z[- ]?scores?|standard scores?|z[- ]?values?)\s+(?:of|for)\s+(?:a |an |the )?"
                        rf"(?:value |score |x ?= ?)?{_NUMBER}"),
    "mean": re.compile(rf"(?:\bmean|\baverage|μ){_IS}{_NUMBER}"),
    "deviation": re.compile(rf"(?:\bstandard deviation|\bstd\.? ?dev\.?|\bs\.?d\.?|σ){_IS}{_NUMBER}"),
}
_CONNECTING = frozenset("what is the a an of and with if when given for z score z-score find calculate compute "
                        "'s its it's".split())


def read_standard_score(text: str) -> Worded | None:
    """The z-score `text` asks for, or None when it is not a z-score with its three numbers named."""
    plain = plain_request(text).replace("’", "'").replace("what's", "what is").replace("?", " ")
    if not re.search(r"\bz[- ]?scores?\b|\bstandard scores?\b|\bz[- ]?values?\b", plain) or len(plain) > 300:
        return None
    found: dict[str, Fraction] = {}
    rest = plain
    for name, pattern in _PARTS.items():
        matches = list(pattern.finditer(rest))
        if len(matches) != 1 or len(matches[0].group(1)) > MOST_DIGITS:
            return None
        found[name] = Fraction(matches[0].group(1).replace("−", "-"))
        rest = rest[:matches[0].start()] + " " + rest[matches[0].end():]
    if any(word not in _CONNECTING for word in re.findall(r"[^\s,;.]+", rest)):
        return None
    value, mean, deviation = found["value"], found["mean"], found["deviation"]
    if deviation <= 0:
        return None
    return priced(Worded(f"(({value}) - ({mean}))/({deviation})",
                         f"z = (value - mean) / standard deviation = ({value} - {mean}) / {deviation}"),
                  (value - mean) / deviation)


__all__ = ["read_standard_score"]

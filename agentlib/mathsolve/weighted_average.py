"""A weighted average (weighted mean) of values with their weights: "weighted average of 80 with weight 0.3 and 90
with weight 0.7", "weighted mean of 85 (weight 2), 90 (weight 3)", "weighted average of 70, 80, 90 with weights 1,
2, 3".

Two shapes, each pairing every value with one weight: value-by-value ("V with weight W", "V (weight W)", "V weighted
W", the pairs joined by commas or "and"), or two lists of equal length ("of V, V, ... with weights W, W, ..."). The
weights must be non-negative with a positive sum; anything else (a weight missing, lists of unequal length, a word
left over) is left to the other readers. Σ wᵢvᵢ / Σ wᵢ is an `evaluate` request, computed exactly.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import MOST_DIGITS, Worded, plain_request, priced

_NUMBER = r"-?\d+(?:\.\d+)?%?"
_HEAD = re.compile(r"^(?:the )?weighted (?:average|mean) of (?P<body>.+)$")
_PAIR = re.compile(rf"(?P<value>{_NUMBER}) (?:with (?:a )?weight(?: of)? |\(weight:? |weighted (?:by )?)"
                   rf"(?P<weight>{_NUMBER})\)?")
_LISTS = re.compile(rf"(?P<values>{_NUMBER}(?:,? (?:and )?{_NUMBER})+),? with weights(?: of)? "
                    rf"(?P<weights>{_NUMBER}(?:,? (?:and )?{_NUMBER})+)")
_SEPARATOR = re.compile(r"^(?:,|and|, and)?$")


def _amount(text: str) -> Fraction:
    return Fraction(text.rstrip("%")) / (100 if text.endswith("%") else 1)


def _pairs(body: str) -> list[tuple[str, str]] | None:
    lists = _LISTS.fullmatch(body)
    if lists is not None:
        values = re.findall(_NUMBER, lists.group("values"))
        weights = re.findall(_NUMBER, lists.group("weights"))
        return list(zip(values, weights)) if len(values) == len(weights) else None
    pairs: list[tuple[str, str]] = []
    at = 0
    for match in _PAIR.finditer(body):
        if not _SEPARATOR.match(body[at:match.start()].strip()) or (pairs and at == match.start()):
            return None
        pairs.append((match.group("value"), match.group("weight")))
        at = match.end()
    return pairs if body[at:].strip() == "" else None


def read_weighted_average(text: str) -> Worded | None:
    """The weighted average `text` asks for, or None when it is not one with every value weighted."""
    plain = plain_request(text).replace("what's", "what is")
    head = _HEAD.fullmatch(plain)
    if head is None or len(plain) > 400:
        return None
    pairs = _pairs(head.group("body"))
    if not pairs or len(pairs) < 2 or any(len(v) > MOST_DIGITS or len(w) > MOST_DIGITS for v, w in pairs):
        return None
    values = [_amount(v) for v, _ in pairs]
    weights = [_amount(w) for _, w in pairs]
    if any(w < 0 for w in weights) or sum(weights, Fraction(0)) <= 0:
        return None
    top = " + ".join(f"({w})*({v})" for v, w in zip(values, weights))
    bottom = " + ".join(f"({w})" for w in weights)
    return priced(Worded(f"({top})/({bottom})", "weighted average = Σ weight × value / Σ weight"),
                  sum((w * v for v, w in zip(values, weights)), Fraction(0)) / sum(weights, Fraction(0)))


__all__ = ["read_weighted_average"]

"""Terms and partial sums of a sequence given by its first terms, and sums of the first N odd/even/natural numbers.

"the 20th term of 3, 7, 11, ...", "find the nth term of 2, 6, 18, ...", "sum of the first 10 terms of 5, 8, 11, ...",
"3, 7, 11, ... 의 제20항", "sum of the first 20 odd numbers", "처음 20개의 홀수의 합".

A listed sequence (at least three terms, then an ellipsis) is read as arithmetic when its differences are all
equal and as geometric when its ratios are all equal; those are the readings the ellipsis means in school
mathematics. A list that is neither (1, 2, 4, 7, ...) abstains: other continuations are as good. The request
becomes the closed formula (a + (n - 1)d, a·rⁿ⁻¹, or the sum formula) filled in, which the worker computes and
checks like any other arithmetic; the notes say which formula was read and that it reproduces every listed term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from agentlib.mathsolve.request import MathRequest

_NUM = r"-?\d+(?:\.\d+)?(?:/\d+)?"
_LIST = rf"(?P<terms>{_NUM}(?:\s*,\s*{_NUM}){{2,}})\s*,?\s*(?:\.\.\.|…|⋯)"
_ORDINAL = r"(?P<index>\d+)(?:st|nd|rd|th)|(?P<nth>n)(?:th|-th)"
_LEAD = r"(?:(?:what\s+is|what's|find|calculate|compute|give|determine)\s+)?(?:the\s+)?"
_TAIL = r"\s*[?.!]?\s*$"
_ENGLISH_TERM = re.compile(rf"^{_LEAD}(?:{_ORDINAL})\s+term\s+(?:of|in)\s+(?:the\s+)?(?:(?:arithmetic|geometric)\s+)?"
                           rf"(?:sequence\s+|progression\s+)?{_LIST}{_TAIL}", re.I)
_ENGLISH_SUM = re.compile(rf"^{_LEAD}sum\s+of\s+the\s+first\s+(?P<count>\d+)\s+terms\s+(?:of|in)\s+(?:the\s+)?"
                          rf"(?:(?:arithmetic|geometric)\s+)?(?:sequence\s+|progression\s+|series\s+)?{_LIST}{_TAIL}",
                          re.I)
_KOREAN_TERM = re.compile(rf"^(?:수열\s*)?{_LIST}\s*(?:의|에서)\s*"
                          rf"(?:제\s*(?P<index>\d+)\s*항|(?P<nth>일반항|제\s*n\s*항))"
                          rf"\s*(?:을|를|은|는)?\s*(?:구하시오|구하세요|구해\s*주세요|은\s*무엇인가요|는\s*무엇인가요|은\??|는\??)?"
                          rf"{_TAIL}")
_KOREAN_SUM = re.compile(rf"^(?:수열\s*)?{_LIST}\s*의\s*(?:첫째\s*항부터\s*제\s*(?P<count>\d+)\s*항까지의|"
                         rf"처음\s*(?P<count2>\d+)\s*개\s*항의)\s*합\s*(?:을|를|은|는)?\s*"
                         rf"(?:구하시오|구하세요|구해\s*주세요)?{_TAIL}")
_ENGLISH_FAMILY = re.compile(rf"^{_LEAD}sum\s+of\s+the\s+first\s+(?P<count>\d+)\s+(?P<family>odd|even|natural|"
                             rf"positive\s+whole|whole|counting|positive)\s+(?:numbers|integers){_TAIL}", re.I)
_KOREAN_FAMILY = re.compile(rf"^(?:처음|첫)\s*(?P<count>\d+)\s*개의\s*(?P<family>홀수|짝수|자연수)\s*의\s*합"
                            rf"\s*(?:을|를|은|는)?\s*(?:구하시오|구하세요|얼마인가요|\??)?{_TAIL}")
# the k-th member of each family (k from 1), in the parser's syntax
_FAMILIES = {"odd": "2*k - 1", "홀수": "2*k - 1", "even": "2*k", "짝수": "2*k", "natural": "k", "자연수": "k",
             "positive": "k", "counting": "k", "positive whole": "k"}


@dataclass(frozen=True)
class SequenceRequest:
    """A sequence request read as one closed formula to evaluate (or, for the nth term, to simplify)."""

    formula: str
    note: str
    task: str = "evaluate"

    def to_request(self) -> MathRequest:
        return MathRequest(task=self.task, items=(self.formula,), shown=(self.formula,),  # type: ignore[arg-type]
                           notes=(f"read as {self.note}",))


def read_sequence_request(text: str) -> SequenceRequest | str | None:
    """The sequence reading of `text`; a reason (str) when the shape matches but the list fits no rule; else None."""
    plain = " ".join(text.split())
    family = _ENGLISH_FAMILY.match(plain) or _KOREAN_FAMILY.match(plain)
    if family:
        member = _FAMILIES[" ".join(family.group("family").lower().split())]
        count = int(family.group("count"))
        return SequenceRequest(f"Sum({member}, (k, 1, {count}))",
                               f"the sum of the first {count} terms of {member.replace('*', '')} (k = 1, 2, ...)")
    for pattern, asks_sum in ((_ENGLISH_TERM, False), (_KOREAN_TERM, False), (_ENGLISH_SUM, True),
                              (_KOREAN_SUM, True)):
        match = pattern.match(plain)
        if match:
            return _listed(match, asks_sum)
    return None


def _listed(match: re.Match[str], asks_sum: bool) -> SequenceRequest | str:
    terms = [Fraction(t) for t in re.split(r"\s*,\s*", match.group("terms").strip())]
    rule = _rule(terms)
    if rule is None:
        return "the listed terms are neither arithmetic nor geometric, so the continuation is not certain"
    kind, first, step = rule
    groups = match.groupdict()
    if asks_sum:
        count = int(groups.get("count") or groups.get("count2") or 0)
        term = f"({first}) + (k - 1)*({step})" if kind == "arithmetic" else f"({first})*({step})**(k - 1)"
        return SequenceRequest(f"Sum({term}, (k, 1, {count}))",
                               f"the sum of the first {count} terms of the {kind} sequence {_shown(kind, first, step)}")
    if groups.get("nth"):
        term = f"({first}) + (n - 1)*({step})" if kind == "arithmetic" else f"({first})*({step})**(n - 1)"
        return SequenceRequest(term, f"the general term of the {kind} sequence {_shown(kind, first, step)}",
                               "simplify")
    index = int(groups["index"])
    term = f"({first}) + ({index} - 1)*({step})" if kind == "arithmetic" else f"({first})*({step})**({index} - 1)"
    return SequenceRequest(term, f"term {index} of the {kind} sequence {_shown(kind, first, step)}")


def _rule(terms: list[Fraction]) -> tuple[str, Fraction, Fraction] | None:
    """("arithmetic", first, difference) or ("geometric", first, ratio) reproducing every listed term."""
    differences = {b - a for a, b in zip(terms, terms[1:])}
    if len(differences) == 1:
        return "arithmetic", terms[0], differences.pop()
    if all(t != 0 for t in terms):
        ratios = {b / a for a, b in zip(terms, terms[1:])}
        if len(ratios) == 1:
            return "geometric", terms[0], ratios.pop()
    return None


def _shown(kind: str, first: Fraction, step: Fraction) -> str:
    return f"(first term {first}, {'common difference' if kind == 'arithmetic' else 'common ratio'} {step}; " \
           "it reproduces every listed term)"

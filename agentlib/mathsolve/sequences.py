"""Arithmetic and geometric sequences told in words: the n-th term, or the sum of the first n terms.

The constructions read (the whole request must be one of them, with only a leading "find"/"what is" and
a closing "?" or Korean ending around it):

- "the 20th term of the arithmetic sequence 5, 8, 11, ..." / "the sum of the first 10 terms of the geometric
  progression 2, 6, 18, ..." (the listed terms must agree with the named kind: a constant difference or ratio);
- "... of the arithmetic sequence with first term 3 and common difference 4" (geometric: "common ratio");
- Korean: "첫째항이 3, 공차가 4인 등차수열의 제10항", "첫째항이 2, 공비가 3인 등비수열의 첫째항부터 제5항까지의 합",
  "등차수열 5, 8, 11, ... 의 제20항".

The kind must be named: "2, 6, 18, ..." alone fits more than one rule, so it is not read here. The request
becomes the evaluation of the closed form (a_n = a + (n - 1)d, S_n = n(2a + (n - 1)d)/2, a_n = a·r^(n-1),
S_n = a(r^n - 1)/(r - 1), or n·a when r = 1), with a note saying how the text was read.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.request import MathRequest

_NUMBER = r"-?\d+(?:\.\d+)?(?:/\d+)?"
_LIST = rf"(?P<terms>{_NUMBER}(?:\s*,\s*{_NUMBER})+)\s*(?:,\s*)?(?:\.\.\.|…|⋯)"
_KIND = r"(?P<kind>arithmetic|geometric)\s+(?:sequence|progression)"
_GIVEN = (rf"with\s+(?:a\s+)?first\s+term\s+(?P<first>{_NUMBER})\s*,?\s*and\s+(?:a\s+)?common\s+"
          rf"(?P<step_name>difference|ratio)\s+(?P<step>{_NUMBER})")
_WHICH = r"(?:(?P<n>\d+)(?:st|nd|rd|th)\s+term|sum\s+of\s+the\s+first\s+(?P<count>\d+)\s+terms)"
_ENGLISH = re.compile(
    rf"^(?:(?:please\s+)?(?:find|what\s+is|what's|compute|calculate|determine|give)\s+)?(?:the\s+)?{_WHICH}\s+of\s+"
    rf"(?:the\s+|an\s+|a\s+)?{_KIND}\s*(?::\s*)?(?:{_LIST}|{_GIVEN})\s*[?.]?$", re.I)
_KOREAN_END = (r"\s*(?:(?:을|를|은|는|의\s*값을|의\s*값은)\s*)?"
               r"(?:구하시오|구하여라|구해라|구하세요|구해\s*주세요|구해줘|얼마인가요|얼마인가)?\s*[?.]?$")
_KOREAN_GIVEN = re.compile(
    rf"^첫째\s*항이\s*(?P<first>{_NUMBER})\s*,?\s*(?P<step_name>공차|공비)가\s*(?P<step>{_NUMBER})\s*인\s*"
    rf"(?P<kind>등차|등비)수열의\s*(?:제\s*(?P<n>\d+)\s*항|첫째\s*항부터\s*제\s*(?P<count>\d+)\s*항까지의\s*합)"
    + _KOREAN_END)
_KOREAN_LIST = re.compile(
    rf"^(?P<kind>등차|등비)수열\s*{_LIST}\s*(?:의\s*)?(?:제\s*(?P<n>\d+)\s*항|첫째\s*항부터\s*제\s*(?P<count>\d+)\s*항까지의\s*합)"
    + _KOREAN_END)
_KINDS = {"arithmetic": "arithmetic", "geometric": "geometric", "등차": "arithmetic", "등비": "geometric"}
_STEPS = {"difference": "arithmetic", "ratio": "geometric", "공차": "arithmetic", "공비": "geometric"}


def read_sequence_request(text: str) -> MathRequest | str | None:
    """The evaluation of the asked term or sum, a reason to abstain, or None when the text is not this kind."""
    plain = " ".join(text.split())
    match = _ENGLISH.match(plain) or _KOREAN_GIVEN.match(plain) or _KOREAN_LIST.match(plain)
    if match is None:
        return None
    kind = _KINDS[match.group("kind").lower()]
    found = match.groupdict()
    if found.get("terms"):
        terms = [Fraction(t.strip()) for t in found["terms"].split(",")]
        first, step = _rule(kind, terms)
        if step is None:
            return f"the listed terms do not form an {kind} sequence"
    else:
        if _STEPS[found["step_name"].lower()] != kind:
            return f"a common {found['step_name']} does not describe an {kind} sequence"
        first, step = Fraction(found["first"]), Fraction(found["step"])
    index = int(found["n"] or found["count"])
    if index < 1:
        return "a sequence's terms are counted from the first"
    return _request(kind, first, step, index, summed=found["n"] is None)


def _rule(kind: str, terms: list[Fraction]) -> tuple[Fraction, Fraction | None]:
    """(first term, common difference or ratio), or a None step when the terms do not follow the kind."""
    if kind == "arithmetic":
        steps = {b - a for a, b in zip(terms, terms[1:])}
    else:
        steps = {b / a for a, b in zip(terms, terms[1:]) if a != 0} if all(terms) else set()
    return terms[0], (steps.pop() if len(steps) == 1 else None)


def _request(kind: str, first: Fraction, step: Fraction, index: int, *, summed: bool) -> MathRequest:
    a, d, n = f"({first})", f"({step})", str(index)
    if kind == "arithmetic":
        name = "common difference"
        formula = (f"{n}*(2*{a} + ({n} - 1)*{d})/2", "S_n = n(2a + (n - 1)d)/2") if summed \
            else (f"{a} + ({n} - 1)*{d}", "a_n = a + (n - 1)d")
    else:
        name = "common ratio"
        if summed:
            formula = (f"{n}*{a}", "S_n = n·a (ratio 1)") if step == 1 \
                else (f"{a}*({d}^{n} - 1)/({d} - 1)", "S_n = a(r^n - 1)/(r - 1)")
        else:
            formula = (f"{a}*{d}^({n} - 1)", "a_n = a·r^(n - 1)")
    asked = f"the sum of the first {index} terms" if summed else f"term {index}"
    note = f"read as {asked} of the {kind} sequence with first term {first} and {name} {step}: {formula[1]}"
    return MathRequest(task="evaluate", items=(formula[0],), shown=(formula[0],), notes=(note,))

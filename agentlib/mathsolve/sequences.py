"""Arithmetic and geometric sequences told in words: the n-th term, or the sum of the first n terms.

The constructions read (the whole request must be one of them, with only a leading "find"/"what is" and
a closing "?" or Korean ending around it):

- "the 20th term of the arithmetic sequence 5, 8, 11, ..." / "the sum of the first 10 terms of the geometric
  progression 2, 6, 18, ..." (the listed terms must agree with the named kind: a constant difference or ratio);
- "... of the arithmetic sequence with first term 3 and common difference 4" (geometric: "common ratio");
- Korean: "첫째항이 3, 공차가 4인 등차수열의 제10항", "첫째항이 2, 공비가 3인 등비수열의 첫째항부터 제5항까지의 합",
  "등차수열 5, 8, 11, ... 의 제20항".

- the kind left unsaid: "the 20th term of 3, 7, 11, ...", "3, 7, 11, ... 의 제20항", "the next term of 2, 6, 18, ...":
  at least three terms must be listed and exactly one of the two rules (a common difference, a common ratio)
  may fit them (a constant list fits both, with the same terms); two terms, or terms that fit neither, abstain
  with the reason, since any finite list fits other rules too (the note says which rule was read);
- the general term: "the nth term of 3, 7, 11, ...", "the general term of the geometric sequence 2, 6, 18, ...",
  "수열 3, 7, 11, ...의 일반항" (a formula in n, simplified).

The request becomes the evaluation of the closed form (a_n = a + (n - 1)d, S_n = n(2a + (n - 1)d)/2,
a_n = a·r^(n-1), S_n = a(r^n - 1)/(r - 1), or n·a when r = 1), with a note saying how the text was read.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.request import MathRequest

_NUMBER = r"-?\d{1,30}(?:\.\d{1,30})?(?:/\d{1,30})?"  # bounded: no everyday term has more digits
# the closing "..." may be left off when three or more terms are listed ("the 10th term of 2, 5, 8, 11")
_LIST = (rf"(?:(?P<terms>{_NUMBER}(?:\s*,\s*{_NUMBER})+)\s*(?:,\s*)?(?:\.\.\.|…|⋯)|"
         rf"(?P<bare>{_NUMBER}(?:\s*,\s*{_NUMBER}){{2,}}))")
_KIND = r"(?P<kind>arithmetic|geometric)\s+(?:sequence|progression)"
_GIVEN = (rf"with\s+(?:a\s+)?first\s+term\s+(?P<first>{_NUMBER})\s*,?\s*and\s+(?:a\s+)?common\s+"
          rf"(?P<step_name>difference|ratio)\s+(?P<step>{_NUMBER})")
_WHICH = (r"(?:(?P<n>\d{1,9})(?:st|nd|rd|th)\s+term|sum\s+of\s+the\s+first\s+(?P<count>\d{1,9})\s+terms|"
          r"(?:formula\s+for\s+the\s+)?(?P<general>n\s?-?th|general)\s+term|(?P<next>next)\s+(?:term|number))")
_ENGLISH = re.compile(
    rf"^(?:(?:please\s+)?(?:find|what\s+is|what's|compute|calculate|determine|give)\s+)?(?:the\s+)?{_WHICH}\s+"
    rf"(?:of|in)\s+(?:(?:the\s+|an\s+|a\s+)?(?:{_KIND}|sequence|progression|pattern)\s*(?::\s*)?)?"
    rf"(?:{_LIST}|{_GIVEN})\s*[?.]?$", re.I)
_NEXT = re.compile(  # "what's the next number in 2, 4, 6, 8?": the list may end without "..."
    rf"^(?:(?:what\s+is|what's|find|give)\s+)?(?:the\s+)?(?P<next>next)\s+(?:term|number)\s*(?:of\s|in\s|:)\s*"
    rf"(?:the\s+)?(?:sequence|pattern|series)?\s*:?\s*(?P<terms>{_NUMBER}(?:\s*,\s*{_NUMBER}){{2,}})"
    r"(?:\s*,?\s*(?:\.\.\.|…|⋯|_+))?\s*[?.]?$", re.I)
_KOREAN_END = (r"\s*(?:(?:을|를|은|는|의\s*값을|의\s*값은)\s*)?"
               r"(?:구하시오|구하여라|구해라|구하세요|구해\s*주세요|구해줘|얼마인가요|얼마인가)?\s*[?.]?$")
_KOREAN_WHICH = (r"(?:제\s*(?P<n>\d{1,9})\s*항|첫째\s*항부터\s*제\s*(?P<count>\d{1,9})\s*항까지의\s*합|"
                 r"(?P<general>일반\s*항)(?:\s*a_?n)?|(?P<next>다음\s*(?:항|수)))")
_KOREAN_GIVEN = re.compile(
    rf"^첫째\s*항(?:이|은)?\s*(?P<first>{_NUMBER})\s*(?:,|이고|이며)?\s*(?P<step_name>공차|공비)(?:가|는)?\s*"
    rf"(?P<step>{_NUMBER})\s*인\s*"
    rf"(?P<kind>등차|등비)수열의\s*{_KOREAN_WHICH}" + _KOREAN_END)
_KOREAN_LIST = re.compile(
    rf"^(?:(?:(?P<kind>등차|등비)수열|수열)\s*)?{_LIST}\s*(?:의\s*)?{_KOREAN_WHICH}" + _KOREAN_END)
_KINDS = {"arithmetic": "arithmetic", "geometric": "geometric", "등차": "arithmetic", "등비": "geometric"}
_STEPS = {"difference": "arithmetic", "ratio": "geometric", "공차": "arithmetic", "공비": "geometric"}


def read_sequence_request(text: str) -> MathRequest | str | None:
    """The evaluation of the asked term or sum, a reason to abstain, or None when the text is not this kind."""
    plain = " ".join(text.split())
    match = _ENGLISH.match(plain) or _NEXT.match(plain) or _KOREAN_GIVEN.match(plain) or _KOREAN_LIST.match(plain)
    if match is None:
        return None
    found = match.groupdict()
    found["terms"] = found.get("terms") or found.get("bare")
    named = _KINDS[found["kind"].lower()] if found.get("kind") else None
    if found.get("terms"):
        terms = [Fraction(t.strip()) for t in found["terms"].split(",")]
        kind = named or inferred_kind(terms)
        if kind is None:
            return ("the listed terms follow neither one common difference nor one common ratio" if len(terms) > 2
                    else "two terms fit more than one rule: list at least three, or name the kind of sequence")
        first, step = rule(kind, terms)
        if step is None:
            return f"the listed terms do not form an {kind} sequence"
    else:
        kind = _STEPS[found["step_name"].lower()]
        if named is not None and named != kind:
            return f"a common {found['step_name']} does not describe an {named} sequence"
        first, step = Fraction(found["first"]), Fraction(found["step"])
    if found.get("general"):
        return _general_term(kind, first, step)
    if found.get("next"):
        if not found.get("terms"):
            return "the next term follows a listed term: list the terms"
        index = len(terms) + 1
    else:
        index = int(found["n"] or found["count"])
    if index < 1:
        return "a sequence's terms are counted from the first"
    return sequence_request(kind, first, step, index, summed=bool(found.get("count")))


def inferred_kind(terms: list[Fraction]) -> str | None:
    """The one rule that at least three listed terms follow (arithmetic when they are all equal), else None."""
    if len(terms) < 3:
        return None
    fitting = [kind for kind in ("arithmetic", "geometric") if rule(kind, terms)[1] is not None]
    return fitting[0] if len(fitting) == 1 or len(set(terms)) == 1 else None


def _general_term(kind: str, first: Fraction, step: Fraction) -> MathRequest:
    formula = f"({first}) + (n - 1)*({step})" if kind == "arithmetic" else f"({first})*({step})**(n - 1)"
    rule = "a_n = a + (n - 1)d" if kind == "arithmetic" else "a_n = a·r^(n - 1)"
    name = "common difference" if kind == "arithmetic" else "common ratio"
    note = f"read as the general term of the {kind} sequence with first term {first} and {name} {step}: {rule}"
    return MathRequest(task="simplify", items=(formula,), shown=(formula,), notes=(note,))


def rule(kind: str, terms: list[Fraction]) -> tuple[Fraction, Fraction | None]:
    """(first term, common difference or ratio), or a None step when the terms do not follow the kind."""
    if kind == "arithmetic":
        steps = {b - a for a, b in zip(terms, terms[1:])}
    else:
        steps = {b / a for a, b in zip(terms, terms[1:]) if a != 0} if all(terms) else set()
    return terms[0], (steps.pop() if len(steps) == 1 else None)


def sequence_request(kind: str, first: Fraction, step: Fraction, index: int, *, summed: bool) -> MathRequest:
    """The evaluation of term `index`, or of the sum of the first `index` terms, of the sequence."""
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

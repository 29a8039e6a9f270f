"""Whether a stated equality of two numbers holds: "is 3/4 + 2/3 really 17/12?", "my kid says 2/5 of 35 is 14, is
that right?", "is 0.3 times 0.2 equal to 0.6?", "does 7 × 8 equal 54?", "is it true that 2^10 = 1024?".

A parent checking homework asks for a yes or no, not for the value. The claim is read as two sides joined by one
equality word ("=", "equal to", "equals", "the same as", "really", or "is" inside "X says A is B, is that right");
each side is read by the whole reader (`read_side`) and must be one constant (no letters: "is x = 2 a solution" is
`solution_check.py`'s question). The answer is "yes" or "no" from the exact difference of the two sides, computed
by the `is_solution` task with no letter to put in. A connector said twice, or a side that does not read as one
number, is not this question (None) and the rest of the reader goes on.

Other languages' "is this right?" words (a lead or a tail around "A = B") are `claim_words.py`'s table.

An order between two numbers is the same kind of question: "is 2/3 bigger than 3/5?", "is 2^10 more than 1000",
"is 0.1 + 0.2 > 0.3", "is it true that sqrt(2) < 1.5?", "does 7^3 exceed 300?", "is 5/8 at least 0.6?". It is read
the same way (two constant sides around one order word) and answered "yes" or "no" from the exact sign of their
difference.

Left out: claims about letters (identities are `identity` requests), and chains ("is 1 < 2 < 3").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agentlib.mathsolve.claim_words import asked_claim
from agentlib.mathsolve.request import MathRequest
from agentlib.tools.safe_math import ExpressionError, parse_expression

_EQUALS = r"(?:=|==|equals?(?: to)?|is equal to|equal to|the same as|really|actually|truly|really equal to|" \
          r"really the same as|really =|actually equal to)"
_SAYER = r"(?:my (?:kid|son|daughter|child|student|friend|teacher)|the (?:book|teacher|answer key|worksheet)|" \
         r"(?:he|she|they|someone|it))"
_ASKED = r"(?:is (?:that|this|it|he|she|they) (?:right|correct|true)|right|correct|true|am i right)"
_SHAPES = [
    re.compile(rf"is (?:it true that )?(?P<a>.+?) (?P<eq>{_EQUALS}) (?P<b>.+)"),
    re.compile(r"does (?P<a>.+?) (?:really )?(?P<eq>equal|=|make|come to|give) (?P<b>.+)"),
    re.compile(rf"{_SAYER} says? (?:that )?(?P<a>.+?) (?P<eq>is|=|equals|makes) (?P<b>.+?),? {_ASKED}"),
    re.compile(rf"(?P<a>.+?) (?P<eq>=) (?P<b>.+?),? {_ASKED}"),
]
# an order between two numbers: the words, and the relation they name
_ORDER_WORDS = {
    ">": r"(?:>|(?:greater|bigger|larger|more|higher) than)",
    "<": r"(?:<|(?:less|smaller|lower|fewer) than)",
    ">=": r"(?:>=|≥|(?:greater|bigger|larger|more) than or equal to|at least|no less than|not less than)",
    "<=": r"(?:<=|≤|(?:less|smaller) than or equal to|at most|no more than|not more than)",
}
_ORDER_WORD = "|".join(f"(?P<o{k}>{w})" for k, w in enumerate(sorted(_ORDER_WORDS.values(), key=len, reverse=True)))
_RELATION_OF = {f"o{k}": relation for k, relation in
                enumerate(sorted(_ORDER_WORDS, key=lambda r: len(_ORDER_WORDS[r]), reverse=True))}
_ORDER_SHAPES = [
    re.compile(rf"is (?:it (?:true|the case) that )?(?P<a>.+?) (?:really |actually )?(?:{_ORDER_WORD}) (?P<b>.+)"),
    re.compile(r"does (?P<a>.+?) (?P<o_exceed>exceed|go over) (?P<b>.+)"),
    re.compile(rf"(?P<a>.+?) (?:{_ORDER_WORD}) (?P<b>.+?),? {_ASKED}"),
]
_ENDS = " ?.!"

Reader = Callable[[str], "MathRequest | None"]


def read_numeric_claim(text: str, read_side: Reader) -> MathRequest | None:
    """The yes-or-no request of `text`, or None when it is not a claim that two numbers are equal.

    `read_side` reads one side as the reader reads a request (passed in: this module is imported by the reader).
    """
    plain = " ".join(text.replace("’", "'").split()).strip().rstrip(_ENDS).lower()
    if len(plain) > 300:
        return None
    for pattern in _SHAPES:
        match = pattern.fullmatch(plain)
        if match is None:
            continue
        left, right = match.group("a").strip(" ,"), match.group("b").strip(" ,")
        claim = plain[match.start("a"):match.end("b")]
        if len(re.findall(rf"(?<![a-z]){re.escape(match.group('eq'))}(?![a-z])", claim)) != 1:
            return None  # the joining word twice: where the claim splits is not certain
        equal = _claim(left, right, read_side)
        # "is 0.5 less than or equal to 0.7": its "equal to" joins no two numbers; the order may
        return equal if equal is not None or "than or equal" not in plain else _order_claim(plain, read_side)
    asked = asked_claim(plain)  # "3/4+2/3=17/12 맞아?", "¿está bien que 7 × 8 = 54?"
    if asked is not None:
        left, right = asked.split("=")
        return _claim(left.strip(), right.strip(), read_side)
    return _order_claim(plain, read_side)


def _order_claim(plain: str, read_side: Reader) -> MathRequest | None:
    """The check that one number is above or below another ("is 2/3 bigger than 3/5"), or None."""
    if re.search(rf"(?<![<>!])=|\b{_EQUALS}\b", plain.replace("than or equal to", "than or")):
        return None  # "is 20% more than 50 equal to 60": an equality whose side has an order word, not an order
    for pattern in _ORDER_SHAPES:
        match = pattern.fullmatch(plain)
        if match is None:
            continue
        said = next(name for name, value in match.groupdict().items() if name.startswith("o") and value)
        relation = ">" if said == "o_exceed" else _RELATION_OF[said]
        if len(re.findall(_ORDER_WORD, plain)) + len(re.findall(r"\b(?:exceed|go over)\b", plain)) != 1:
            return None  # two order words: which one joins the claim is not certain
        left, right = match.group("a").strip(" ,"), match.group("b").strip(" ,")
        if any(_DEGREES.search(side) for side in (left, right)):
            return None
        sides = [_constant(side, read_side) for side in (left, right)]
        if None in sides:
            return None
        return MathRequest(task="is_solution", items=(f"({sides[0]}) {relation} ({sides[1]})", "0"),
                           shown=(f"{left} {relation} {right}", "0"),
                           notes=("read as a check of the order of two numbers",))
    return None


_DEGREES = re.compile(r"°|\bdeg(?:rees?)?\b|도")
_TRIG = re.compile(r"\b(?:sin|cos|tan|sec|csc|cot)")


def _claim(left: str, right: str, read_side: Reader) -> MathRequest | None:
    """The check that `left` equals `right`, or None when a side is not one number with no letters."""
    if any(len(_DEGREES.findall(side)) > len(_TRIG.findall(side)) for side in (left, right)):
        return None  # "is 180° equal to pi": an angle measured in degrees, not the number 180
    sides = [_constant(side, read_side) for side in (left, right)]
    if None in sides:
        return None
    equation = f"({sides[0]}) = ({sides[1]})"
    return MathRequest(task="is_solution", items=(equation, "0"), shown=(f"{left} = {right}", "0"),
                       notes=("read as a check that two numbers are equal",))


def _constant(side: str, read_side: Reader) -> str | None:
    """The formula of one side when the reader reads it as one number with no letters, else None."""
    request = read_side(side)
    if request is None or request.task != "evaluate" or len(request.items) != 1 or request.at or request.definitions:
        return None
    try:
        value = parse_expression(request.items[0])
    except ExpressionError:
        return None
    return request.items[0] if not value.free_symbols else None


__all__ = ["read_numeric_claim"]

"""Whether a number solves an equation: "is x = 3 a solution of x^2 - 9 = 0?", "is 2 a root of x^2 - 5x + 6",
"does x = 4 satisfy 2x + 1 = 9?", "check whether -1 is a zero of x^3 + 1".

Before this reading, the question was read as a system of the two equations: "is x = 3 a solution of x^2 - 4 = 0"
answered "no solution" and "is x = 2 ..." answered "x = 2", neither of them the yes or no that was asked. The
answer is "yes" or "no" with the two sides at the number, computed exactly by SymPy. An expression with no "="
("a root of x^2 - 9") is set equal to 0. The letter must be the equation's only one; a named letter ("x = 3") must
be that letter.
"""

from __future__ import annotations

import re
from typing import Any

from agentlib.mathsolve.answer import Abstain, Answer
from agentlib.mathsolve.checks import Work, exactly_zero
from agentlib.mathsolve.request import MathRequest
from agentlib.tools.notation import NotationError, to_plain

_NUMBER = r"(-?\d+(?:\.\d+)?(?:/\d+)?)"
_LETTER = r"([a-z])\s*=\s*"
_ASKS = [
    re.compile(rf"(?:is|check (?:if|whether)|verify (?:that|whether|if)|determine (?:if|whether)) (?:{_LETTER})?"
               rf"{_NUMBER} (?:is )?(?:a|an|the) (?:solution|root|zero) (?:of|to|for) (?:the (?:equation|polynomial) )?"
               r"\$?(.+?)\$?"),
    re.compile(rf"does {_LETTER}{_NUMBER} (?:satisfy|solve) (?:the equation )?\$?(.+?)\$?"),
]
_ENDS = " ?.!"


def read_solution_check(text: str) -> MathRequest | str | None:
    """The `is_solution` request of `text`, a reason to abstain, or None when it is not this question."""
    plain = " ".join(text.split()).strip().rstrip(_ENDS)
    for pattern in _ASKS:
        match = pattern.fullmatch(plain.lower()) if plain[:1].isupper() else pattern.fullmatch(plain)
        if match is None:
            continue
        letter, number, equation = match.groups()
        letters = set(re.findall(r"(?<![A-Za-z])[a-z](?![A-Za-z])", equation))
        if len(letters) != 1 or letter is not None and letter not in letters:
            return "which letter does the number stand for? Write the equation in one letter, e.g. x^2 - 9 = 0"
        variable = letter or letters.pop()
        try:
            plain = to_plain(equation)
        except NotationError as error:
            return f"the equation could not be read: {error}"
        return MathRequest(task="is_solution", items=(plain, number), shown=(equation, number), variable=variable)
    return None


def is_solution(request: MathRequest, objects: list[Any], work: Work) -> Answer:
    """"yes" when both sides of objects[0] agree exactly at x = objects[1], else "no" (see the module docstring)."""
    import sympy as sp

    equation, value = objects
    if isinstance(equation, sp.core.relational.Relational) and not isinstance(equation, (sp.Equality, sp.Unequality)):
        return _order_holds(equation, work)
    if not isinstance(equation, sp.Equality):
        equation = sp.Eq(equation, 0, evaluate=False)
    x = sp.Symbol(request.variable or "x")
    left, right = sp.simplify(equation.lhs.subs(x, value)), sp.simplify(equation.rhs.subs(x, value))
    difference = sp.simplify(left - right)
    if difference.free_symbols or not difference.is_number:
        raise Abstain("the equation has other letters: the number alone does not decide it", "ambiguous")
    holds = exactly_zero(difference)
    numeric = sp.N(equation.lhs.subs(x, value) - equation.rhs.subs(x, value), 30)  # again, unsimplified, in digits
    work.verify(f"a 30-digit evaluation of the two sides {'agrees' if holds else 'differs'}",
                (abs(numeric) < sp.Float("1e-25")) == holds, "numeric")
    shown = f"{sp.sstr(left)} {'=' if holds else '≠'} {sp.sstr(right)}"
    if equation.free_symbols:  # a claim about two numbers (numeric_claims.py) has no letter to put a number in
        shown = f"at {x} = {value}: {shown}"
    work.checked(f"Put {x} = {value} into both sides" if equation.free_symbols else "Compare the two sides exactly",
                 difference, True, shown, "exact", role="key")
    verdict = "yes" if holds else "no"
    return Answer(f"{verdict}: {shown}", rf"\text{{{verdict}}}", {"kind": "text", "text": verdict})


def _order_holds(relation: Any, work: Work) -> Answer:
    """"yes" when the order between two numbers holds ("2/3 > 3/5"), from the exact sign of their difference."""
    import sympy as sp

    left, right = sp.simplify(relation.lhs), sp.simplify(relation.rhs)
    difference = sp.simplify(left - right)
    if difference.free_symbols or not difference.is_number or not difference.is_real:
        raise Abstain("the two sides are not two real numbers: their order is not defined", "ambiguous")
    sign = 0 if exactly_zero(difference) else (1 if difference.is_positive else -1 if difference.is_negative else None)
    if sign is None:
        raise Abstain("the sign of the difference of the two sides could not be decided exactly", "ambiguous")
    holds = {">": sign > 0, "<": sign < 0, ">=": sign >= 0, "<=": sign <= 0}[relation.rel_op]
    numeric = sp.N(relation.lhs - relation.rhs, 30)
    work.verify(f"a 30-digit evaluation of the difference of the two sides has sign {sign:+d}",
                sign == 0 and abs(numeric) < sp.Float("1e-25") or sign != 0 and sp.sign(numeric) == sign, "numeric")
    between = "=" if sign == 0 else ">" if sign > 0 else "<"
    shown = f"{sp.sstr(left)} {between} {sp.sstr(right)}"
    work.checked("Compare the two sides exactly", difference, True, shown, "exact", role="key")
    verdict = "yes" if holds else "no"
    return Answer(f"{verdict}: {shown}", rf"\text{{{verdict}}}", {"kind": "text", "text": verdict})

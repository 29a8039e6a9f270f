"""Square and cube roots as Korean textbooks name them: "9의 제곱근" is every number whose square is 9 (±3), "9의
양의 제곱근" and "제곱근 9" (√9) the positive one, "9의 음의 제곱근" the negative one, "-8의 세제곱근" every number
whose cube is -8 (-2 and 1 ± √3i: 수학 I's a의 n제곱근, complex roots included).

The two names differ on purpose in the curriculum (a의 제곱근 = ±√a, 제곱근 a = √a), so each is read as taught: "a의
제곱근" is the equation x² = a solved (both roots, or none among the reals for a negative a, which is then said), the
others evaluate √a or -√a; "a의 세제곱근" is the equation x³ = a solved over the complex numbers. Numbers only
(whole, decimal or a fraction a/b); anything else is left to the general reader.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.request import MathRequest

_NUMBER = r"(-?\d{1,30}(?:\.\d{1,30})?(?:/\d{1,30})?)"
_ASK = (r"(?:은|는|을|를)? ?(?:구하시오|구하세요|구해 ?줘|구해 ?주세요|무엇인가요|뭐야|얼마인가요|얼마|모두 구하시오|"
        r"(?:좀 )?알려 ?줘|(?:좀 )?알려 ?주세요|얼마야)?")
_OF = re.compile(rf"^{_NUMBER}\s?의 (양의 |음의 )?(세)?제곱근{_ASK}$")
_NAMED = re.compile(rf"^제곱근 ?{_NUMBER}{_ASK}$")


def read_korean_root(text: str) -> MathRequest | None:
    """The request a Korean root phrase makes, or None when `text` is not one."""
    plain = " ".join(text.split()).rstrip(" ?.!")
    named = _NAMED.match(plain)
    if named is not None:
        return _evaluate(f"sqrt({named.group(1)})", "제곱근 a = √a (the positive square root)")
    match = _OF.match(plain)
    if match is None:
        return None
    number, sign, cube = match.group(1), match.group(2), match.group(3)
    if cube:
        if sign:
            return None  # "양의 세제곱근": a real number has one cube root; the phrase is not one people use
        # 수학 I defines a의 n제곱근 as every x with x^n = a, complex ones included (-8의 세제곱근: -2, 1 ± √3i); the
        # real one alone is "세제곱근 중 실수인 것" or ∛a. Answering -2 alone left out two of the three.
        return MathRequest(task="solve", items=(f"x**3 = {number}",), shown=(f"x³ = {number}",), variable="x",
                           notes=(f"read as: {number}의 세제곱근 = every x with x³ = {number}, complex ones included",))
    if sign == "양의 ":
        return _evaluate(f"sqrt({number})", "a의 양의 제곱근 = √a")
    if sign == "음의 ":
        return _evaluate(f"-sqrt({number})", "a의 음의 제곱근 = -√a")
    return MathRequest(task="solve", items=(f"x**2 = {number}",), shown=(f"x² = {number}",), variable="x",
                       domain="real", notes=(f"read as: {number}의 제곱근 = every real x with x² = {number} (±√a)",))


def _evaluate(formula: str, note: str) -> MathRequest:
    return MathRequest(task="evaluate", items=(formula,), shown=(formula,), notes=(f"read as {note}",))

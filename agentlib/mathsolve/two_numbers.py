"""Two unknown numbers from their sum and difference: "the sum of two numbers is 30 and their difference is 4",
"두 수의 합이 30이고 차가 4일 때 두 수를 구하시오", and the same sentence in Spanish, French, German, Japanese
and Chinese.

The sentence sets up the system x + y = S, x - y = D, with x the larger number (a difference is stated as the
larger minus the smaller). The system is shown, solved and checked like any typed system, and the answer is the
two numbers themselves, larger first (`select="numbers"`), since the question asks for numbers, not letters.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.request import MathRequest

_N = r"(\d+(?:\.\d+)?)"
_ASK = r"(?:,? (?:what|find|which) (?:are |is )?(?:the|these|those) (?:two )?numbers)?"
_SHAPES = (
    re.compile(rf"(?:the )?sum of two numbers is {_N},? and (?:their|the) difference is {_N}\.?{_ASK}"),
    re.compile(rf"(?:the )?difference (?:of|between) two numbers is {_N},? and (?:their|the) sum is {_N}\.?{_ASK}"),
    re.compile(rf"두 수의 합이 {_N}\s?이고,? (?:두 수의 )?차가 {_N}\s?(?:일 때|이다\.?|이면|입니다\.?)? ?"
               r"(?:두 수를 (?:구하시오|구하세요|구해줘|구해 주세요)|두 수는(?: 무엇인가요| 얼마인가요| 뭐야)?)"),
    re.compile(rf"la suma de dos números es {_N},? y su diferencia es {_N}\.?"
               r"(?:,? (?:¿ ?)?(?:cuáles son|encuentra|halla|hallar|calcula) (?:los|esos) (?:dos )?números)?"),
    re.compile(rf"la somme de deux nombres est {_N},? et leur différence est {_N}\.?"
               r"(?:,? (?:quels sont|trouve|trouvez|trouver) (?:ces|les) (?:deux )?nombres)?"),
    re.compile(rf"die summe zweier zahlen ist {_N},? und ihre differenz ist {_N}\.?"
               r"(?:,? (?:wie lauten|welche sind|bestimme|finde) (?:die|diese) (?:beiden )?zahlen)?"),
    re.compile(rf"(?:2|二)つの数の和が{_N}\s?で、?差が{_N}\s?(?:のとき|である)、?\s?(?:2|二)つの数を求め(?:よ|なさい|てください)"),
    re.compile(rf"两个数的和是{_N}\s?[,，]\s?差是{_N}\s?[,，]\s?求这两个数"),
)


def read_two_numbers(text: str) -> MathRequest | None:
    """The system that `text` sets up for two numbers from their sum and difference, or None."""
    plain = " ".join(text.lower().split()).rstrip(" ?.!。？")  # not `[...]+$`: quadratic on a run of marks
    for index, shape in enumerate(_SHAPES):
        match = shape.fullmatch(plain)
        if match:
            total, difference = match.groups() if index != 1 else reversed(match.groups())
            equations = (f"x + y = {total}", f"x - y = {difference}")
            return MathRequest(task="solve", items=equations, shown=equations, variable="x,y", select="numbers",
                               notes=("read as: x the larger number, y the smaller: " + ", ".join(equations),))
    return None

"""Two people's ages from two facts, in Korean: "엄마는 나보다 28살 많고 두 사람 나이의 합은 52살이야. 내 나이는?",
"형은 동생보다 4살 많다. 두 사람의 나이의 합은 20살이다. 형은 몇 살인가요?", "아빠의 나이는 아들의 나이의 3배이고
두 사람 나이의 합은 48살이다. 아들은 몇 살?".

The facts are `two_ages.py`'s equations in the ages now, solved the same way (one solution, no age below zero):

    P는 Q보다 d살 (더) 많다 / 적다 / 어리다     a = b ± d
    P(의 나이)는 Q(의 나이)의 k배                a = k·b
    두 사람 (의) 나이의 합은 s살                  a + b = s

Exactly two people, each named by one word with its particle ("엄마는", "나보다"; 내 is 나's), two facts joined by
"고" or a sentence end, and one of the two asked ("내 나이는?", "형은 몇 살인가요?"). Anything else is not read.

Left out: ages in some years or some years ago, and differences of ages said as 차.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded
from agentlib.mathsolve.two_ages import Equation, linear_age_equation, solved_ages

_WHO = r"([가-힣]{1,4}?)"
_TOPIC = r"(?:은|는|이|가)"
_END = r"(?:다|야|예요|이에요|입니다|이다|이야|요)?"
_TIMES = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6}
_K = rf"(\d{{1,2}}|{'|'.join(_TIMES)})"
_N = r"(\d{1,3})"
_OLDER = re.compile(rf"{_WHO}{_TOPIC} {_WHO}보다 {_N}\s?살 (?:더 )?(많|적|어리)(?:고|다|아|아요|습니다|으며|지만)?")
_TIMES_AS_OLD = re.compile(rf"{_WHO}(?:의 나이)?{_TOPIC} {_WHO}(?:의 나이)?의 {_K}\s?배(?:이고|이며|{_END})")
_SUM = re.compile(rf"(?:두 사람|둘)(?:의)? 나이(?:의 합|를 합하면|를 더하면|를 합치면)(?:은|이)? {_N}\s?살"
                  rf"(?:이고|이며|{_END})")
_ASKED = re.compile(rf"{_WHO}(?:의)? 나이(?:는|은)?(?: 몇 살| 얼마)?(?:이야|인가요|입니까|이에요|일까요|야)?|"
                    rf"{_WHO}{_TOPIC} 몇 ?살(?:이야|인가요|입니까|이에요|일까요|이지|일까)?")
_CLAUSES = re.compile(r"[.?!？]\s*|(?<=많|적)고\s+|(?<=어리)고\s+|(?<=배)이고\s+|(?<=배)이며\s+|(?<=살)이고\s+")
_SAME = {"내": "나", "제": "저"}  # "내 나이": 나's age


def read_korean_two_ages(text: str) -> Worded | None:
    """The asked person's age now, or None when `text` is not two Korean age facts and one question."""
    if len(text) > 300 or "살" not in text:
        return None
    clauses = [c.strip() for c in _CLAUSES.split(" ".join(text.split())) if c.strip()]
    if len(clauses) != 3:
        return None
    *facts, question = clauses
    asked = _ASKED.fullmatch(question)
    if asked is None:
        return None
    people: list[str] = []
    equations = [_equation(fact, people) for fact in facts]
    who = _person(asked.group(1) or asked.group(2), people)
    if None in equations or len(people) != 2 or who is None:
        return None
    return solved_ages([e for e in equations if e is not None], people, who)


def _person(word: str, people: list[str]) -> str | None:
    """The person `word` names, registered in `people` on first sight; a third person is none of the two."""
    name = _SAME.get(word, word)
    if name in ("두", "둘", "사람") or name not in people and len(people) == 2:
        return None
    if name not in people:
        people.append(name)
    return name


def _equation(fact: str, people: list[str]) -> Equation | None:
    if (match := _OLDER.fullmatch(fact)) is not None:
        first, second = _person(match.group(1), people), _person(match.group(2), people)
        difference = Fraction(match.group(3)) * (1 if match.group(4) == "많" else -1)
        if first is None or second is None or first == second:
            return None
        return linear_age_equation({first: 1, second: -1}, difference, [(first, 0), (second, 0)])
    if (match := _TIMES_AS_OLD.fullmatch(fact)) is not None:
        first, second = _person(match.group(1), people), _person(match.group(2), people)
        word = match.group(3)
        factor = Fraction(_TIMES[word]) if word in _TIMES else Fraction(word)
        if first is None or second is None or first == second:
            return None
        return linear_age_equation({first: 1, second: -factor}, 0, [(first, 0), (second, 0)])
    if (match := _SUM.fullmatch(fact)) is not None and len(people) == 2:
        return linear_age_equation({people[0]: 1, people[1]: 1}, Fraction(match.group(1)),
                                   [(people[0], 0), (people[1], 0)])
    return None


__all__ = ["read_korean_two_ages"]

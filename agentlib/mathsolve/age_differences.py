"""An age from another age and their difference: "Ann is 3 years older than Bob. Bob is 10. How old is Ann?",
"Tom is 4 years younger than Sara, Sara is 15; how old is Tom", "민수는 지수보다 3살 많다. 지수가 10살일 때 민수는
몇 살인가요?".

The request is cut into clauses at . , ; and "and"; each clause must be one of three kinds, each given once: the
difference (A is d years older / younger than B), the age given (B is n, B is n years old) and the question (how
old is A, what is A's age). The age asked is the one given plus or minus the difference, whichever person is
given; a clause of any other kind, a name asked that is not in the difference, or an age below zero abstains.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.everyday_formulas import Worded

_N = r"(\d{1,3}(?:\.\d+)?)"
_NAME = r"([a-z]+)"
_KO_NAME = r"([가-힣]{1,6}?)"
_KO_TOPIC = r"(?:는|은|이|가)"
_DIFFERENCE = (re.compile(rf"(?P<first>[a-z]+) is (?P<years>{_N}) years? (?P<direction>older|younger) than "
                          r"(?P<second>[a-z]+)"),
               re.compile(rf"(?P<first>{_KO_NAME}){_KO_TOPIC} (?P<second>{_KO_NAME})보다 (?P<years>{_N})\s?살 (?:더 )?"
                          r"(?P<direction>많다|많고|많습니다|많아요|적다|적고|"
                          r"적습니다|어리다|어리고|어립니다|어려요)"))
_GIVEN = (re.compile(rf"(?:if |and )?{_NAME} is {_N}(?: years? old)?(?: now)?"),
          re.compile(rf"{_KO_NAME}{_KO_TOPIC} {_N}\s?살(?:이다|이면|일 때|입니다|이에요|이고)?"))
_QUESTION = (re.compile(rf"(?:so )?(?:how old is {_NAME}(?: now)?|what is {_NAME}'s age)\??"),
             re.compile(rf"{_KO_NAME}{_KO_TOPIC} 몇 살(?:인가요|입니까|이에요|일까요|이야|인지 구하시오)?\??"))
_OLDER = frozenset(("older", "많다", "많고", "많습니다", "많아요"))
_CLAUSE_BREAK = re.compile(r"\s*(?:[.,;!]|\band\b(?= [a-z]+ is \d))\s*")
_KO_GIVEN_THEN_QUESTION = re.compile(r"(?:(?<=일 때)|(?<=이면)) ")  # "지수가 10살일 때 민수는 몇 살": two clauses


def read_age_difference(text: str) -> Worded | None:
    """The age `text` asks for from a given age and a difference, or None when it is not that question."""
    plain = " ".join(text.lower().split()).strip()
    clauses = [c for part in _CLAUSE_BREAK.split(plain) for c in _KO_GIVEN_THEN_QUESTION.split(part) if c.strip()]
    difference = given = asked = None
    for clause in clauses:
        clause = clause.strip().rstrip("?？ ")
        stated = _match(_DIFFERENCE, clause)
        if stated and difference is None:
            difference = (stated["first"], stated["years"], stated["direction"], stated["second"])
            continue
        found = _first(_GIVEN, clause)
        if found and given is None:
            given = found
            continue
        found = _first(_QUESTION, clause)
        if found and asked is None:
            asked = next(name for name in found if name)
            continue
        return None
    if difference is None or given is None or asked is None:
        return None
    return _age(difference, given, asked)


def _match(patterns: tuple[re.Pattern[str], ...], clause: str) -> re.Match[str] | None:
    return next((match for match in (pattern.fullmatch(clause) for pattern in patterns) if match), None)


def _first(patterns: tuple[re.Pattern[str], ...], clause: str) -> tuple[str, ...] | None:
    match = _match(patterns, clause)
    return match.groups() if match else None


def _age(difference: tuple[str, ...], given: tuple[str, ...], asked: str) -> Worded | None:
    first, years, direction, second = difference
    sign = 1 if direction in _OLDER else -1  # first = second + sign·years
    name, age = given
    if {name, asked} != {first, second} or name == asked:
        return None
    step = sign if asked == first else -sign
    value = Fraction(age) + step * Fraction(years)
    if value < 0:
        return None
    operator = "+" if step > 0 else "-"
    return Worded(f"{age} {operator} {years}",
                  f"{asked}'s age = {name}'s age {operator} the difference = {age} {operator} {years}")

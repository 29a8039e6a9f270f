"""Counting in words: "10명 중에서 3명을 뽑는 경우의 수는?", "how many ways can 3 people be chosen from 10",
"in how many ways can 5 people stand in a line", "10명 중에서 3명을 뽑아 일렬로 세우는 경우의 수", "6명 중에서 회장
1명, 부회장 1명을 뽑는 경우의 수", "5人から2人を選ぶ組み合わせは何通り".

Choosing without order is C(n, k); choosing and ordering ("in a line", "일렬로", "순서대로", or different roles
of one person each, "회장 1명, 부회장 1명": who takes which role matters) is n! / (n - k)!; everyone in a line is
n!. The words must say which: a shape that names no order reads as a choice, one with a line or an order as an
arrangement. Each reading is an `evaluate` request of binomial / factorial, computed exactly and checked like any
other arithmetic.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.everyday_formulas import Builder, Worded, arrange, choose, read_shapes

_K = r"(\d{1,3})"
_THINGS = r"(?:people|persons|students|players|books|cards|items|things|objects|letters|numbers|of them)"
_KO_COUNTER = r"(?:명|개|권|장|마리|자루)"
# The role the chosen share ("대표 2명", "위원 3명"): one role for all k, so still a choice without order. Roles that
# differ (회장 1명, 부회장 1명) are `_KO_ROLES`; words that narrow the group (남자 3명) are not read.
_KO_ROLE = r"(?:(?:대표|위원|대의원|당번|선수|봉사자)\s)?"
_KO_END = r"(?:는|은)?\s?(?:\?|인가요|입니까|일까요|는 몇 가지|는 모두 몇 가지|를 구하시오|를 구하세요)?"
# Roles that differ, one person each: "회장 1명, 부회장 1명" (who takes which role matters: an arrangement)
_KO_ROLES = r"((?:[가-힣]{1,6} 1\s?명(?:,|과|와)? ){1,3}[가-힣]{1,6} 1\s?명)"
_KO_ROLE_NAME = re.compile(r"([가-힣]{1,6}) 1\s?명")
_JA_END = r"(?:は)?(?:何通り|なんとおり)(?:ありますか|ですか|か)?"


def _roles(n: str, roles: str) -> Worded | None:
    """n!/(n - r)! for r different roles of one person each; None when a role is named twice."""
    names = _KO_ROLE_NAME.findall(roles)
    return arrange(str(len(names)), n) if len(set(names)) == len(names) >= 2 else None


# A thing chosen, one word ("books", "toppings"): two words may narrow the group ("3 red balls from 8": not C(8, 3))
_NOUN = r"([a-z]{2,15})"


def _choose_named(k: str, chosen: str | None, n: str, among: str | None) -> Worded | None:
    """C(n, k) when the things chosen and the things chosen from are one kind ("3 girls from 8 students" is not)."""
    if chosen is not None and among is not None and chosen != among and among != "of them":
        return None
    if any(word in ("ways", "times", "at", "with", "without", "in", "and") for word in (chosen, among) if word):
        return None
    return choose(k, n)


def _line(n: str) -> Worded:
    return Worded(f"factorial({n})", "n in a line = n!")


_SHAPES: list[tuple[re.Pattern[str], Builder]] = [
    (re.compile(rf"(?:in )?how many (?:different )?ways (?:can (?:you |i |we |one )?|could (?:you |i |we )?|"
                rf"are there to |to |do (?:you|i|we) have to )(?:choose|pick|select) {_K}(?: {_NOUN})? "
                rf"(?:from|out of|among) (?:a (?:group|set|box|bag|shelf|list|menu|class|team) of )?{_K}"
                rf"(?: {_NOUN})?"),
     _choose_named),
    (re.compile(rf"(?:in )?how many (?:ways|different ways) can {_K} {_THINGS} be (?:chosen|picked|selected) "
                rf"(?:from|out of|among) (?:a group of )?{_K}(?: {_THINGS})?"),
     choose),
    (re.compile(rf"(?:in )?how many (?:ways|different ways) can {_K} {_THINGS} (?:stand|sit|line up|be arranged) "
                r"(?:in a (?:line|row)|in a queue)"), _line),
    (re.compile(rf"{_K}\s?{_KO_COUNTER}\s?(?:중에서|중) {_KO_ROLE}{_K}\s?{_KO_COUNTER}(?:을|를)? "
                rf"(?:뽑는|고르는|선택하는|택하는) "
                rf"(?:방법의 수|경우의 수){_KO_END}"),
     lambda n, k: choose(k, n)),
    (re.compile(rf"{_K}\s?{_KO_COUNTER}\s?(?:중에서|중) {_KO_ROLE}{_K}\s?{_KO_COUNTER}(?:을|를)? "
                rf"(?:뽑아|골라|선택하여|택하여) "
                rf"(?:일렬로|한 줄로|순서대로) (?:세우는|나열하는|배열하는) (?:방법의 수|경우의 수){_KO_END}"),
     lambda n, k: arrange(k, n)),
    (re.compile(rf"{_K}\s?{_KO_COUNTER}(?:을|를|이|가)? (?:일렬로|한 줄로) (?:세우는|서는|나열하는|배열하는) "
                rf"(?:방법의 수|경우의 수){_KO_END}"), _line),
    (re.compile(rf"{_K}\s?명\s?(?:중에서|중) {_KO_ROLES}(?:을|를)? (?:뽑는|선출하는|정하는|선택하는) "
                rf"(?:방법의 수|경우의 수){_KO_END}"), _roles),
    (re.compile(rf"{_K}\s?(?:人|個|枚|冊)の?(?:中)?から\s?{_K}\s?(?:人|個|枚|冊)を?(?:選ぶ|選び出す)"
                rf"(?:組み合わせ|組合せ|選び方|方法){_JA_END}"), lambda n, k: choose(k, n)),
    (re.compile(rf"{_K}\s?(?:人|個|枚|冊)の?(?:中)?から\s?{_K}\s?(?:人|個|枚|冊)を?(?:選んで|選び)(?:1|一)列に"
                rf"(?:並べる|並ぶ)(?:並べ方|並び方|方法){_JA_END}"), lambda n, k: arrange(k, n)),
]


def read_choosing(text: str) -> Worded | None:
    """The count of choices or arrangements `text` asks for, or None when it is not one of the shapes."""
    return read_shapes(_SHAPES, text)

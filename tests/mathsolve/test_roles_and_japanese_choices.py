"""Counting the twenty-seventh batch found unread: different roles of one person each ("6명 중에서 회장 1명, 부회장
1명을 뽑는 경우의 수": an arrangement, n!/(n - r)!) and Japanese choices and arrangements ("5人から2人を選ぶ組み合わせ
は何通り"). Fresh counts checked against math.comb / math.perm; a role named twice or held by two abstains."""

import random
from math import comb, perm

import pytest

from agentlib import solve_math

_ROLES = ["회장", "부회장", "총무", "서기", "반장", "부반장"]


def _count(text: str) -> int:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return int(result.value["expression"])


def test_fresh_different_roles_of_one_person_each():
    rng = random.Random("roles")
    for _ in range(10):
        n, r = rng.randint(4, 15), rng.randint(2, 4)
        roles = rng.sample(_ROLES, r)
        listed = rng.choice([", ", " "]).join(f"{role} 1명" for role in roles)
        text = f"{n}명 {rng.choice(['중에서', '중'])} {listed}을 뽑는 경우의 수{rng.choice(['는?', '를 구하시오'])}"
        assert _count(text) == perm(n, r), text


def test_fresh_japanese_choices_and_arrangements():
    rng = random.Random("japanese")
    for _ in range(10):
        n = rng.randint(3, 12)
        k = rng.randint(1, n)
        assert _count(f"{n}人から{k}人を選ぶ組み合わせは何通り？") == comb(n, k)
        assert _count(f"{n}人から{k}人を選んで1列に並べる並べ方は何通りありますか") == perm(n, k)


@pytest.mark.parametrize("text", [
    "6명 중에서 회장 1명, 회장 1명을 뽑는 경우의 수는?",  # a role named twice
    "6명 중에서 회장 1명, 부회장 2명을 뽑는 경우의 수는?",  # two people in one role: not an arrangement
])
def test_roles_that_are_not_one_person_each_abstain(text):
    assert solve_math(text).status != "verified", text

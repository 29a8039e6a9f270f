"""nCr / nPr in calculator and subscript notation ("8C3", "₇P₃", "{}_8C_3", "nCr(8, 3)"), alone or inside other
arithmetic, in English and Korean wording; and Korean choices of k people for one shared role ("대표 2명").

Fresh variants: random n, k, notation and wording; expected counts from `math.comb` / `math.perm`, never agentlib.
"""

import random
from math import comb, perm

import pytest

from agentlib import solve_math

SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
NOTATIONS = (lambda n, letter, k: f"{n}{letter}{k}",
             lambda n, letter, k: f"{str(n).translate(SUBSCRIPT)}{letter}{str(k).translate(SUBSCRIPT)}",
             lambda n, letter, k: f"{{}}_{{{n}}}{letter}_{{{k}}}",
             lambda n, letter, k: f"n{letter}r({n}, {k})")
WORDINGS = ("{}", "what is {}", "calculate {}", "{} 을 계산하시오", "{}의 값을 구하시오", "{} = ?")


def _count(letter: str, n: int, k: int) -> int:
    return comb(n, k) if letter == "C" else perm(n, k)


@pytest.mark.parametrize("seed", range(24))
def test_a_count_in_calculator_or_subscript_notation(seed):
    rng = random.Random(seed)
    n = rng.randint(1, 30)
    k = rng.randint(0, n)
    letter = rng.choice("CP")
    written = rng.choice(NOTATIONS)(n, letter, k)
    result = solve_math(rng.choice(WORDINGS).format(written))
    assert result.verified, (written, result.reason)
    assert int(result.value["expression"]) == _count(letter, n, k), written


@pytest.mark.parametrize("seed", range(8))
def test_counts_inside_other_arithmetic(seed):
    rng = random.Random(100 + seed)
    (n1, n2), extra = (rng.randint(2, 12) for _ in range(2)), rng.randint(1, 50)
    k1, k2 = rng.randint(0, n1), rng.randint(0, n2)
    a, b = rng.choice("CP"), rng.choice("CP")
    result = solve_math(f"{n1}{a}{k1} × {n2}{b}{k2} + {extra}")
    assert result.verified, result.reason
    assert int(result.value["expression"]) == _count(a, n1, k1) * _count(b, n2, k2) + extra


def test_a_choice_of_more_than_there_are_abstains():
    assert not solve_math("3C5").verified


def test_a_letter_glued_before_stays_a_product():
    assert not solve_math("x8C3").verified


@pytest.mark.parametrize("seed", range(6))
def test_korean_choice_for_one_shared_role(seed):
    rng = random.Random(200 + seed)
    n = rng.randint(4, 20)
    k = rng.randint(1, n - 1)
    role = rng.choice(("대표", "위원", "당번"))
    result = solve_math(f"{n}명 중에서 {role} {k}명을 뽑는 경우의 수는?")
    assert result.verified and int(result.value["expression"]) == comb(n, k), result.reason


def test_korean_words_that_narrow_the_group_abstain():
    # "남자 3명" chooses among the men only: the group's size is not given, so the count is not C(10, 3).
    assert not solve_math("10명 중에서 남자 3명을 뽑는 경우의 수는?").verified


def test_regression_glued_notation_was_a_product_of_a_letter():
    # The bug: "7P3" read as 7·P·3 and the reader asked what P was.
    result = solve_math("7P3 을 계산하시오")
    assert result.verified and result.value["expression"] == "210"

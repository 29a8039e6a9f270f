"""Calculator and textbook counts: "5C2", "₅C₂", "10P3", "nCr(5, 2)", "binomial(5, 2)" compute, alone or in
arithmetic; a bare "C(5, 2)" (a point) and "2C5" (more chosen than there are) are not read as counts.

Fresh variants: random n and k and spellings, in English and Korean; expected values from `math.comb` /
`math.perm`, never from agentlib.
"""

import math
import random

import pytest

from agentlib import solve_math
from agentlib.mathsolve.counting_notation import spell_counting_notation

SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
CHOOSE = ("{n}C{k}", "nCr({n}, {k})", "binomial({n},{k})", "comb({n}, {k})", "{sn}C{sk}")
ARRANGE = ("{n}P{k}", "nPr({n},{k})", "{sn}P{sk}")
OPENERS = ("{}", "what is {}", "calculate {}", "{}를 구하시오", "{}의 값은?")


def _spelled(template: str, n: int, k: int) -> str:
    return template.format(n=n, k=k, sn=str(n).translate(SUBSCRIPT), sk=str(k).translate(SUBSCRIPT))


@pytest.mark.parametrize("seed", range(20))
def test_choices_and_arrangements_in_calculator_and_textbook_spellings(seed):
    rng = random.Random(seed)
    n = rng.randint(1, 30)
    k = rng.randint(0, n)
    arranged = rng.random() < 0.4
    written = _spelled(rng.choice(ARRANGE if arranged else CHOOSE), n, k)
    expected = math.perm(n, k) if arranged else math.comb(n, k)
    result = solve_math(rng.choice(OPENERS).format(written))
    assert result.verified, (written, result.reason)
    assert int(result.value["expression"]) == expected, (written, result.answer)


@pytest.mark.parametrize("seed", range(8))
def test_counts_inside_arithmetic(seed):
    rng = random.Random(seed)
    n, m = rng.randint(2, 12), rng.randint(2, 12)
    k, j = rng.randint(0, n), rng.randint(0, m)
    result = solve_math(f"{n}C{k} + {m}P{j}")
    assert result.verified and int(result.value["expression"]) == math.comb(n, k) + math.perm(m, j)


@pytest.mark.parametrize("text", ["C(5, 2)", "2C5", "x5C2", "5 C 2", "A(1,2) and C(5,2)"])
def test_what_is_not_a_count_is_left_as_written(text):
    assert spell_counting_notation(text) == text

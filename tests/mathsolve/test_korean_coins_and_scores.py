"""Korean coins counted natively ("동전 세 개", "세 번") checked against the binomial count, and scores with their
unit ("국어 80점, 영어 92점") read as the listed numbers: fresh counts and scores each time."""

import math
import random
from fractions import Fraction

import pytest

from agentlib import solve_math

NATIVE = {1: "한", 2: "두", 3: "세", 4: "네", 5: "다섯", 6: "여섯", 7: "일곱", 8: "여덟", 9: "아홉", 10: "열"}


def _value(text: str) -> Fraction:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return Fraction(result.value["expression"])


@pytest.mark.parametrize("seed", range(3))
def test_fresh_coin_counts_said_natively(seed):
    rng = random.Random(seed)
    for _ in range(6):
        n = rng.randint(2, 10)
        k = rng.randint(1, n)
        flips, wanted = rng.choice([NATIVE[n], str(n)]), rng.choice([NATIVE[k], str(k)])
        space = rng.choice([" ", ""])
        exactly = Fraction(math.comb(n, k), 2**n)
        assert _value(f"동전 {flips}{space}개를 던질 때 앞면이 {wanted}{space}개 나올 확률은?") == exactly
        assert _value(f"동전을 {flips} 번 던질 때 뒷면이 {wanted}번 나올 확률은?") == exactly
        assert _value(f"동전 {flips} 개를 던질 때 모두 앞면이 나올 확률은?") == Fraction(1, 2**n)


@pytest.mark.parametrize("seed", range(3))
def test_fresh_scores_with_their_unit(seed):
    rng = random.Random(seed)
    subjects = ["국어", "영어", "수학", "과학", "사회"]
    for _ in range(5):
        scores = [rng.randint(40, 100) for _ in range(rng.randint(2, 5))]
        listed = ", ".join(f"{subject} {score}점" for subject, score in zip(subjects, scores))
        assert _value(f"{listed}의 평균은?") == Fraction(sum(scores), len(scores))

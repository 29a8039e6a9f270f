"""A rectangle's area or perimeter from its named sides (가로 / 세로 in either order, length / width), and a Korean
statistics request that names the subject of its scores ("수학 점수가 85, 90, 78일 때 평균은?"). Fresh variants:
random sides, scores and measures; expected values from `fractions` / `statistics`, never agentlib. The same side
named twice, and a count of people beside the scores, abstain.
"""

import random
import statistics
from fractions import Fraction

import pytest

from agentlib import solve_math


def _found(text: str) -> Fraction:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return Fraction(result.value["expression"])


@pytest.mark.parametrize("seed", range(12))
def test_rectangle_from_named_sides(seed):
    rng = random.Random(seed)
    length, width = rng.randint(1, 40), rng.randint(1, 40)
    korean = rng.random() < 0.5
    area = rng.random() < 0.5
    if korean:
        unit = rng.choice(("", "cm", "m"))
        sides = [f"가로 {length}{unit}", f"세로 {width}{unit}"]
        rng.shuffle(sides)
        measure = "넓이" if area else "둘레"
        text = f"{sides[0]}, {sides[1]}인 직사각형의 {measure}{rng.choice(('는?', '를 구하시오', ''))}"
    else:
        sides = [f"length {length}", f"width {width}"]
        rng.shuffle(sides)
        text = f"{'area' if area else 'perimeter'} of a rectangle with {sides[0]} and {sides[1]}"
    assert _found(text) == (length * width if area else 2 * (length + width)), text


def test_the_same_side_named_twice_abstains():
    assert not solve_math("가로 12cm, 가로 8cm인 직사각형의 넓이는?").verified
    assert not solve_math("area of a rectangle with length 5 and length 3").verified


@pytest.mark.parametrize("seed", range(8))
def test_korean_scores_of_a_named_subject(seed):
    rng = random.Random(100 + seed)
    scores = [rng.randint(50, 100) for _ in range(rng.randint(3, 7))]
    subject = rng.choice(("수학", "영어", "국어", "과학"))
    measure, expected = rng.choice((("평균", Fraction(sum(scores), len(scores))),
                                    ("중앙값", Fraction(statistics.median(scores)))))
    text = f"{subject} 점수가 {', '.join(map(str, scores))}일 때 {measure}{rng.choice(('은?', '을 구하시오'))}"
    assert _found(text) == expected, text


def test_a_count_of_people_beside_the_scores_abstains():
    # "5명" is not a score: read as one it would pull the mean down.
    assert not solve_math("학생 5명의 점수가 85, 90, 78, 92, 80일 때 평균은?").verified

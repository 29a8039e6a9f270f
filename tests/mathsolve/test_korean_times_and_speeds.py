"""Korean time conversions ("3.5시간은 몇 분인가요?", "90분은 몇 시간?", "150초는 몇 분이에요?") and average speed
over a time given in hours and minutes ("150km를 2시간 30분 동안 달렸다면 평균 속력은 시속 몇 km인가요?").
Fresh variants: random amounts and units; expected values from `fractions`, never agentlib.
"""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

SECONDS = {"시간": 3600, "분": 60, "초": 1}


def _found(text: str) -> Fraction:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return Fraction(result.value["expression"])


@pytest.mark.parametrize("seed", range(12))
def test_korean_time_conversion(seed):
    rng = random.Random(seed)
    source, target = rng.sample(sorted(SECONDS), 2)
    amount = Fraction(rng.randint(1, 400), rng.choice((1, 2, 4)))
    written = f"{float(amount):g}"
    topic = "은" if source in ("시간", "분") else "는"
    text = f"{written}{source}{topic} 몇 {target}{rng.choice(('인가요?', '이에요?', '?'))}"
    assert _found(text) == amount * SECONDS[source] / SECONDS[target], text


@pytest.mark.parametrize("seed", range(10))
def test_korean_average_speed_over_hours_and_minutes(seed):
    rng = random.Random(100 + seed)
    hours, minutes = rng.randint(0, 5), rng.choice((0, 10, 15, 20, 30, 40, 45))
    if hours == minutes == 0:
        hours = 1
    distance = rng.randint(10, 600)
    time = f"{hours}시간 {minutes}분" if minutes else f"{hours}시간"
    verb = rng.choice(("동안 달렸다면", "만에 달렸다면", "에 갔다면"))
    text = f"{distance}km를 {time} {verb} 평균 속력은 시속 몇 km인가요?".replace(" 에 갔다면", "에 갔다면")
    assert _found(text) == Fraction(distance) / (hours + Fraction(minutes, 60)), text

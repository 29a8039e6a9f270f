"""Trips the twenty-seventh batch found unread: a time with a decimal comma in a language that writes one ("Ein Zug
fährt 2,5 Stunden mit 120 km/h"), and a Korean trip told as a statement before the question ("자동차가 시속 60km로
2시간 30분 동안 달렸습니다. 달린 거리는 몇 km입니까?"). Fresh speeds and times, checked against exact arithmetic."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

from .test_unit_prices_and_trips_abroad import TRIPS


@pytest.mark.parametrize("language", sorted(TRIPS))
def test_fresh_trips_with_hours_written_with_a_decimal_comma(language):
    rng = random.Random(f"decimal hours {language}")
    for _ in range(4):
        speed, whole, tenths = rng.randint(3, 130), rng.randint(1, 9), rng.choice([25, 5, 75])
        hours = whole + Fraction(tenths, 100 if tenths > 9 else 10)
        text = TRIPS[language].format(speed=speed, hours=f"{whole},{tenths}")
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == speed * hours, (text, result.answer)


def test_fresh_korean_trips_told_as_statements():
    rng = random.Random("korean statements")
    movers = ["자동차가", "민수는", "기차가", "지수는", ""]
    for _ in range(10):
        kind, unit, per_hour = rng.choice([("시속", "km", 1), ("분속", "m", 60)])
        speed, hours, minutes = rng.randint(2, 90), rng.randint(1, 4), rng.choice([0, 10, 15, 30, 45])
        time = f"{hours}시간 {minutes}분" if minutes else f"{hours}시간"
        moved, asked = rng.choice([("달렸습니다", "달린"), ("걸었다", "걸은"), ("이동했습니다", "이동한"),
                                   ("갔어요", "간")])
        text = f"{rng.choice(movers)} {kind} {speed}{unit}로 {time} 동안 {moved}. {asked} 거리는 몇 {unit}입니까?"
        result = solve_math(text.strip())
        expected = speed * per_hour * (hours + Fraction(minutes, 60))
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == expected, (text, result.answer)


@pytest.mark.parametrize("text", [
    "자동차가 시속 60km로 달렸습니다. 달린 거리는 몇 km입니까?",  # no time
    "Ein Zug fährt 2,500 Stunden mit 120 km/h. Wie weit fährt er?",  # a thousands group or three decimals?
    "자동차가 시속 60km로 2시간 30분 동안 달렸습니다. 달린 거리는 몇 m입니까?",  # asked in another unit
])
def test_trips_missing_a_quantity_or_in_doubt_abstain(text):
    assert solve_math(text).status != "verified", text

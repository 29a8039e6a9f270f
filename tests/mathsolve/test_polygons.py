"""A polygon's angle sum, regular angles and diagonals from its name (English and Korean), over fresh n, against
the textbook formulas computed here; an angle of a polygon not said to be regular, or fewer than three sides, is
not read."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

NAMES = {3: "triangle", 5: "pentagon", 6: "hexagon", 7: "heptagon", 8: "octagon", 9: "nonagon", 10: "decagon",
         12: "dodecagon"}
KOREAN = {3: "삼", 4: "사", 5: "오", 6: "육", 7: "칠", 8: "팔", 9: "구", 10: "십", 12: "십이"}


def _value(result):
    return Fraction(result.to_dict()["value"]["expression"])


def _polygon(n, style):
    if style == "name" and n in NAMES:
        return f"a {NAMES[n]}"
    return f"a {n}-sided polygon" if style == "sided" else f"a polygon with {n} sides"


@settings(max_examples=25, deadline=None)
@given(st.integers(3, 60), st.sampled_from(["name", "sided", "with"]), st.sampled_from([
    ("what is the sum of the interior angles of {p}?", lambda n: (n - 2) * 180),
    ("how many diagonals does {p} have", lambda n: Fraction(n * (n - 3), 2)),
    ("each interior angle of {r}", lambda n: Fraction((n - 2) * 180, n)),
    ("the measure of each exterior angle of {r}", lambda n: Fraction(360, n))]))
def test_polygon_formulas_in_english(n, style, ask):
    wording, formula = ask
    polygon = _polygon(n, style)
    regular = polygon.replace("a ", "a regular ", 1)
    result = solve_math(wording.format(p=polygon, r=regular))
    assert result.status == "verified" and _value(result) == formula(n)


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(sorted(KOREAN)), st.booleans(), st.sampled_from([
    ("{p}의 내각의 합은?", False, lambda n: (n - 2) * 180),
    ("{p}의 대각선의 개수를 구하시오", False, lambda n: Fraction(n * (n - 3), 2)),
    ("{p}의 한 내각의 크기는?", True, lambda n: Fraction((n - 2) * 180, n)),
    ("{p}의 한 외각의 크기", True, lambda n: Fraction(360, n))]))
def test_polygon_formulas_in_korean(n, digits, ask):
    wording, regular, formula = ask
    polygon = ("정" if regular else "") + (f"{n}" if digits else KOREAN[n]) + "각형"
    result = solve_math(wording.format(p=polygon))
    assert result.status == "verified" and _value(result) == formula(n)


@pytest.mark.parametrize("text", ["each interior angle of a hexagon", "how many diagonals does a 2-gon have",
                                  "육각형의 한 내각의 크기는?"])
def test_what_the_name_does_not_settle_is_not_read(text):
    assert solve_math(text).status == "abstained"

"""Square tiles for a rectangular floor, in fresh sizes, units and wordings: counted by laying them out (the tiles
along each side, by repeated addition of the tile's side), and not read where they would need cutting."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

# tile side in its unit, floor unit, tile sides per floor unit (exact definitions: 12 in a foot, 100 cm a metre)
TILES = [("1 ft", "ft", Fraction(1)), ("12 inch", "feet", Fraction(1)), ("6 inch", "ft", Fraction(2)),
         ("30 cm", "m", Fraction(10, 3)), ("50 cm", "m", Fraction(2)), ("25 cm", "metres", Fraction(4)),
         ("2 ft", "ft", Fraction(1, 2))]


def _laid(side: Fraction, per_unit: Fraction) -> int | None:
    """How many tiles lie along `side` (in floor units) laid end to end, or None when the last would be cut."""
    tile, covered, count = 1 / per_unit, Fraction(0), 0
    while covered < side:
        covered += tile
        count += 1
    return count if covered == side else None


@pytest.mark.parametrize("seed", range(30))
def test_whole_tiles_are_counted_and_cut_ones_are_not(seed):
    rng = random.Random(seed)
    tile, floor_unit, per_unit = rng.choice(TILES)
    a, b = (Fraction(rng.randint(2, 40), rng.choice([1, 1, 2, 5])) for _ in range(2))
    shown = [str(v.numerator) if v.denominator == 1 else str(float(v)) for v in (a, b)]
    surface = rng.choice(["floor", "kitchen floor", "bathroom wall", "patio"])
    text = rng.choice([f"how many {tile} tiles for a {shown[0]} by {shown[1]} {floor_unit} {surface}",
                       f"a {shown[0]} {floor_unit} by {shown[1]} {floor_unit} {surface} with {tile} square tiles, "
                       "how many tiles do i need",
                       f"how many {tile} square tiles do I need to cover a {shown[0]} {floor_unit} by {shown[1]} "
                       f"{floor_unit} {surface}"])
    across, along = _laid(a, per_unit), _laid(b, per_unit)
    result = solve_math(text)
    if across is None or along is None:
        assert not result.verified, (text, result.answer)
    else:
        assert result.verified and result.value["expression"] == str(across * along), (text, result.answer)


@pytest.mark.parametrize("text", [
    "how many tiles for a 10 by 12 room",  # the tile's size is missing
    "how many 12 inch tiles for a 10 by 12 room",  # the room's unit is missing
    "how many 12 inch tiles for a 10 ft by 12 m floor",  # two units
])
def test_tiles_not_fully_said_abstain(text):
    assert not solve_math(text).verified, text

"""An age said some years from now or ago fixes the age now: "Lola will be 12 in two years", "In three years, Abe
will be 20", "Mick was 8 four years ago", "Four years ago, Mick was 8" (each sentence was unread). Generated over
fresh names, ages, years, wordings, digits and number words, and a second person a fixed number of years apart,
checked against brute force over every whole age to 120."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Lola", "Mick", "Abe", "Runa", "Tobi"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def _said(name: str, then: int, years: int, wording: int, spelled: bool) -> str:
    m = WORDS[years] if spelled else str(years)
    return [f"{name} will be {then} in {m} years.", f"In {m} years, {name} will be {then}.",
            f"{name} was {then} {m} years ago.", f"{m.capitalize()} years ago, {name} was {then}."][wording]


def _brute(then: int, years: int, later: bool, gap: int) -> set[int]:
    """The asked person's age over every age now to 120 that the sentences allow (ages are more than nothing)."""
    return {now + gap for now in range(1, 121) if (now + years if later else now - years) == then and now + gap > 0}


@given(st.sampled_from(NAMES), st.integers(1, 60), st.sampled_from(sorted(WORDS)), st.integers(0, 3), st.booleans(),
       st.sampled_from([None, -3, 4]), st.booleans())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_an_age_some_years_off_fixes_the_age_now(name, then, years, wording, spelled, gap, now_word):
    later = wording < 2
    text = _said(name, then, years, wording, spelled)
    asked = name
    if gap is not None:
        asked = next(other for other in NAMES if other != name)
        text += f" {asked} is {abs(gap)} years {'older' if gap > 0 else 'younger'} than {name}."
    text += f" How old is {asked}{' now' if now_word else ''}?"
    expected = _brute(then, years, later, gap or 0)
    verdict = solve(text)
    if len(expected) == 1:
        assert verdict.status == "verified" and verdict.answer == next(iter(expected)), (text, verdict.answer)
    else:
        assert verdict.status != "verified", (text, verdict.answer)

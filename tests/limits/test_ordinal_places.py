"""A place in an order that the grammar does not read as a place ("finished twelfth", "40th", "999999999999th")
is refused beside a ranking of the same people, as the places it knows were; it was read as a plain property and
dropped from the ranking.

Regression: "Ann finished 12th in the race. Ben finished right after Ann. Where did Ben finish?" was a verified
"2" (and the same for "fortieth", "999999999999th" and every ordinal past "tenth").
"""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve
from agentlib.numwords import is_ordinal

NAMES = ["Ann", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TEENS = ["eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
          "nineteenth"]


def _suffixed(number: int) -> str:
    suffix = "th" if 11 <= number % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _ordinal(rng: random.Random) -> str:
    kind = rng.choice(["digits", "huge", "teen", "tens", "scale"])
    if kind == "digits":
        return _suffixed(rng.randint(11, 500))
    if kind == "huge":
        return _suffixed(rng.randint(10**6, 10**15))
    if kind == "teen":
        return rng.choice(_TEENS)
    if kind == "tens":
        return rng.choice(_TENS)[:-1] + "ieth"
    return rng.choice(["hundredth", "thousandth", "millionth", "billionth"])


@settings(max_examples=6, deadline=None)
@given(st.randoms())
def test_a_place_past_the_known_ordinals_is_refused_beside_a_ranking(rng):
    first, second = rng.sample(NAMES, 2)
    verb = rng.choice(["finished", "came"])
    place = _ordinal(rng)
    text = (f"{first} {verb} {place} in the race. {second} {verb} right after {first}. "
            f"Where did {second} {'finish' if verb == 'finished' else 'come'}?")
    verdict = solve(text)
    assert verdict.status != "verified", (text, verdict.answer)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10**15))
def test_every_ordinal_in_digits_is_an_ordinal(number):
    assert is_ordinal(_suffixed(number))


def test_ordinal_words_and_their_look_alikes():
    words = ["first", "tenth", "twelfth", "twentieth", "fortieth", "ninetieth", "hundredth", "millionth"]
    assert all(is_ordinal(word) for word in words)
    assert not any(is_ordinal(word) for word in ["month", "truth", "north", "fourteen", "tenths", "th", "12", "width",
                                                 "hundred", "bath"])

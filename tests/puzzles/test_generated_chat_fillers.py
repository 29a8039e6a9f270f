"""Chat fillers around a puzzle: "hey r u up?", "need help w this:", "Stuck on this one, TIA.", "omg" / "ngl" / "bro"
opening a sentence, "rn" closing one; generated with fresh names, fillers and order, and checked against the truth
table of the rule (modus tollens / ponens) the puzzle states.

Each of them made the puzzle abstain (a question or sentence the grammar could not read); none of them says anything.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

PLACES = ["library", "cafe", "bakery", "gym", "pool", "museum", "bank", "park"]
OPENERS = ["hey r u up? ", "need help w this: ", "Stuck on this one, TIA. ", "hey, are you there? ", ""]
INSIDE = ["omg ", "ngl ", "bro ", "tbh ", ""]


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10**9))
def test_chat_fillers_say_nothing(seed):
    rng = random.Random(seed)
    a, b = rng.sample(PLACES, 2)
    b_open = rng.random() < 0.5
    fact = f"the {b} is{'' if b_open else ' not'} open{rng.choice(['', ' rn'])}"
    # if a then b: b false settles a (false); b true leaves it open
    expected = "cannot be determined" if b_open else "no"
    text = (f"{rng.choice(OPENERS)}{rng.choice(INSIDE)}if the {a} is open then the {b} is open. "
            f"{rng.choice(INSIDE)}{fact}. is the {a} open?")
    verdict = solve(text)
    if expected == "no":
        assert (verdict.status, verdict.answer) == ("verified", "no"), (text, verdict.reason, verdict.unparsed)
    else:
        assert verdict.status != "verified" or verdict.answer == expected, (text, verdict.answer)

"""A past "when" clause that sets a story's time, generated with fresh names and wording (`time_frames.py`).

"When I was a lad, none of the fishermen could swim. Jed could swim. Was Jed a fisherman?" was answered "cannot be
determined" (a wrong verified answer: the teller means "no"), because the clause was read as a condition nobody
settles. Now an open answer that the frame reading would settle abstains; a generic present-tense "when" stays a
condition ("cannot be determined"), and a clause the text goes on to state still decides the question.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
FRAMES = ["When I was a lad", "When I was a girl", "When I was young", "When we were kids", "When I was a boy",
          "Back when we were young"]
KINDS = [("fishermen", "fisherman"), ("farmers", "farmer"), ("sailors", "sailor"), ("bakers", "baker")]
ABILITIES = [("could swim", "swim"), ("could sing", "sing"), ("could read", "read")]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10**9))
def test_a_past_frame_never_leaves_open_what_the_story_settles(seed):
    rng = random.Random(seed)
    name, (plural, singular), (ability, _) = _name(rng), rng.choice(KINDS), rng.choice(ABILITIES)
    rule = rng.choice([f"none of the {plural} {ability}", f"no {singular} {ability}"])
    text = f"{rng.choice(FRAMES)}, {rule}. {name} {ability}. Was {name} a {singular}?"
    verdict = solve(text)
    assert not (verdict.status == "verified" and verdict.answer != "no"), (text, verdict.answer)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9))
def test_a_generic_or_stated_when_clause_stays_a_condition(seed):
    rng = random.Random(seed)
    name = _name(rng)
    verdict = solve(f"When it rains, {name} stays home. Does {name} stay home?")
    assert (verdict.status, verdict.answer) == ("verified", "cannot be determined")
    verdict = solve(f"When the bell rang, {name} left. The bell rang. Did {name} leave?")
    assert (verdict.status, verdict.answer) == ("verified", "yes")

"""A verb and its agent noun are one property ("plays chess" / "is a chess player", "swims" / "is a swimmer"), so a
syllogism that switches between them is answered; a light verb ("feels tired" / "is tired") still makes it abstain.
Fresh names and pairs; each expected answer is what the syllogism forces with the two wordings identified."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

PAIRS = [("plays chess", "chess players", "a chess player"), ("swims", "swimmers", "a swimmer"),
         ("teaches", "teachers", "a teacher"), ("paints", "painters", "a painter"),
         ("sings", "singers", "a singer"), ("plays tennis", "tennis players", "a tennis player")]
SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su"]


@settings(max_examples=12, deadline=None)
@given(st.integers(0, 10**9), st.sampled_from(["patient", "happy", "careful", "strong"]))
def test_an_agent_noun_and_its_verb_are_one_property(seed, quality):
    rng = random.Random(seed)
    verb, plural, singular = rng.choice(PAIRS)
    name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    if rng.random() < 0.5:
        text = f"All {plural} are {quality}. {name} {verb}. Is {name} {quality}?"
    else:
        text = f"Everyone who {verb} is {quality}. {name} is {singular}. Is {name} {quality}?"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == "yes", (text, verdict.reason)


def test_a_light_verb_still_abstains():
    verdict = solve("If Ann feels tired, she sleeps. Ann is tired. Does Ann sleep?")
    assert verdict.status == "abstained"


def test_one_property_said_and_denied_is_a_contradiction_not_an_answer():
    verdict = solve("Ann paints. Ann is not a painter. Is Ann happy?")
    assert verdict.status == "abstained"

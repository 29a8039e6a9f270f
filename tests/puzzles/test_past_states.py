"""A past state asked about in the present does not follow ("Ann had a dog. Does Ann have a dog?" was "yes"), while
the same fact asked in the past or the present perfect does, and tense-varied rules keep their answers. Fresh
names, states and wordings; each expected answer by the one-proposition truth table, or an abstention."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su"]
# (past, present question, past question, perfect question), "{n}" the name
STATES = [("{n} had a bicycle.", "Does {n} have a bicycle?", "Did {n} have a bicycle?", "Has {n} had a bicycle?"),
          ("{n} was tired.", "Is {n} tired?", "Was {n} tired?", None),
          ("{n} lived in Lisbon.", "Does {n} live in Lisbon?", "Did {n} live in Lisbon?", "Has {n} lived in Lisbon?"),
          ("{n} owned a boat.", "Does {n} own a boat?", "Did {n} own a boat?", "Has {n} owned a boat?"),
          ("{n} was a nurse.", "Is {n} a nurse?", "Was {n} a nurse?", None),
          ("{n} knew the answer.", "Does {n} know the answer?", "Did {n} know the answer?", None),
          # "the captain" presupposes one captain, which alone had made the named person it
          ("{n} was the captain.", "Is {n} the captain?", "Was {n} the captain?", None)]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()


@settings(max_examples=16, deadline=None)
@given(st.integers(0, 10**9))
def test_a_past_state_asked_in_the_present_is_not_answered_from_the_past(seed):
    rng = random.Random(seed)
    past, now, _, _ = rng.choice(STATES)
    name = _name(rng)
    text = f"{past.format(n=name)} {now.format(n=name)}"
    verdict = solve(text)
    assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)


@settings(max_examples=16, deadline=None)
@given(st.integers(0, 10**9))
def test_a_past_state_asked_in_the_past_follows(seed):
    rng = random.Random(seed)
    past, _, then, perfect = rng.choice(STATES)
    name = _name(rng)
    question = rng.choice([q for q in (then, perfect) if q is not None])
    text = f"{past.format(n=name)} {question.format(n=name)}"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == "yes", (text, verdict.reason)


@settings(max_examples=12, deadline=None)
@given(st.integers(0, 10**9), st.booleans())
def test_a_past_condition_still_gives_a_present_consequence(seed, happened):
    """ "If it rained, the ground is wet. It rained. Is the ground wet?": the past fact is not what is asked."""
    rng = random.Random(seed)
    cause, denied, effect, asked = rng.choice([
        ("it rained", "it did not rain", "the ground is wet", "Is the ground wet?"),
        ("the pipe broke", "the pipe did not break", "the floor is soaked", "Is the floor soaked?"),
        ("the store closed early", "the store did not close early", "the lights are off", "Are the lights off?")])
    text = f"If {cause}, {effect}. {(cause if happened else denied).capitalize()}. {asked}"
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason)
    assert verdict.answer == ("yes" if happened else "cannot be determined"), (text, verdict.answer)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9), st.booleans())
def test_an_argument_from_a_past_state_to_the_present_is_not_judged_valid(seed, perfect):
    """ "Ann had a dog. So Ann has a dog." was verified valid; "So Ann has had a dog." is valid."""
    from agentlib.puzzles.argument import _analyze

    rng = random.Random(seed)
    past, now, conclusion = rng.choice([
        ("{n} had a bicycle.", "{n} has a bicycle", "{n} has had a bicycle"),
        ("{n} lived in Lisbon.", "{n} lives in Lisbon", "{n} has lived in Lisbon"),
        ("{n} owned a boat.", "{n} owns a boat", "{n} has owned a boat")])
    name = _name(rng)
    text = f"{past.format(n=name)} So {(conclusion if perfect else now).format(n=name)}."
    analysis = _analyze(text)
    if perfect:
        assert analysis.status == "verified" and analysis.answer == "valid", (text, analysis.reason)
    else:
        assert analysis.status != "verified" or analysis.answer == "invalid", (text, analysis.answer)

"""What someone says in a puzzle that never speaks of truth or lies ("Mum said that either Tom or Ella walks the
dog tonight, but not both. Tom walks the dog tonight. Does Ella walk the dog tonight?") came out "cannot be
determined", the speech weighed as a claim that may be false, where a reader who believes the parent answers "no".
Believed or not is the reader's choice there, so where the two readings part the puzzle abstains; where they agree,
or the puzzle weighs its speakers itself (knights, "exactly one of them is lying"), the answer stands."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Zoe", "Max", "Ivy", "Noor", "Olek"]
SOURCES = ["Mum", "Dad", "Grandpa", "Coach Reyes"]


@given(st.permutations(NAMES).map(lambda p: p[:3]), st.sampled_from(SOURCES), st.sampled_from(["said", "says"]))
@settings(max_examples=20, deadline=None, derandomize=True)
def test_an_open_answer_that_believing_the_speaker_settles_abstains(cast, source, verb):
    a, b, c = cast
    text = f"{source} {verb} {a} is older than {b} and {b} is older than {c}. Is {c} the oldest?"
    verdict = solve(text)
    assert verdict.status != "verified" or verdict.answer == "no", verdict.reason


@given(st.permutations(NAMES).map(lambda p: p[:3]), st.sampled_from(SOURCES))
@settings(max_examples=12, deadline=None, derandomize=True)
def test_an_answer_the_speech_does_not_touch_stands(cast, source):
    a, b, c = cast
    verdict = solve(f"{source} said {a} is older than {b}. {b} is older than {c}. Is {b} older than {c}?")
    assert (verdict.status, verdict.answer) == ("verified", "yes")


@given(st.permutations(NAMES).map(lambda p: p[:2]))
@settings(max_examples=8, deadline=None, derandomize=True)
def test_a_puzzle_that_weighs_its_speakers_keeps_its_open_answer(cast):
    a, b = cast
    text = (f"Knights always tell the truth and knaves always lie. {a} says, '{b} is a knight.' {b} says, '{a} is a "
            f"knight.' Is {a} a knight?")
    verdict = solve(text)  # both knights or both knaves: open, and the puzzle itself says how to weigh them
    assert (verdict.status, verdict.answer) == ("verified", "cannot be determined")


@given(st.permutations(NAMES).map(lambda p: p[:2]), st.sampled_from(["Mum", "Dad", "mom"]),
       st.sampled_from(["said that", "says", "said"]), st.booleans())
@settings(max_examples=16, deadline=None, derandomize=True)
def test_a_parents_choice_is_the_rule(pair, parent, verb, first_does):
    """A parent named as a sibling names them lays down a rule, an exclusive choice included: "Mum said that either
    Tom or Ella walks the dog tonight, but not both." (`reported_rules.py`); the other one's part follows."""
    a, b = pair
    done = a if first_does else b
    other = b if first_does else a
    text = (f"{parent} {verb} either {a} or {b} walks the dog tonight, but not both. {done} walks the dog tonight. "
            f"Does {other} walk the dog tonight?")
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", "no"), verdict.reason

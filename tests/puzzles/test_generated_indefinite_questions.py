"""Yes/no questions about "a" or "any" member of a kind (`indefinite_questions.py`), generated with fresh names,
kinds and properties, and checked against what the facts make true of some member.

"Ann is a teacher. Ann is present. Is any teacher present?" was answered "cannot be determined" (a wrong verified
answer), read as "is every teacher present?"; "any" now asks whether there is one, and "Is a teacher present?" no
longer gives that open answer. The generic reading still answers "Does a robin lay eggs?".
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
KINDS = ["teacher", "student", "doctor", "farmer", "pilot"]
STATES = ["present", "tired", "happy", "busy", "late"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10**9))
def test_a_named_member_answers_whether_any_is(seed):
    rng = random.Random(seed)
    name, kind, state = _name(rng), rng.choice(KINDS), rng.choice(STATES)
    facts = [f"{name} is a {kind}.", f"{name} is {state}."]
    rng.shuffle(facts)
    text = " ".join(facts)
    verdict = solve(f"{text} Is any {kind} {state}?")
    assert (verdict.status, verdict.answer) == ("verified", "yes"), (text, verdict.reason)
    verdict = solve(f"{text} Is a {kind} {state}?")
    assert verdict.status != "verified" or verdict.answer == "yes", (text, verdict.answer)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9))
def test_none_of_a_kind_answers_no(seed):
    rng = random.Random(seed)
    name, kind, state = _name(rng), rng.choice(KINDS), rng.choice(STATES)
    verdict = solve(f"No {kind} is {state}. {name} is a {kind}. Is any {kind} {state}?")
    assert (verdict.status, verdict.answer) == ("verified", "no"), verdict.reason


def test_the_generic_reading_still_answers_a_kind_question():
    verdict = solve("A robin is a bird. Birds lay eggs. Does a robin lay eggs?")
    assert (verdict.status, verdict.answer) == ("verified", "yes")

"""Kin told to the speaker ("Dev is my uncle. Dev's son is Raj. What is Raj to me?"), each composition keyed by
hand from the family tree (an uncle's son is a cousin, a father's brother an uncle, ...).

First sight (before `speaker_kin.py`): every case abstained ("Dev is my uncle." not understood); none was wrong.
The same text with a third person in the speaker's place was already right, and a text that says "we" / "our"
still abstains."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Dev", "Raj", "Lou", "Mina", "Oren", "Pia", "Quin", "Tess"]
# (my kin, their kin) -> what the second is to me
COMPOSED = {("uncle", "son"): "cousin", ("aunt", "daughter"): "cousin", ("uncle", "daughter"): "cousin",
            ("father", "father"): "grandfather", ("father", "mother"): "grandmother",
            ("mother", "mother"): "grandmother", ("father", "brother"): "uncle", ("mother", "sister"): "aunt",
            ("brother", "son"): "nephew", ("sister", "daughter"): "niece"}


def _case(rng: random.Random) -> tuple[str, str, str, str]:
    (mine, theirs), answer = rng.choice(sorted(COMPOSED.items()))
    first, second = rng.sample(NAMES, 2)
    facts = [rng.choice([f"{first} is my {mine}.", f"My {mine} is {first}."]),
             rng.choice([f"{first}'s {theirs} is {second}.", f"{second} is {first}'s {theirs}."])]
    question = rng.choice([f"What is {second} to me?", f"How is {second} related to me?"])
    return " ".join(facts), question, answer, f"Is {second} my {answer}?"


@pytest.mark.parametrize("seed", range(14))
def test_what_someone_is_to_the_speaker(seed):
    facts, question, answer, yes_no = _case(random.Random(seed))
    verdict = solve(f"{facts} {question}")
    assert (verdict.status, verdict.answer) == ("verified", answer), (facts, question, verdict.reason)
    asked = solve(f"{facts} {yes_no}")
    assert (asked.status, asked.answer) == ("verified", "yes"), (facts, yes_no, asked.reason, asked.unparsed)


def test_we_and_our_leave_it_unread():
    assert solve("Dev is our uncle. Dev's son is Raj. What is Raj to me?").status == "abstained"

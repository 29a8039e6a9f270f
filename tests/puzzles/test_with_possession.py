"""Possession said with "with" (`with_possession.py`): "Only people with a pass can enter the library. Rita entered
the library. Does Rita have a pass?" is "yes", as with "who have a pass". Regression: the question's "have a pass"
was a property no statement mentioned, and it abstained. Company ("went with a friend") is never read so."""

from __future__ import annotations

import random

import pytest

import agentlib
from agentlib.puzzles.english.with_possession import spell_with_possession

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
THINGS = [("a pass", "enter the library", "entered the library", "Does {n} have a pass?"),
          ("a ticket", "board the train", "boarded the train", "Does {n} have a ticket?"),
          ("a key", "open the gate", "opened the gate", "Does {n} have a key?")]


@pytest.mark.parametrize("seed", range(12))
def test_only_those_with_a_thing_did_it(seed):
    rng = random.Random(seed)
    name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    thing, can, did, question = rng.choice(THINGS)
    head = rng.choice(["people", "those", "guests", "members"])
    text = f"Only {head} with {thing} can {can}. {name} {did}. {question.format(n=name)}"
    verdict = agentlib.solve(text)
    assert (verdict.status, verdict.answer) == ("verified", "yes"), (text, verdict.reason, verdict.unparsed)


@pytest.mark.parametrize("seed", range(8))
def test_everyone_with_a_thing_does_it(seed):
    rng = random.Random(100 + seed)
    name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    thing, can, _, _ = rng.choice(THINGS)
    has = rng.random() < 0.5
    text = (f"{rng.choice(['Everyone', 'Anyone', 'Everybody'])} with {thing} can {can}. "
            f"{name} {'has' if has else 'does not have'} {thing}. Can {name} {can}?")
    verdict = agentlib.solve(text)
    if has:
        assert (verdict.status, verdict.answer) == ("verified", "yes"), (text, verdict.reason, verdict.unparsed)
    else:
        assert verdict.answer in (None, "cannot be determined"), (text, verdict.answer)


def test_company_is_not_possession():
    assert spell_with_possession("Ann went to the park with a friend.") == "Ann went to the park with a friend."
    assert spell_with_possession("Charles with a hat sat down.") == "Charles with a hat sat down."

""""The meeting is on Monday, Tuesday or Wednesday. It is not on Monday. It is not on Wednesday. What day is the
meeting?": a preposition said once before a list of days (`calendar_lists.py`; "on Monday or Tuesday" was not
understood) and the day asked of one event (`object_questions.py`, each day asked in turn).

Fresh events, days, negations and wordings; the expected day is what remains of the list."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

EVENTS = ["meeting", "party", "concert", "match", "picnic", "exam"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.mark.parametrize("seed", range(24))
def test_the_one_day_left(seed):
    rng = random.Random(seed)
    event = rng.choice(EVENTS)
    days = rng.sample(DAYS, rng.randint(2, 4))
    listed = ", ".join(days[:-1]) + f" or {days[-1]}"
    ruled_out = rng.sample(days, rng.randint(0, len(days) - 1))
    facts = [f"The {event} is not on {d}." for d in ruled_out]
    rng.shuffle(facts)
    question = rng.choice([f"What day is the {event}?", f"What day is the {event} on?"])
    text = " ".join([f"The {event} is on {listed}.", *facts, question])
    left = [d for d in days if d not in ruled_out]
    verdict = solve(text)
    if len(left) == 1:
        assert verdict.status == "verified" and verdict.answer == left[0], (text, verdict.answer, verdict.reason)
    else:
        assert verdict.status != "verified", (text, verdict.answer)


@pytest.mark.parametrize("seed", range(8))
def test_a_day_asked_yes_or_no(seed):
    rng = random.Random(seed)
    event = rng.choice(EVENTS)
    first, second = rng.sample(DAYS, 2)
    text = f"The {event} is on {first} or {second}. The {event} is not on {first}. Is the {event} on {second}?"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == "yes", (text, verdict.answer, verdict.reason)

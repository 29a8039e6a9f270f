"""A "when" in the past may tell one event or a habit: "Ann left when Bo arrived." says both happened (one evening)
or that each time Bo arrived Ann left (a rule). Read only as a rule, "Did Ann leave?" was verified "cannot be
determined" and "... So Bo arrived." verified invalid: wrong on the event reading. Now an answer that differs
between the two readings is not given, and one they share stands. Fresh names, verbs, clause order, "as soon as",
facts and questions, keyed by brute force over (event, main) under both readings; the present stays a rule."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib import analyze
from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Ciro", "Dalia", "Emre"]
VERBS = [("left", "leave"), ("arrived", "arrive"), ("laughed", "laugh"), ("called", "call"), ("sang", "sing")]


def _answers(rule_only: bool, fact: tuple[str, bool] | None, asked: str) -> set[bool]:
    values = set()
    for event, main in itertools.product([False, True], repeat=2):
        world = {"event": event, "main": main}
        if rule_only and event and not main:
            continue
        if not rule_only and not (event and main):
            continue
        if fact is not None and world[fact[0]] != fact[1]:
            continue
        values.add(world[asked])
    return values


def _key(values: set[bool]) -> str | None:
    return None if not values else "cannot be determined" if len(values) == 2 else ("yes" if True in values else "no")


@pytest.mark.parametrize("seed", range(24))
def test_a_past_when_is_answered_only_where_both_readings_agree(seed):
    rng = random.Random(seed)
    a, b = rng.sample(NAMES, 2)
    (main_past, main_base), (event_past, event_base) = rng.sample(VERBS, 2)
    word = rng.choice(["when", "as soon as"])
    rule = rng.choice([f"{a} {main_past} {word} {b} {event_past}.",
                       f"{word[0].upper()}{word[1:]} {b} {event_past}, {a} {main_past}."])
    fact = rng.choice([None, ("event", True), ("main", True)])
    said = {None: "", ("event", True): f"{b} {event_past}.", ("main", True): f"{a} {main_past}."}[fact]
    asked = rng.choice(["event", "main"])
    question = f"Did {b} {event_base}?" if asked == "event" else f"Did {a} {main_base}?"
    as_rule, as_event = _key(_answers(True, fact, asked)), _key(_answers(False, fact, asked))
    text = " ".join(part for part in (rule, said, question) if part)
    verdict = solve(text).to_dict()
    if as_rule == as_event:
        assert (verdict["status"], verdict["answer"]) == ("verified", as_rule), text
    else:
        assert verdict["status"] != "verified", (text, verdict["answer"])


@pytest.mark.parametrize("seed", range(8))
def test_an_argument_resting_on_the_reading_is_not_judged(seed):
    rng = random.Random(100 + seed)
    a, b = rng.sample(NAMES, 2)
    (main_past, _), (event_past, _) = rng.sample(VERBS, 2)
    text = f"{a} {main_past} when {b} {event_past}. So {b} {event_past}."  # valid as an event, not as a rule
    assert analyze(text).status == "abstained", text


def test_the_present_stays_a_rule():
    verdict = solve("Ann leaves when Bo arrives. Did Ann leave?").to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", "cannot be determined")

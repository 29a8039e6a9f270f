""""someone" after the comma that closes a condition says there is someone ("If the dog barks, someone is at the
door"), where "someone" inside the condition ranges over anyone ("If someone is rich, they are happy"): fresh names
and predicates, answers by the truth table of p -> (there is someone who q)."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Ben", "Cleo", "Dev", "Eli", "Fay"]
EVENTS = [("sings", "sang", "did not sing", "sing"), ("calls", "called", "did not call", "call"),
          ("rings the bell", "rang the bell", "did not ring the bell", "ring the bell")]
STATES = [("is at the door", "Nobody is at the door.", "Is someone at the door?"),
          ("is home", "Nobody is home.", "Is someone home?"),
          ("is awake", "Nobody is awake.", "Is someone awake?")]


@pytest.mark.parametrize("seed", range(3))
def test_someone_after_the_condition_is_there_is_someone(seed: int) -> None:
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    now, past, negated, base = rng.choice(EVENTS)
    state, nobody, asked = rng.choice(STATES)
    rule = f"If {name} {now}, {rng.choice(['someone', 'somebody'])} {state}."
    forward = solve(f"{rule} {name} {past}. {asked}")
    assert (forward.status, forward.answer) == ("verified", "yes"), (rule, forward.reason, forward.unparsed)
    backward = solve(f"{rule} {nobody} Did {name} {base}?")
    assert (backward.status, backward.answer) == ("verified", "no"), (rule, backward.reason, backward.unparsed)
    open_case = solve(f"{rule} {name} {negated}. {asked}")
    assert (open_case.status, open_case.answer) == ("verified", "cannot be determined"), (rule, open_case.reason)


@pytest.mark.parametrize("comma", [",", ""])
def test_someone_inside_the_condition_ranges_over_anyone(comma: str) -> None:
    verdict = solve(f"If someone is rich{comma} they are happy. Ann is rich. Is Ann happy?")
    assert (verdict.status, verdict.answer) == ("verified", "yes")

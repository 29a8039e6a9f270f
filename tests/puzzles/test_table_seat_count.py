"""A round table's seat count said in the cast sentence ("... sit around a round table with six evenly spaced
seats.") made the whole puzzle abstain. A count equal to the cast is read (every seat taken); any other count is an
empty seat nobody placed and is not read. Generated with fresh names and wordings, checked against every seating."""

from __future__ import annotations

import random
from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

POOL = ["Jan", "Kit", "Lee", "Max", "Nia", "Ona", "Pru", "Quy"]
WORDS = {4: "four", 5: "five", 6: "six"}
SEATS = ["seats", "chairs", "evenly spaced seats", "equally spaced chairs"]


def _left(seating: tuple[str, ...], who: str, steps: int) -> str:
    """The diner `steps` seats to `who`'s left, seats listed so that the next one is one's left (the mirror answers
    alike)."""
    return seating[(seating.index(who) + steps) % len(seating)]


def _said(a: str, b: str, steps: int, size: int) -> str:
    """ "b sits <steps> seats to a's left", as people say it."""
    if steps == 1:
        return f"{b} sits immediately to {a}'s left."
    if steps == size - 1:
        return f"{b} sits immediately to {a}'s right."
    if 2 * steps == size:
        return f"{b} sits opposite {a}."
    if steps == 2:
        return f"{b} sits two seats to the left of {a}."
    return f"{b} sits two seats to the right of {a}."  # size - 2 of five or six


@settings(max_examples=12, deadline=None, derandomize=True)
@given(st.sampled_from([4, 5, 6]), st.sampled_from(SEATS), st.integers(0, 10**9))
def test_a_seat_count_equal_to_the_cast_is_read(size, seats, seed):
    rng = random.Random(seed)
    cast = rng.sample(POOL, size)
    truth = (cast[0], *rng.sample(cast[1:], size - 1))
    clues, fitting = [], [(cast[0], *p) for p in permutations(cast[1:])]
    asked_who = rng.choice(cast)
    while len({_left(s, asked_who, 1) for s in fitting}) > 1 and len(clues) < 8:
        a = rng.choice(cast)
        steps = rng.randint(1, size - 1)
        b = _left(truth, a, steps)
        clues.append(_said(a, b, steps, size))
        fitting = [s for s in fitting if _left(s, a, steps) == b]
    answers = {_left(s, asked_who, 1) for s in fitting}
    text = (f"{WORDS[size].capitalize()} friends, {', '.join(cast[:-1])} and {cast[-1]}, sit around a round table "
            f"with {WORDS[size]} {seats}. {' '.join(clues)} Who sits immediately to {asked_who}'s left?")
    verdict = solve(text)
    if len(answers) == 1:
        assert (verdict.status, verdict.answer) == ("verified", answers.pop()), (text, verdict.reason)
    else:
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.reason)


def test_an_empty_seat_is_not_read():
    text = ("Jan, Kit, Lee and Max sit around a round table with six seats. Jan sits opposite Max. Kit sits "
            "immediately to Jan's left. Who sits immediately to Max's left?")
    assert solve(text).status != "verified"

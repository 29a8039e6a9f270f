"""Days of the week told with verbs of happening ("The plumber came two days after the electrician.", "What day did
the plumber come?") and an owner's event with its noun dropped ("Cal's party is three days after Ben's."), found
unread in batch Y (`order_days.py`). Generated chains are keyed by trying every day for every event."""

from __future__ import annotations

import itertools
import random

from agentlib.puzzles.english.family import solve

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WORKERS = ("plumber", "electrician", "painter", "gardener", "builder")
VERBS = (("came", "come"), ("arrived", "arrive"), ("left", "leave"), ("started", "start"))
OWNERS = ("Amy", "Ben", "Cal", "Dee", "Eli")
STEPS = {1: "one day", 2: "two days", 3: "three days", 4: "four days"}


def _key(links: list[tuple[int, int, int]], fixed: tuple[int, int], asked: int, size: int) -> set[int]:
    """Every day the asked event can fall on, over every assignment of days to the events."""
    found = set()
    for days in itertools.product(range(7), repeat=size):
        if days[fixed[0]] == fixed[1] and all(days[a] == (days[b] + step) % 7 for a, b, step in links):
            found.add(days[asked])
    return found


def _chain(rng: random.Random) -> tuple[list[tuple[int, int, int]], tuple[int, int], int]:
    size = rng.choice((2, 3))
    links = [(k + 1, k, rng.choice((-2, -1, 1, 2, 3, 4))) for k in range(size - 1)]
    return links, (rng.randrange(size), rng.randrange(7)), rng.randrange(size)


def _step(step: int) -> str:
    return ("the day" if abs(step) == 1 and step < 0 else STEPS[abs(step)]) + (" before" if step < 0 else " after")


def test_workers_who_came_on_days_agree_with_brute_force():
    rng = random.Random(3)
    for _ in range(20):
        links, fixed, asked = _chain(rng)
        size = len(links) + 1
        who = rng.sample(WORKERS, size)
        did, do = rng.choice(VERBS)
        lines = [f"The {who[a]} {did} {_step(step)} the {who[b]}." for a, b, step in links]
        lines.append(f"The {who[fixed[0]]} {did} on {DAYS[fixed[1]]}.")
        rng.shuffle(lines)
        text = " ".join(lines) + f" What day did the {who[asked]} {do}?"
        (day,) = _key(links, fixed, asked, size)
        verdict = solve(text)
        assert (verdict.status, verdict.answer) == ("verified", DAYS[day]), text


def test_an_owners_event_without_its_noun_agrees_with_brute_force():
    rng = random.Random(4)
    for _ in range(20):
        links, fixed, asked = _chain(rng)
        size = len(links) + 1
        who = rng.sample(OWNERS, size)
        thing = rng.choice(("party", "exam", "match"))
        lines = [f"{who[a]}'s {thing} is {_step(step)} {who[b]}'s." for a, b, step in links]
        lines.append(f"{who[fixed[0]]}'s {thing} is on {DAYS[fixed[1]]}.")
        rng.shuffle(lines)
        text = " ".join(lines) + f" On what day is {who[asked]}'s {thing}?"
        (day,) = _key(links, fixed, asked, size)
        verdict = solve(text)
        assert (verdict.status, verdict.answer) == ("verified", DAYS[day]), text

"""Generated schedules in one week (`week_schedule.py`), checked by brute force over every placement of the events.

Two shapes: one event narrowed down ("The recital is on a weekday. It is not on Tuesday. It is after Wednesday.")
and events spread one per day, declared by kind ("Three classes (art, music and drama) are on Monday, Wednesday and
Friday, one per day.") or by owner ("Ann, Ben and Cy each have a haircut on a different day: ..."), with "on D",
"not on D", "the day after E" and "before / after E". An order within the week is judged from a Monday start and
from a Sunday start: an answer is expected only when both starts give the same single one.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NAMES = ["Imre", "Jana", "Kwame", "Lotte"]
KINDS = ["art", "music", "drama", "chess"]


def _rank(day: int, start: int) -> int:
    return (day - start) % 7


@st.composite
def single_events(draw):
    truth = draw(st.integers(0, 6))
    event = draw(st.sampled_from(["recital", "meeting", "party"]))
    clues, tests = [], []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["weekday", "not_on", "after", "before", "on"]))
        day = draw(st.integers(0, 6))
        if kind == "weekday" and truth <= 4:
            clues.append("on a weekday")
            tests.append(lambda d, s: d <= 4)
        elif kind == "not_on" and day != truth:
            clues.append(f"not on {DAYS[day]}")
            tests.append(lambda d, s, day=day: d != day)
        elif kind == "after" and _rank(truth, 0) > _rank(day, 0) and _rank(truth, 6) > _rank(day, 6):
            clues.append(f"after {DAYS[day]}")
            tests.append(lambda d, s, day=day: _rank(d, s) > _rank(day, s))
        elif kind == "before" and _rank(truth, 0) < _rank(day, 0) and _rank(truth, 6) < _rank(day, 6):
            clues.append(f"before {DAYS[day]}")
            tests.append(lambda d, s, day=day: _rank(d, s) < _rank(day, s))
    if not clues:
        clues, tests = ["on a weekday"], [lambda d, s: d <= 4]
    return event, clues, tests


@settings(max_examples=30, deadline=None)
@given(single_events())
def test_one_event_narrowed_down_agrees_with_every_week(case):
    event, clues, tests = case
    sentences = [f"The {event} is {clues[0]}."] + [f"It is {clue}." for clue in clues[1:]]
    text = f"{' '.join(sentences)} What day is the {event}?"
    answers = set()
    for start in (0, 6):
        fits = {d for d in range(7) if all(test(d, start) for test in tests)}
        answers.add(next(iter(fits)) if len(fits) == 1 else None)
    verdict = solve(text)
    if len(answers) == 1 and None not in answers:
        assert verdict.status == "verified" and verdict.answer == DAYS[answers.pop()], (text, verdict.reason)
    else:
        assert verdict.status != "verified", (text, verdict.answer)


@st.composite
def spread_events(draw):
    size = draw(st.sampled_from([3, 4]))
    days = sorted(draw(st.permutations(range(7)))[:size])
    owned = draw(st.booleans())
    holders = draw(st.permutations(NAMES if owned else KINDS))[:size]
    truth = dict(zip(holders, draw(st.permutations(days))))
    clues, tests = [], []

    def ref(holder: str) -> str:
        return f"{holder}'s haircut" if owned else f"the {holder} class"

    for _ in range(draw(st.integers(1, 4))):
        a, b = draw(st.permutations(holders))[:2]
        kind = draw(st.sampled_from(["on", "not_on", "day_after", "before"]))
        if kind == "not_on":
            day = draw(st.sampled_from([d for d in days if d != truth[a]]))
            clues.append(f"{ref(a)} is not on {DAYS[day]}.")
            tests.append(lambda t, s, a=a, day=day: t[a] != day)
        elif kind == "on":
            clues.append(f"{ref(a)} is on {DAYS[truth[a]]}.")
            tests.append(lambda t, s, a=a: t[a] == truth[a])
        elif kind == "day_after" and (truth[b] + 1) % 7 == truth[a]:
            clues.append(f"{ref(a)} is the day after {ref(b)}.")
            tests.append(lambda t, s, a=a, b=b: t[a] == (t[b] + 1) % 7)
        elif kind == "before" and _rank(truth[a], 0) < _rank(truth[b], 0) and \
                _rank(truth[a], 6) < _rank(truth[b], 6):
            clues.append(f"{ref(a)} is before {ref(b)}.")
            tests.append(lambda t, s, a=a, b=b: _rank(t[a], s) < _rank(t[b], s))
    listing = ", ".join(DAYS[d] for d in days[:-1])
    if owned:
        opening = (f"{', '.join(holders[:-1])} and {holders[-1]} each have a haircut on a different day: {listing} "
                   f"or {DAYS[days[-1]]}.")
    else:
        number = {3: "Three", 4: "Four"}[size]
        opening = (f"{number} classes ({', '.join(holders[:-1])} and {holders[-1]}) are on {listing} and "
                   f"{DAYS[days[-1]]}, one per day.")
    asked_day = draw(st.booleans())
    target = draw(st.sampled_from(holders)) if asked_day else draw(st.sampled_from(days))
    return owned, holders, days, opening, clues, tests, asked_day, target


@settings(max_examples=30, deadline=None)
@given(spread_events())
def test_events_one_per_day_agree_with_every_placement(case):
    owned, holders, days, opening, clues, tests, asked_day, target = case
    if asked_day:
        asked = f"When is {target}'s haircut?" if owned else f"What day is the {target} class?"
    else:
        asked = f"Who has a haircut on {DAYS[target]}?" if owned else f"Which class is on {DAYS[target]}?"
    text = f"{opening} {' '.join(clue[:1].upper() + clue[1:] for clue in clues)} {asked}"
    answers = set()
    for start in (0, 6):
        fits = [dict(zip(holders, p)) for p in itertools.permutations(days)]
        fits = [t for t in fits if all(test(t, start) for test in tests)]
        found = {DAYS[t[target]] if asked_day else next(h for h in holders if t[h] == target) for t in fits}
        answers.add(found.pop() if len(found) == 1 else None)
    verdict = solve(text)
    if len(answers) == 1 and None not in answers:
        assert verdict.status == "verified" and verdict.answer == answers.pop(), (text, verdict.reason)
    else:
        assert verdict.status != "verified", (text, verdict.answer)

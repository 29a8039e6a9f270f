"""Generated days-of-the-week puzzles checked by brute force over every assignment of weekdays.

"The X is N days before / after the Y", "the day before", "The Y is on Thursday", asked "What day is the X?",
"On which day does the X happen?", "When is the X?". Fresh events and wordings; every verified answer must be the
brute-force one, and a forced answer must be given.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.order_days import DAYS

EVENTS = ["recital", "vet visit", "board meeting", "potluck", "car service"]
COUNTS = {1: "one day", 2: "two days", 3: "three days", 4: "four days", 5: "five days"}


@st.composite
def weeks(draw):
    size = draw(st.integers(2, 4))
    events = draw(st.permutations(EVENTS))[:size]
    truth = {e: draw(st.integers(0, 6)) for e in events}
    statements, tests = [], []
    for a, b in zip(events, events[1:]):
        if draw(st.booleans()):
            a, b = b, a
        step = (truth[a] - truth[b]) % 7
        if step == 0:
            continue
        before = draw(st.booleans())
        amount = (7 - step) if before else step
        if amount > 5:
            continue
        words = "the day" if amount == 1 and draw(st.booleans()) else COUNTS[amount]
        statements.append(f"The {a} is {words} {'before' if before else 'after'} the {b}.")
        offset = -amount if before else amount
        tests.append(lambda w, a=a, b=b, o=offset: w[a] == (w[b] + o) % 7)
    fixed = draw(st.sampled_from(events))
    statements.append(f"The {fixed} is on {DAYS[truth[fixed]].capitalize()}.")
    tests.append(lambda w, e=fixed, d=truth[fixed]: w[e] == d)
    order = draw(st.permutations(range(len(statements))))
    asked = draw(st.sampled_from(events))
    form = draw(st.sampled_from(["What day is the {e}?", "When is the {e}?", "On which day is the {e}?"]))
    return events, [statements[k] for k in order], tests, asked, form.format(e=asked)


@settings(max_examples=30, deadline=None)
@given(weeks())
def test_a_week_of_events_agrees_with_every_assignment(case):
    events, statements, tests, asked, question = case
    text = " ".join(statements) + " " + question
    named = [e for e in events if any(e in s for s in statements)]
    answers = set()
    for days in itertools.product(range(7), repeat=len(named)):
        world = dict(zip(named, days))
        if all(t(world) for t in tests if all(k in world for k in events if k in named)):
            answers.add(world.get(asked))
    verdict = solve(text)
    if asked not in named:
        assert verdict.status != "verified", text
    elif len(answers) == 1:
        assert verdict.status == "verified" and verdict.answer == DAYS[next(iter(answers))].capitalize(), (
            text, verdict.reason)
    else:
        assert verdict.status != "verified", (text, verdict.answer)

"""Events stamped with a time of day ("Ali left the pub at 11pm, Bea left at 10:30pm and Col left at 11:15pm. Who
left first?") abstained: "at 10:30pm" was a phrase the grammar does not read. Properties over fresh casts, verbs,
times and clocks: who came first or last is the earliest or latest stamp, worked out here by sorting minutes; ties,
stamps on no one clock and questions that name a time never get a verified answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Ali", "Bea", "Col", "Dina", "Emil"]
VERBS = [("left", "leave"), ("arrived", "arrive"), ("finished", "finish")]


def _twelve_hour(minutes: int) -> str:
    hour, minute = divmod(minutes, 60)
    half = "am" if hour < 12 else "pm"
    shown = hour % 12 or 12
    return f"{shown}:{minute:02d}{half}" if minute else f"{shown}{half}"


@st.composite
def stamped(draw):
    cast = draw(st.permutations(NAMES).map(lambda p: list(p[:draw(st.integers(2, 4))])))
    minutes = draw(st.lists(st.integers(6 * 4, 22 * 4).map(lambda q: q * 15), min_size=len(cast),
                            max_size=len(cast), unique=True))
    clock = draw(st.sampled_from(["twelve", "twenty-four"]))
    shown = [_twelve_hour(m) if clock == "twelve" else f"{m // 60:02d}:{m % 60:02d}" for m in minutes]
    if clock == "twenty-four" and not any(s.startswith("0") or int(s[:2]) >= 13 for s in shown):
        shown = [_twelve_hour(m) for m in minutes]
    verb, base = draw(st.sampled_from(VERBS))
    place = draw(st.sampled_from(["", " the party"])) if verb != "finished" else ""
    clauses = [f"{name} {verb}{place if k == 0 else ''} at {time}" for k, (name, time) in enumerate(zip(cast, shown))]
    joined = draw(st.sampled_from(["sentences", "list"]))
    facts = " ".join(c + "." for c in clauses) if joined == "sentences" else \
        ", ".join(clauses[:-1]) + " and " + clauses[-1] + "."
    return cast, minutes, verb, facts


@given(stamped(), st.sampled_from(["first", "last"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_who_came_first_or_last_is_the_earliest_or_latest_stamp(puzzle, end):
    cast, minutes, verb, facts = puzzle
    order = [name for _, name in sorted(zip(minutes, cast))]
    verdict = solve(f"{facts} Who {verb} {end}?")
    assert (verdict.status, verdict.answer) == ("verified", order[0] if end == "first" else order[-1]), \
        (facts, verdict.reason)


@given(st.permutations(NAMES).map(lambda p: p[:3]))
@settings(max_examples=8, deadline=None, derandomize=True)
def test_stamps_that_do_not_order_them_get_no_answer(cast):
    a, b, c = cast
    for facts, question in [(f"{a} left at 7:15. {b} left at 7:15. {c} left at 6:45.", "Who left last?"),
                            (f"{a} left at 11:30. {b} left at 1:00. {c} left at 12:15.", "Who left first?"),
                            (f"{a} left at 11pm. {b} left at 10:30. {c} left at 9pm.", "Who left first?"),
                            (f"{a} left at 7:15pm. {b} left at 6:45pm.", f"Did {a} leave at 7pm?")]:
        assert solve(f"{facts} {question}").status != "verified", facts

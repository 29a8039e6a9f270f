"""Generated "how many ways" line-up questions (`arrangement_count.py`), checked against counting every order.

The cast is counted ("4 friends") or named; conditions are "X is (not) next to Y", "X and Y sit next to each other",
"X is (not) at an end", "X is first / last", joined by "and". Seats around a table must abstain (a convention decides
whether a turned table is a new way).
"""

from __future__ import annotations

import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Aiko", "Bruno", "Chidi", "Dunja", "Elif"]


@st.composite
def questions(draw):
    size = draw(st.integers(2, 5))
    people = draw(st.permutations(NAMES))[:size]
    verb = draw(st.sampled_from(["sit in a row", "stand in a line", "line up", "be seated in a row"]))
    if draw(st.booleans()):
        count = draw(st.sampled_from([str(size), {2: "two", 3: "three", 4: "four", 5: "five"}[size]]))
        return f"How many ways can {count} friends {verb}?", math.factorial(size)
    listing = ", ".join(people[:-1]) + f" and {people[-1]}"
    parts, tests = [], []
    for _ in range(draw(st.integers(0, 2))):
        a, b = draw(st.permutations(people))[:2]
        kind = draw(st.sampled_from(["next", "not_next", "together", "end", "not_end", "first", "last"]))
        if kind in ("next", "not_next"):
            parts.append(f"{a} is {'not ' if kind == 'not_next' else ''}next to {b}")
            tests.append(lambda o, a=a, b=b, apart=kind == "not_next": (abs(o.index(a) - o.index(b)) == 1) != apart)
        elif kind == "together":
            parts.append(f"{a} and {b} sit next to each other")
            tests.append(lambda o, a=a, b=b: abs(o.index(a) - o.index(b)) == 1)
        elif kind in ("end", "not_end"):
            parts.append(f"{a} is {'not ' if kind == 'not_end' else ''}at an end")
            tests.append(lambda o, a=a, out=kind == "not_end": (o.index(a) in (0, len(o) - 1)) != out)
        else:
            parts.append(f"{a} is {kind}")
            tests.append(lambda o, a=a, k=kind: o[0 if k == "first" else -1] == a)
    condition = f" if {' and '.join(parts)}" if parts else ""
    expected = sum(all(t(o) for t in tests) for o in itertools.permutations(people))
    return f"In how many ways can {listing} {verb}{condition}?", expected


@settings(max_examples=40, deadline=None)
@given(questions())
def test_the_ways_to_line_up_are_every_order_that_fits(case):
    text, expected = case
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)


def test_seats_around_a_table_abstain():
    assert solve("How many ways can 5 people sit around a round table?").status != "verified"

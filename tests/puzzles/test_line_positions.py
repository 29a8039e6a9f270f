"""A place in a queue said with the queue ("Kit was first in the queue.", "Ann stands last in line.") was a sentence the
grammar did not read, though the question "Who is first in line?" was. Property over fresh casts, orders and
wordings: the answer is the one every order that fits the clues gives, found here by trying every order; when the
orders disagree no answer is verified as one of them."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Iona", "Jasper", "Kit", "Lorcan", "Mabel"]
ORDINALS = ["first", "second", "third", "fourth", "fifth"]


@st.composite
def queues(draw):
    order = list(draw(st.permutations(NAMES)))[:draw(st.integers(3, 5))]
    placed = draw(st.integers(0, len(order) - 1))
    ordinal = "last" if placed == len(order) - 1 and draw(st.booleans()) else ORDINALS[placed]
    where = draw(st.sampled_from(["in the queue", "in line", "in the line"]))
    verb = draw(st.sampled_from(["was", "stood"]))
    behind = draw(st.lists(st.tuples(st.integers(0, len(order) - 1), st.integers(0, len(order) - 1))
                           .filter(lambda p: p[0] < p[1]), min_size=1, max_size=3, unique=True))
    clues = [f"{order[placed]} {verb} {ordinal} {where}."] + [f"{order[b]} {verb} behind {order[a]}." for a, b in behind]
    return order, placed, behind, draw(st.permutations(clues))


@given(queues(), st.sampled_from(["first", "last"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_a_place_in_the_queue_is_a_place_in_the_order(queue, end):
    order, placed, behind, clues = queue
    fits = [p for p in permutations(order) if p.index(order[placed]) == placed and
            all(p.index(order[b]) > p.index(order[a]) for a, b in behind)]
    answers = {p[0] if end == "first" else p[-1] for p in fits}
    cast = ", ".join(order[:-1]) + " and " + order[-1]
    verdict = solve(f"{cast} stood in a queue. {' '.join(clues)} Who was {end}?")
    if len(answers) == 1:
        assert (verdict.status, verdict.answer) == ("verified", answers.pop()), (clues, verdict.reason)
    else:
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (clues, verdict.answer)

"""Ordering requests in the imperative ("Put them in order from youngest to oldest", "Sort them ...", "Arrange
them ...") are questions, checked against brute force over every order. Regression: only "List"/"Rank" opened an
ordering question; "Put them in order ..." made the text look like no puzzle at all."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Yusra", "Bertil", "Oona", "Dmitri"]
REQUESTS = ["Put them in order from {a} to {b}.", "Sort them from {a} to {b}.", "Arrange them from {a} to {b}.",
            "List them from {a} to {b}.", "Put them in order from the {a} to the {b}."]


@st.composite
def chains(draw):
    size = draw(st.integers(3, 4))
    people = draw(st.permutations(NAMES))[:size]
    order = draw(st.permutations(people))  # oldest first
    pairs = [(order[k], order[k + 1]) for k in range(size - 1)]
    pairs = draw(st.permutations(pairs))
    clues = [draw(st.sampled_from([f"{a} is older than {b}.", f"{b} is younger than {a}."])) for a, b in pairs]
    youngest_first = draw(st.booleans())
    request = draw(st.sampled_from(REQUESTS)).format(a="youngest" if youngest_first else "oldest",
                                                     b="oldest" if youngest_first else "youngest")
    return people, pairs, clues, request, youngest_first


@given(chains())
@settings(max_examples=25, deadline=None, derandomize=True)
def test_imperative_order_requests_are_answered_by_the_forced_order(case):
    people, pairs, clues, request, youngest_first = case
    orders = [o for o in itertools.permutations(people) if all(o.index(a) < o.index(b) for a, b in pairs)]
    assert len(orders) == 1  # a chain over everyone: one order
    expected = list(reversed(orders[0])) if youngest_first else list(orders[0])
    text = " ".join(clues) + " " + request
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)


def test_an_imperative_without_an_order_is_not_a_question():
    assert solve("Put the book on the table. Yan is older than Zoe.").status == "abstained"

"""A counted group named in apposition ("Three friends, Ann, Ben and Cal, have different heights.") before an
ordering, checked against brute force over every order of the people; a count that disagrees with the names is
never read. Regression: the opening sentence was not understood, so the whole puzzle abstained."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bilal", "Carys", "Dagny", "Emeka"]
COUNT_WORDS = {3: "Three", 4: "Four", 5: "Five"}


@st.composite
def puzzles(draw):
    size = draw(st.integers(3, 5))
    cast = draw(st.permutations(NAMES))[:size]
    order = draw(st.permutations(cast))  # tallest first
    listed = ", ".join(cast[:-1]) + " and " + cast[-1]
    noun = draw(st.sampled_from(["friends", "students", "cousins", "players"]))
    opening = f"{COUNT_WORDS[size]} {noun}, {listed}, have different heights."
    facts = [f"{order[k]} is taller than {order[k + 1]}." for k in range(size - 1)]
    facts = draw(st.permutations(facts))
    asked = draw(st.sampled_from(["Who is the tallest?", "Who is the shortest?"]))
    return " ".join([opening, *facts, asked]), order, asked


@given(puzzles())
@settings(max_examples=25, deadline=None, derandomize=True)
def test_a_counted_apposition_introduces_the_people_it_names(case):
    text, order, asked = case
    fitting = [p for p in permutations(order) if all(p.index(order[k]) < p.index(order[k + 1])
                                                     for k in range(len(order) - 1))]
    expected = {p[0] if "tallest" in asked else p[-1] for p in fitting}
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)
    assert {verdict.answer} == expected, text


def test_a_count_that_disagrees_with_the_names_is_not_read():
    verdict = solve("Two friends, Anouk, Bilal and Carys, have different heights. Anouk is taller than Bilal. Who is "
                    "the tallest?")
    assert verdict.status == "abstained"

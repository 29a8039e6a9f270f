"""A counted cast typed without its commas or colon ("Three friends Ann, Bea and Cal went to a race.", "There are
three people Al, Bo and Cy.") before an ordering, checked against brute force over every order of the people.
Regression: the opening sentence was not understood, so the whole puzzle abstained; a count that disagrees with the
names, or a span of time ("Three weeks ..."), is never read as a cast."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Odile", "Perrin", "Quilla", "Rosco", "Sunniva"]
COUNT_WORDS = {2: "Two", 3: "Three", 4: "Four", 5: "Five"}


@st.composite
def puzzles(draw):
    size = draw(st.integers(2, 5))
    cast = draw(st.permutations(NAMES))[:size]
    order = draw(st.permutations(cast))  # oldest first
    listed = ", ".join(cast[:-1]) + " and " + cast[-1]
    noun = draw(st.sampled_from(["friends", "people", "cousins", "kids"]))
    count = COUNT_WORDS[size]
    opening = draw(st.sampled_from([f"There are {count.lower()} {noun} {listed}.", f"{count} {noun} {listed}.",
                                    f"{count} {noun} {listed} went to a party."]))
    facts = [f"{order[k]} is older than {order[k + 1]}." for k in range(size - 1)]
    facts = draw(st.permutations(facts))
    asked = draw(st.sampled_from(["Who is the oldest?", "Who is the youngest?"]))
    return " ".join([opening, *facts, asked]), order, asked


@given(puzzles())
@settings(max_examples=25, deadline=None, derandomize=True)
def test_an_unpunctuated_counted_cast_introduces_the_people_it_names(case):
    text, order, asked = case
    fitting = [p for p in permutations(order) if all(p.index(order[k]) < p.index(order[k + 1])
                                                     for k in range(len(order) - 1))]
    expected = {p[0] if "oldest" in asked else p[-1] for p in fitting}
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)
    assert {verdict.answer} == expected, text


def test_a_count_that_disagrees_with_the_names_is_not_read():
    verdict = solve("Two friends Odile, Perrin and Quilla went to a party. Odile is older than Perrin. Who is the "
                    "oldest?")
    assert verdict.status == "abstained"


def test_a_span_of_time_is_not_a_cast():
    from agentlib.puzzles.english.counted_apposition import unfold_counted_apposition

    assert unfold_counted_apposition("Three weeks Odile, Perrin and Quilla met.") == [
        "Three weeks Odile, Perrin and Quilla met."]

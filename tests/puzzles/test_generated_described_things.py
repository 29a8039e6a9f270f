"""Things named by an adjective and a noun ("the green truck", "the small car") compared and asked of with a word
for them all ("Which vehicle is faster?"), checked against the order the comparisons chain.

First sight (before any code change for it): every generated case abstained ("the question asks about 'faster'")
or found "more than one answer" (a parse attempt's leftover "the green" was counted as a third thing); none was
answered wrong."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

COLOURS = ["green", "red", "blue", "white", "black", "small", "big", "old"]
THINGS = {"vehicle": ["truck", "car", "bus", "van", "bike"], "animal": ["dog", "cat", "horse", "rabbit"]}
SCALES = [("faster", "slower", "fastest", "slowest"), ("heavier", "lighter", "heaviest", "lightest")]


@given(st.sampled_from(sorted(THINGS)), st.data())
@settings(max_examples=25, deadline=None, derandomize=True)
def test_described_things_asked_of_with_a_word_for_them_all(kind, data):
    size = data.draw(st.integers(2, 4))
    nouns = data.draw(st.permutations(THINGS[kind]))[:size]
    colours = data.draw(st.permutations(COLOURS))[:size]
    order = [f"the {c} {n}" for c, n in zip(colours, nouns)]  # greatest first
    more, less, most, least = data.draw(st.sampled_from(SCALES))
    facts = [f"{order[k][:1].upper()}{order[k][1:]} is {more} than {order[k + 1]}." for k in range(size - 1)]
    top = data.draw(st.booleans())
    if size == 2:
        asked = f"Which {kind} is {more if top else less}?"
    else:
        asked = f"Which {kind} is the {most if top else least}?"
    text = " ".join([*data.draw(st.permutations(facts)), asked])
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", order[0] if top else order[-1]), (text, verdict.reason)

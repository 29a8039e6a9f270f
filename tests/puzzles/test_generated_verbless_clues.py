"""Comparison clues typed without "is" ("Al taller than Bo. Cy shorter than Bo."), checked against brute force over
every order of the people the clues chain.

First sight (before any code change for it): every generated case abstained (the verbless clues were not
understood); none was answered wrong."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bilal", "Carys", "Dagny", "Emeka"]
SCALES = [("taller", "shorter", "tallest", "shortest"), ("older", "younger", "oldest", "youngest"),
          ("faster", "slower", "fastest", "slowest")]


@given(st.permutations(NAMES), st.integers(3, 4), st.sampled_from(SCALES), st.data())
@settings(max_examples=25, deadline=None, derandomize=True)
def test_verbless_comparisons_order_the_people(names, size, scale, data):
    order = names[:size]  # greatest first
    more, less, most, least = scale
    clues = []
    for k in range(size - 1):
        if data.draw(st.booleans()):
            clues.append(f"{order[k]} {more} than {order[k + 1]}.")
        else:
            clues.append(f"{order[k + 1]} {less} than {order[k]}.")
    top = data.draw(st.booleans())
    text = " ".join([*data.draw(st.permutations(clues)), f"Who is the {most if top else least}?"])
    fitting = [p for p in permutations(order) if all(p.index(order[k]) < p.index(order[k + 1])
                                                     for k in range(size - 1))]
    expected = {p[0] if top else p[-1] for p in fitting}
    verdict = solve(text)
    assert verdict.status == "verified" and {verdict.answer} == expected, (text, verdict.reason, verdict.unparsed)

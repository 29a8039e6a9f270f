"""Comparisons that leave room for a tie, checked against brute force over heights that may be equal.

"Rolf is not taller than Ines" says height(Rolf) <= height(Ines): nothing says they differ. Regression: the
reader gave every compared scale distinct places (a strict ranking), so "Is Ines taller than Rolf?" was verified
"yes". A scale with a denied comparison now allows ties (unless a superlative asks for its places); texts with only
strict comparisons keep the ranking ("A is taller than B" among people of different heights, as puzzles mean it).
"Who is taller (, A or B)?" presupposes the two differ, and the reason says so.

Names and wordings are fresh; every verified answer must equal the brute-force one, and where brute force forces
an answer the reader must give it.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Rolf", "Ines", "Kalani", "Mette", "Oskar"]
SCALES = {  # scale -> (comparative, its converse, the "not" forms people type)
    "height": ("taller", "shorter", ("is not", "isn't", "is no")),
    "age": ("older", "younger", ("is not", "isn't")),
}


@st.composite
def tie_texts(draw):
    size = draw(st.integers(2, 4))
    people = draw(st.permutations(NAMES))[:size]
    scale = draw(st.sampled_from(sorted(SCALES)))
    more, less, nots = SCALES[scale]
    clues, tests = [], []
    for _ in range(draw(st.integers(1, 3))):
        a, b = draw(st.permutations(people))[:2]
        kind = draw(st.sampled_from(["not_more", "not_less", "more", "less"]))
        if kind == "not_more":
            not_word = draw(st.sampled_from([n for n in nots if n != "is no"]))
            clues.append(f"{a} {not_word} {more} than {b}.")
            tests.append(lambda h, a=a, b=b: h[a] <= h[b])
        elif kind == "not_less":
            clues.append(f"{a} isn't {less} than {b}.")
            tests.append(lambda h, a=a, b=b: h[a] >= h[b])
        elif kind == "more":
            clues.append(f"{a} is {more} than {b}.")
            tests.append(lambda h, a=a, b=b: h[a] > h[b])
        else:
            clues.append(f"{a} is {less} than {b}.")
            tests.append(lambda h, a=a, b=b: h[a] < h[b])
    x, y = draw(st.permutations(people))[:2]
    return people, clues, tests, x, y, more


def _worlds(people, tests):
    for values in itertools.product(range(len(people)), repeat=len(people)):
        h = dict(zip(people, values))
        if all(t(h) for t in tests):
            yield h


@given(tie_texts())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_yes_no_comparisons_allow_ties_when_a_comparison_is_denied(case):
    people, clues, tests, x, y, more = case
    denied = any(" not " in c or "n't" in c for c in clues)
    worlds = list(_worlds(people, tests))
    if not denied:  # strict comparisons only: the reader's people have different heights, as puzzles mean
        worlds = [h for h in worlds if len(set(h.values())) == len(h)]
    if not worlds:
        return
    answers = {h[x] > h[y] for h in worlds}
    expected = "cannot be determined" if len(answers) == 2 else "yes" if answers.pop() else "no"
    text = " ".join(clues) + f" Is {x} {more} than {y}?"
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason)
    assert verdict.answer == expected, text


@given(tie_texts())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_who_between_two_presupposes_they_differ(case):
    people, clues, tests, x, y, more = case
    worlds = [h for h in _worlds(people, tests) if h[x] != h[y]]
    if not worlds:
        return
    winners = {x if h[x] > h[y] else y for h in worlds}
    text = " ".join(clues) + f" Who is {more}, {x} or {y}?"
    verdict = solve(text)
    if len(winners) == 1:
        assert verdict.status == "verified" and verdict.answer == winners.pop(), (text, verdict.reason)
    else:
        assert verdict.status != "verified", text


def test_not_taller_than_leaves_the_tie_open():
    assert solve("Rolf is not taller than Ines. Is Ines taller than Rolf?").answer == "cannot be determined"
    assert solve("Rolf is not taller than Ines. Is Rolf taller than Ines?").answer == "no"
    who = solve("Rolf is not taller than Ines. Who is taller?")
    assert who.answer == "Ines" and "presupposes that Rolf and Ines differ" in who.reason
    assert solve("Ann is taller than Bob. Is Bob taller than Ann?").answer == "no"

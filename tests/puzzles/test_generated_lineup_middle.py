"""Generated line-ups by a measure ("Five kids line up by height. ... Who is in the middle?", `lineup_by_measure.py`),
checked against brute force over every order of the measure.

The cast is counted ("Five kids") or listed; the measure is height or age, said with "taller"/"shorter" or
"older"/"younger", sometimes two at once ("taller than Ben but shorter than Cal"). A verified answer must be the
middle of every order the clues allow; a chain through everyone forces one answer, which must then be verified; an
even line has no middle and must abstain.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Birger", "Ciaran", "Dagny", "Emeka", "Fenna"]
COUNT = {3: "Three", 4: "Four", 5: "Five"}
WORDS = {"height": ("taller", "shorter"), "age": ("older", "younger")}


@st.composite
def lineups(draw):
    size = draw(st.sampled_from([3, 4, 5]))
    people = draw(st.permutations(NAMES))[:size]
    rank = dict(zip(people, draw(st.permutations(range(size)))))  # bigger measures more
    measure = draw(st.sampled_from(["height", "age"]))
    more, less = WORDS[measure]
    if draw(st.booleans()):  # a chain through everyone
        pairs = list(zip(sorted(people, key=rank.get), sorted(people, key=rank.get)[1:]))
    else:
        pairs = [tuple(draw(st.permutations(people))[:2]) for _ in range(draw(st.integers(1, 4)))]
    clues = []
    for a, b in pairs:
        low, high = sorted((a, b), key=rank.get)
        clues.append(draw(st.sampled_from([f"{high} is {more} than {low}.", f"{low} is {less} than {high}."])))
    if len(people) >= 3 and draw(st.booleans()):
        mid, low, high = sorted(people[:3], key=rank.get)[1], sorted(people[:3], key=rank.get)[0], \
            sorted(people[:3], key=rank.get)[2]
        clues.append(f"{mid} is {more} than {low} but {less} than {high}.")
    cast = draw(st.sampled_from(["counted", "listed"]))
    opening = f"{COUNT[size]} kids" if cast == "counted" else ", ".join(people[:-1]) + f" and {people[-1]}"
    verb = draw(st.sampled_from(["line up by", "are lined up by", "stand in a line by"]))
    return people, draw(st.permutations(clues)), measure, f"{opening} {verb} {measure}."


@settings(max_examples=40, deadline=None)
@given(lineups())
def test_the_middle_of_a_lineup_by_a_measure_agrees_with_every_order(case):
    people, clues, measure, opening = case
    more, less = WORDS[measure]
    text = f"{opening} {' '.join(clues)} Who is in the middle?"
    orders = []
    for values in itertools.permutations(range(len(people))):
        order = dict(zip(people, values))
        ok = True
        for clue in clues:
            words = clue.rstrip(".").split()
            if " but " in clue:  # "M is more than L but less than H"
                ok &= order[words[0]] > order[words[4]] and order[words[0]] < order[words[-1]]
            elif words[2] == more:
                ok &= order[words[0]] > order[words[-1]]
            else:
                ok &= order[words[0]] < order[words[-1]]
        if ok:
            orders.append(order)
    verdict = solve(text)
    if len(people) % 2 == 0:
        assert verdict.status != "verified", (text, verdict.answer)
        return
    middles = {next(p for p in people if o[p] == len(people) // 2) for o in orders}
    chained = len({frozenset(o.items()) for o in orders}) == 1
    if verdict.status == "verified":
        assert middles == {verdict.answer}, (text, verdict.answer)
    assert not chained or verdict.status == "verified", (text, verdict.reason)

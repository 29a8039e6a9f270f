"""A grid's "Whose <attribute> is <value>?" asks for the person who has that value, checked against brute force
over the assignments. Regression (a verified wrong answer): "Jed's favourite colour is grey. Kim's favourite colour
isn't red. Whose favourite colour is red?" was answered "red"; the test for "whose" compared a two-word prefix with
a one-word list, so it never held and the attribute named in the question became the target."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

CASTS = [["Jed", "Kim", "Lou"], ["Pia", "Quinn", "Ray"], ["Oskar", "Lena", "Miro"]]
ATTRIBUTES = [
    ("favourite colour", ["red", "grey", "green"], "{v}"),
    ("favorite color", ["blue", "yellow", "white"], "{v}"),
    ("pet", ["dog", "cat", "fish"], "the {v}"),
    ("car", ["Fiat", "Ford", "Mini"], "the {v}"),
]


@settings(max_examples=24, deadline=None)
@given(st.sampled_from(CASTS), st.sampled_from(ATTRIBUTES), st.permutations(range(3)), st.permutations(range(3)),
       st.booleans())
def test_whose_asks_for_the_owner_of_the_value(cast, attribute, who, which, ask_barred):
    noun, values, said = attribute
    a, b, c = (cast[i] for i in who)
    fixed, barred, third = (values[i] for i in which)
    asked = barred if ask_barred else third
    text = (f"{cast[0]}, {cast[1]} and {cast[2]} each have a different {noun}: {values[0]}, {values[1]} or "
            f"{values[2]}. {a}'s {noun} is {said.format(v=fixed)}. {b}'s {noun} isn't {said.format(v=barred)}. "
            f"Whose {noun} is {said.format(v=asked)}?")
    owners = {person for p in permutations(values) for person, value in zip((a, b, c), (p[cast.index(a)],
              p[cast.index(b)], p[cast.index(c)])) if p[cast.index(a)] == fixed and p[cast.index(b)] != barred
              and value == asked}
    verdict = solve(text)
    assert verdict.status != "verified" or {verdict.answer} == owners, (text, verdict.answer)
    assert verdict.status == "verified", (text, verdict.reason)

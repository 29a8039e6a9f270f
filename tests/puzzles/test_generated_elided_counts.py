"""Generated "X has more N than Y but fewer than Z" (the counted noun said once, the verb shared), checked by brute
force over every order of the three counts. Regression: "Ann has more marbles than Bob but fewer than Cy. Does Cy
have more marbles than Bob?" answered "cannot be determined": "fewer than Cy" was read without "marbles" (a count of
something else, or a kind "fewer marble"), so nothing linked Cy to Bob.
"""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bob", "Cy", "Dina", "Ezra", "Flo"]
VERBS = [("has", "have", "marbles"), ("has", "have", "stamps"), ("scored", "score", "points"),
         ("collected", "collect", "shells")]


def orders(x: str, y: str, z: str, more_first: bool) -> list[tuple[str, ...]]:
    """Every order from most to fewest where x is above y and below z (or the reverse when `more_first` is False)."""
    low, high = (y, z) if more_first else (z, y)
    return [o for o in permutations((x, y, z)) if o.index(high) < o.index(x) < o.index(low)]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=3, max_size=3, unique=True), st.sampled_from(VERBS),
       st.booleans(), st.sampled_from(["but", "and"]), st.sampled_from(["most", "fewest", "pair"]),
       st.integers(0, 2), st.integers(1, 2))
def test_an_elided_count_compares_the_same_things(people, verb, more_first, joint, asked, i, step):
    x, y, z = people
    said, bare, noun = verb
    first, second = ("more", "fewer") if more_first else ("fewer", "more")
    text = f"{x} {said} {first} {noun} than {y} {joint} {second} than {z}."
    found = orders(x, y, z, more_first)
    if asked == "pair":
        a, b = people[i], people[(i + step) % 3]
        text += f" Did {a} {bare} more {noun} than {b}?" if said != "has" else f" Does {a} have more {noun} than {b}?"
        seen = {o.index(a) < o.index(b) for o in found}
        expected = "cannot be determined" if len(seen) == 2 else ("yes" if seen.pop() else "no")
    else:
        text += f" Who {said} the {asked} {noun}?"
        expected = found[0][0 if asked == "most" else -1]
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), text

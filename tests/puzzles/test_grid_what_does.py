"""A grid's "What does X <verb>?" when the declaration names the cast first ("Each of Pia, Quinn and Ray owns one
pet: a cat, a dog or a parrot."), checked against brute force over the assignments. Regression: the declaration's
verb was read as "pet" (a noun that is also a verb), so "What does Quinn own?" named no category and abstained."""

from __future__ import annotations

from itertools import permutations

import pytest

from agentlib.puzzles.english.family import solve

CASES = [
    ("owns one pet", ["cat", "dog", "parrot"], "own", "owns", "doesn't own"),
    ("drinks one drink", ["tea", "coffee", "juice"], "drink", "drinks", "doesn't drink"),
    ("plays one sport", ["tennis", "golf", "chess"], "play", "plays", "doesn't play"),
]


@pytest.mark.parametrize("declared, values, verb, verb_s, negated", CASES)
@pytest.mark.parametrize("cast", [["Pia", "Quinn", "Ray"], ["Oskar", "Lena", "Miro"]])
def test_what_does_a_person_verb(declared, values, verb, verb_s, negated, cast):
    a, b, c = cast
    listed = f"{values[0] if verb == 'play' else 'a ' + values[0]}, " \
             f"{values[1] if verb == 'play' else 'a ' + values[1]} or {values[2] if verb == 'play' else 'a ' + values[2]}"
    text = (f"Each of {a}, {b} and {c} {declared}: {listed}. {a} {verb_s} the {values[1]}. {c} {negated} the "
            f"{values[0]}. What does {b} {verb}?")
    fitting = {p[1] for p in permutations(values) if p[0] == values[1] and p[2] != values[0]}
    verdict = solve(text)
    assert verdict.status == "verified" and {verdict.answer} == fitting, (text, verdict.reason)

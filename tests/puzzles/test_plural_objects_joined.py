"""A disjunctive object after a quantified subject, where the first object is a plural that is also a verb form:
"Every member plays darts or golf.", "Each child collects stamps or coins.", "All guests drink teas or juice" is not
"every member-play darts or golfs" (a base-form verb cannot follow the singular subject). Fresh subjects, verbs and
objects, in argument and question form, keyed by the disjunctive syllogism; before, the object reading was dropped
(the "swallows a clause" filter ran first) and the text abstained ("play golf" mentioned by no premise)."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

# (verb said of one, its base, a plural object that is also a verb form, another object)
VERBS = [("plays", "play", "darts", "golf"), ("plays", "play", "cards", "chess"),
         ("collects", "collect", "stamps", "coins"), ("collects", "collect", "shells", "rocks"),
         ("plays", "play", "drums", "piano"), ("sells", "sell", "plants", "flowers")]
GROUPS = [("member", "Every member"), ("child", "Each child"), ("guest", "Every guest"), ("student", "Every student")]
NAMES = ["Kim", "Lars", "Mona", "Nadia", "Omar"]


@pytest.mark.parametrize("seed", range(16))
def test_the_other_object_follows(seed):
    rng = random.Random(seed)
    said, base, first, second = rng.choice(VERBS)
    noun, subject = rng.choice(GROUPS)
    name = rng.choice(NAMES)
    denied, kept = (first, second) if rng.random() < 0.5 else (second, first)
    premises = f"{subject} {said} {first} or {second}. {name} is a {noun}. {name} does not {base} {denied}."
    if rng.random() < 0.5:
        analysis = _analyze(f"{premises} So {name} {said} {kept}.")
        assert (analysis.status, analysis.answer) == ("verified", "valid"), premises
    else:
        verdict = solve(f"{premises} Does {name} {base} {kept}?").to_dict()
        assert (verdict["status"], verdict["answer"]) == ("verified", "yes"), premises

""""What is Ida's job?" in a grid whose one attribute is a role ("Gus, Hal and Ida are a teacher, a chef and a
vet"): generated casts, roles and clues, the answer checked against every assignment (brute force)."""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Gus", "Hal", "Ida", "Jun", "Kai", "Lev", "Moe", "Nia"]
ROLES = ["teacher", "chef", "vet", "pilot", "nurse", "cook", "baker", "judge"]
ASK = ["What is {x}'s job?", "What is {x}'s occupation?", "What is the profession of {x}?"]


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9), st.integers(3, 4))
def test_a_job_question_names_the_one_role_every_assignment_gives(seed, n):
    rng = random.Random(seed)
    cast, roles = rng.sample(NAMES, n), rng.sample(ROLES, n)
    truth = dict(zip(cast, rng.sample(roles, n)))
    clues = [f"{p} is the {truth[p]}." for p in cast[: n - 2]]
    clues.append(f"{cast[n - 2]} is not the {truth[cast[n - 1]]}.")
    rng.shuffle(clues)
    listed = ", ".join(f"a {r}" for r in roles[:-1]) + f" and a {roles[-1]}"
    person = rng.choice(cast)
    text = f"{', '.join(cast[:-1])} and {cast[-1]} are {listed}. {' '.join(clues)} {rng.choice(ASK).format(x=person)}"
    worlds = [dict(zip(cast, p)) for p in itertools.permutations(roles)]
    fits = [w for w in worlds if all(w[p] == truth[p] for p in cast[: n - 2]) and
            w[cast[n - 2]] != truth[cast[n - 1]]]
    answers = {w[person] for w in fits}
    verdict = solve(text)
    if len(answers) == 1:
        assert verdict.status == "verified" and verdict.answer == answers.pop(), (text, verdict.reason)
    else:
        assert verdict.status != "verified", text

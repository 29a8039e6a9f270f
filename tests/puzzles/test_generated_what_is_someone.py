""""What is Jay?" after "Jay, Kay and Lee are a doctor, a nurse and a pilot": the one attribute declared with "be"
is what someone is. Fresh names, roles and clues, answers by brute force over every assignment; a grid declared
with a verb ("have a cat") does not answer "What is Amy?"."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Jay", "Kay", "Lee", "Mia", "Ned", "Ola", "Pam", "Rex", "Sol", "Tia"]
ROLES = ["doctor", "nurse", "pilot", "baker", "chef", "judge", "singer", "farmer", "teacher"]


def _puzzle(rng: random.Random) -> tuple[str, str | None]:
    people, roles = rng.sample(NAMES, 3), rng.sample(ROLES, 3)
    truth = dict(zip(people, rng.sample(roles, 3)))
    clues = []
    for person in rng.sample(people, 2):
        if rng.random() < 0.5:
            clues.append((person, truth[person], True))
        else:
            clues.append((person, rng.choice([r for r in roles if r != truth[person]]), False))
    asked = rng.choice(people)
    answers = {dict(zip(people, order))[asked] for order in permutations(roles)
               if all((dict(zip(people, order))[p] == r) == holds for p, r, holds in clues)}
    text = (f"{people[0]}, {people[1]} and {people[2]} are a {roles[0]}, a {roles[1]} and a {roles[2]}. "
            + " ".join(f"{p} is {'' if holds else 'not '}the {r}." for p, r, holds in clues) + f" What is {asked}?")
    return text, answers.pop() if len(answers) == 1 else None


@pytest.mark.parametrize("seed", range(4))
def test_what_is_someone_asks_the_role(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3):
        text, expected = _puzzle(rng)
        verdict = solve(text)
        if expected is None:
            assert verdict.status == "abstained", (text, verdict.answer)
        else:
            assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason)


def test_a_grid_declared_with_a_verb_does_not_say_what_someone_is() -> None:
    verdict = solve("Amy, Beth and Cal each have a different pet: a cat, a dog and a fish. Amy does not have the "
                    "cat. Beth has the fish. What is Amy?")
    assert verdict.status == "abstained"

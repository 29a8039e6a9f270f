""""No one who smokes ever runs a marathon.", "Nobody who works here is ever late." (batch args n): "ever" under a
negative subject adds nothing to the rule, so each argument over it must keep the verdict of the same argument
without "ever", keyed here by brute force over the two properties of the one person named (a regression: the rule
with "ever" was not read, and the argument abstained for a conclusion "no premise mentions")."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.argument import _analyze

NAMES = ["Ken", "Ula", "Bram", "Tess", "Odile", "Pim"]
DEEDS = [("smokes", "smoke", "runs a marathon", "run a marathon"), ("cheats", "cheat", "wins a prize", "win a prize"),
         ("gambles", "gamble", "saves money", "save money"), ("shouts", "shout", "gets a medal", "get a medal")]
STATES = [("drinks coffee", "drink coffee", "sleepy"), ("sleeps well", "sleep well", "tired"),
          ("reads maps", "read maps", "lost")]
SUBJECTS = ["No one", "Nobody"]  # "No student who ..." would leave open whether the person is one
# which fact and conclusion: (fact is about the rule's condition?, fact affirmed?, conclusion affirmed?)
SHAPES = [(False, True, False), (True, True, False), (True, False, True), (False, False, True)]


def _follows(about_condition: bool, fact_true: bool, goal_true: bool) -> bool:
    """Brute force over the person's two properties c (the condition) and d (the deed): the rule is not (c and d)."""
    for c, d in itertools.product([False, True], repeat=2):
        fact = (c if about_condition else d) == fact_true
        goal = (d if about_condition else c) == goal_true
        if not (c and d) and fact and not goal:
            return False
    return True


@pytest.mark.parametrize("seed", range(24))
def test_ever_under_a_negative_subject_keeps_the_verdict(seed):
    rng = random.Random(seed)
    name, subject = rng.choice(NAMES), rng.choice(SUBJECTS)
    about_condition, fact_true, goal_true = rng.choice(SHAPES)
    if rng.random() < 0.5:
        does, do, deed, deed_base = rng.choice(DEEDS)
        rule = f"{subject} who {does} ever {deed}."
        condition = (f"{name} {does}", f"{name} does not {do}")
        result = (f"{name} {deed}", f"{name} does not {deed_base}")
    else:
        does, do, state = rng.choice(STATES)
        rule = f"{subject} who {does} is ever {state}."
        condition = (f"{name} {does}", f"{name} does not {do}")
        result = (f"{name} is {state}", f"{name} is not {state}")
    fact = (condition if about_condition else result)[0 if fact_true else 1]
    goal = (result if about_condition else condition)[0 if goal_true else 1]
    valid = _follows(about_condition, fact_true, goal_true)
    text = f"{rule} {fact}. So {goal}."
    analysis = _analyze(text)
    assert (analysis.status, analysis.answer) == ("verified", "valid" if valid else "invalid"), text

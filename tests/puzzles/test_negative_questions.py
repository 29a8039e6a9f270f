"""A negative yes/no question ("Doesn't the express stop at York?", "Isn't Ann tall?", "So doesn't Rex bark?") asks
what its positive asks, and is answered alike: "yes" when the claim follows, "no" when its denial does. Checked by
brute force over the one unknown truth value a rule and a fact leave: fresh names, kinds and verbs, the fact
affirmed or denied.
"""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

NAMES = ["Rex", "Ann", "Tom", "Kit", "Lou", "Ida"]
KINDS = [("dog", "barks", "bark"), ("pilot", "travels", "travel"), ("nurse", "works nights", "work nights")]


@pytest.mark.parametrize("seed", range(8))
def test_a_negative_question_is_answered_as_its_positive(seed):
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    kind, does, do = rng.choice(KINDS)
    member = rng.random() < 0.5
    # brute force: worlds where "every K does" and the membership fact hold; the asked claim in each
    worlds = [(is_member, acts) for is_member in (False, True) for acts in (False, True)
              if is_member == member and (not is_member or acts)]
    values = {acts for _, acts in worlds}
    expected = "yes" if values == {True} else "no" if values == {False} else "cannot be determined"
    fact = f"{name} is a {kind}." if member else f"{name} is not a {kind}."
    lead = rng.choice(["", "So "])
    verdict = solve(f"Every {kind} {does}. {fact} {lead}{'D' if not lead else 'd'}oesn't {name} {do}?")
    assert verdict.status == "verified" and verdict.answer == expected, verdict.reason


@pytest.mark.parametrize("seed", range(3))
def test_a_negative_question_as_a_conclusion(seed):
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    kind, does, do = rng.choice(KINDS)
    analysis = _analyze(f"Every {kind} {does}. {name} is a {kind}. So doesn't {name} {do}?")
    assert analysis.status == "verified" and analysis.answer == "valid", analysis.reason

"""A member named with "the" or a possessive, of a class a rule places somewhere (`definite_members.py`), generated
with fresh names, nouns, places and determiners.

"All the hens on our farm laid brown eggs. Bessie was one of our hens. Did Bessie lay brown eggs?" was answered
"cannot be determined" (a wrong verified answer: "our hens" are the farm's): the grammar keeps only "Bessie is a
hen". Now that open answer abstains, while the textbook trap with an indefinite ("Bessie is a hen") and a rule with a
condition of another kind ("the students who studied") stay "cannot be determined".
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
GROUPS = [("hens", "hen", "on the farm", "lay eggs", "lay eggs"), ("cows", "cow", "in the barn", "give milk",
                                                                   "give milk"),
          ("students", "student", "in the class", "passed the test", "pass the test"),
          ("players", "player", "on the team", "wear red shirts", "wear red shirts")]
POINTING = ["one of the", "one of our", "one of my", "one of the"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()


def _text(rng: random.Random, member: str, relative: bool = False) -> tuple[str, str]:
    plural, singular, place, said, asked = rng.choice(GROUPS)
    name = _name(rng)
    where = "who are tall" if relative else place
    aux = "Did" if said.endswith("ed the test") else "Does"
    phrase = f"a {singular}" if member == "a" else f"{member} {plural}"
    return f"All {plural} {where} {said}. {name} is {phrase}. {aux} {name} {asked}?", asked


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10**9))
def test_a_member_pointed_back_at_is_not_left_open(seed):
    rng = random.Random(seed)
    text, _ = _text(rng, rng.choice(POINTING))
    verdict = solve(text)
    assert verdict.status != "verified" or verdict.answer == "yes", (text, verdict.answer)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9))
def test_an_indefinite_member_or_another_condition_stays_open(seed):
    rng = random.Random(seed)
    for text in (_text(rng, "a")[0], _text(rng, rng.choice(POINTING), relative=True)[0]):
        verdict = solve(text)
        assert (verdict.status, verdict.answer) == ("verified", "cannot be determined"), (text, verdict.reason)

"""A kind of the speaker's ("All my classmates passed. Sid is my classmate.", "None of my friends like jazz"): "X is my
N" reads as one of that kind, over fresh names, nouns, quantifiers and verbs; the answer by the syllogism's truth
(all: yes; none: no; some: cannot be determined), and a question "Is X my N?" after only the property: cannot be
determined."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.possessive_kinds import spell_possessive_kinds

NAMES = ["Sid", "Ada", "Bo", "Cleo", "Dev", "Eli", "Fay", "Gus"]
NOUNS = ["friend", "classmate", "neighbor", "teammate", "coworker", "student"]
VERBS = [("like jazz", "likes jazz", "Does {x} like jazz?"), ("passed", "passed", "Did {x} pass?"),
         ("can swim", "can swim", "Can {x} swim?")]
QUANTIFIERS = {"All my": "yes", "All of my": "yes", "None of my": "no", "Some of my": "cannot be determined"}


@pytest.mark.parametrize("seed", range(3))
def test_one_of_my_kind(seed: int) -> None:
    rng = random.Random(seed)
    for quantifier, expected in QUANTIFIERS.items():
        name, noun = rng.choice(NAMES), rng.choice(NOUNS)
        plural_verb, _, question = rng.choice(VERBS)
        owner = rng.choice(["my", "our"])
        rule = f"{quantifier.replace('my', owner)} {noun}s {plural_verb}."
        member = f"{name} is {owner} {noun}."
        text = " ".join(rng.sample([rule, member], 2)) + " " + question.format(x=name)
        verdict = solve(text)
        assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason, verdict.unparsed)


def test_membership_is_not_concluded_from_the_property() -> None:
    verdict = solve("All of my friends like jazz. Sid likes jazz. Is Sid my friend?")
    assert (verdict.status, verdict.answer) == ("verified", "cannot be determined")


@pytest.mark.parametrize("sentence", ["Sid is my brother.", "Sid is my best friend.", "This is my friend."])
def test_kin_adjectives_and_pronouns_stay(sentence: str) -> None:
    assert spell_possessive_kinds(sentence) == sentence

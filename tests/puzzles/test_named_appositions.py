"""A name in apposition is the named one (`named_appositions.py`): "Jake is older than his sister Mia. Mia is older
than their cousin Leo. Is Leo older than Jake?" is "no"; so are "the baker Tom", "my teacher Tom" and "Coach Tom".
Regression: "his sister Mia" was a person apart from "Mia", and the answer was a verified, wrong "cannot be
determined". Orders over fresh names and wordings; where the rest of the text speaks of kin, the kinship is kept and
an unreadable one abstains."""

from __future__ import annotations

import random

import pytest

import agentlib

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
OWNED = ["his sister", "her brother", "their cousin", "my friend", "our neighbour", "my aunt", "his dog",
         "her cat"]


def _names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


@pytest.mark.parametrize("seed", range(16))
def test_an_owned_name_is_the_name(seed):
    rng = random.Random(seed)
    names = _names(rng, 3)  # oldest first
    clues = []
    for older, younger in zip(names, names[1:]):
        said_younger = f"{rng.choice(OWNED)} {younger}" if rng.random() < 0.6 else younger
        said_older = f"{rng.choice(OWNED)} {older}" if rng.random() < 0.3 else older
        clues.append(f"{said_older[:1].upper()}{said_older[1:]} is older than {said_younger}.")
    rng.shuffle(clues)
    a, b = rng.sample(names, 2)
    text = " ".join(clues) + f" Is {a} older than {b}?"
    expected = "yes" if names.index(a) < names.index(b) else "no"
    verdict = agentlib.solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason, verdict.unparsed)


def test_a_kinship_the_question_needs_is_never_dropped():
    verdict = agentlib.solve("Jake is older than his sister Mia. What is Mia to Jake?")
    assert verdict.status == "abstained" or verdict.answer == "sister"
    verdict = agentlib.solve("Borja's sister Cielo has a son named Dario. What is Dario to Borja?")
    assert (verdict.status, verdict.answer) == ("verified", "nephew")


ROLES = ["the baker", "my teacher", "the mailman", "our coach", "the gardener", "my neighbour"]
TITLES = ["Coach", "Uncle", "Aunt", "Captain", "Mrs", "Dr"]


@pytest.mark.parametrize("seed", range(12))
def test_a_role_or_a_title_before_a_name_is_that_person(seed):
    rng = random.Random(50 + seed)
    names = _names(rng, 3)  # tallest first
    role_name = rng.choice(names)
    titled = rng.random() < 0.5
    said = f"{rng.choice(TITLES)} {role_name}" if titled else f"{rng.choice(ROLES)} {role_name}"
    clues = []
    for taller, shorter in zip(names, names[1:]):
        left = said if taller == role_name and not clues else taller
        right = said if shorter == role_name and not clues else shorter
        clues.append(f"{left[:1].upper()}{left[1:]} is taller than {right}.")
    a, b = rng.sample(names, 2)
    text = " ".join(clues) + f" Is {a} taller than {b}?"
    expected = "yes" if names.index(a) < names.index(b) else "no"
    verdict = agentlib.solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason, verdict.unparsed)


def test_two_titles_with_one_name_stay_two_people():
    verdict = agentlib.solve("Mr Li is taller than Mrs Li. Is Mr Li taller than Mrs Li?")
    assert (verdict.status, verdict.answer) == ("verified", "yes")
    verdict = agentlib.solve("The baker Tom is taller than Bo. Who is the baker?")
    assert (verdict.status, verdict.answer) in (("verified", "Tom"), ("abstained", None))

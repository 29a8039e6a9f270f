""""All of my cousins live in Ohio. ... Jake is my cousin." names a group of the speaker's kin and one member of
it; "my cousin" was read as one person of the kinship grammar's, so the sentence was not understood. Where the text
speaks of "my cousins" as a group, "Jake is my cousin" is one of them (`possessive_kinds.py`).

Fresh names, kin nouns, quantifiers and predicates; the expected answer follows from the syllogism."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Jasper", "Kalinda", "Leopold", "Marisol"]
KIN = [("cousin", "cousins"), ("brother", "brothers"), ("sister", "sisters"), ("uncle", "uncles"),
       ("aunt", "aunts"), ("nephew", "nephews"), ("niece", "nieces")]
FACTS = [("live in Ohio", "Does {name} live in Ohio?", "lives in Ohio"), ("can swim", "Can {name} swim?", "can swim"),
         ("like jazz", "Does {name} like jazz?", "likes jazz")]  # (plural verb phrase, question, singular)


@pytest.mark.parametrize("seed", range(24))
def test_a_member_of_the_speakers_kin_group(seed):
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    noun, plural = rng.choice(KIN)
    verb_phrase, question, singular = rng.choice(FACTS)
    every = rng.random() < 0.5
    if every:
        group = rng.choice([f"All of my {plural} {verb_phrase}.", f"All my {plural} {verb_phrase}."])
    else:
        group = rng.choice([f"None of my {plural} {verb_phrase}.", f"No one among my {plural} {singular}."])
    member = rng.choice([f"{name} is my {noun}.", f"{name} is one of my {plural}."])
    text = f"{group} {member} {question.format(name=name)}"
    verdict = solve(text)
    expected = "yes" if every else "no"
    assert verdict.status != "verified" or verdict.answer == expected, (text, verdict.answer)
    if every or group.startswith("None"):
        assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)

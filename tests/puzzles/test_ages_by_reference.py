"""Ages and counts said by reference: "Kate is 12. Her brother is 3 years older. How old is her brother?", "Ann is 5
years older than Bo, who is 20.", "Tom is 3 years older." after one other person; answers by exact arithmetic.

First sight (before `amount_references.py`): every case with "her brother", ", who is N" or a bare "older"
abstained ("a question form the grammar does not know"); none was wrong. Where two people could be meant ("Kate is
12. Ann is 10. Tom is 3 years older.") the text still abstains."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Kate", "Ann", "Bo", "Tom", "Lia", "Max", "Ivy", "Raj"]
KIN = {"her": ["brother", "sister", "cousin", "mother"], "his": ["brother", "sister", "dad", "son"]}


def _case(rng: random.Random) -> tuple[str, int]:
    base = rng.randint(8, 40)
    gap = rng.randint(1, 7)
    older = rng.random() < 0.5
    other = base + gap if older else base - gap
    word = "older" if older else "younger"
    first = rng.choice(NAMES)
    form = rng.choice(["kin", "kin_than", "relative", "bare"])
    if form in ("kin", "kin_than"):
        pronoun = rng.choice(sorted(KIN))
        kin = rng.choice(KIN[pronoun])
        than = f" than {'her' if pronoun == 'her' else 'him'}" if form == "kin_than" else ""
        return (f"{first} is {base}. {pronoun.capitalize()} {kin} is {gap} years {word}{than}. "
                f"How old is {pronoun} {kin}?", other)
    second = rng.choice([n for n in NAMES if n != first])
    if form == "relative":
        return f"{second} is {gap} years {word} than {first}, who is {base}. How old is {second}?", other
    return f"{first} is {base} years old. {second} is {gap} years {word}. How old is {second}?", other


@pytest.mark.parametrize("seed", range(30))
def test_an_age_said_by_reference(seed):
    text, answer = _case(random.Random(seed))
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", answer), (text, verdict.reason, verdict.unparsed)


@pytest.mark.parametrize("text", [
    "Kate is 12. Ann is 10. Tom is 3 years older. How old is Tom?",
    "Kate is 12. Tom is 10. Her brother is 3 years older. How old is her brother?",
])
def test_two_people_who_could_be_meant_leave_it_unread(text):
    assert solve(text).status == "abstained"


@pytest.mark.parametrize("seed", range(16))
def test_a_multiple_said_by_reference(seed):
    """ "Jay is 12. His sister is twice as old." / "Kate has 6 apples. Her brother has three times as many apples.":
    the "as ..." left out, the one person named before (round 36; each was "not understood")."""
    rng = random.Random(seed)
    first = rng.choice(NAMES)
    word, factor = rng.choice([("twice", 2), ("three times", 3), ("half", 0.5), ("four times", 4)])
    base = rng.choice([4, 6, 8, 10, 12, 14])
    if rng.random() < 0.5:
        pronoun = rng.choice(sorted(KIN))
        kin = rng.choice(KIN[pronoun])
        text = f"{first} is {base}. {pronoun.capitalize()} {kin} is {word} as old. How old is {pronoun} {kin}?"
    else:
        second = rng.choice([n for n in NAMES if n != first])
        text = f"{first} has {base} stamps. {second} has {word} as many stamps. How many stamps does {second} have?"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", int(base * factor)), (text, verdict.reason)

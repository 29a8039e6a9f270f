"""A multiple of an age or a count said with any small number ("4 times as old as Dan", "six times as many pens as
Bo"; only "three / four / five times" were read) and compared with a pronoun ("as old as he is", "than she is"):
fresh names, kin words, factors in digits or words and wordings, keyed by arithmetic."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Dan", "Eva", "Ioana", "Kwesi", "Lotte"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}
SEX = {"Dan": "he", "Eva": "she", "Ioana": "she", "Kwesi": "he", "Lotte": "she"}


@pytest.mark.parametrize("seed", range(24))
def test_a_multiple_with_any_small_factor(seed):
    rng = random.Random(seed)
    factor = rng.randint(3, 10)
    said = str(factor) if rng.random() < 0.5 else WORDS[factor]
    base = rng.randint(1, 12)
    kind = rng.choice(["age_named", "age_kin", "count"])
    if kind == "count":
        a, b = rng.sample(NAMES, 2)
        text = (f"{b} has {base} pens. {a} has {said} times as many pens as {b}. How many pens does {a} have?")
    elif kind == "age_named":
        a, b = rng.sample(NAMES, 2)
        text = f"{b} is {base}. {a} is {said} times as old as {b}. How old is {a}?"
    else:
        b = rng.choice(NAMES)
        owner = "His" if SEX[b] == "he" else "Her"
        tail = rng.choice([f" as {SEX[b]} is", f" as {b}", ""])
        text = (f"{b} is {base} years old. {owner} grandfather is {said} times as old{tail}. "
                f"How old is {owner.lower()} grandfather?")
    verdict = solve(text).to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", base * factor), text

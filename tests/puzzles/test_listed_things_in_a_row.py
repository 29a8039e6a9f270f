"""Things introduced as a list and then placed in a row by clues that name only some of them, and that call them
"the red one": every listed thing holds a place (a row of four, not of the two a clue names: "The red book is
first. The yellow one is not last." contradicted each other), and "the yellow one" is the yellow book (it was a
fifth thing). Fresh kinds, nouns, openings, clues and questions, keyed by brute force over every arrangement;
where the clues leave the answer open, no answer is verified."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

KINDS = ["red", "blue", "green", "yellow", "black", "white", "orange"]
NOUNS = ["book", "box", "cup", "jar", "vase", "mug"]


def clue(rng: random.Random, kinds: list[str], noun: str) -> tuple[str, object]:
    a, b = rng.sample(kinds, 2)

    def name(kind: str) -> str:
        return f"the {kind} {rng.choice([noun, 'one'])}"

    last = len(kinds) - 1
    kind_of_clue = rng.choice(["end", "not_end", "next", "left"])
    if kind_of_clue == "end":
        left = rng.random() < 0.5
        return f"{name(a).capitalize()} is at the far {'left' if left else 'right'}.", \
            lambda row, a=a, left=left: row.index(a) == (0 if left else last)
    if kind_of_clue == "not_end":
        left = rng.random() < 0.5
        return f"{name(a).capitalize()} is not at the far {'left' if left else 'right'}.", \
            lambda row, a=a, left=left: row.index(a) != (0 if left else last)
    if kind_of_clue == "next":
        return f"{name(a).capitalize()} is right next to {name(b)}.", \
            lambda row, a=a, b=b: abs(row.index(a) - row.index(b)) == 1
    return f"{name(a).capitalize()} is somewhere to the left of {name(b)}.", \
        lambda row, a=a, b=b: row.index(a) < row.index(b)


@pytest.mark.parametrize("seed", range(30))
def test_listed_things_all_hold_a_place_in_the_row(seed):
    rng = random.Random(seed)
    size = rng.randint(3, 4)
    kinds, noun = rng.sample(KINDS, size), rng.choice(NOUNS)
    count = ["three", "four"][size - 3]
    listed = ", ".join(f"a {k}" for k in kinds[:-1]) + f" and a {kinds[-1]} one"
    opening = rng.choice([f"There are {count} {noun}s on a shelf: {listed}.",
                          f"There are {size} {noun}s on a shelf: {listed}."])
    rows = list(itertools.permutations(kinds))
    sentences: list[str] = []
    for _ in range(12):
        if len(rows) == 1:
            break
        said, holds = clue(rng, kinds, noun)
        kept = [row for row in rows if holds(row)]
        if kept and len(kept) < len(rows):
            rows, sentences = kept, [*sentences, said]
    left = rng.random() < 0.5
    question = f"Which {noun} is at the far {'left' if left else 'right'}?"
    answers = {row[0 if left else -1] for row in rows}
    text = " ".join([opening, *sentences, question])
    verdict = solve(text).to_dict()
    if len(answers) == 1:
        assert (verdict["status"], verdict["answer"]) == ("verified", f"the {answers.pop()} {noun}"), text
    else:
        assert verdict["status"] != "verified" or verdict["answer"] == "cannot be determined", text

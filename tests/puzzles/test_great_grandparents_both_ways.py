"""A great-grandparent is a parent's grandparent as well as a grandparent's parent: "Vik is Wyn's grandfather. Wyn is
Xen's father. What is Vik to Xen?" abstained ("the link may be someone the text does not name"). Fresh names, sexes,
the two orders of the chain and the question forms; the answer is the chain's, three generations up."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Vik", "Wyn", "Xen", "Yara", "Zoltan", "Amaru"]


@pytest.mark.parametrize("seed", range(16))
def test_a_chain_of_three_generations(seed):
    rng = random.Random(seed)
    top, middle, bottom = rng.sample(NAMES, 3)
    male = rng.random() < 0.5
    parent, grand = ("father", "grandfather") if male else ("mother", "grandmother")
    middle_parent = rng.choice(["father", "mother"])
    middle_grand = rng.choice(["grandfather", "grandmother"])
    if rng.random() < 0.5:  # a grandparent's ... parent above: top -grand-> middle -parent-> bottom
        sentences = [f"{top} is {middle}'s {grand}.", f"{middle} is {bottom}'s {middle_parent}."]
    else:  # top -parent-> middle -grand-> bottom
        sentences = [f"{top} is {middle}'s {parent}.", f"{middle} is {bottom}'s {middle_grand}."]
    rng.shuffle(sentences)
    word = "great-grandfather" if male else "great-grandmother"
    if rng.random() < 0.5:
        verdict = solve(" ".join([*sentences, f"What is {top} to {bottom}?"])).to_dict()
        assert (verdict["status"], verdict["answer"]) == ("verified", word), sentences
    else:
        verdict = solve(" ".join([*sentences, f"Is {top} {bottom}'s {word}?"])).to_dict()
        assert (verdict["status"], verdict["answer"]) == ("verified", "yes"), sentences

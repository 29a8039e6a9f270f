"""A fact whose word is a sibling of a rule's word in a closed class: "All the apples in the basket are red. This
apple is green. Is this apple in the basket?" was a verified "cannot be determined" (green and red read as two
unrelated properties), where people mean "no" (a green apple is not red). Colours may also mix (a red and green
apple), so neither reading is certain: the answer stands only where reading the two words as excluding each other
gives the same answer. "Sam's bike" is also a bike now (an owner's noun presupposes its kind, as "the bike" does).

Fresh nouns, places, colours, owners and sentence order; the expected answers are the syllogism's."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

THINGS = [("apple", "basket"), ("car", "garage"), ("bike", "shed"), ("mug", "cupboard"), ("boat", "harbour"),
          ("shirt", "drawer"), ("kite", "attic")]
COLOURS = ["red", "green", "blue", "yellow", "white", "black", "purple", "orange"]
OWNERS = ["Quillon", "Rosamund", "Thaddeus", "Ysolde"]


def _holder(rng: random.Random, noun: str) -> str:
    return rng.choice([f"this {noun}", f"{rng.choice(OWNERS)}'s {noun}"])


def _text(rng: random.Random, rule: str, fact: str, holder: str, place: str) -> str:
    sentences = [rule, fact]
    rng.shuffle(sentences)
    return f"{' '.join(sentences)} Is {holder} in the {place}?"


@pytest.mark.parametrize("seed", range(16))
def test_a_sibling_colour_never_leaves_a_verified_open_answer(seed):
    rng = random.Random(seed)
    noun, place = rng.choice(THINGS)
    said, other = rng.sample(COLOURS, 2)
    holder = _holder(rng, noun)
    rule = rng.choice([f"All the {noun}s in the {place} are {said}.", f"Every {noun} in the {place} is {said}."])
    fact = f"{holder[0].upper()}{holder[1:]} is {other}."
    verdict = solve(_text(rng, rule, fact, holder, place))
    assert not (verdict.status == "verified" and verdict.answer in ("yes", "cannot be determined")), (
        rule, fact, verdict.answer)


@pytest.mark.parametrize("seed", range(10))
def test_the_same_colour_affirms_the_consequent(seed):
    rng = random.Random(seed)
    noun, place = rng.choice(THINGS)
    colour = rng.choice(COLOURS)
    holder = _holder(rng, noun)
    rule = f"Every {noun} in the {place} is {colour}."
    fact = f"{holder[0].upper()}{holder[1:]} is {colour}."
    verdict = solve(_text(rng, rule, fact, holder, place))
    assert verdict.status == "verified" and verdict.answer == "cannot be determined", (rule, fact, verdict.reason)


@pytest.mark.parametrize("seed", range(10))
def test_an_owners_thing_is_of_its_kind(seed):
    rng = random.Random(seed)
    noun, place = rng.choice(THINGS)
    colour = rng.choice(COLOURS)
    owner = rng.choice(OWNERS)
    text = f"No {noun} in the {place} is {colour}. {owner}'s {noun} is in the {place}. Is {owner}'s {noun} {colour}?"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == "no", (text, verdict.reason)

"""Comparisons inside an assignment grid ("The person who owns the snake is older than Amy.", "Bill is the
youngest."), generated with fresh names, values and wordings and checked against every assignment and every
ranking of the people (ties allowed: nothing says two people differ unless a clue does)."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Amy", "Bill", "Cory", "Dana", "Eli", "Fern", "Gus", "Hana", "Ivo", "Jade"]
PETS = ["hamster", "snake", "turtle", "parrot", "rabbit"]
SCALES = [("older", "younger", "oldest", "youngest"), ("taller", "shorter", "tallest", "shortest")]


def _value_phrase(rng: random.Random, pet: str) -> str:
    return rng.choice([f"the person who owns the {pet}", f"the {pet} owner", f"the one with the {pet}"])


def _puzzle(seed: int) -> tuple[str, str | None]:
    rng = random.Random(seed)
    size = rng.choice([3, 3, 4])
    people, pets = rng.sample(NAMES, size), rng.sample(PETS, size)
    more, less, most, least = rng.choice(SCALES)
    truth_owner = dict(zip(pets, rng.sample(people, size)))
    truth_rank = {p: rng.randint(1, size) for p in people}
    clues: list[tuple[str, object]] = []  # (sentence, check over (owner, rank))
    while len(clues) < rng.randint(2, 4):
        kind = rng.randrange(5)
        if kind == 0:
            pet = rng.choice(pets)
            other = rng.choice([p for p in people if p != truth_owner[pet]])
            clues.append((f"{other} doesn't own the {pet}.", lambda o, r, pet=pet, other=other: o[pet] != other))
        elif kind == 1:
            pet = rng.choice(pets)
            person = rng.choice(people)
            if truth_owner[pet] == person or truth_rank[truth_owner[pet]] == truth_rank[person]:
                continue
            up = truth_rank[truth_owner[pet]] > truth_rank[person]
            sentence = f"{_value_phrase(rng, pet).capitalize()} is {more if up else less} than {person}."
            clues.append((sentence, lambda o, r, pet=pet, person=person, up=up:
                          (r[o[pet]] > r[person]) if up else (r[o[pet]] < r[person])))
        elif kind == 2:
            a, b = rng.sample(people, 2)
            if truth_rank[a] == truth_rank[b]:
                continue
            up = truth_rank[a] > truth_rank[b]
            clues.append((f"{a} is {more if up else less} than {b}.", lambda o, r, a=a, b=b, up=up:
                          (r[a] > r[b]) if up else (r[a] < r[b])))
        elif kind == 3:
            top = max(truth_rank.values())
            tops = [p for p in people if truth_rank[p] == top]
            if len(tops) != 1:
                continue
            clues.append((f"{tops[0]} is the {most}.", lambda o, r, p=tops[0]: all(r[p] > r[q] for q in r if q != p)))
        else:
            bottom = min(truth_rank.values())
            bottoms = [p for p in people if truth_rank[p] == bottom]
            if len(bottoms) != 1:
                continue
            clues.append((f"{bottoms[0]} is the {least}.",
                          lambda o, r, p=bottoms[0]: all(r[p] < r[q] for q in r if q != p)))
    asked = rng.choice(pets)
    top = rng.random() < 0.3  # "Who is the oldest?" rather than "Who owns the snake?"
    answers = set()
    for owners in itertools.permutations(people):
        o = dict(zip(pets, owners))
        for ranks in itertools.product(range(1, size + 1), repeat=size):
            r = dict(zip(people, ranks))
            if all(check(o, r) for _, check in clues):
                if top:
                    highest = [p for p in people if all(r[p] > r[q] for q in people if q != p)]
                    answers.add(highest[0] if highest else None)
                else:
                    answers.add(o[asked])
                    break
    listed = ", ".join(people[:-1]) + " and " + people[-1]
    question = f" Who is the {most}?" if top else f" Who owns the {asked}?"
    text = (f"{listed} each own a different pet: {', '.join('a ' + p for p in pets[:-1])} and a {pets[-1]}. "
            + " ".join(sentence for sentence, _ in clues) + question)
    return text, answers.pop() if len(answers) == 1 else None


@pytest.mark.parametrize("seed", range(40))
def test_grid_comparisons_agree_with_brute_force(seed: int) -> None:
    text, owner = _puzzle(seed)
    verdict = solve(text)
    assert not verdict.unparsed, (text, verdict.unparsed)
    if owner is None:
        assert verdict.status == "abstained", (text, verdict.answer)
    else:
        assert (verdict.status, verdict.answer) == ("verified", owner), (text, verdict.reason)


@pytest.mark.parametrize("text", [
    "Amy, Bill and Cory each own a different pet: a hamster, a snake and a turtle. Amy is older than the snake. "
    "Who owns the snake?",  # the snake itself, not its owner
    "Amy, Bill and Cory each own a different pet: a hamster, a snake and a turtle. Amy is older than Bill or Cory. "
    "Who owns the snake?",
])
def test_comparisons_not_of_people_are_not_read(text: str) -> None:
    assert solve(text).status == "abstained"


def test_a_yes_no_question_on_a_scale_no_clue_uses() -> None:
    verdict = solve("Amy, Bill and Cory each own a different pet: a hamster, a snake and a turtle. Amy owns the "
                    "snake. Is Amy older than Cory?")
    assert (verdict.status, verdict.answer) == ("verified", "cannot be determined")

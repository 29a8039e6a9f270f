"""A group all of one kind or all of another ("Emma and Finn are both knights or both knaves.") is two claims about
the group, never "each is one or the other". Read distributively it gave verified wrong answers: "Emma is a knight.
Is Finn a knight?" was "cannot be determined", and with 'Emma says "I am a knave or Finn is a knave."' (which no
assignment satisfies) "Finn is a knave". Fresh names, group sizes, kinds and statements; answers by brute force over
every assignment of kinds."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Oriel", "Pascoe", "Quenby", "Rhodri", "Sunniva"]
INTRO = "Knights always tell the truth and knaves always lie."


def _claim(rng: random.Random, speaker: str, people: list[str]):
    other = rng.choice([p for p in people if p != speaker])
    kind = rng.choice(["knight", "knave"])
    shape = rng.randrange(3)
    if shape == 0:
        return f'"{other} is a {kind}."', lambda w: w[other] == kind
    if shape == 1:
        return f'"I am a {kind} or {other} is a knave."', lambda w: w[speaker] == kind or w[other] == "knave"
    return f'"{other} and I are different."', lambda w: w[other] != w[speaker]


@pytest.mark.parametrize("seed", range(24))
def test_both_of_one_kind_or_both_of_the_other(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, rng.choice((2, 3)))
    quantifier = "both" if len(people) == 2 else "all"
    listed = ", ".join(people[:-1]) + " and " + people[-1]
    group = (f"{listed} are {rng.choice(['', 'either '])}{quantifier} knights or {quantifier} knaves."
             if rng.random() < 0.7 else f"{listed} are {quantifier} knaves or {quantifier} knights.")
    speaker = rng.choice(people)
    said, holds = _claim(rng, speaker, people)
    asked = rng.choice(people)
    text = f"{INTRO} {group} {speaker} says {said} Is {asked} a knight?"
    worlds = []
    for kinds in itertools.product(("knight", "knave"), repeat=len(people)):
        world = dict(zip(people, kinds))
        if len(set(kinds)) == 1 and holds(world) == (world[speaker] == "knight"):
            worlds.append(world)
    verdict = solve(text)
    if not worlds:
        assert verdict.status != "verified", (text, verdict.answer)
        return
    answers = {w[asked] == "knight" for w in worlds}
    expected = ("yes" if answers.pop() else "no") if len(answers) == 1 else "cannot be determined"
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)


@pytest.mark.parametrize("seed", range(8))
def test_one_member_settles_the_rest(seed):
    rng = random.Random(seed)
    people = rng.sample(NAMES, 2)
    first, second = rng.choice([("play chess", "play golf"), ("sing", "dance"), ("swim", "cycle")])
    if rng.random() < 0.5:
        first, second = second, first
    text = f"{people[0]} and {people[1]} both {first} or both {second}. {people[0]} does not {first}. " \
           f"Does {people[1]} {second}?"
    verdict = solve(text)  # both do the second: the first is not shared
    assert verdict.status == "verified" and verdict.answer == "yes", (text, verdict.answer, verdict.reason)


@pytest.mark.parametrize("seed", range(12))
def test_hyphenated_kinds_are_one_alternative_each(seed):
    """"Dan and Eve are both liars or both truth-tellers." was read distributively (the hyphen ended the match), and
    'Dan says "Eve is a liar." Is Dan a liar?' came back a verified "cannot be determined" where no assignment
    fits."""
    rng = random.Random(seed)
    a, b = rng.sample(NAMES, 2)
    kinds = ["liars", "truth-tellers"]
    rng.shuffle(kinds)
    said_liar = rng.random() < 0.5
    claim = f'"{b} is a liar."' if said_liar else f'"{b} is a truth-teller."'
    text = (f"{a} and {b} are {rng.choice(['', 'either '])}both {kinds[0]} or both {kinds[1]}. {a} says {claim} "
            f"Is {a} a liar?")
    # both share a kind, so the claim is true exactly when it names the speaker's own kind; a liar's claim is false
    consistent = [liar for liar in (True, False) if (said_liar == liar) == (not liar)]
    verdict = solve(text)
    if not consistent:
        assert verdict.status != "verified", (text, verdict.answer)
    else:
        assert verdict.status == "verified" and verdict.answer == "cannot be determined", (text, verdict.reason)

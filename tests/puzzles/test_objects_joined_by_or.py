""""Everyone in the club likes chess or checkers." had two readings: "likes chess or likes checkers", and "likes chess
or is a checker" (the second object read as a kind of the subject), so it was not understood. With no verb after
the "or", the second object is the verb's, as the first is (`grammar._object_read_as_kind`).

Fresh names, groups, verbs and objects; the expected answer follows from the disjunction."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Yorick", "Zelda", "Anouk", "Bram"]
GROUPS = [("Everyone in the club", "is in the club"), ("Every member", "is a member"),
          ("All the students", "is a student"), ("Each player", "is a player")]
VERBS = [("likes", "like", ["chess", "checkers", "jazz", "poems", "puzzles"]),
         ("plays", "play", ["tennis", "golf", "chess", "squash"]),
         ("studies", "study", ["maths", "physics", "music", "history"])]


@pytest.mark.parametrize("seed", range(24))
def test_a_disjunction_of_two_objects_of_one_verb(seed):
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    group, member = rng.choice(GROUPS)
    third, base, objects = rng.choice(VERBS)
    first, second = rng.sample(objects, 2)
    plural_group = group.startswith("All")
    verb = base if plural_group else third
    denied, asked, expected = rng.choice([(first, second, "yes"), (second, first, "yes"), (None, first,
                                                                                          "cannot be determined")])
    facts = [f"{group} {verb} {first} or {second}.", f"{name} {member}."]
    if denied:
        facts.append(f"{name} does not {base} {denied}.")
    text = " ".join(facts) + f" Does {name} {base} {asked}?"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason,
                                                                         verdict.unparsed)

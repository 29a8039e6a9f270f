""""What order did they finish in?" / "In what order did the runners arrive?" ask the order of the verb's scale,
first to last, as "List them from first to last." does (it abstained: "no order is named in the statements").
Fresh names, race sizes, clues (before / after / between) and wordings, keyed by brute force over every order."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Kyle", "Lara", "Mona", "Nate", "Oyelaran", "Priti"]
VERBS = [("finished", "finish"), ("arrived", "arrive")]
ASKED = ["What order did they {v} in?", "In what order did they {v}?", "What order did the {n} {v} in?"]


@pytest.mark.parametrize("seed", range(20))
def test_an_order_asked_by_its_verb(seed):
    rng = random.Random(seed)
    order = rng.sample(NAMES, rng.randint(3, 4))
    past, base = rng.choice(VERBS)
    clues = []
    for first, second in zip(order, order[1:]):
        if rng.random() < 0.5:
            clues.append((f"{first} {past} before {second}.",
                          lambda row, a=first, b=second: row.index(a) < row.index(b)))
        else:
            clues.append((f"{second} {past} after {first}.",
                          lambda row, a=first, b=second: row.index(a) < row.index(b)))
    rng.shuffle(clues)
    rows = [row for row in itertools.permutations(order) if all(holds(row) for _, holds in clues)]
    assert rows == [tuple(order)]
    noun = "runners" if base == "finish" else "guests"
    text = " ".join([*(said for said, _ in clues), rng.choice(ASKED).format(v=base, n=noun)])
    verdict = solve(text).to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", order), text

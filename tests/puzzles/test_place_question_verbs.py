""""What place did Uma get?" / "... take?" / "... end up in?" / "What seat did Ann take?" ask a place as "What place did
Uma finish in?" does (they abstained: "no place is named in the statements"). Fresh names, race orders, clue
order and wordings; the place asked is the one every order consistent with the clues gives (brute force)."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Tess", "Uma", "Vic", "Wanda", "Xiomara", "Yusuf"]
ORDINALS = ["first", "second", "third", "fourth"]
ASKED = ["What place did {x} get?", "What place did {x} take?", "What place did {x} end up in?",
         "What position did {x} get?", "What place did {x} land?"]


@pytest.mark.parametrize("seed", range(20))
def test_a_place_asked_with_get_or_take(seed):
    rng = random.Random(seed)
    size = rng.randint(3, 4)
    order = rng.sample(NAMES, size)  # order[0] came first
    clues = []
    for k, name in enumerate(order[:-1]):
        if rng.random() < 0.5:
            clues.append((f"{name} came in {ORDINALS[k]}.", lambda row, name=name, k=k: row.index(name) == k))
        else:
            after = order[k + 1]
            clues.append((f"{after} came in right after {name}.",
                          lambda row, name=name, after=after: row.index(after) == row.index(name) + 1))
    rng.shuffle(clues)
    asked = rng.choice(order)
    rows = [row for row in itertools.permutations(order) if all(holds(row) for _, holds in clues)]
    places = {row.index(asked) + 1 for row in rows}
    text = " ".join([*(said for said, _ in clues), rng.choice(ASKED).format(x=asked)])
    verdict = solve(text).to_dict()
    if len(places) == 1:
        assert (verdict["status"], verdict["answer"]) == ("verified", places.pop()), text
    else:
        assert verdict["status"] != "verified", text

"""A scene-setting sentence the reader does read, but which shares nothing with the puzzle ("The sun was setting over
the lake.", "It was a sunny Saturday morning."), is dropped like an unread remark once the text as typed abstains:
read as a fact, it put the sun among those who might have caught the most fish (batch Y). Generated orderings with
such a sentence at a random place are checked against brute force; a scene that names someone is never dropped."""

from __future__ import annotations

import itertools
import random

from agentlib.puzzles.english.family import solve

NAMES = ("Vic", "Wren", "Xander", "Yusuf", "Zofia", "Amara", "Bex", "Cosmo")
SCENES = ("The sun was setting over the lake.", "It was a sunny Saturday morning.", "The wind was cold.",
          "It was a lovely Tuesday afternoon.", "The park was quiet.", "The sky was grey.")
MEASURES = (("caught more fish than", "caught the most fish"), ("scored more points than", "scored the most points"),
            ("is taller than", "is the tallest"))


def _variant(rng: random.Random) -> tuple[str, str]:
    cast = rng.sample(NAMES, rng.choice((3, 4)))
    more, most = rng.choice(MEASURES)
    facts = [f"{a} {more} {b}." for a, b in itertools.pairwise(cast)]
    rng.shuffle(facts)
    # brute force: the one order in which every stated pair holds
    orders = [order for order in itertools.permutations(cast)
              if all(order.index(a) < order.index(b) for a, b in itertools.pairwise(cast))]
    assert len(orders) == 1
    facts.insert(rng.randrange(len(facts) + 1), rng.choice(SCENES))
    return " ".join(facts) + f" Who {most}?", orders[0][0]


def test_a_scene_read_as_a_fact_leaves_the_answer_to_the_puzzle():
    rng = random.Random(5)
    for _ in range(30):
        text, key = _variant(rng)
        verdict = solve(text)
        assert (verdict.status, verdict.answer) == ("verified", key), text


def test_a_scene_that_names_someone_stays():
    verdict = solve("Vic caught more fish than Wren. Cosmo was tired. Who caught the most fish?")
    assert verdict.status != "verified"


def test_a_read_remark_opened_by_a_name_that_is_a_word_stays():
    """Regression: "Zeta came too." was dropped once read remarks could go ("zeta" is a word), and Yujin answered."""
    verdict = solve("Zeta came too. Yujin is taller than Nupe. Yulo is shorter than Nupe. Who is the tallest?")
    assert verdict.status != "verified"

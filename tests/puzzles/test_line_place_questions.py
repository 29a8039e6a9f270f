"""A place asked about a line or a race in the words people use: "Where was Eva in line?", "Where is Bo in the
queue?", "What place was Cy in the race?" (they abstained as question forms the grammar did not know).

Fresh names, line lengths, clue orders and wordings; the expected place is the one the clues force."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bertil", "Cosima", "Dagny", "Evander", "Fenna", "Gideon"]
COUNT = {3: "Three", 4: "Four", 5: "Five", 6: "Six"}
QUESTIONS = ["Where was {name} in line?", "Where is {name} in the line?", "Where was {name} in the queue?",
             "What place was {name} in line?", "What position was {name} in the queue?", "Where did {name} end up?"]


@pytest.mark.parametrize("seed", range(24))
def test_a_place_in_a_line_asked_in_everyday_words(seed):
    rng = random.Random(seed)
    size = rng.randint(3, 6)
    line = rng.sample(NAMES, size)
    clues = [f"{line[0]} was first."]
    clues += [f"{line[i]} was {rng.choice(['right behind', 'directly behind', 'just behind'])} {line[i - 1]}."
              for i in range(1, size)]
    rng.shuffle(clues)
    asked = rng.randrange(size)
    opening = f"{COUNT[size]} kids {rng.choice(['lined up for lunch', 'stood in a queue', 'waited in line'])}."
    text = " ".join([opening, *clues, rng.choice(QUESTIONS).format(name=line[asked])])
    verdict = solve(text)
    assert verdict.status == "verified" and str(verdict.answer) == str(asked + 1), (text, verdict.answer,
                                                                                    verdict.reason)


@pytest.mark.parametrize("seed", range(6))
def test_a_place_the_clues_leave_open_is_not_answered(seed):
    rng = random.Random(seed)
    first, second, third = rng.sample(NAMES, 3)
    text = (f"Three kids waited in line. {first} was first. {second} was not last. "
            f"{rng.choice(QUESTIONS).format(name=third)}")
    verdict = solve(text)
    assert verdict.status == "verified" and str(verdict.answer) == "3", (text, verdict.answer)

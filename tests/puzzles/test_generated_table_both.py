"""Generated round tables asked "Who sits next to both X and Y?", checked by brute force over every seating: next
to both of two people is the seat between them, and the answer is given only when every seating agrees.
"""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Hugo", "Iris", "Jake", "Kira", "Liam", "Mona", "Nils", "Opal"]


def adjacent(seating: tuple[str, ...], a: str, b: str) -> bool:
    n = len(seating)
    return (seating.index(a) - seating.index(b)) % n in (1, n - 1)


def opposite(seating: tuple[str, ...], a: str, b: str) -> bool:
    n = len(seating)
    return n % 2 == 0 and (seating.index(a) - seating.index(b)) % n == n // 2


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=4, max_size=6, unique=True),
       st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5), st.sampled_from(["next", "not next", "opposite"])),
                min_size=1, max_size=3),
       st.integers(0, 5), st.integers(1, 5), st.booleans())
def test_next_to_both_answers_as_brute_force(people, clues, x, step, both_said):
    n = len(people)
    clues = [(people[i % n], people[j % n], how) for i, j, how in clues
             if i % n != j % n and (how != "opposite" or n % 2 == 0)]
    said = {"next": "sits next to", "not next": "does not sit next to", "opposite": "sits opposite"}
    holds = {"next": adjacent, "not next": lambda s, a, b: not adjacent(s, a, b), "opposite": opposite}
    a, b = people[x % n], people[(x + step) % n]
    if a == b:
        b = people[(x + 1) % n]
    seatings = [(people[0], *rest) for rest in permutations(people[1:])]
    fitting = [s for s in seatings if all(holds[how](s, p, q) for p, q, how in clues)]
    answers = {tuple(sorted(p for p in people if p not in (a, b) and adjacent(s, p, a) and adjacent(s, p, b)))
               for s in fitting}
    wording = "next to both" if both_said else "next to each of"
    text = (f"{', '.join(people[:-1])} and {people[-1]} sit around a round table. "
            + " ".join(f"{p} {said[how]} {q}." for p, q, how in clues)
            + f" Who sits {wording} {a} and {b}?")
    verdict = solve(text)
    if len(answers) == 1 and len(next(iter(answers))) == 1:
        assert (verdict.status, verdict.answer) == ("verified", next(iter(answers))[0]), text
    else:
        assert verdict.status != "verified" or not fitting, text

"""Races and rows with ordinals typed in digits ("finished 2nd", "Who came in 3rd?", "the 1st seat"), in fresh names
and orders, checked by brute force over every order: answered as the same puzzle with the ordinals in words."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.digit_ordinals import spelled_ordinals
from agentlib.puzzles.english.family import solve

NAMES = ["Ines", "Jarek", "Kofi", "Lumi", "Mateo", "Nadia"]
DIGITS = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}


@settings(max_examples=10, deadline=None)
@given(st.permutations(NAMES), st.integers(3, 4), st.randoms(use_true_random=False))
def test_a_race_with_digit_ordinals_agrees_with_brute_force(names, size, rng):
    people = names[:size]
    finish = {name: place for place, name in enumerate(people, 1)}  # the true order, told in part
    placed = rng.sample(people, size - 2)
    beaten = [(a, b) for a, b in zip(people, people[1:]) if a not in placed or b not in placed]
    facts = [f"{name} finished {DIGITS[finish[name]]}." for name in placed]
    facts += [f"{a} beat {b}." for a, b in beaten]
    rng.shuffle(facts)
    asked = rng.randint(1, size)
    roster = ", ".join(people[:-1]) + f" and {people[-1]}"
    text = f"{roster} ran a race. {' '.join(facts)} Who came in {DIGITS[asked]}?"
    fits = {order[asked - 1] for order in permutations(people)
            if all(order.index(n) + 1 == finish[n] for n in placed)
            and all(order.index(a) < order.index(b) for a, b in beaten)}
    verdict = solve(text)
    assert len(fits) == 1
    assert (verdict.status, verdict.answer) == ("verified", fits.pop()), (text, verdict.reason)


def test_only_whole_ordinals_with_their_own_suffix_are_spelled():
    assert spelled_ordinals("Bo sat 1st, Cy 2nd, Di 3rd, Ed 4th, Flo 10th.") == "Bo sat first, Cy second, Di third, " \
                                                                           "Ed fourth, Flo tenth."
    for typed in ("Bo came 2th.", "Row B2nd.", "Bo came 11th.", "Bo is 22nd."):
        assert spelled_ordinals(typed) == typed

"""A list of one-letter names ends its sentence at the full stop after the last letter ("Five runners: A, B, C, D,
E. A finished first."): the stop was read as an initial's ("Anna B. Cole") because a capital followed, and the two
sentences ran together. An initial never comes after a comma in a list; "Sue met Anna B. Cole." keeps its initial.

Fresh letters, list lengths and following sentences."""

from __future__ import annotations

import random
import string

import pytest

from agentlib.puzzles.english.text import split_sentences


@pytest.mark.parametrize("seed", range(12))
def test_a_list_of_letters_ends_at_its_stop(seed):
    rng = random.Random(seed)
    letters = rng.sample(string.ascii_uppercase.replace("I", ""), rng.randint(3, 6))
    after = f"{rng.choice(letters)} {rng.choice(['finished first', 'is a knight', 'sits on the left'])}."
    text = f"{rng.choice(['Five runners', 'The suspects', 'Players'])}: {', '.join(letters)}. {after}"
    assert split_sentences(text)[-1] == after, split_sentences(text)


def test_an_initial_after_a_first_name_stays_inside_its_sentence():
    assert split_sentences("Sue met Anna B. Cole at the fair.") == ["Sue met Anna B. Cole at the fair."]


@pytest.mark.parametrize("seed", range(12))
def test_a_race_of_one_letter_names_listed_without_and(seed):
    """"Five runners: A, B, C, D, E." names the cast (`counted_apposition.py`: a list of one-letter names after a word
    for people, typed without "and"); it was not understood."""
    from agentlib.puzzles.english.family import solve

    rng = random.Random(seed)
    order = rng.sample(list("ABCDEFGH"), rng.randint(3, 5))
    count = {3: "Three", 4: "Four", 5: "Five"}[len(order)]
    listed = sorted(order)
    clues = [f"{a} finished right before {b}." for a, b in zip(order, order[1:])]
    rng.shuffle(clues)
    asked = rng.randrange(len(order))
    place = ["first", "second", "third", "fourth", "fifth"][asked]
    text = f"{count} runners: {', '.join(listed)}. {' '.join(clues)} Who finished {place}?"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == order[asked], (text, verdict.answer, verdict.reason)


def test_letters_after_a_word_for_no_people_are_no_cast():
    from agentlib.puzzles.english.counted_apposition import unfold_counted_apposition

    assert unfold_counted_apposition("Grades: A, B, C.") == ["Grades: A, B, C."]

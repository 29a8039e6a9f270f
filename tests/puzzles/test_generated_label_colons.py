"""A label before the colon that opens a puzzle ("Whiteboard:", "Office party seating:", "Our Sunday league:"), with
fresh labels, names and orders, checked by brute force: the puzzle is answered as it is without the label, where
the label had made its first sentence a claim of a speaker ("Whiteboard: all cats are black. ... Is Tom black?" was
"cannot be determined"). Labels that may be a speaker or a word of the puzzle stay."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.label_colons import without_label_colon

LABELS = ["Whiteboard", "Board", "Bell ringer", "Warm-up #3", "Icebreaker", "Our Sunday league", "Office party seating",
          "Do now", "Note"]
NAMES = ["Lumi", "Oskar", "Pilar", "Ravi", "Saoirse", "Teodor"]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(LABELS), st.permutations(NAMES), st.integers(3, 4), st.booleans(),
       st.randoms(use_true_random=False))
def test_a_labelled_height_chain_is_answered_as_without_its_label(label, names, size, lower, rng):
    people = names[:size]  # tallest first
    facts = [f"{a} is taller than {b}." if rng.random() < 0.5 else f"{b} is shorter than {a}."
             for a, b in zip(people, people[1:])]
    rng.shuffle(facts)
    a, b = rng.sample(people, 2)
    first = facts[0][0].lower() + facts[0][1:] if lower else facts[0]
    text = f"{label}: {first} {' '.join(facts[1:])} Is {a} taller than {b}?"
    truth = {order.index(a) < order.index(b) for order in permutations(people)
             if all(order.index(x) < order.index(y) for x, y in zip(people, people[1:]))}
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", "yes" if truth == {True} else "no"), text


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(["Whiteboard", "Bell ringer", "Note"]), st.sampled_from(NAMES))
def test_a_labelled_syllogism_follows(label, name):
    text = f"{label}: all owls are birds. {name} is an owl. Is {name} a bird?"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", "yes"), text


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(NAMES))
def test_a_label_that_may_be_a_speaker_or_a_word_of_the_puzzle_stays(name):
    for text in (f"{name}: Ann is taller than Bo.",  # a name: a speaker
                 f"Whiteboard: {name} is a knave. Is {name} a knight?",  # liars' puzzle: what is said is weighed
                 f"Final scores: {name} scored more than Bo.",  # "scores" is the puzzle's word
                 f"Ann says: {name} is tall.", f"All cats: {name}.", f"Detective {name} reasoned: Ann is tall."):
        assert without_label_colon(text) == text

"""Numbered clues typed on one line ("(1) ... (2) ...", "Clue 1: ... Clue 2: ...", "1. ... 2. ...") under a puzzle
book's label ("Puzzle 9 (heights).", "Page 12, puzzle 3.", "PUZZLE PAGE 7 - The Line Up" on its own line), in fresh
names, orders and wordings, checked by brute force over every order of the people; and the markers and labels that
are content stay ("Ann is 1. 2 ..." is no run of clues, a lower-case title may be a sentence)."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.book_labels import without_book_label
from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.inline_clues import clues_on_lines

NAMES = ["Kara", "Liv", "Moe", "Ned", "Oona", "Pim", "Quill", "Rafe", "Suri", "Tove"]
MARKERS = [lambda k: f"({k})", lambda k: f"{k}.", lambda k: f"Clue {k}:", lambda k: f"Fact {k}:"]
LABELS = [lambda n: f"Puzzle {n} (heights). ", lambda n: f"Page {n}, puzzle {n % 7 + 1}. ",
          lambda n: f"PUZZLE PAGE {n} - The Line Up\n", lambda n: f"Problem {n}: ", lambda n: ""]


def brute_tallest(people: list[str], facts: list[tuple[str, str]]) -> set[str]:
    """The people who are tallest in some strict order that keeps every (taller, shorter) fact."""
    tallest = set()
    for order in permutations(people):
        rank = {name: k for k, name in enumerate(order)}
        if all(rank[a] < rank[b] for a, b in facts):
            tallest.add(order[0])
    return tallest


@settings(max_examples=6, deadline=None)
@given(st.permutations(NAMES), st.integers(3, 4), st.integers(0, len(MARKERS) - 1),
       st.integers(0, len(LABELS) - 1), st.integers(2, 40), st.booleans(), st.randoms(use_true_random=False))
def test_inline_numbered_clues_under_a_book_label_read_as_the_clues_alone(names, size, marker, label, number,
                                                                          heading, rng):
    people = names[:size]
    chain = list(zip(people, people[1:]))
    rng.shuffle(chain)
    clauses = [f"{a} is taller than {b}." if rng.random() < 0.5 else f"{b} is shorter than {a}." for a, b in chain]
    clues = " ".join(f"{MARKERS[marker](k + 1)} {clause}" for k, clause in enumerate(clauses))
    text = f"{LABELS[label](number)}{'Clues: ' if heading else ''}{clues} Question: Who is the tallest?"
    expected = brute_tallest(people, chain)
    verdict = solve(text)
    assert len(expected) == 1
    assert (verdict.status, verdict.answer) == ("verified", expected.pop()), text


@settings(max_examples=20, deadline=None)
@given(st.permutations(NAMES), st.integers(1, 9))
def test_numbers_that_are_no_run_of_clues_stay(names, number):
    """ "Kara is 1. 2 ..." and a lone "(2)" are content, not a run of markers numbered 1, 2, ... in order."""
    a, b = names[:2]
    for text in (f"{a} is {number}. {number + 1}. {b} is {number + 2}.", f"{a} waved. (2) {b} waved.",
                 f"(2) {a} waved. (1) {b} waved."):
        assert clues_on_lines(text) == text


@settings(max_examples=20, deadline=None)
@given(st.permutations(NAMES), st.integers(1, 99))
def test_a_title_that_may_be_a_sentence_stays(names, number):
    """ "Puzzle 3 - Kara is taller than Liv": a lower-case title may state a clue, so the line is left to the
    grammar; a title in title case ("- The Line Up") and a topic in brackets are dropped with the label."""
    a, b = names[:2]
    stated = f"Puzzle {number} - {a} is taller than {b}\nWho is the tallest?"
    assert without_book_label(stated) == stated
    assert without_book_label(f"Puzzle {number} - The Line Up\n{a} waved.") == f"{a} waved."
    assert without_book_label(f"Puzzle {number} (heights). {a} waved.") == f"{a} waved."

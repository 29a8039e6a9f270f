"""One clue a line without punctuation ("Premises:\\nEveryone who studies passes\\nJo studies\\nDoes Jo pass?"): when
the text as typed is not understood, each unpunctuated line is ended as a sentence and read again
(`typed_layout.lines_as_sentences`). Property: the unpunctuated layout gets the verdict of the same puzzle typed with
full stops, over generated orderings and syllogism chains with fresh names, headings and indentation."""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

import agentlib
from agentlib.puzzles.english.typed_layout import lines_as_sentences

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
HEADINGS = ["", "Premises:\n", "Facts:\n", "Here's the puzzle\n\n", "Clues:\n"]


def _names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


def _ordering(rng: random.Random) -> tuple[list[str], str, str]:
    people = _names(rng, 3)
    facts = [(0, 1), (1, 2)] if rng.random() < 0.6 else [(0, 1), (0, 2)]
    lines = [f"{people[a]} is taller than {people[b]}" for a, b in facts]
    rng.shuffle(lines)
    orders = [p for p in itertools.permutations(range(3)) if all(p[a] > p[b] for a, b in facts)]
    shortest = {min(range(3), key=lambda k: p[k]) for p in orders}
    return lines, "Who is the shortest?", people[shortest.pop()] if len(shortest) == 1 else ""


def _chain(rng: random.Random) -> tuple[list[str], str, str]:
    name = _names(rng, 1)[0]
    kinds = rng.sample(["dog", "cat", "bird", "fish", "pet", "animal", "mammal"], 3)
    lines = [f"Every {kinds[0]} is a {kinds[1]}", f"Every {kinds[1]} is a {kinds[2]}", f"{name} is a {kinds[0]}"]
    rng.shuffle(lines)
    return lines, f"Is {name} a {kinds[2]}?", "yes"


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10**9), st.booleans())
def test_one_clue_a_line_reads_as_the_punctuated_puzzle(seed, chain):
    rng = random.Random(seed)
    lines, question, _ = (_chain if chain else _ordering)(rng)
    indent = rng.choice(["", "  ", "\t"])
    heading = rng.choice(HEADINGS)
    bare = heading + "\n".join(indent + line for line in lines) + "\n" + question
    punctuated = " ".join(line + "." for line in lines) + " " + question
    expected, got = agentlib.solve(punctuated), agentlib.solve(bare)
    assert expected.status == "verified" or not chain, (punctuated, expected.reason)  # an ordering may be open
    assert (got.status, got.answer) == (expected.status, expected.answer), (bare, got.reason, got.unparsed)


def test_lines_that_already_end_as_sentences_are_left_alone():
    assert lines_as_sentences("Ann is tall.\nIs Ann tall?") is None
    assert lines_as_sentences("one line only") is None
    assert lines_as_sentences("Clues:\n  Ann is tall\nis Ann tall") == "Clues:\n  Ann is tall.\nis Ann tall?"

""""Where is Tom?" over the places the statements say of him, checked against brute force.

Regression: "Where is ...?" was only a question about a row or an order, so "Tom is either in the kitchen or in the
garden. He isn't in the kitchen. Where is Tom?" abstained ("the puzzle has no row or order")."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Tomas", "Ylva", "Kemal"]
PLACES = ["in the kitchen", "in the garden", "at the office", "on the roof", "at the library"]


@st.composite
def texts(draw):
    person = draw(st.sampled_from(NAMES))
    places = draw(st.permutations(PLACES))[: draw(st.integers(2, 3))]
    options = " or ".join(places) if len(places) == 2 else ", ".join(places[:-1]) + " or " + places[-1]
    either = draw(st.sampled_from(["either ", ""]))
    sentences = [f"{person} is {either}{options}."]
    denied = draw(st.sets(st.sampled_from(places), max_size=len(places) - 1))
    for place in sorted(denied, key=places.index):
        pronoun = draw(st.sampled_from([person, "He"]))
        sentences.append(draw(st.sampled_from([f"{pronoun} is not {place}.", f"{pronoun} isn't {place}."])))
    return person, places, denied, " ".join(sentences) + f" Where is {person}?"


@given(texts())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_where_is_answers_the_one_forced_place(case):
    person, places, denied, text = case
    worlds = [w for w in itertools.product([False, True], repeat=len(places))
              if any(w) and not any(w[places.index(d)] for d in denied)]
    forced = [p for k, p in enumerate(places) if all(w[k] for w in worlds)]
    verdict = solve(text)
    if len(forced) == 1:
        assert verdict.status == "verified" and verdict.answer == forced[0], (text, verdict.reason)
    else:
        assert verdict.status == "abstained", text


@given(st.permutations(["happy", "busy", "hungry", "sleepy"]), st.integers(3, 4), st.booleans(), st.data())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_three_or_more_complements_in_a_comma_list(adjectives, size, oxford, data):
    # Regression: "Tomas is happy, busy or hungry" (a list of three or more after one copula) was not read.
    items = adjectives[:size]
    joiner = data.draw(st.sampled_from(["or", "and"]))
    listed = ", ".join(items[:-1]) + ("," if oxford else "") + f" {joiner} {items[-1]}"
    denied = data.draw(st.sets(st.sampled_from(items), max_size=size - 1))
    asked = data.draw(st.sampled_from(items))
    text = f"Tomas is {listed}. " + " ".join(f"He isn't {a}." for a in sorted(denied)) + f" Is Tomas {asked}?"
    worlds = [w for w in itertools.product([False, True], repeat=size)
              if (any(w) if joiner == "or" else all(w)) and not any(w[items.index(d)] for d in denied)]
    answers = {w[items.index(asked)] for w in worlds}
    verdict = solve(text)
    if not worlds:
        assert verdict.status == "abstained", text
        return
    expected = "cannot be determined" if len(answers) == 2 else "yes" if answers.pop() else "no"
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)

"""A stack of things ("The red box is on top of the blue one.", "under", "underneath", "beneath", "Three crates are
stacked."): "on top of" is read as "above" (`stack_tops.py`), and an answer stands only where "directly above"
would keep it. Generated over colours, things, stack heights, clue wordings and orders, and questions; checked
against brute force over every stacking, under both readings of "on top of"."""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

COLOURS = ["red", "blue", "green", "yellow", "white", "black", "orange"]
THINGS = [("box", "boxes"), ("crate", "crates"), ("book", "books"), ("tin", "tins")]
NUMBER = {3: "Three", 4: "Four"}


def _clue(upper: str, lower: str, thing: str, rnd: random.Random) -> tuple[str, bool]:
    """A sentence saying `upper` is higher than `lower`, and whether it says so with "on top of"."""
    wording = rnd.randrange(4)
    if wording == 0:
        return f"The {upper} {thing} is on top of the {lower} {thing}.", True
    verb = ["under", "underneath", "beneath"][wording - 1]
    return f"The {lower} {thing} is {verb} the {upper} {thing}.", False


def _answers(colours: list[str], clues: list[tuple[str, str, bool]], directly: bool, place: int | str):
    """The asked colour (or yes/no) in every stacking (top first) that keeps the clues; "on top of" read as right
    on when `directly`."""
    found = set()
    for stack in itertools.permutations(colours):
        at = {colour: k for k, colour in enumerate(stack)}
        if all(at[up] + 1 == at[low] if directly and on_top else at[up] < at[low] for up, low, on_top in clues):
            found.add(stack[place] if isinstance(place, int) else at[place] == len(stack) - 1)
    return found


@given(st.integers(3, 4), st.randoms(use_true_random=False), st.sampled_from(THINGS), st.booleans(),
       st.sampled_from(["top", "bottom", "middle", "is-bottom"]))
@settings(max_examples=40, deadline=None, derandomize=True)
def test_a_stack_said_with_on_top_of_agrees_with_both_readings(height, rnd, thing, counted, asked):
    colours = rnd.sample(COLOURS, height)
    stack = colours[:]  # top first
    rnd.shuffle(stack)
    pairs = list(zip(stack, stack[1:]))
    if rnd.random() < 0.4:  # a clue two levels apart, or one left out: the stack may be open
        pairs[rnd.randrange(len(pairs))] = (stack[0], stack[-1])
    clues = []
    sentences = []
    for upper, lower in pairs:
        sentence, on_top = _clue(upper, lower, thing[0], rnd)
        clues.append((upper, lower, on_top))
        sentences.append(sentence)
    rnd.shuffle(sentences)
    if counted:
        sentences.insert(0, f"{NUMBER[height]} {thing[1]} are stacked.")
    if asked == "middle" and height % 2 == 0:
        asked = "top"
    place: int | str
    if asked == "is-bottom":
        place = rnd.choice(colours)
        question = f"Is the {place} {thing[0]} at the bottom?"
    else:
        place = {"top": 0, "bottom": -1, "middle": height // 2}[asked]
        question = f"Which {thing[0]} is {'on top' if asked == 'top' else 'at the ' + asked}?"
    text = " ".join(sentences) + " " + question
    above, right_on = _answers(colours, clues, False, place), _answers(colours, clues, True, place)
    verdict = solve(text)
    said_on_top = any(on for _, _, on in clues)
    if len(above) == 1:  # then "directly" (a stacking more, or none) agrees wherever it leaves one
        value = next(iter(above))
        expected = f"the {value} {thing[0]}" if isinstance(value, str) else ("yes" if value else "no")
        assert verdict.verified and verdict.answer == expected, (text, verdict.answer, expected)
        assert not right_on or right_on == above, (text, above, right_on)
    else:  # open read as "above"; "cannot be determined" is honest only where no clue says "on top of"
        assert not verdict.verified or (not said_on_top and verdict.answer == "cannot be determined"), (
            text, verdict.answer, above, right_on)

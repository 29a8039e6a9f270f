"""Generated chains of comparisons typed all in lower case ("jack is taller than kim, kim is taller than lee. is
jack taller than lee?"), checked by brute force over every order of the people: names typed in lower case read as
the same names with capitals, and a text with any capital is left as typed.
"""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.chat_case import cased_chat
from agentlib.puzzles.english.family import solve

NAMES = ["jack", "kim", "lee", "max", "ned", "olly", "sue", "tara", "ron", "pia", "vic", "wendy"]
SCALES = [("taller", "shorter", "tallest", "shortest"), ("older", "younger", "oldest", "youngest"),
          ("faster", "slower", "fastest", "slowest")]
JOINS = [". ", ", and ", " and ", "; "]


def brute_force(facts: list[tuple[str, str]], people: list[str], holds) -> str:
    """What every order of `people` consistent with `facts` (a above b) says of `holds(order)`."""
    seen = set()
    for order in permutations(people):
        if all(order.index(a) < order.index(b) for a, b in facts):
            seen.add(holds(order))
    return "cannot be determined" if len(seen) == 2 else ("yes" if seen.pop() else "no")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=3, max_size=3, unique=True), st.sampled_from(SCALES),
       st.sampled_from(JOINS), st.integers(0, 2), st.integers(0, 2), st.booleans(), st.booleans())
def test_lower_case_comparisons_answer_as_brute_force(people, scale, join, i, j, reverse_fact, question_first):
    up, down, _, _ = scale
    a, b, c = people
    facts = [(a, b), (b, c)]
    said = [f"{x} is {up} than {y}" if not reverse_fact else f"{y} is {down} than {x}" for x, y in facts]
    x, y = people[i], people[j] if j != i else people[(i + 1) % 3]
    question = f"is {x} {up} than {y}?"
    text = f"{question} {join.join(said)}" if question_first else f"{join.join(said)}. {question}"
    verdict = solve(text)
    expected = brute_force(facts, people, lambda order: order.index(x) < order.index(y))
    assert (verdict.status, verdict.answer) == ("verified", expected), text


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=3, max_size=3, unique=True), st.sampled_from(SCALES),
       st.booleans())
def test_lower_case_extremes_name_the_brute_force_one(people, scale, top):
    up, _, most, least = scale
    a, b, c = people
    text = f"{a} is {up} than {b}. {b} is {up} than {c}. who is the {most if top else least}?"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", (a if top else c).capitalize()), text


def test_a_text_with_a_capital_or_common_nouns_keeps_its_case():
    assert cased_chat("Jack is taller than kim.") == "Jack is taller than kim."
    assert cased_chat("a whale is a mammal and mammals breathe air.") == "a whale is a mammal and mammals breathe air."
    assert cased_chat("the box is heavier than the bag. is the box heavier?") == \
        "the box is heavier than the bag. is the box heavier?"

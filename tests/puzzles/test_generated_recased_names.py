"""Generated comparisons whose names are capitalized once and then typed in lower case ("Uma, Val and Wes ... uma
isnt taller than wes"), and "whos" typed for "who's", checked by brute force over every order of the people: a
lower-case repeat of a name the text capitalizes reads as that name, where it stands as a name."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.chat_case import cased_chat
from agentlib.puzzles.english.family import solve

NAMES = ["Uma", "Val", "Wes", "Tia", "Roz", "Kip", "Nell", "Odo", "Pim", "Suki", "Yara", "Zed"]
SCALES = [("taller", "shorter", "tallest", "shortest"), ("older", "younger", "oldest", "youngest"),
          ("heavier", "lighter", "heaviest", "lightest")]


def orders(people: list[str], facts: list[tuple[str, str]]) -> list[tuple[str, ...]]:
    """Every order of `people` (first = most) in which each fact's first comes before its second."""
    return [order for order in permutations(people) if all(order.index(a) < order.index(b) for a, b in facts)]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=3, max_size=3, unique=True), st.sampled_from(SCALES),
       st.lists(st.booleans(), min_size=4, max_size=4), st.booleans(), st.sampled_from(["whos", "who is", "Whos"]),
       st.booleans())
def test_lower_case_repeats_of_capitalized_names_read_as_those_names(people, scale, lowered, reverse, who, top):
    up, down, most, least = scale
    a, b, c = people
    typed = [name.lower() if low else name for name, low in zip([a, b, b, c], lowered)]
    first = f"{typed[0]} is {up} than {typed[1]}" if not reverse else f"{typed[1]} is {down} than {typed[0]}"
    second = f"{typed[2]} isnt {down} than {typed[3]}" if reverse else f"{typed[2]} is {up} than {typed[3]}"
    text = f"{', '.join(sorted(people)[:2])} and {sorted(people)[2]} are friends. {first}. {second}. " \
           f"{who} the {most if top else least}"
    found = {order[0] if top else order[-1] for order in orders(people, [(a, b), (b, c)])}
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", found.pop()), text


def test_only_a_name_the_text_capitalizes_is_recased_and_only_where_a_name_stands():
    assert cased_chat("Ann and Will came. Will is tall. we will go.") == "Ann and Will came. Will is tall. we will go."
    assert cased_chat("Rose is taller than Ann. Ann has a rose.") == "Rose is taller than Ann. Ann has a rose."
    assert cased_chat("Jack is taller than kim.") == "Jack is taller than kim."  # "Jack" opens a sentence: no proof
    assert cased_chat("Tweety is a bird. can tweety fly?") == "Tweety is a bird. can Tweety fly?"
    assert cased_chat("Ann, Bo and Cy sit in a row. bo is left of cy.") == "Ann, Bo and Cy sit in a row. Bo is left of Cy."

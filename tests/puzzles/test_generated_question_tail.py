"""Generated facts and their question typed as one sentence ("I'm older than Bo, Bo is older than Cy, am I older
than Cy?"), checked by brute force over every order of the people; a conditional or a choice before the comma
("If it rains, do we walk?", "Between Ann and Bob, who is taller?") stays one sentence.
"""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.question_tail import split_question_tail

NAMES = ["Bo", "Cy", "Dara", "Efe", "Gus", "Hana"]
SCALES = [("older", "younger"), ("taller", "shorter"), ("faster", "slower")]


def brute_force(facts: list[tuple[str, str]], people: list[str], x: str, y: str) -> str:
    seen = {order.index(x) < order.index(y) for order in permutations(people)
            if all(order.index(a) < order.index(b) for a, b in facts)}
    return "cannot be determined" if len(seen) == 2 else ("yes" if seen.pop() else "no")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=3, max_size=3, unique=True), st.sampled_from(SCALES),
       st.booleans(), st.integers(0, 2), st.integers(1, 2), st.sampled_from([", ", "; "]))
def test_a_question_after_a_comma_answers_as_brute_force(people, scale, first_person, i, step, joint):
    up, _ = scale
    if first_person:
        people = ["I", *people[1:]]
    a, b, c = people
    said = [f"{'I am' if a == 'I' else a + ' is'} {up} than {b}", f"{b} is {up} than {c}"]
    x, y = people[i], people[(i + step) % 3]
    copula = "am" if x == "I" else "is"
    y_word = "me" if y == "I" else y
    text = f"{joint.join(said)}, {copula} {x} {up} than {y_word}?"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", brute_force([(a, b), (b, c)], people, x, y)), text


def test_a_condition_or_a_choice_before_the_comma_stays_one_sentence():
    for text in ("If it rains, do we walk?", "Between Ann and Bob, who is taller?", "Ann is tall, isn't she?",
                 "So if Ann is older than Bo, who is the youngest?"):
        assert split_question_tail(text) == text
    assert split_question_tail("Ann is tall, Bo is short, who is taller?") == "Ann is tall, Bo is short. Who is taller?"

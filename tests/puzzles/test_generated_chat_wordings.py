"""Generated chat wordings checked by brute force: lower-case names after a verb of saying or inside what is said
("ed says 'fi is a knave'", "... or quinn is a knight"), joined to a name by "and" / "or" / "nor" ("neither ana nor
ben came"), a chat interjection opening a sentence ("ok so", "wait,", "hmm", "well,"), and "Is true that ...?" with
its "it" left out.
"""

from __future__ import annotations

from itertools import permutations, product

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["uli", "ove", "abe", "ida", "nell", "oskar", "pim", "rolf", "tova", "wren"]
# what one speaker says about the other, lower case, and its truth given (speaker, other) are knights
CLAIMS = [("{o} is a knave", lambda s, o: not o), ("{o} is a knight", lambda s, o: o),
          ("i am a knave or {o} is a knight", lambda s, o: not s or o),
          ("{o} and i are both knaves", lambda s, o: not s and not o)]
VERBS = ["says", "said"]
OPENERS = ["ok so ", "wait, ", "hmm ", "well, ", "oh ", "okay "]


def _worlds(first: int, second: int) -> list[tuple[bool, bool]]:
    return [(x, y) for x, y in product([True, False], repeat=2)
            if CLAIMS[first][1](x, y) == x and CLAIMS[second][1](y, x) == y]


# the pairs of claims with one solution, drawn directly: filtering with `assume` rejected most draws, and Hypothesis
# stopped the test as too slow to generate ("FailedHealthCheck") now and then on a loaded machine
SOLVED_PAIRS = [(f, g) for f in range(len(CLAIMS)) for g in range(len(CLAIMS)) if len(_worlds(f, g)) == 1]


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True), st.sampled_from(SOLVED_PAIRS),
       st.sampled_from(VERBS))
def test_lower_case_speakers_and_names_inside_speech_answer_as_brute_force(people, pair, verb):
    a, b = people
    first, second = pair
    worlds = _worlds(first, second)
    text = (f"knights always tell the truth and knaves always lie. {a} {verb} '{CLAIMS[first][0].format(o=b)}'. "
            f"{b} {verb} '{CLAIMS[second][0].format(o=a)}'. what are {a} and {b}?")
    kind = {True: "knight", False: "knave"}
    expected = {a.capitalize(): kind[worlds[0][0]], b.capitalize(): kind[worlds[0][1]]}
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), text


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True), st.sampled_from(["neither", "or"]),
       st.booleans(), st.sampled_from(OPENERS))
def test_names_joined_to_a_name_read_as_names(people, join, ask_first, opener):
    a, b = people
    asked = a if ask_first else b
    if join == "neither":
        text = f"{opener}neither {a} nor {b} came to the party. did {asked} come"
        expected = "no"
    else:  # "a or b came; a did not come": b came
        text = f"{opener}{a} or {b} came to the party. {a} did not come. did {asked} come"
        expected = "no" if ask_first else "yes"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), text


def brute_force(facts: list[tuple[str, str]], people: list[str], x: str, y: str) -> str:
    seen = {order.index(x) < order.index(y) for order in permutations(people)
            if all(order.index(a) < order.index(b) for a, b in facts)}
    return "cannot be determined" if len(seen) == 2 else ("yes" if seen.pop() else "no")


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=3, max_size=3, unique=True), st.integers(0, 2), st.integers(1, 2),
       st.sampled_from(OPENERS), st.booleans())
def test_openers_and_is_true_that_answer_as_brute_force(people, i, step, opener, true_that):
    names = [name.capitalize() for name in people]
    facts = [(names[0], names[1]), (names[1], names[2])]
    x, y = names[i], names[(i + step) % 3]
    question = f"Is true that {x} is older than {y}?" if true_that else f"Is {x} older than {y}?"
    text = f"{opener}{facts[0][0]} is older than {facts[0][1]}. {facts[1][0]} is older than {facts[1][1]}. {question}"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", brute_force(facts, names, x, y)), text

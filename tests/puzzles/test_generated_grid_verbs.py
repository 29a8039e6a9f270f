"""A one-attribute grid told with another verb than its declaration's ("ordered pizza, pasta and salad, one each"
... "Amy didn't get pizza" ... "What did Beth get?"): verbs of getting, choosing and having say which item a person
has. Both the clue ("'get' is not a relation the grid reads") and the question abstained before. Fresh names,
items, verbs and clue sets; answers by brute force over the assignments."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve

NAMES = ["Amara", "Bjorn", "Chidi", "Dagny"]
ITEMS = [["pizza", "pasta", "salad"], ["tea", "coffee", "juice"], ["a kite", "a ball", "a book"]]
DECLARED = ["ordered", "chose", "picked"]
CLUE_VERBS = [("got", "didn't get"), ("chose", "didn't choose"), ("took", "did not take"), ("picked", "didn't pick")]
ASKED = ["What did {x} get?", "What did {x} choose?", "What did {x} take?"]


def _bare(item: str) -> str:
    return item.split(" ", 1)[1] if item.startswith("a ") else item


@st.composite
def grids(draw):
    people = draw(st.permutations(NAMES).map(lambda p: list(p[:3])))
    items = draw(st.sampled_from(ITEMS))
    truth = dict(zip(people, draw(st.permutations(items))))
    clues = []
    for person in people[:2]:
        positive, negative = draw(st.sampled_from(CLUE_VERBS))
        if draw(st.booleans()):
            clues.append(f"{person} {positive} {truth[person]}.")
        else:
            other = draw(st.sampled_from([i for i in items if i != truth[person]]))
            clues.append(f"{person} {negative} {other}.")
    asked = draw(st.sampled_from(people))
    declaration = f"Three friends, {people[0]}, {people[1]} and {people[2]}, {draw(st.sampled_from(DECLARED))} " \
                  f"{', '.join(items[:-1])} and {items[-1]}, one each."
    return declaration, clues, asked, draw(st.sampled_from(ASKED)).format(x=asked), people, items


def _possible(clues, people, items, asked):
    answers = set()
    for assignment in itertools.permutations(items):
        owner = dict(zip(people, assignment))
        ok = True
        for clue in clues:
            person = clue.split()[0]
            item = next(i for i in items if clue.rstrip(".").endswith(i))
            has = owner[person] == item
            ok &= (not has) if ("n't" in clue or " not " in clue) else has
        if ok:
            answers.add(owner[asked])
    return answers


@given(grids())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_verbs_of_getting_and_choosing_in_a_one_attribute_grid(grid):
    declaration, clues, asked, question, people, items = grid
    verdict = solve(" ".join([declaration, *clues, question]))
    possible = _possible(clues, people, items, asked)
    if verdict.status == "verified":
        assert len(possible) == 1 and _bare(verdict.answer) == _bare(possible.pop()), (clues, question)
    else:
        assert len(possible) > 1, (declaration, clues, question, verdict.reason)

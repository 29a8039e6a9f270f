"""Grids declared by a plain list ("Amy, Bill and Cora ordered tea, coffee and juice, one each", "... each own one
of a cat, a dog and a fish"), checked against brute force over every assignment.

Regressions: "..., one each" at the end was not a declaration (the lists read as categories of sizes 2 and 3), and
"one of a cat, ..." kept "of a" on its first value, so "the cat" matched nothing and an answer could read "of tea";
a list after a colon with commas only ("one pet: a cat, a dog, a fish") declared nothing.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

PEOPLE = ["Amara", "Bodhi", "Ciaran"]
KINDS = [("ordered", "order", "did not order", ["tea", "coffee", "juice"], "", "drink"),
         ("own", "own", "doesn't own", ["cat", "dog", "fish"], "a ", "pet"),
         ("chose", "choose", "didn't choose", ["chess", "golf", "tennis"], "", "game")]


@st.composite
def grids(draw):
    past, base, negated, values, article, noun = draw(st.sampled_from(KINDS))
    people = draw(st.permutations(PEOPLE))
    items = draw(st.permutations(values))
    listed = ", ".join(f"{article}{v}" for v in items[:-1]) + f" and {article}{items[-1]}"
    names = f"{people[0]}, {people[1]} and {people[2]}"
    commas = ", ".join(f"{article}{v}" for v in items)  # "a cat, a dog, a fish": no "and"
    declaration = draw(st.sampled_from([f"{names} {past} {listed}, one each.",
                                        f"{names} each {past} one of {listed}.",
                                        f"Three friends, {names}, each {past} one {noun}: {commas}."]))
    truth = dict(zip(people, draw(st.permutations(values))))
    the = "the " if article else ""
    clues, tests = [], []
    for person in draw(st.permutations(people))[:2]:
        if draw(st.booleans()):
            clues.append(f"{person} {past} {the}{truth[person]}.")
            tests.append(lambda a, p=person, v=truth[person]: a[p] == v)
        else:
            other = draw(st.sampled_from([v for v in values if v != truth[person]]))
            clues.append(f"{person} {negated} {the}{other}.")
            tests.append(lambda a, p=person, v=other: a[p] != v)
    asked = draw(st.sampled_from(people))
    verb = "does" if past == "own" else "did"
    question = f"What {verb} {asked} {base}?"
    return declaration, clues, tests, people, values, asked, question


@given(grids())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_list_declared_grids_agree_with_brute_force(case):
    declaration, clues, tests, people, values, asked, question = case
    answers = {a[asked] for a in (dict(zip(people, p)) for p in itertools.permutations(values))
               if all(t(a) for t in tests)}
    text = " ".join([declaration, *clues, question])
    verdict = solve(text)
    if len(answers) == 1:
        assert verdict.status == "verified" and verdict.answer == answers.pop(), (text, verdict.reason,
                                                                                  verdict.unparsed)
    else:
        assert verdict.status == "abstained", (text, verdict.answer)

"""Generated family trees stated by possessives ("Ann is Bo's mother", "Cy is Ann's son"), checked against the tree.

The tree the sentences were made from is one world where every sentence holds, so any verified answer must be true
in it (a verified "who" must name the tree's answer; a verified "no" must be false in the tree); and what the tree
makes a grandparent through named people must be answered "yes". Fresh names, shuffled sentences, every kinship
word of the vocabulary in both directions.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
PARENT_WORDS = {True: "father", False: "mother", None: "parent"}
CHILD_WORDS = {True: "son", False: "daughter", None: "child"}
GRAND_WORDS = {True: "grandfather", False: "grandmother", None: "grandparent"}


def fresh_names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


@st.composite
def family_trees(draw):
    rng = random.Random(draw(st.integers(0, 10**9)))
    n = draw(st.integers(3, 6))
    names = fresh_names(rng, n)
    male = {x: rng.random() < 0.5 for x in names}
    parents: dict[str, list[str]] = {x: [] for x in names}
    generation = {names[0]: 0}
    for child in names[1:]:  # each later person is a child of someone earlier (at most one father, one mother)
        options = [p for p in generation if all(male[q] != male[p] for q in parents[child])]
        parent = rng.choice(options)
        parents[child].append(parent)
        generation[child] = generation[parent] + 1
    sentences = []
    for child, ps in parents.items():
        for parent in ps:
            said = rng.choice([male[parent], None])
            if rng.random() < 0.5:
                sentences.append(f"{parent} is {child}'s {PARENT_WORDS[said]}.")
            else:
                said = rng.choice([male[child], None])
                sentences.append(f"{child} is {parent}'s {CHILD_WORDS[said]}.")
    rng.shuffle(sentences)
    grand = {(p, c) for c in names for q in parents[c] for p in parents[q]}
    a, b = rng.sample(names, 2)
    sex = rng.choice([male[a], None, not male[a]])
    return sentences, names, male, grand, a, b, sex


@settings(max_examples=30, deadline=None)
@given(family_trees())
def test_generated_family_trees_answer_only_what_the_tree_makes_true(case):
    sentences, names, male, grand, a, b, sex = case
    word = GRAND_WORDS[sex]
    true_in_tree = (a, b) in grand and (sex is None or male[a] == sex)
    verdict = solve(" ".join(sentences) + f" Is {a} {b}'s {word}?")
    if verdict.status == "verified":
        assert verdict.answer in ("yes", "no", "cannot be determined"), verdict.answer
        if verdict.answer == "yes":
            assert true_in_tree, (sentences, a, b, word)
        if verdict.answer == "no":
            assert not true_in_tree, (sentences, a, b, word)
    if (a, b) in grand and sex is None:  # a grandparent through named people: forced
        assert verdict.status == "verified" and verdict.answer == "yes", (sentences, a, b, verdict.reason)
    who = solve(" ".join(sentences) + f" Who is {b}'s {word}?")
    if who.status == "verified":
        fitting = sorted(p for p, c in grand if c == b and (sex is None or male[p] == sex))
        assert who.answer == (fitting[0] if len(fitting) == 1 else fitting), (sentences, b, word, who.answer)

""""What is X to Y?" over generated family trees: the answer must be the kinship word the tree gives the pair.

Each tree is stated with possessives in random order and wording ("Ann is Bo's mother", "Bo is Ann's son"); the
question form varies ("What is X to Y?", "How is X related to Y?", "X is Y's what?"). The tree is one world where
every sentence holds, so a verified answer must be true in it; and where the pair's relation follows through named
people (a parent's parent, a parent's sister) with the sex stated, it must be answered with that word."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
ASK = ["What is {a} to {b}?", "How is {a} related to {b}?", "{a} is {b}'s what?", "What relation is {a} to {b}?"]


def _names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


def _parent_sentence(rng: random.Random, parent: str, child: str, male: dict[str, bool]) -> tuple[str, str]:
    """The sentence, and the person whose sex it states."""
    if rng.random() < 0.5:
        return f"{parent} is {child}'s {'father' if male[parent] else 'mother'}.", parent
    return f"{child} is {parent}'s {'son' if male[child] else 'daughter'}.", child


@settings(max_examples=12, deadline=None)
@given(st.integers(0, 10**9), st.sampled_from(["grand", "aunt", "grandchild"]))
def test_a_composed_relation_is_named(seed, shape):
    rng = random.Random(seed)
    a, b, c, d = _names(rng, 4)
    male = {x: rng.random() < 0.5 for x in (a, b, c, d)}
    if shape in ("grand", "grandchild"):  # a -> b -> c
        (first, sexed_first), (second, sexed_second) = _parent_sentence(rng, a, b, male), _parent_sentence(rng, b, c,
                                                                                                          male)
        sentences = [first, second]
        person, other = (a, c) if shape == "grand" else (c, a)
        stated = person in (sexed_first, sexed_second)
        words = {"grand": ("grandfather", "grandmother", "grandparent"),
                 "grandchild": ("grandson", "granddaughter", "grandchild")}[shape]
        word = words[2] if not stated else words[0] if male[person] else words[1]
    else:  # a is b's sibling, b -> c
        sentences = [f"{a} is {b}'s {'brother' if male[a] else 'sister'}.", _parent_sentence(rng, b, c, male)[0]]
        person, other, word = a, c, "uncle" if male[a] else "aunt"
    rng.shuffle(sentences)
    question = rng.choice(ASK).format(a=person, b=other)
    verdict = solve(" ".join(sentences) + " " + question)
    assert verdict.status == "verified", (sentences, question, verdict.reason)
    assert verdict.answer == word, (sentences, question)


@settings(max_examples=8, deadline=None)
@given(st.integers(0, 10**9))
def test_a_pair_linked_only_through_someone_unnamed_abstains(seed):
    rng = random.Random(seed)
    a, b, c = _names(rng, 3)
    text = f"{a} is {b}'s father. {c} is {b}'s brother. What is {a} to {c}?"
    verdict = solve(text)
    assert verdict.status == "abstained"  # c may be a half brother through another father


def test_a_relation_question_about_people_with_no_family_statement_abstains():
    verdict = solve("Ann is taller than Bob. What is Ann to Bob?")
    assert verdict.status == "abstained"

"""A kinship word that only introduces a name ("I'm older than my cousin Raj.", "Raj is my cousin.") no longer
stops an order puzzle: the phrase is dropped as a weaker reading, so an answer the order entails stands and
nothing else does. Fresh names, kinship words, comparisons and questions, keyed by brute force over every order
of the people (the speaker "I" among them); before, "Raj is my cousin." was not understood."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Raj", "Ines", "Tobi", "Mirela", "Kwame", "Lise"]
KIN = ["cousin", "neighbour", "friend", "uncle", "aunt", "classmate"]
SCALES = [("older", "younger"), ("taller", "shorter")]


@pytest.mark.parametrize("seed", range(24))
def test_a_name_introduced_by_kin_keeps_the_order_readable(seed):
    rng = random.Random(seed)
    names = rng.sample(NAMES, 2)
    up, down = rng.choice(SCALES)
    people = ["I", *names]
    order = people[:]
    rng.shuffle(order)  # order[0] is the most
    pairs = [(order[0], order[1]), (order[1], order[2])]
    kin = rng.choice(KIN)
    introduced = rng.choice(names)
    sentences = []
    said = seed % 2 == 1  # odd seeds: the kinship said as a sentence of its own ("Raj is my cousin.")
    for high, low in pairs:
        def call(who: str, subject: bool) -> str:
            nonlocal said
            if who == "I":
                return "I" if subject else "me"
            if who == introduced and not said and rng.random() < 0.7:
                said = True
                return f"my {kin} {who}"
            return who
        if rng.random() < 0.5:
            high_word, low_word = call(high, True), call(low, False)
            verb = "am" if high_word == "I" else "is"
            sentences.append(f"{high_word[0].upper()}{high_word[1:]} {verb} {up} than {low_word}.")
        else:
            low_word, high_word = call(low, True), call(high, False)
            verb = "am" if low_word == "I" else "is"
            sentences.append(f"{low_word[0].upper()}{low_word[1:]} {verb} {down} than {high_word}.")
    if seed % 2 == 1 or not said:
        sentences.insert(rng.randint(0, len(sentences)), f"{introduced} is my {kin}.")
    a, b = rng.sample(names, 2)
    rank = {who: order.index(who) for who in people}
    expected = "yes" if rank[a] < rank[b] else "no"
    text = " ".join([*sentences, f"Is {a} {up} than {b}?"])
    verdict = solve(text).to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", expected), text


def test_a_kin_word_that_also_names_someone_alone_is_not_dropped():
    """"My cousin" alone is a person too: dropping "my cousin Raj" could lose who that is, so nothing is verified
    from the weaker reading."""
    verdict = solve("My cousin is older than me. I'm older than my cousin Raj. Is Raj older than me?").to_dict()
    assert verdict["answer"] != "no"

"""The family-counting riddle read as everyone reads it: "Sally has three brothers. Each brother has two sisters. How
many sisters does Sally have?" (1: Sally is a girl). A name borne overwhelmingly by one sex is read so only where
nothing else settles the count, and the answer says it; a name given to both sexes leaves the count open. Fresh
families (boys and girls), names and questions, keyed by brute force over the family's size; before, every such
riddle abstained ("each sister" without "her" was not read, and no name said a sex)."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.given_names import BOYS, GIRLS

WORDS = {0: "no", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
BOTH = ["Sam", "Alex", "Jordan", "Taylor", "Robin"]


def _answers(statements, question, child_is_girl_options):
    """Every answer to `question` over families of up to 12 children that fit `statements` for the child's sex."""
    found = set()
    for is_girl in child_is_girl_options:
        for boys in range(13):
            for girls in range(13):
                if (girls if is_girl else boys) < 1:
                    continue
                if all(s(boys, girls, is_girl) for s in statements):
                    found.add(question(boys, girls, is_girl))
    return found


@pytest.mark.parametrize("seed", range(24))
def test_a_named_child_of_the_usual_sex(seed):
    rng = random.Random(seed)
    is_girl = rng.random() < 0.5
    name = rng.choice(sorted(GIRLS if is_girl else BOYS)).capitalize()
    boys, girls = rng.randint(1, 4), rng.randint(1, 4)
    own_sisters, own_brothers = girls - (1 if is_girl else 0), boys - (1 if not is_girl else 0)
    kind = rng.choice(["sisters", "brothers"])
    said_number = own_sisters if kind == "sisters" else own_brothers
    if said_number == 0:
        kind, said_number = ("brothers", own_brothers) if kind == "sisters" else ("sisters", own_sisters)
    if said_number == 0:
        pytest.skip("a one-child family")
    other = "brothers" if kind == "sisters" else "sisters"
    each_has = boys if kind == "sisters" else girls  # a sister's brothers: all the boys (a brother's: the girls)
    noun = kind[:-1]
    first = f"{name} has {WORDS[said_number]} {kind if said_number != 1 else noun}."
    second = f"Each {noun} has {WORDS[each_has]} {other if each_has != 1 else other[:-1]}."

    def stated(b, g, girl):
        mine_s, mine_b = g - (1 if girl else 0), b - (0 if girl else 1)
        return (mine_s if kind == "sisters" else mine_b) == said_number and \
            (b if kind == "sisters" else g) == each_has

    question, ask = rng.choice([
        ("How many children are in the family?", lambda b, g, girl: b + g),
        (f"How many sisters does {name} have?", lambda b, g, girl: g - (1 if girl else 0)),
        (f"How many brothers does {name} have?", lambda b, g, girl: b - (0 if girl else 1)),
        ("How many girls are in the family?", lambda b, g, girl: g),
    ])
    text = f"{first} {second} {question}"
    expected = _answers([stated], ask, [is_girl])
    assert len(expected) == 1
    verdict = solve(text).to_dict()
    assert (verdict["status"], verdict["answer"]) == ("verified", expected.pop()), text
    if len(_answers([stated], ask, [True, False])) > 1:
        assert "as the name usually is" in verdict["reason"]


@pytest.mark.parametrize("name", BOTH)
def test_a_name_given_to_both_leaves_the_count_open(name):
    verdict = solve(f"{name} has three brothers. Each brother has two sisters. How many children are in the family?")
    assert verdict.to_dict()["status"] != "verified"


KIN_SHAPES = [  # (statements with {x} the person asked about, {y} the link, {z} the other; the word for a man, a woman)
    ("{x} and {y} are siblings. {y} is {z}'s mother.", "uncle", "aunt"),
    ("{x} is {y}'s parent. {y} is {z}'s parent.", "grandfather", "grandmother"),
    ("{x} is {y}'s sibling. {z} is {y}'s child.", "uncle", "aunt"),
]


@pytest.mark.parametrize("seed", range(18))
def test_a_kinship_word_chosen_by_the_name(seed):
    """ "Ed and Flo are siblings. Flo is Gil's mother. What is Ed to Gil?" -> "uncle" (reading Ed as a man); a name
    given to both, or a text that speaks of sex in other words, keeps the neutral word."""
    rng = random.Random(seed)
    shape, man_word, woman_word = rng.choice(KIN_SHAPES)
    kind = rng.choice(["boy", "girl", "both"])
    x = rng.choice(sorted(BOYS) if kind == "boy" else sorted(GIRLS) if kind == "girl" else BOTH).capitalize()
    y, z = rng.sample([n for n in ["Flo", "Gil", "Hana", "Ivo", "Juno"] if n != x], 2)
    text = shape.format(x=x, y=y, z=z) + f" What is {x} to {z}?"
    verdict = solve(text).to_dict()
    assert verdict["status"] == "verified", text
    if kind == "both":
        assert verdict["answer"] not in (man_word, woman_word), text
    else:
        assert verdict["answer"] == (man_word if kind == "boy" else woman_word), text
        contradicted = solve(shape.format(x=x, y=y, z=z) + f" {x} is a {'woman' if kind == 'boy' else 'man'}. "
                             f"What is {x} to {z}?").to_dict()
        assert contradicted["answer"] != (man_word if kind == "boy" else woman_word), text

"""Reasons given after what they support: "Ravi misses the train, for he leaves late, and anyone who leaves late
misses the train." (the conjunction "for") and a question answered yes with its reasons ("Is Kim happy? She must be,
since ..."). Both found no conclusion. Fresh names, predicates and forms, keyed by what the rule gives: modus ponens
is valid, the converse (affirming the consequent) is not; "for" before anything but a subject stays a preposition.
"""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.argument import _analyze

PEOPLE = [("Ravi", "he"), ("Kim", "she"), ("Omar", "he"), ("Lena", "she"), ("Tess", "she"), ("Yusuf", "he")]
RULES = [("leaves late", "misses the train", "leave late", "miss the train"),
         ("wins the race", "is happy", "win the race", "be happy"),
         ("studies hard", "passes the exam", "study hard", "pass the exam"),
         ("trains daily", "is fit", "train daily", "be fit")]


def _draw(seed: int):
    rng = random.Random(seed)
    return rng.choice(PEOPLE), rng.choice(RULES), rng.random() < 0.5


@pytest.mark.parametrize("seed", range(8))
def test_for_gives_the_reasons_after_the_conclusion(seed):
    (name, pronoun), (cause, effect, _, _), ponens = _draw(seed)
    if ponens:  # the effect concluded from the cause: valid
        text = f"{name} {effect}, for {pronoun} {cause}, and anyone who {cause} {effect}."
    else:  # the cause concluded from the effect: affirming the consequent
        text = f"{name} {cause}, for {pronoun} {effect}, and anyone who {cause} {effect}."
    analysis = _analyze(text)
    assert (analysis.status, analysis.answer) == ("verified", "valid" if ponens else "invalid"), text


@pytest.mark.parametrize("seed", range(8))
def test_a_question_answered_yes_with_its_reasons_is_the_conclusion(seed):
    (name, pronoun), (cause, effect, cause_plain, effect_plain), ponens = _draw(seed)
    asked = f"Does {name} {effect_plain}?" if not effect_plain.startswith("be ") else \
        f"Is {name} {effect_plain[3:]}?"
    answer = random.Random(seed).choice([f"{pronoun.capitalize()} must", "Yes", f"{pronoun.capitalize()} does"])
    given = cause if ponens else f"does not {cause_plain}"
    text = f"{asked} {answer}, because everyone who {cause} {effect}, and {name} {given}."
    analysis = _analyze(text)
    assert (analysis.status, analysis.answer) == ("verified", "valid" if ponens else "invalid"), text


def test_for_before_a_noun_phrase_is_a_preposition():
    assert _analyze("Ann bought flowers, for her mother.").status == "abstained"

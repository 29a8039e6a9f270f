"""Regression: "We either raise prices or cut costs." had "more than one reading" (raising "prices or cut costs", or a
"cut" that costs) though "cut" after "we" can only be the verb: a word after "or" / "and" that is a verb in the
form the subject takes (the base form after we / they / you / I, the "-s" form after a name) is read as the
second verb of the subject, as "Ann either sings or dances" is; and "they" with nobody named before is one group,
as "we" is (it was not understood). Fresh subjects, verb phrases (each second verb also
a noun), "either", the fact and the conclusion, keyed by the truth table of "A or B"."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib import analyze

# (base verb, its -s form, object): every verb here is also a noun ("cut", "book", "rent", "ship", "plant", "walk")
PHRASES = [("raise", "raises", "prices"), ("cut", "cuts", "costs"), ("book", "books", "flights"),
           ("rent", "rents", "bikes"), ("ship", "ships", "orders"), ("plant", "plants", "trees"),
           ("walk", "walks", "dogs"), ("paint", "paints", "fences")]
SUBJECTS = ["we", "you", "they", "Ann", "Kofi", "Mireille"]


@pytest.mark.parametrize("seed", range(24))
def test_two_verb_phrases_joined_by_or(seed):
    rng = random.Random(seed)
    subject = rng.choice(SUBJECTS)
    (a_base, a_s, a_obj), (b_base, b_s, b_obj) = rng.sample(PHRASES, 2)
    plural = subject in ("we", "you", "they")

    def say(base: str, s_form: str, obj: str) -> str:
        return f"{base if plural else s_form} {obj}"

    either = rng.choice(["either ", ""])
    opening = f"{subject[0].upper()}{subject[1:]} {either}{say(a_base, a_s, a_obj)} or {say(b_base, b_s, b_obj)}."
    denied_first = rng.random() < 0.5
    do = "do" if plural else "does"
    denied = (a_base, a_obj) if denied_first else (b_base, b_obj)
    fact = f"{subject[0].upper()}{subject[1:]} {do} not {denied[0]} {denied[1]}."
    concluded_first = rng.random() < 0.5
    concl = (a_base, a_s, a_obj) if concluded_first else (b_base, b_s, b_obj)
    conclusion = f"So {subject} {say(*concl)}."
    valid = all(not (a or b) or (a if denied_first else b) or (a if concluded_first else b)
                for a, b in itertools.product([False, True], repeat=2))
    text = f"{opening} {fact} {conclusion}"
    verdict = analyze(text)
    assert (verdict.status, verdict.answer) == ("verified", "valid" if valid else "invalid"), (text, verdict.reason)

"""An apposition in the question ("Is it possible that Sam, a student, failed?", "Did Ann, who is a nurse, pass?")
taken as given, as a sentence before the question (`question_appositions.py`), checked against brute force over the
one person's properties: fresh names, kinds, verbs and rule shapes.

Before this module (round 33): every such question was not read (abstained). Commas that may list people ("Did Ann,
a nurse, and Bo pass?") stay unread.
"""

from __future__ import annotations

import random
from itertools import product

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Sam", "Tess", "Umar", "Vera", "Wynn", "Xia"]
KINDS = ["student", "nurse", "pilot", "farmer", "painter"]
ACTS = [("study", "studies", "studied"), ("train", "trains", "trained"), ("practise", "practises", "practised")]
RESULTS = [("pass", "passes", "passed"), ("win", "wins", "won"), ("improve", "improves", "improved")]


@pytest.mark.parametrize("seed", range(12))
def test_question_appositions_against_brute_force(seed):
    rng = random.Random(seed)
    name, kind = rng.choice(NAMES), rng.choice(KINDS)
    act, result = rng.choice(ACTS), rng.choice(RESULTS)
    rule_kind = rng.choice([kind, rng.choice([k for k in KINDS if k != kind])])
    acted = rng.random() < 0.7
    rule = f"All {rule_kind}s who {act[0]} {result[0]}."
    fact = f"{name} {act[2]}." if acted else f"{name} did not {act[0]}."
    appositive = rng.choice([f"{name}, a {kind},", f"{name}, who is a {kind},"])
    possible = rng.random() < 0.5
    question = (f"Is it possible that {appositive} did not {result[0]}?" if possible
                else f"Did {appositive} {result[0]}?")
    worlds = []
    for is_rule_kind, does, gets in product((False, True), repeat=3):
        if rule_kind == kind and not is_rule_kind:
            continue  # the apposition says the person is of this kind
        if does != acted or (is_rule_kind and does and not gets):
            continue
        worlds.append((is_rule_kind, gets))
    results = {gets for _, gets in worlds}
    text = f"{rule} {fact} {question}"
    verdict = solve(text)
    if possible:
        expected = "yes" if False in results else "no"
    else:
        expected = "yes" if results == {True} else "no" if results == {False} else "cannot be determined"
    if rule_kind != kind:
        # a rule about another kind: the near-miss guard may abstain (was another kind meant?), never answer wrong
        assert not verdict.verified or verdict.answer == expected, (text, verdict.answer)
        return
    assert verdict.status == "verified" and verdict.answer == expected, (text, expected, verdict.reason)


def test_commas_that_may_list_people_stay_unread():
    verdict = solve("All nurses who train pass. Ann trained. Bo trained. Did Ann, a nurse, and Bo pass?")
    assert not (verdict.verified and verdict.answer == "yes"), verdict.reason

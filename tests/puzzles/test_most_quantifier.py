""""Most Ks V" read as a quantifier (`most_quantifier.py`), checked against brute force over small worlds where
"most" is a strict majority: fresh kinds, verbs and names, the sentences in random order.

Before this module (round 33): every text with "Most ..." abstained ("'most' makes it a tendency"), and "Most dogs
bark. Rex is a dog. Does Rex bark?" said the question asked about a word no statement mentions.
"""

from __future__ import annotations

import random
from itertools import product

import pytest

from agentlib.puzzles.english.entailment import answer_about
from agentlib.puzzles.english.family import solve

NAMES = ["Rex", "Tia", "Uli", "Vic", "Wes", "Yara", "Zed", "Moss"]
KINDS = [("dogs", "dog"), ("cats", "cat"), ("owls", "owl"), ("pilots", "pilot"), ("bakers", "baker"),
         ("painters", "painter")]
VERBS = [("bark", "barks"), ("sing", "sings"), ("swim", "swims"), ("whistle", "whistles"), ("hum", "hums")]
QUALITIES = ["loud", "calm", "happy", "tired"]
UNNAMED = 3  # individuals beyond the one named: enough for a strict majority around one exception


def _worlds(facts) -> list[dict]:
    """Every world over the named one (index 0) and `UNNAMED` others, with kind, verb and quality per individual,
    that keeps `facts` (each a function of the world)."""
    size = 1 + UNNAMED
    found = []
    for bits in product((False, True), repeat=3 * size):
        world = {"kind": bits[:size], "verb": bits[size:2 * size], "quality": bits[2 * size:]}
        if all(fact(world) for fact in facts):
            found.append(world)
    return found


def _most(world: dict) -> bool:
    kinds = [i for i, k in enumerate(world["kind"]) if k]
    return sum(world["verb"][i] for i in kinds) * 2 > len(kinds)


def _answer(worlds: list[dict], goal) -> str:
    seen = {goal(w) for w in worlds}
    return "yes" if seen == {True} else "no" if seen == {False} else "cannot be determined"


@pytest.mark.parametrize("seed", range(12))
def test_most_against_brute_force(seed):
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    (plural, singular), (verb, verbs), quality = rng.choice(KINDS), rng.choice(VERBS), rng.choice(QUALITIES)
    most = (f"Most {plural} {verb}.", _most)
    member = (f"{name} is a {singular}.", lambda w: w["kind"][0])
    rule = rng.choice([
        (f"Every {singular} that {verbs} is {quality}.",
         lambda w: all(not (k and v) or q for k, v, q in zip(w["kind"], w["verb"], w["quality"]))),
        (f"Everything that {verbs} is {quality}.", lambda w: all(not v or q for v, q in zip(w["verb"], w["quality"]))),
        (f"Nothing that {verbs} is {quality}.", lambda w: all(not (v and q) for v, q in zip(w["verb"], w["quality"]))),
    ])
    kind, asked = rng.choice([
        ("one", (f"Does {name} {verb}?", lambda w: w["verb"][0])),
        ("one", (f"Is {name} {quality}?", lambda w: w["quality"][0])),
        ("all", (f"Are all {plural} {quality}?",
                 lambda w: all(not k or q for k, q in zip(w["kind"], w["quality"])))),
    ])
    said = [most, rule] + ([member] if kind == "one" else [])
    rng.shuffle(said)
    expected = _answer(_worlds([fact for _, fact in said]), asked[1])
    text = " ".join(sentence for sentence, _ in said) + " " + asked[0]
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, expected, verdict.reason)
    assert f"'Most {plural} {verb}.' is read as no more than" in verdict.reason


@pytest.mark.parametrize("seed", range(4))
def test_most_so_all_is_invalid_and_most_so_some_is_valid(seed):
    rng = random.Random(seed)
    (plural, _), (verb, _) = rng.choice(KINDS), rng.choice(VERBS)
    question = rng.choice(["Is this valid?", "Is this argument valid?"])
    assert solve(f"Most {plural} {verb}. So all {plural} {verb}. {question}").answer == "invalid"
    assert solve(f"Most {plural} {verb}. So some {plural} {verb}. {question}").answer == "valid"


@pytest.mark.parametrize("seed", range(3))
def test_two_most_sentences_stay_unread(seed):
    """Two majorities of one kind overlap ("Most dogs bark. Most dogs are brown." gives a brown dog that barks),
    which "some" would not say: such a text is left as typed, and abstains."""
    rng = random.Random(seed)
    (plural, singular), (verb, _), quality = rng.choice(KINDS), rng.choice(VERBS), rng.choice(QUALITIES)
    name = rng.choice(NAMES)
    text = f"Most {plural} {verb}. Most {plural} are {quality}. {name} is a {singular}. Is {name} {quality}?"
    assert solve(text).status != "verified"


def test_a_default_asked_what_it_implies_is_not_a_strict_no():
    """ "Does this imply that ...?" of a context of defaults (LogicBench's reading) stays with the loose reader: the
    strict reading's "cannot be determined" would turn into a verified "no"."""
    verdict = answer_about("Tia and Uli are pilots. Most pilots whistle. Tia is an exception.",
                           "Does this imply that Uli whistles?")
    assert not (verdict.verified and verdict.answer == "no"), verdict.reason

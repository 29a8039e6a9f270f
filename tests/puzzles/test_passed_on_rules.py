"""How people pass a question on: a rule from someone in charge ("My teacher said anyone who ... "), a contract's
condition ("In the event that ..."), an exercise's label ("Exercise 3:", "The student wrote:"), and a question whose
trailing "if" clause names its subject by a pronoun ("Does Dev get a bonus if he works on Saturday?").

Each wrapped text must get the answer of its plain version, and that answer is checked by brute force over the
truth values of the one individual's properties. Regression: the trailing "if he ..." made "he" a person of its
own, so "Does Dev get a bonus if he works on Saturday?" was verified "cannot be determined". A reported fact ("my
friend says Ann is home") and the other side's claim ("the prosecution says ...") are never taken as premises.
"""

from __future__ import annotations

import random
from itertools import product

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

NAMES = ["Ria", "Dev", "Lou", "Kit", "Sam", "Noor", "Omar", "Tess"]
SOURCES = ["My teacher said", "my boss says", "Our coach told us", "so my landlord says", "My mom always says",
           "The sign says", "Rules of the club:", "Gym rules:"]
RULES = [("hands in late work", "loses a point", "handed in late work", "lose a point"),
         ("works on Saturday", "gets a bonus", "worked on Saturday", "get a bonus"),
         ("is late", "pays a fine", "is late", "pay a fine")]


def _follows(condition_holds: bool) -> str:
    """Brute force over (condition, result) with the rule "condition -> result": the result's forced value."""
    seen = {result for condition, result in product([False, True], repeat=2)
            if (not condition or result) and condition == condition_holds}
    return "yes" if seen == {True} else "no" if seen == {False} else "cannot be determined"


@pytest.mark.parametrize("seed", range(10))
def test_a_rule_passed_on_reads_as_the_rule(seed):
    rng = random.Random(seed)
    name, source = rng.choice(NAMES), rng.choice(SOURCES)
    condition, result, told, asked = rng.choice(RULES)
    holds = rng.random() < 0.5
    fact = f"{name} {told}." if holds else f"{name} did not {told.split(' ', 1)[0].removesuffix('ed')} " \
        f"{told.split(' ', 1)[1]}."
    if not holds and told.startswith("is "):
        fact = f"{name} is not {told[3:]}."
    text = f"{source} anyone who {condition} {result}. {fact} Does {name} {asked}?"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == _follows(holds), (text, verdict.reason)


@pytest.mark.parametrize("seed", range(4))
def test_a_pronoun_in_a_trailing_condition_is_the_question_subject(seed):
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    condition, result, _, asked = rng.choice(RULES)
    pronoun = rng.choice(["he", "she"])
    text = f"Everyone who {condition} {result}. Does {name} {asked} if {pronoun} {condition}?"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == "yes", (text, verdict.reason)


@pytest.mark.parametrize("seed", range(4))
def test_a_contract_condition_and_an_exercise_label(seed):
    rng = random.Random(seed)
    a, b = rng.sample(["the buyer defaults", "the goods arrive late", "the tenant moves out", "the fee is paid"], 2)
    plain = f"If {a}, {b}. {b[0].upper() + b[1:]}. So {a}."
    wrapped = f"Exercise {seed + 1}: In the event that {a}, {b}. {b[0].upper() + b[1:]}. So {a}."
    for text in (plain, wrapped, f"The student wrote: If {a}, {b}. {a[0].upper() + a[1:]}. So {b}."):
        analysis = _analyze(text)
        expected = "valid" if text.endswith(f"So {b}.") else "invalid"  # modus ponens, or affirming the consequent
        assert analysis.status == "verified" and analysis.answer == expected, (text, analysis.reason)


@pytest.mark.parametrize("report", ["My friend says {n} is home. Is {n} home?",
                                    "The prosecution says {n} was at the scene. Was {n} at the scene?"])
def test_a_reported_fact_is_never_a_premise(report):
    text = report.format(n=random.Random(len(report)).choice(NAMES))
    verdict = solve(text)
    assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)


@pytest.mark.parametrize("seed", range(3))
def test_whether_or_not_asserts_its_clause_and_or_else_is_or(seed):
    rng = random.Random(seed)
    a, b = rng.sample(["Ann goes", "the match is on", "Bo stays", "the shop opens"], 2)
    analysis = _analyze(f"{a[0].upper() + a[1:]} whether or not {b}. So {a}.")
    assert analysis.status == "verified" and analysis.answer == "valid", analysis.reason
    analysis = _analyze(f"{a[0].upper() + a[1:]} whether or not {b}. So {b}.")
    assert analysis.status == "verified" and analysis.answer == "invalid", analysis.reason

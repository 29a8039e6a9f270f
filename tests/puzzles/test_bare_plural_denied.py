"""A bare plural a rule states and a conclusion denies: "If prices fall, demand grows. Demand does not grow. So
prices do not fall." was verified "invalid" (the conclusion read as "no price falls", the rule's condition as "every
price falls"), though the speaker means modus tollens. `analyze` now decides it on both readings of the denial ("none"
and "not all") and answers only where they agree: here they part ways and it abstains; denying the antecedent is
invalid on both. "Fish do not fly. Do fish fly?" asks the plain form, answered alike on either reading, and still
reads "no"."""

from __future__ import annotations

import random

import pytest

import agentlib

CLAUSES = [("prices", "fall", "falls"), ("taxes", "rise", "rises"), ("trains", "run late", "runs late"),
           ("birds", "sing", "sings")]
RESULTS = [("demand", "grows", "grow"), ("the shop", "closes", "close"), ("Ann", "smiles", "smile")]


@pytest.mark.parametrize("seed", range(10))
def test_a_denied_bare_plural_against_a_rule_is_never_answered_wrong(seed):
    rng = random.Random(seed)
    plural, verb, _ = rng.choice(CLAUSES)
    subject, does, do = rng.choice(RESULTS)
    text = (f"If {plural} {verb}, {subject} {does}. {subject[0].upper() + subject[1:]} does not {do}. "
            f"So {plural} do not {verb}.")
    verdict = agentlib.analyze(text)
    assert verdict.status == "abstained" or verdict.answer == "valid", (text, verdict.answer)


@pytest.mark.parametrize("plural, verb", [("fish", "fly"), ("cats", "bark"), ("snakes", "sing")])
def test_the_plain_question_after_a_denial_still_reads(plural, verb):
    verdict = agentlib.solve(f"{plural.capitalize()} do not {verb}. Do {plural} {verb}?")
    assert (verdict.status, verdict.answer) == ("verified", "no")


@pytest.mark.parametrize("seed", range(6))
def test_denying_the_antecedent_with_bare_plurals_is_invalid_on_both_readings(seed):
    rng = random.Random(50 + seed)
    plural, verb, _ = rng.choice(CLAUSES)
    subject, does, do = rng.choice(RESULTS)
    text = (f"If {subject} {does}, {plural} {verb}. {subject[0].upper() + subject[1:]} does not {do}. "
            f"So {plural} do not {verb}.")
    verdict = agentlib.analyze(text)
    assert (verdict.status, verdict.answer) == ("verified", "invalid"), (text, verdict.reason)

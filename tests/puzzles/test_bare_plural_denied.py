"""A bare plural said in one sentence and denied in another: "If prices fall, demand grows. Demand does not grow. So
prices do not fall." was verified "invalid" (the conclusion read as "no price falls", the rule's condition as "every
price falls"), though the speaker means modus tollens. The two readings of the denial part ways, so it abstains.
"Fish do not fly. Do fish fly?" asks the plain form, answered alike on either reading, and still reads "no"."""

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

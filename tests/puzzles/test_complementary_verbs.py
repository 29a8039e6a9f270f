"""Verbs of one attempt that comes off or does not: "fail" is "not pass", "missed the bus" is "did not catch the
bus", "forgot" is "did not remember", where a text uses both words of the pair (`contradictories.NEGATING_VERBS`).
Regression: "If I don't study, I'll fail. I passed. Did I study?" abstained. "lose" / "win" stay two propositions (a
game may be drawn)."""

from __future__ import annotations

import random

import pytest

import agentlib

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
# (condition, failing phrase (present), succeeding phrase (past), failing phrase (past))
PAIRS = [("studies", "fails the exam", "passed the exam", "failed the exam"),
         ("practises", "fails the test", "passed the test", "failed the test"),
         ("leaves late", "misses the bus", "caught the bus", "missed the bus"),
         ("hurries", "misses the train", "caught the train", "missed the train")]


@pytest.mark.parametrize("seed", range(16))
def test_the_opposite_verb_is_the_negation(seed):
    rng = random.Random(seed)
    name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    condition, fails, succeeded, failed = rng.choice(PAIRS)
    negated_condition = rng.random() < 0.5  # "If Kim doesn't study, Kim fails the exam."
    verb = condition.split()[0]
    base = verb[:-3] + "y" if verb.endswith("ies") else verb[:-2] if verb.endswith("es") and verb[-3] in "sh" else \
        verb[:-1]
    said_condition = f"doesn't {base}{condition[len(verb):]}" if negated_condition else condition
    observed_success = rng.random() < 0.5
    text = (f"If {name} {said_condition}, {name} {fails}. {name} {succeeded if observed_success else failed}. "
            f"Does {name} {base}{condition[len(verb):]}?")
    verdict = agentlib.solve(text)
    if negated_condition and observed_success:  # modus tollens: the condition's negation fails
        expected = "yes"
    elif not negated_condition and observed_success:  # denying the consequent of a plain rule: "no"
        expected = "no"
    else:  # affirming the consequent
        expected = None
    if expected is None:
        assert verdict.answer in (None, "cannot be determined"), (text, verdict.answer)
    else:
        assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.reason)


def test_win_and_lose_are_not_read_as_negations():
    verdict = agentlib.solve("If Ann trains, she wins the match. Ann did not lose the match. Did Ann train?")
    assert verdict.answer in (None, "cannot be determined"), verdict.answer

"""Odds are not a probability: the odds of rolling a 6 are 1:5, the probability 1/6. Regression: "odds of rolling a 6
with a die" was verified 1/6. Odds now abstain; the same question with "probability" or "chance" still reads."""

from __future__ import annotations

import pytest

import agentlib


@pytest.mark.parametrize("face", range(1, 7))
def test_odds_abstain_and_probability_reads(face):
    for lead in ("odds of rolling a {f} with a die", "what are the odds of rolling a {f} with a die"):
        assert agentlib.solve_math(lead.format(f=face)).status == "abstained"
    result = agentlib.solve_math(f"probability of rolling a {face} with a die")
    assert (result.status, result.answer) == ("verified", "1/6")

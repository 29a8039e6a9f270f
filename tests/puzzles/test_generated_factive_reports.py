"""Facts a story reports someone knew or noticed (`factive_reports.py`), generated with fresh names, titles, verbs and
clause order, and checked against the truth table of the clauses.

"Sergeant Pike noted that either the gardener or the chauffeur was lying, but not both." abstained; "noted that" is
factive, so its clause is a premise. "believes that" is not, and never gives an answer.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
TITLES = ["Sergeant", "Inspector", "Detective", "Constable", ""]
FACTIVE = ["noted", "knew", "realized", "discovered", "noticed"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10**9))
def test_a_factive_report_states_its_clause(seed):
    rng = random.Random(seed)
    reporter_name = _name(rng)
    reporter = f"{rng.choice(TITLES)} {reporter_name}".strip()
    a, b = _name(rng), _name(rng) + "o"
    if a == reporter_name:  # the reporter among the suspects is another story (and may abstain)
        a = a + "y"
    a_lied = rng.random() < 0.5
    told = f"{a} was {'' if a_lied else 'not '}lying"
    text = (f"{reporter} {rng.choice(FACTIVE)} that either {a} or {b} was lying, but not both. {told}. "
            f"Was {b} lying?")
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", "no" if a_lied else "yes"), (text, verdict.reason)


@settings(max_examples=5, deadline=None)
@given(st.integers(0, 10**9))
def test_a_belief_is_no_fact(seed):
    rng = random.Random(seed)
    reporter, a, b = _name(rng), _name(rng) + "a", _name(rng) + "o"
    text = f"{reporter} believes that either {a} or {b} was lying, but not both. {a} was not lying. Was {b} lying?"
    verdict = solve(text)
    assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)

"""Regression: the extractive summary stopped reading chunks at its deadline but then checked one pick per chunk
read, with no look at the clock (368 checks of a 13 MB one-line file ran 7 s past a 5 s deadline). The checks now
end `SUMMARY_FALLBACK_S` past the deadline; the picks checked by then (at least one) are the summary."""

from __future__ import annotations

import random
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentlib.documents import summarize as summarize_module
from agentlib.documents.reader import document_from_text
from agentlib.limits import Deadline

WORDS = ["river", "market", "engine", "garden", "winter", "signal", "harbor", "ledger", "copper", "meadow"]
CHECK_DELAY_S = 0.05  # each check made slow, as a check of a long paragraph is


def many_chunk_text(seed: int, paragraphs: int) -> str:
    rng = random.Random(seed)
    return "\n\n".join(
        " ".join(f"The {rng.choice(WORDS)} near the {rng.choice(WORDS)} holds {rng.randint(1, 99)} {w}s."
                 for w in rng.sample(WORDS, 8))
        for _ in range(paragraphs)
    )


@given(seed=st.integers(0, 10_000))
@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_checking_the_picks_ends_near_the_deadline(monkeypatch, seed):
    slow_check = summarize_module.check_sentence

    def check(text, source):
        time.sleep(CHECK_DELAY_S)
        return slow_check(text, source)

    monkeypatch.setattr(summarize_module, "check_sentence", check)
    monkeypatch.setattr(summarize_module, "SUMMARY_FALLBACK_S", 0.3)
    document = document_from_text(many_chunk_text(seed, 400), "text", "<test>")
    deadline_s = 0.8
    started = time.monotonic()
    summary = summarize_module._extractive(document, 150, Deadline(deadline_s))
    took = time.monotonic() - started
    assert summary.sentences and summary.ended_by == "deadline"
    assert took < deadline_s + 0.3 + 1.0, f"{took:.1f} s for a {deadline_s} s deadline"

""""some" under a verb's "not": "Ann didn't see someone" mostly says there is someone she did not see, not that she
saw no one, so it is never read as "no one". Regression: "Ann didn't see someone. So Ann saw no one." was verified
valid. Keys by a small model: Ann saw one person and missed another, so the premise holds and the conclusion fails.
"any" under "not" ("didn't see anyone") is "no one" and still reads.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import _analyze

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli"]
VERBS = [("see", "saw"), ("call", "called"), ("meet", "met"), ("trust", "trusted"), ("help", "helped")]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from(["someone", "somebody", "something"]))
def test_some_under_not_is_never_none(name, verb, some):
    plain, past = verb
    none = "nothing" if some == "something" else "no one"
    analysis = _analyze(f"{name} didn't {plain} {some}. So {name} {past} {none}.")
    assert analysis.status != "verified" or analysis.answer == "invalid"


@settings(max_examples=5, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(VERBS))
def test_any_under_not_is_still_none(name, verb):
    plain, past = verb
    analysis = _analyze(f"{name} didn't {plain} anyone. So {name} {past} no one.")
    assert analysis.status == "verified" and analysis.answer == "valid"

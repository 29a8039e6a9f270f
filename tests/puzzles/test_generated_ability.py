"""What one does, one can do (`english/ability.py`): "Only members can use the pool. Ravi used the pool." makes Ravi
a member, in `solve` and in `analyze`; an ability never gives the act. Regression: the act and the ability were
unrelated predicates, so the first abstained ("depends on whether 'use the pool' and 'use the pool' mean the same")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import analyze, solve

RULES = [("members", "member", "use the pool", "used the pool"), ("students", "student", "borrow books",
                                                                   "borrowed books"),
         ("pilots", "pilot", "fly the plane", "flew the plane"), ("adults", "adult", "vote", "voted")]
NAMES = ["Ravi", "Ottilie", "Jun"]


@given(st.sampled_from(RULES), st.sampled_from(NAMES), st.sampled_from(["only", "all"]))
@settings(max_examples=20, deadline=None, derandomize=True)
def test_an_act_gives_the_ability(rule, name, quantifier):
    kinds, kind, act, did = rule
    if quantifier == "only":  # only K can A; x did A -> x is a K (valid)
        text = f"Only {kinds} can {act}. {name} {did}. Is {name} a {kind}?"
        expected = "yes"
        argument = f"Only {kinds} can {act}. {name} {did}. So {name} is a {kind}."
    else:  # all K can A; x did A -> nothing about x being a K
        text = f"All {kinds} can {act}. {name} {did}. Is {name} a {kind}?"
        expected = "cannot be determined"
        argument = f"All {kinds} can {act}. {name} {did}. So {name} is a {kind}."
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)
    analysis = analyze(argument)
    assert analysis.status == "verified", (argument, analysis.reason)
    assert analysis.answer == ("valid" if expected == "yes" else "invalid"), argument


def test_an_ability_never_gives_the_act():
    verdict = solve("Rex can swim. Does Rex swim?")
    assert verdict.status == "abstained" or verdict.answer == "cannot be determined"

"""Generated arguments for the constructions batch args d showed unread, checked by truth table.

Contrary adjectives ("warm" / "cold", "up" / "down", "full" / "empty"): one thing is never both, yet may be neither.
Where an argument uses both words, the reader adds "nothing is both" and nothing more, so "The milk is warm" rules
out "the milk is cold" (modus tollens goes through), while "The milk is not warm" never becomes "the milk is cold".
Each case is checked against the truth table of (antecedent, first, second) with the exclusion as the only link.
"""

from __future__ import annotations

import itertools

import pytest

from agentlib.puzzles.argument import _analyze

SUBJECTS = [("the soup", "the stove is on"), ("the bath", "the tap runs"), ("the shutter", "the motor works")]
PAIRS = [("hot", "cold"), ("full", "empty"), ("up", "down")]


def _valid(premises, conclusion) -> bool:
    """Truth table over (antecedent, first word, second word) with 'not both words' as the only link."""
    for cond, first, second in itertools.product([True, False], repeat=3):
        if first and second:
            continue
        world = {"cond": cond, "first": first, "second": second}
        if all(p(world) for p in premises) and not conclusion(world):
            return False
    return True


CASES = []
for (thing, condition), (a, b) in itertools.product(SUBJECTS, PAIRS):
    rule = f"If {condition}, {thing} is {a}."
    negated = condition.replace(" is on", " is not on").replace(" runs", " does not run").replace(
        " works", " does not work")
    CASES.append((f"{rule} {thing.capitalize()} is {b}. So {negated}.",
                  _valid([lambda w: not w["cond"] or w["first"], lambda w: w["second"]], lambda w: not w["cond"])))
    CASES.append((f"{thing.capitalize()} is not {a}. So {thing} is {b}.",
                  _valid([lambda w: not w["first"]], lambda w: w["second"])))
    CASES.append((f"{thing.capitalize()} is {a}. So {thing} is not {b}.",
                  _valid([lambda w: w["first"]], lambda w: not w["second"])))


@pytest.mark.parametrize("text, valid", CASES)
def test_contrary_adjectives_exclude_each_other_and_nothing_more(text, valid):
    analysis = _analyze(text)
    if " not up. So" in text:
        # "up" / "down" split many subjects with no middle (a server, a shutter): whether "not up" is "down" is the
        # speaker's, so an argument resting on it is not judged (`contradictories.MAYBE_COMPLEMENTARY`)
        assert analysis.status == "abstained", (text, analysis.reason)
        return
    assert analysis.status == "verified", (text, analysis.reason)
    assert analysis.answer == ("valid" if valid else "invalid"), (text, analysis.reason)


def test_the_modus_tollens_through_a_contrary_is_verified():
    analysis = _analyze("If the kettle is on, the water is hot. The water is cold. So the kettle is off.")
    assert analysis.status == "verified" and analysis.answer == "valid", analysis.reason
    assert "exclusive" in analysis.reason


def test_not_one_contrary_is_never_the_other():
    analysis = _analyze("If the kettle is on, the water is hot. The water is not hot. So the water is cold.")
    assert analysis.status != "verified" or analysis.answer == "invalid"


@pytest.mark.parametrize("plural, singular", [("the kettles", "the stove"), ("the gates", "the glass"),
                                              ("the boxes", "the bus")])
def test_the_counter_model_agrees_in_number_with_its_subject(plural, singular):
    """A plural definite description takes "are" / "do" in the counter-model ("the lights is" was a slip)."""
    analysis = _analyze(f"If {plural} are hot, {singular} is warm. {singular.capitalize()} is warm. "
                        f"So {plural} are hot.")
    assert analysis.status == "verified" and analysis.answer == "invalid", analysis.reason
    assert f"{plural} are not hot" in analysis.counter_model and f"{singular} is warm" in analysis.counter_model
    assert f"{plural} is" not in analysis.counter_model

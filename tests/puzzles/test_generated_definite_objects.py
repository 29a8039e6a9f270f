""""Ann has a key" and "Ann has the key": a verdict only where reading "the key" as the key said before and as a
specific key agree, checked against both readings by truth table (`definite_objects.py`).

Regression (how it read before): "Ann has a key. Does Ann have the key?" was a verified "yes", and "Ann has a key.
So Ann has the key." a verified "valid", because both articles gave one symbol; if "the key" is a specific key,
neither follows (a wrong answer). Now both abstain as ambiguous; "Ann has the key. Does Ann have a key?" stays "yes"
(true in both readings), and the same article on both sides reads as before.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import analyze
from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bram", "Cleo", "Dirk", "Esme", "Fitz"]
# (third person, base, noun with its indefinite article)
THINGS = [("has", "have", "a key"), ("owns", "own", "a bike"), ("took", "take", "an umbrella"),
          ("found", "find", "a coin"), ("wants", "want", "a ticket")]
NOT_FORMS = {"has": "doesn't have", "owns": "doesn't own", "took": "didn't take", "found": "didn't find",
             "wants": "doesn't want"}


def _answer(premise: tuple[bool, bool], goal: bool, apart: bool) -> str:
    """yes / no / cannot be determined for one reading: `premise` = (said of "the" thing?, positive?), `goal` =
    asked of "the" thing?; with `apart`, "the" is a specific thing (the -> a), else the two are one."""
    worlds = [(a, t) for a, t in itertools.product([False, True], repeat=2) if (not t or a) if apart or a == t]
    said_the, positive = premise
    worlds = [(a, t) for a, t in worlds if (t if said_the else a) == positive]
    values = {(t if goal else a) for a, t in worlds}
    return "yes" if values == {True} else "no" if values == {False} else "cannot be determined"


def _expected(premise: tuple[bool, bool], goal: bool) -> str | None:
    same, apart = _answer(premise, goal, False), _answer(premise, goal, True)
    return same if same == apart else None


def _object(indefinite: str, definite: bool) -> str:
    return "the " + indefinite.split(" ", 1)[1] if definite else indefinite


@given(st.sampled_from(NAMES), st.sampled_from(THINGS), st.booleans(), st.booleans(), st.booleans())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_a_and_the_answer_only_where_both_readings_agree(name, thing, said_the, positive, asked_the):
    third, base, indefinite = thing
    verb = third if positive else NOT_FORMS[third]
    aux = "Did" if third in ("took", "found") else "Does"
    text = f"{name} {verb} {_object(indefinite, said_the)}. {aux} {name} {base} {_object(indefinite, asked_the)}?"
    expected = _expected((said_the, positive), asked_the)
    verdict = solve(text)
    if expected is None:
        assert verdict.status == "abstained", (text, verdict.answer, verdict.reason)
    else:
        assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)


@given(st.sampled_from(NAMES), st.sampled_from(THINGS), st.booleans(), st.sampled_from(["So", "Therefore", "Hence"]))
@settings(max_examples=20, deadline=None, derandomize=True)
def test_an_argument_from_a_to_the_is_not_judged_valid(name, thing, said_the, marker):
    third, _, indefinite = thing
    premise, conclusion = _object(indefinite, said_the), _object(indefinite, not said_the)
    text = f"{name} {third} {premise}. {marker} {name} {third} {conclusion}."
    analysis = analyze(text)
    if said_the:  # having the key gives having a key, however "the" is read
        assert analysis.status == "verified" and analysis.answer == "valid", (text, analysis.reason)
    else:
        assert analysis.status == "abstained", (text, analysis.answer, analysis.reason)

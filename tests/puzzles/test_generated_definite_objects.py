""""Ann has a key" and "Ann has the key", checked against the readings by truth table (`definite_objects.py`).

After "a key" the text's "the key" refers back to it (English's reading of a definite after its indefinite): "Ann
has a key. Does Ann have the key?" is "yes", and "Ann has a key. So Ann has the key." is valid. A "the key" with no
"a key" before it may be a specific key, so there a verdict stands only where reading it as the key said later and
as a specific key agree; "Ann has the key. Does Ann have a key?" is "yes" in both. Round 29 first made every mixed
text abstain; that also refused the everyday "If it rains, Lu takes an umbrella ... Does Lu take the umbrella?".
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
    # an indefinite first is the antecedent of the definite after it: one reading
    expected = _expected((said_the, positive), asked_the) if said_the else _answer((said_the, positive), asked_the,
                                                                                     False)
    verdict = solve(text)
    if expected is None:
        assert verdict.status == "abstained", (text, verdict.answer, verdict.reason)
    else:
        assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)


@given(st.sampled_from(NAMES), st.sampled_from(THINGS), st.booleans(), st.sampled_from(["So", "Therefore", "Hence"]))
@settings(max_examples=20, deadline=None, derandomize=True)
def test_an_argument_between_a_and_the_is_valid(name, thing, said_the, marker):
    third, _, indefinite = thing
    premise, conclusion = _object(indefinite, said_the), _object(indefinite, not said_the)
    text = f"{name} {third} {premise}. {marker} {name} {third} {conclusion}."
    analysis = analyze(text)
    # having the key gives having a key, however "the" is read; "the key" after "a key" is that key
    assert analysis.status == "verified" and analysis.answer == "valid", (text, analysis.reason)

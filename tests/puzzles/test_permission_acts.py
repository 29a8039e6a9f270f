"""A rule with "may" or "should" beside the act it governs ("Only people with a ticket may enter the hall. Everyone
who enters the hall gets a badge. Omar entered the hall. Does Omar have a ticket?") came out "cannot be determined":
the act was read apart from the permission, where a reader who takes the rules as kept answers "yes". Which reading
is meant the text does not say, so where the two part the puzzle abstains; where they agree the answer stands."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Omar", "Lin", "Petra", "Kofi", "Yusuf"]
ACTS = [("enter the hall", "enters the hall", "entered the hall"), ("park here", "parks here", "parked here"),
        ("use the gym", "uses the gym", "used the gym")]
HOLDERS = [("people with a ticket", "have a ticket"), ("members", "a member"), ("staff with a pass", "have a pass")]
CONSEQUENCES = [("gets a badge", "get a badge"), ("pays a fee", "pay a fee"), ("signs the book", "sign the book")]


def _text(name: str, modal: str, act: tuple[str, str, str], holder: tuple[str, str], consequence: tuple[str, str],
          asked: str) -> str:
    base, present, past = act
    group, _ = holder
    return (f"Only {group} {modal} {base}. Everyone who {present} {consequence[0]}. {name} {past}. {asked}")


def _holder_question(name: str, holder: tuple[str, str]) -> str:
    said = holder[1]
    return f"Does {name} {said}?" if said.startswith("have") else f"Is {name} {said}?"


@given(st.sampled_from(NAMES), st.sampled_from(["may", "should"]), st.sampled_from(ACTS), st.sampled_from(HOLDERS),
       st.sampled_from(CONSEQUENCES))
@settings(max_examples=16, deadline=None, derandomize=True)
def test_an_act_beside_its_permission_never_answers_the_open_reading(name, modal, act, holder, consequence):
    verdict = solve(_text(name, modal, act, holder, consequence, _holder_question(name, holder)))
    # kept rules give "yes", rules apart "cannot be determined": no verified answer but "yes" is honest
    assert verdict.status != "verified" or verdict.answer == "yes", verdict.reason


@given(st.sampled_from(NAMES), st.sampled_from(["may", "should"]), st.sampled_from(ACTS), st.sampled_from(HOLDERS),
       st.sampled_from(CONSEQUENCES))
@settings(max_examples=10, deadline=None, derandomize=True)
def test_an_answer_the_permission_does_not_touch_stands(name, modal, act, holder, consequence):
    verdict = solve(_text(name, modal, act, holder, consequence, f"Does {name} {consequence[1]}?"))
    assert (verdict.status, verdict.answer) == ("verified", "yes"), verdict.reason

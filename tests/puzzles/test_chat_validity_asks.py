"""An argument typed in a chat: the validity question with repeated marks or an opener ("is this valid??", "valid
or not?!", "hey is this valid??") before or after it, and the premises one a line with no stops ("1. all squares r
rectangles\\n2. ...\\n3. so ...").
Generated from three forms whose verdict is known (a syllogism in Barbara and modus ponens are valid, affirming the
consequent is not), with fresh terms; before, the doubled mark made the question "not understood" and the unstopped
lines ran into one sentence with no conclusion."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import _analyze

TERMS = [("squares", "rectangles", "polygons"), ("robins", "birds", "animals"), ("oaks", "trees", "plants"),
         ("violins", "instruments", "objects")]
EVENTS = [("the match is on", "the pub is full"), ("it snows", "school is closed"), ("ana trains", "ana wins")]


def _argument(form: str, terms: tuple[str, str, str], events: tuple[str, str]) -> tuple[list[str], str]:
    small, middle, large = terms
    cause, effect = events
    if form == "barbara":
        return [f"all {small} r {middle}", f"all {middle} r {large}", f"so all {small} r {large}"], "valid"
    if form == "ponens":
        return [f"if {cause}, {effect}", cause, f"so {effect}"], "valid"
    return [f"if {cause}, {effect}", effect, f"so {cause}"], "invalid"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["barbara", "ponens", "affirming"]), st.sampled_from(TERMS), st.sampled_from(EVENTS),
       st.sampled_from(["is this valid??", "valid or not??", "is it valid?!", "is this argument valid??",
                        "hey is this valid??", "ok so is this argument valid?"]),
       st.booleans())
def test_a_validity_question_with_repeated_marks(form, terms, events, question, before):
    lines, expected = _argument(form, terms, events)
    body = ". ".join(lines)
    text = f"{question} {body}" if before else f"{body}. {question}"
    analysis = _analyze(text)
    assert (analysis.status, analysis.answer) == ("verified", expected), (text, analysis.reason, analysis.unparsed)


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["barbara", "ponens", "affirming"]), st.sampled_from(TERMS), st.sampled_from(EVENTS),
       st.sampled_from(["{n}. ", "{n}) ", ""]))
def test_premises_one_a_line_without_stops(form, terms, events, label):
    lines, expected = _argument(form, terms, events)
    text = "\n".join(label.format(n=n) + line for n, line in enumerate(lines, 1))
    analysis = _analyze(text)
    assert (analysis.status, analysis.answer) == ("verified", expected), (text, analysis.reason, analysis.unparsed)

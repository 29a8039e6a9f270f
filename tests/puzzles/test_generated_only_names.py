""""Only Ann passed" / "Ann is the only one who passed": Ann did, and no other person the puzzle names did.

Regression: "Only Ann passed" was read as "only anns passed" (the name taken for a kind), so "Did Bob pass?" came
back verified "cannot be determined" (a wrong answer) and "Did Ann pass?" too. Casts, names, verbs and wordings are
fresh; the expected answer is whether the person asked about is among the ones named after "only"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Adaeze", "Bartek", "Chioma", "Dmitri", "Esme"]
VERBS = [("passed the test", "Did {x} pass the test?"), ("came to the party", "Did {x} come to the party?"),
         ("voted", "Did {x} vote?"), ("can swim", "Can {x} swim?")]


@st.composite
def cases(draw):
    cast = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=4, unique=True))
    chosen = draw(st.lists(st.sampled_from(cast), min_size=1, max_size=len(cast) - 1, unique=True))
    vp, question = draw(st.sampled_from(VERBS))
    named = chosen[0] if len(chosen) == 1 else ", ".join(chosen[:-1]) + " and " + chosen[-1]
    if len(chosen) == 1 and draw(st.booleans()):
        sentence = f"{named} is the only one who {vp}."
    else:
        sentence = f"Only {named} {vp}."
    asked = draw(st.sampled_from(cast))
    opening = f"{', '.join(cast[:-1])} and {cast[-1]} are friends. "
    return opening + sentence + " " + question.format(x=asked), "yes" if asked in chosen else "no"


@given(cases())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_only_before_names_excludes_everyone_else_named(case):
    text, expected = case
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.reason)


def test_only_before_a_kind_is_still_a_kind():
    verdict = solve("Only members can vote. Rex voted. Is Rex a member?")
    assert verdict.status == "verified" and verdict.answer == "yes"

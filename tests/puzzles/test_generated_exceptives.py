"""Exceptives ("Everyone except Ann passed", "Nobody but Bo came", "All of them passed apart from Cy") over a named
cast, checked against their meaning: the others get the predicate, the excepted its denial. Names, word order,
the exception word and the polarity are drawn fresh; every verified answer must be the expected one, and these
constructions must be answered."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bilal", "Carys", "Dagny"]
PREDICATES = [("passed the test", "Did {x} pass the test?", "passed the test"),
              ("came to the party", "Did {x} come to the party?", "came to the party"),
              ("likes jazz", "Does {x} like jazz?", "likes jazz")]


@st.composite
def exceptives(draw):
    size = draw(st.integers(3, 4))
    cast = draw(st.permutations(NAMES))[:size]
    excepted = sorted(draw(st.sets(st.sampled_from(cast), min_size=1, max_size=size - 1)), key=cast.index)
    vp, question, _ = draw(st.sampled_from(PREDICATES))
    negative = draw(st.booleans())
    quantifier = draw(st.sampled_from(["Nobody", "No one", "None of them"] if negative else
                                      ["Everyone", "Everybody", "All of them", "Each of them"]))
    if quantifier == "Each of them" and vp.startswith("likes"):
        vp = "likes jazz"
    elif quantifier in ("All of them", "None of them") and vp.startswith("likes"):
        vp = "like jazz"
    word = draw(st.sampled_from(["except", "except for", "but", "other than", "apart from"]))
    names = excepted[0] if len(excepted) == 1 else ", ".join(excepted[:-1]) + " and " + excepted[-1]
    if draw(st.booleans()) and word != "but":
        sentence = f"{quantifier} {vp} {word} {names}."
    else:
        sentence = f"{quantifier} {word} {names} {vp}."
    cast_sentence = ", ".join(cast[:-1]) + " and " + cast[-1] + " are friends."
    asked = draw(st.sampled_from(cast))
    return cast_sentence, sentence, question.format(x=asked), (asked in excepted) == negative


@given(exceptives())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_exceptives_give_the_others_the_predicate_and_the_excepted_its_denial(case):
    cast_sentence, sentence, question, expected = case
    text = f"{cast_sentence} {sentence} {question}"
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)
    assert verdict.answer == ("yes" if expected else "no"), text


def test_a_restriction_keeps_the_excepted_inside_it():
    text = "Ann, Bob and Cy are in my class. Everyone in my class except Ann likes pizza. Does {} like pizza?"
    assert solve(text.format("Ann")).answer == "no"
    assert solve(text.format("Cy")).answer == "yes"


def test_a_but_between_two_clauses_is_not_an_exception():
    verdict = solve("Ann, Bob and Cal came. Everyone came but Ann left early. Did Bob leave early?")
    assert verdict.status != "verified" or verdict.answer == "cannot be determined"


NOUNS = [("student", "students", "in the class"), ("guest", "guests", "at the party"), ("player", "players", "")]


@st.composite
def noun_exceptives(draw):
    """"Every student in the class passed the test except Sal", "No guest but Cy stayed", "None of the players
    apart from Di scored": the noun and its restriction hold of the excepted; the others get the rule only when
    the text says they are of the noun's kind (a person not said to be one is asked about too)."""
    cast = draw(st.permutations(NAMES))[:3]
    excepted = draw(st.sampled_from(cast))
    singular, plural, place = draw(st.sampled_from(NOUNS))
    restriction = f" {place}" if place else ""
    negative = draw(st.booleans())
    quantifier = draw(st.sampled_from([f"No {singular}", f"None of the {plural}"] if negative else
                                      [f"Every {singular}", f"Each {singular}", f"All the {plural}"]))
    plural_verb = quantifier.startswith(("All", "None"))
    vp, question = draw(st.sampled_from([("passed the test", "Did {x} pass the test?"),
                                         ("likes jazz" if not plural_verb else "like jazz", "Does {x} like jazz?")]))
    word = draw(st.sampled_from(["except", "except for", "but", "apart from"]))
    if draw(st.booleans()) and word != "but":
        sentence = f"{quantifier}{restriction} {vp} {word} {excepted}."
    else:
        sentence = f"{quantifier}{restriction} {word} {excepted} {vp}."
    members = [p for p in cast if p != excepted and draw(st.booleans())]
    membership = " ".join(f"{p} is a {singular}{restriction}." for p in members)
    asked = draw(st.sampled_from(cast))
    if asked == excepted:
        expected: str | None = "yes" if negative else "no"
    elif asked in members:
        expected = "no" if negative else "yes"
    else:
        expected = None  # not said to be of the kind: nothing follows
    return f"{sentence} {membership} {question.format(x=asked)}", expected


@given(noun_exceptives())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_exceptives_over_a_noun_give_its_members_the_rule_and_the_excepted_its_denial(case):
    # Regression: "Every student in the class passed the test except Sal" was not understood; while it was being
    # read, "No student except Ann failed" answered "did Bo (a student) fail?" with yes (the negation twice).
    text, expected = case
    verdict = solve(text)
    if expected is None:
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)
        return
    assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)
    assert verdict.answer == expected, text

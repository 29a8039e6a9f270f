"""A kind owned by a named person ("All of Uma's friends like jazz", "Val is Uma's friend", "Is Val Uma's friend?")
checked against its meaning: "all" passes the property to every member and, by contraposition, takes membership
from whoever lacks it; "none" denies it to members; "some" settles nothing about one member. Names, nouns,
quantifiers, the order of the sentences and the question are drawn fresh. Regression: each sentence with a
possessive kind was not understood."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.possessive_kinds import spell_possessive_kinds

OWNERS = ["Uma", "Ivo", "Rhea", "Tobias"]
MEMBERS = ["Val", "Kai", "Nell", "Oren"]
NOUNS = ["friend", "neighbor", "student", "coworker", "client"]
PROPERTIES = [("like jazz", "likes jazz", "doesn't like jazz", "Does {x} like jazz?"),
              ("speak French", "speaks French", "doesn't speak French", "Does {x} speak French?")]


@st.composite
def cases(draw):
    owner, member = draw(st.sampled_from(OWNERS)), draw(st.sampled_from(MEMBERS))
    noun = draw(st.sampled_from(NOUNS))
    plural_vp, singular_vp, negated_vp, question = draw(st.sampled_from(PROPERTIES))
    quantifier = draw(st.sampled_from(["all", "none", "some"]))
    opener = {"all": draw(st.sampled_from(["All of", "All"])), "none": "None of",
              "some": draw(st.sampled_from(["Some of", "Some"]))}[quantifier]
    rule = f"{opener} {owner}'s {noun}s {plural_vp}."
    fact_kind = draw(st.sampled_from(["member", "has", "lacks"]))
    fact = {"member": f"{member} is {owner}'s {noun}.", "has": f"{member} {singular_vp}.",
            "lacks": f"{member} {negated_vp}."}[fact_kind]
    sentences = [rule, fact]
    if draw(st.booleans()):
        sentences.reverse()
    if fact_kind == "member":
        asked = question.format(x=member)
        expected = {"all": "yes", "none": "no", "some": "cannot be determined"}[quantifier]
    else:
        asked = f"Is {member} {owner}'s {noun}?"
        if quantifier == "all" and fact_kind == "lacks":
            expected = "no"
        elif quantifier == "none" and fact_kind == "has":
            expected = "no"
        else:
            expected = "cannot be determined"
    return " ".join(sentences + [asked]), expected


@given(cases())
@settings(max_examples=50, deadline=None, derandomize=True)
def test_possessive_kinds_follow_their_quantifier(case):
    text, expected = case
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)
    assert verdict.answer == expected, text


def test_kin_apposition_and_things_are_left_alone():
    for sentence in ["Ann is Bob's sister.", "Uma's friend Bob is tall.",
                     "Is it Uma's car or Bob's?", "Uma's friend's car is red.", "This is Uma's car.",
                     "Rize is Zeko's what?"]:
        assert spell_possessive_kinds(sentence) == sentence
    # a quantified kin plural is spelled with "of" too: the grammar reads "cousins of Uma" as the kinship relation
    assert spell_possessive_kinds("All of Uma's cousins live in Ohio.") == "All cousins of Uma live in Ohio."

"""A rule relating two people ("If you love someone, you trust them.", "Anyone who helps someone thanks them.",
"If X hires Y, then X pays Y.") applied to named pairs, checked against the rule applied to the stated pairs by
hand; a pair the facts do not relate is never answered from the rule.

First sight (before any code change for it): every generated case abstained ("the question asks about 'trust',
which no statement mentions"); none was answered wrong."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bilal", "Carys", "Dagny", "Emeka"]
VERBS = [("love", "loves", "trust", "trusts"), ("help", "helps", "thank", "thanks"), ("hire", "hires", "pay", "pays"),
         ("admire", "admires", "follow", "follows")]


@st.composite
def puzzles(draw):
    cast = draw(st.permutations(NAMES))[:3]
    first, firsts, second, seconds = draw(st.sampled_from(VERBS))
    denied = draw(st.booleans())
    form = draw(st.sampled_from(["you", "anyone", "letters"]))
    if form == "you":
        rule = f"If you {first} someone, you {'do not ' + second if denied else second} them."
    elif form == "anyone":
        rule = f"Anyone who {firsts} someone {'does not ' + second if denied else seconds} them."
    else:
        rule = f"If X {firsts} Y, then X {'does not ' + second if denied else seconds} Y."
    pairs = draw(st.lists(st.sampled_from([(a, b) for a in cast for b in cast if a != b]), min_size=1, max_size=3,
                          unique=True))
    facts = [f"{a} {firsts} {b}." for a, b in pairs]
    asked = draw(st.sampled_from([(a, b) for a in cast for b in cast if a != b]))
    text = " ".join([rule, *draw(st.permutations(facts)), f"Does {asked[0]} {second} {asked[1]}?"])
    return text, asked in pairs, denied


@given(puzzles())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_a_two_person_rule_applies_to_each_related_pair(case):
    text, related, denied = case
    verdict = solve(text)
    if related:
        assert (verdict.status, verdict.answer) == ("verified", "no" if denied else "yes"), (text, verdict.reason)
    else:
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)


def test_letters_that_name_people_are_not_variables():
    verdict = solve("If A beats B, then A thanks B. A is a player. Anouk beats Bilal. Does Anouk thank Bilal?")
    assert verdict.status != "verified" or verdict.answer != "yes", verdict.answer

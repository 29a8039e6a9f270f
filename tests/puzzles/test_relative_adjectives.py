"""An adjective the noun grades or denies ("a good cook", "a small elephant", "a fake doctor") is never the bare
property, nor the noun alone for the privative ones. Keys by a small model: a good cook who is not good, a small
elephant that is not small, a fake doctor who is no doctor. Fresh names, adjectives and nouns.

Regression: "Ann is a good cook. So Ann is good." and "Ann is a big baby. So Ann is big." were verified valid.
Intersective adjectives ("a brown dog" is brown) and empty heads ("a good person" is good) still read.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import _analyze

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus"]
GRADED = ["good", "bad", "big", "small", "great", "poor", "skilled", "heavy"]
NOUNS = ["cook", "driver", "dancer", "baby", "giant", "student", "singer", "smoker"]
PRIVATIVE = ["fake", "former", "alleged", "future", "would-be", "potential"]
PLAIN = [("brown", "dog"), ("red", "car"), ("wooden", "chair"), ("round", "table")]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(GRADED), st.sampled_from(NOUNS), st.sampled_from(NOUNS))
def test_a_graded_adjective_never_leaves_its_noun(name, adjective, noun, other):
    article = "an" if adjective[0] in "aeiou" else "a"
    for conclusion in (f"{name} is {adjective}.", f"{name} is {'an' if other[0] in 'aeiou' else 'a'} {adjective} "
                       f"{other}." if other != noun else f"{name} is {adjective}."):
        analysis = _analyze(f"{name} is {article} {adjective} {noun}. {name} is a person. So {conclusion}")
        assert analysis.status != "verified" or analysis.answer == "invalid"


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(PRIVATIVE), st.sampled_from(NOUNS))
def test_a_privative_adjective_denies_or_shifts_its_noun(name, adjective, noun):
    article = "an" if adjective[0] in "aeiou" else "a"
    analysis = _analyze(f"{name} is {article} {adjective} {noun}. So {name} is a {noun}.")
    assert analysis.status != "verified" or analysis.answer == "invalid"


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(PLAIN))
def test_an_intersective_adjective_and_an_empty_head_still_read(name, pair):
    adjective, noun = pair
    analysis = _analyze(f"{name} is a {adjective} {noun}. So {name} is {adjective}.")
    assert analysis.status == "verified" and analysis.answer == "valid"
    analysis = _analyze(f"{name} is a good person. So {name} is good.")
    assert analysis.status == "verified" and analysis.answer == "valid"


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(["doctor", "pilot", "chef", "nurse"]),
       st.sampled_from(["in training", "to be"]))
def test_a_noun_shifted_by_the_phrase_after_it_is_not_the_noun(name, noun, tail):
    analysis = _analyze(f"{name} is a {noun} {tail}. So {name} is a {noun}.")
    assert analysis.status != "verified" or analysis.answer == "invalid"

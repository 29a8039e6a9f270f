"""Regression: "The company fired 40 people." was marked supported against "The company hired 40 people." (one new
content word of several is below the novelty threshold). A word that stands in the source's place, between the
source's words, and is its known opposite or a letter or two away from it, is now flagged with both words named;
a synonym in that place, and a faithful copy, are not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.documents.faithfulness import SourceIndex, check_sentence

ORGS = ["The council", "Our bakery", "The museum", "A local charity", "The school board", "Northwind Ltd"]
# (source word, edited word): one or two letters apart, or known opposites.
EDITS = [("hired", "fired"), ("raised", "razed"), ("opened", "closed"), ("explicit", "implicit"),
         ("bought", "sold"), ("accepted", "rejected"), ("rented", "vented"), ("increased", "decreased")]
# (source word, synonym): far apart in letters and not opposites.
SYNONYMS = [("hired", "employed"), ("bought", "purchased"), ("opened", "launched"), ("raised", "collected")]
OBJECTS = ["new staff members", "several old buildings", "three small shops", "extra funding plans"]
WHEN = ["last spring", "in early May", "after the vote", "before the winter holidays"]

texts = st.tuples(st.sampled_from(ORGS), st.sampled_from(OBJECTS), st.sampled_from(WHEN), st.integers(2, 90))


def source_with(org: str, verb: str, things: str, when: str, count: int) -> str:
    return f"The annual report was published today. {org} {verb} {count} {things} {when}. Nothing else changed."


@given(texts, st.sampled_from(EDITS))
@settings(max_examples=60, deadline=None)
def test_a_word_swapped_in_the_sources_place_is_flagged(parts, edit):
    org, things, when, count = parts
    old, new = edit
    index = SourceIndex.build(source_with(org, old, things, when, count))
    verdict = check_sentence(f"{org} {new} {count} {things} {when}.", index)
    assert not verdict.supported
    assert any(repr(new) in reason and repr(old) in reason for reason in verdict.reasons), verdict.reasons


@given(texts, st.sampled_from(SYNONYMS))
@settings(max_examples=60, deadline=None)
def test_a_synonym_or_a_copy_in_the_sources_place_is_not_called_a_swap(parts, pair):
    org, things, when, count = parts
    old, synonym = pair
    index = SourceIndex.build(source_with(org, old, things, when, count))
    reworded = check_sentence(f"{org} {synonym} {count} {things} {when}.", index)
    assert not any("stands where" in reason for reason in reworded.reasons), reworded.reasons
    assert check_sentence(f"{org} {old} {count} {things} {when}.", index).supported

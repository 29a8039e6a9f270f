"""A named person who always tells the truth (or always lies), and what they say about another's honesty or deeds;
and an adjective with its "un-" form ("healthy" / "unhealthy") in a rule. Checked against the meaning: a truthful
speaker's claim holds, a liar's does not; nothing is both X and unX. Names, the speaker's kind, the claim and
the question's polarity are drawn fresh.

Regressions (both verified a wrong "cannot be determined"): "Gina always tells the truth" was read as defining a
kind of people called "gina", so her claim about Hal bound nothing; "Anyone who smokes is unhealthy. Sam is healthy.
Does Sam smoke?" read "healthy" and "unhealthy" as unrelated words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Gina", "Hal", "Ines", "Jonas", "Keiko"]


@st.composite
def honesty(draw):
    speaker, other = draw(st.permutations(NAMES))[:2]
    truthful = draw(st.booleans())
    behaviour = draw(st.sampled_from(["always tells the truth", "never lies"] if truthful else
                                     ["always lies", "never tells the truth"]))
    claim_lying = draw(st.booleans())
    claim = f"{other} is lying" if claim_lying else f"{other} is telling the truth"
    verb = draw(st.sampled_from(["says", "says that", "claims that"]))
    question_lying = draw(st.booleans())
    question = f"Is {other} lying?" if question_lying else f"Is {other} telling the truth?"
    holds = claim_lying if truthful else not claim_lying  # is the other lying?
    expected = "yes" if holds == question_lying else "no"
    return f"{speaker} {behaviour}. {speaker} {verb} {other} {claim.split(' ', 1)[1]}. {question}", expected


@given(honesty())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_a_named_truth_teller_or_liar_settles_their_claim(case):
    text, expected = case
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)
    assert verdict.answer == expected, text


@given(st.sampled_from(["healthy", "happy", "kind", "fair", "safe", "lucky"]), st.sampled_from(NAMES),
       st.sampled_from([("smokes", "Does {x} smoke?"), ("lies", "Does {x} lie?"), ("cheats", "Does {x} cheat?")]),
       st.booleans(), st.booleans())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_an_adjective_and_its_un_form_exclude_each_other(adjective, name, deed, rule_negative, fact_positive):
    verb, question = deed
    said = f"un{adjective}" if rule_negative else adjective
    other = adjective if rule_negative else f"un{adjective}"
    fact = f"{name} is {other}." if fact_positive else f"{name} is not {other}."
    text = f"Anyone who {verb} is {said}. {fact} {question.format(x=name)}"
    verdict = solve(text)
    # "is other" excludes "is said", so the rule's condition fails; "is not other" settles nothing (a middle)
    expected = "no" if fact_positive else "cannot be determined"
    assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)
    assert verdict.answer == expected, text

"""Speeches that answer the one before with the verb phrase left out ("Rae says she did it. Sam says she didn't."),
checked against brute force over who did it, under both readings of the elided speech's pronoun.

How it read before: the elided speech ("Sam says she didn't.", "Uma says he isn't.") was a sentence not understood,
so every such puzzle abstained. Now it is spelled out (`speech_ellipsis.py`) once per reading of its pronoun (the one
the previous speech spoke of, or the new speaker), a reading that makes the statements contradict each other is set
aside, and the answer stands only where the readings left agree.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Rae", "Sam", "Tove", "Ugo", "Vida", "Wim"]
DEEDS = [("did it", "did", "do it"), ("took the cake", "took", "take the cake"),
         ("broke the vase", "broke", "break the vase")]


def _culprits(people: list[str], claims: list[tuple[str, bool]], liars: int) -> set[str]:
    """Who did it in the worlds where exactly one person did and exactly `liars` claims are false; a claim is
    (person said to have done it, affirmed?)."""
    found = set()
    for culprit in people:
        false = sum((culprit == who) != affirmed for who, affirmed in claims)
        if false == liars:
            found.add(culprit)
    return found


@st.composite
def puzzles(draw):
    people = draw(st.permutations(NAMES))[:3]
    a, b, c = people
    pronoun = draw(st.sampled_from(["she", "he"]))
    deed, past, base = draw(st.sampled_from(DEEDS))
    negated = draw(st.booleans())
    third_affirmed = draw(st.booleans())
    third_about = draw(st.sampled_from([a, b]))
    liars = draw(st.sampled_from([1, 2]))
    text = (f"One of {a}, {b} and {c} {past} {deed.split(' ', 1)[1] if ' ' in deed else ''}".rstrip() + ". "
            f"{a} says {pronoun} {deed}. {b} says {pronoun} {'didn’t'.replace('’', chr(39)) if negated else 'did'}. "
            f"{c} says {third_about} {deed if third_affirmed else 'did not ' + base}. "
            f"Exactly {'one' if liars == 1 else 'two'} of them {'is lying' if liars == 1 else 'are lying'}. "
            f"Who {past} {deed.split(' ', 1)[1]}?")
    readings = []
    for about in (a, b):  # the elided speech of the one before, or of its own speaker
        claims = [(a, True), (about, not negated), (third_about, third_affirmed)]
        readings.append(_culprits(people, claims, liars))
    consistent = [r for r in readings if r]
    answers = {next(iter(r)) if len(r) == 1 else None for r in consistent}
    expected = answers.pop() if len(answers) == 1 else None
    return text, expected


@given(puzzles())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_an_elided_speech_is_answered_only_where_its_readings_agree(case):
    text, expected = case
    verdict = solve(text)
    if expected is None:
        assert verdict.status == "abstained", (text, verdict.answer, verdict.reason)
    else:
        assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason,
                                                                              verdict.unparsed)


@given(st.permutations(NAMES), st.sampled_from(["he", "she"]))
@settings(max_examples=15, deadline=None, derandomize=True)
def test_a_quoted_reply_speaks_of_the_previous_speaker(names, pronoun):
    a, b = names[:2]
    text = (f"One of {a} and {b} took the cake. {a} says: \"I took the cake.\" {b} says: \"{pronoun.capitalize()} "
            f"didn't.\" {b} is lying. Who took the cake?")
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == a, (text, verdict.answer, verdict.reason)

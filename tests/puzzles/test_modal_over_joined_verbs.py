"""A modal before two joined verb phrases governs both: "Every bird can fly or swim" is can-fly or can-swim, so
"Pip cannot fly. Can Pip swim?" follows (the second verb was read bare, "swims", and the question found no statement
about "can swim"). Generated over fresh names, kinds, verbs, modals, "or" / "and" and the question asked, checked
against brute force over the two abilities."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Pip", "Rox", "Tiko", "Bram", "Suli"]
KINDS = [("bird", "birds"), ("dog", "dogs"), ("pupil", "pupils"), ("robot", "robots")]
VERBS = [("fly", "swim"), ("run", "jump"), ("sing", "dance"), ("read", "draw"), ("climb", "dig")]
MODALS = [("can", "cannot", "Can"), ("must", "must not", "Must"), ("will", "will not", "Will")]


def _brute(joiner: str, denied_first: bool, asked_first: bool) -> str | None:
    """yes / no / cannot be determined over both truth values of the two abilities; None when none fits (the
    denial contradicts an "and" rule)."""
    answers = set()
    for first, second in itertools.product([False, True], repeat=2):
        if not ((first or second) if joiner == "or" else (first and second)):
            continue
        if first if denied_first else second:
            continue
        answers.add(first if asked_first else second)
    if not answers:
        return None
    return "cannot be determined" if len(answers) > 1 else ("yes" if answers.pop() else "no")


@given(st.sampled_from(NAMES), st.sampled_from(KINDS), st.sampled_from(VERBS), st.sampled_from(MODALS),
       st.sampled_from(["or", "and"]), st.booleans(), st.booleans(), st.booleans())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_a_modal_governs_both_joined_verbs(name, kind, verbs, modal, joiner, plural, deny_first, swap):
    one, many = kind
    a, b = reversed(verbs) if swap else verbs
    said, negated, asked = modal
    rule = f"All {many} {said} {a} {joiner} {b}." if plural else f"Every {one} {said} {a} {joiner} {b}."
    denied, other = (a, b) if deny_first else (b, a)
    text = f"{rule} {name} is a {one}. {name} {negated} {denied}. {asked} {name} {other}?"
    expected = _brute(joiner, deny_first, not deny_first)
    verdict = solve(text)
    if expected is None:
        assert verdict.status != "verified", (text, verdict.answer)
    else:
        assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer)

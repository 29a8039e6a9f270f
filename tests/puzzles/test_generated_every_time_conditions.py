"""Regression: "Every time it rains, the match is cancelled. Did it rain?" was verified "yes": "every time" was
dropped as a time phrase (as in "every day") and the two clauses read as two facts; "Each time Ann sings, Bo
claps." made "Bo claps" a fact. "every / each / any / every single time B, A", "anytime B, A" and "as soon as B,
A" (fronted or after the main clause) are "whenever B, A": the main clause follows from its condition and
nothing more, checked against the truth table. Names, verbs, the connective, its place, the fact and the
question are drawn fresh; "Ann sings every time." keeps the time phrase."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bilal", "Carys", "Dagny", "Emeka", "Farid"]
VERBS = [("sings", "sing", "sang"), ("laughs", "laugh", "laughed"), ("calls", "call", "called"),
         ("swims", "swim", "swam"), ("leaves", "leave", "left")]
CONNECTIVES = ["every time", "each time", "any time", "anytime", "every single time", "as soon as"]


@st.composite
def rules(draw):
    a, b = draw(st.permutations(NAMES))[:2]
    va, vb = draw(st.permutations(VERBS))[:2]
    connective = draw(st.sampled_from(CONNECTIVES))
    if draw(st.booleans()):
        rule = f"{connective.capitalize()} {a} {va[0]}, {b} {vb[0]}."
    else:
        rule = f"{b} {vb[0]} {connective} {a} {va[0]}."
    fact_about = draw(st.sampled_from(["condition", "result", "none"]))
    fact_true = draw(st.booleans())
    if fact_about == "none":
        fact, asked = "", draw(st.sampled_from([(a, va), (b, vb)]))
    else:
        who, verb = (a, va) if fact_about == "condition" else (b, vb)
        fact = f"{who} {verb[2]}." if fact_true else f"{who} didn't {verb[1]}."
        asked = (b, vb) if fact_about == "condition" else (a, va)
    # condition -> result, nothing else: every (condition, result) row but (True, False) is possible
    rows = [(c, r) for c in (True, False) for r in (True, False) if not (c and not r)]
    if fact_about == "condition":
        rows = [row for row in rows if row[0] == fact_true]
    elif fact_about == "result":
        rows = [row for row in rows if row[1] == fact_true]
    values = {row[0 if asked[0] == a else 1] for row in rows}
    expected = "cannot be determined" if len(values) == 2 else ("yes" if values == {True} else "no")
    text = " ".join(part for part in (rule, fact, f"Did {asked[0]} {asked[1][1]}?") if part)
    return text, expected


@given(rules())
@settings(max_examples=60, deadline=None, derandomize=True)
def test_every_time_joins_a_condition_to_its_result(case):
    text, expected = case
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason, verdict.unparsed)
    assert verdict.answer == expected, text


@given(st.sampled_from(NAMES), st.sampled_from(VERBS))
@settings(max_examples=10, deadline=None, derandomize=True)
def test_every_time_at_the_end_stays_a_time_phrase(name, verb):
    verdict = solve(f"{name} {verb[0]} every time. Does {name} {verb[1]}?")
    assert verdict.status == "verified" and verdict.answer == "yes", verdict.reason

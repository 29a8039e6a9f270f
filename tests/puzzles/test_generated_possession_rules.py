"""A rule about a kind's members who have something ("Students with tickets can enter.", "Members who have a badge
are admitted.") applied to someone said to have it in the singular or the plural ("Bo has tickets.", "Bo has a
ticket.", "Bo is a student with tickets."), checked against the rule applied by hand; someone not known to be of
the kind, or not known to have the thing, is never answered "yes".

First sight (before any code change for it): "Students who have tickets can enter." was not understood (a bare
plural's relative clause could not hold "have" or "are"), and "Students with tickets ..." at the start of a
sentence was read as a compound kind that "Bo has tickets." did not meet; most generated cases abstained, none
was answered wrong."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bilal", "Carys", "Dagny", "Emeka"]
KINDS = [("students", "student"), ("members", "member"), ("guests", "guest"), ("players", "player")]
THINGS = [("tickets", "a ticket"), ("badges", "a badge"), ("passes", "a pass"), ("keys", "a key")]
OUTCOMES = [("can enter", "Can {n} enter?"), ("can vote", "Can {n} vote?"), ("are happy", "Is {n} happy?")]


@given(st.sampled_from(NAMES), st.sampled_from(KINDS), st.sampled_from(THINGS), st.sampled_from(OUTCOMES),
       st.sampled_from(["with {p}", "with {s}", "who have {p}", "who have {s}"]),
       st.sampled_from(["{n} is a {k}. {n} has {p}.", "{n} is a {k}. {n} has {s}.", "{n} is a {k} with {p}.",
                        "{n} has {p}.", "{n} is a {k}."]))
@settings(max_examples=40, deadline=None, derandomize=True)
def test_a_rule_on_members_who_have_something(name, kind, thing, outcome, restriction, facts):
    plural_kind, one_kind = kind
    plural_thing, one_thing = thing
    rule = f"{plural_kind.capitalize()} {restriction.format(p=plural_thing, s=one_thing)} {outcome[0]}."
    told = facts.format(n=name, k=one_kind, p=plural_thing, s=one_thing)
    text = f"{rule} {told} {outcome[1].format(n=name)}"
    settled = "is a" in facts and "has" in facts or "with" in facts
    verdict = solve(text)
    if settled:
        assert (verdict.status, verdict.answer) == ("verified", "yes"), (text, verdict.reason, verdict.unparsed)
    else:
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)

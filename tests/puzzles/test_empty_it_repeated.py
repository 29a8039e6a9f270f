"""An empty "it" said again: "If it's a weekday, the bank is open. The bank is open. So it's a weekday." abstained
(the conclusion's "it" was read as the bank named in between, the premise's as the time). The same words said of
the empty "it" later are that "it" again (`Discourse.empty_it`); fresh arguments over time words the grammar does
not list ("weekday", "payday", "a school day") are checked against their truth tables, with the form named."""

from __future__ import annotations

import random

import pytest

import agentlib

TIMES = [("a weekday", "not a weekday"), ("payday", "not payday"), ("a school day", "not a school day"),
         ("a workday", "not a workday"), ("a half day", "not a half day")]
THINGS = [("the bank", "open", "not open"), ("the gym", "crowded", "not crowded"), ("the office", "busy", "not busy"),
          ("the square", "full", "not full"), ("the bus", "late", "not late")]
# form -> (the second premise is about the time?, it is said plainly?, the conclusion said plainly?, valid)
FORMS = {"modus ponens": (True, True, True, True), "modus tollens": (False, False, False, True),
         "affirming the consequent": (False, True, True, False), "denying the antecedent": (True, False, False, False)}


@pytest.mark.parametrize("seed", range(16))
def test_an_empty_it_said_again_is_the_same_it(seed):
    rng = random.Random(seed)
    time, not_time = rng.choice(TIMES)
    thing, state, not_state = rng.choice(THINGS)
    form = rng.choice(sorted(FORMS))
    about_time, plain, goal_plain, valid = FORMS[form]
    it = rng.choice(["it's", "it is"])
    fact = f"{it.capitalize()} {time if plain else not_time}." if about_time else \
        f"{thing.capitalize()} is {state if plain else not_state}."
    goal = f"{thing} is {state if goal_plain else not_state}" if about_time else \
        f"{it} {time if goal_plain else not_time}"
    text = f"If {it} {time}, {thing} is {state}. {fact} So {goal}."
    verdict = agentlib.analyze(text)
    assert (verdict.status, verdict.answer) == ("verified", "valid" if valid else "invalid"), (text, verdict.reason)
    assert verdict.form == form, text


@pytest.mark.parametrize("thing, state, _", THINGS[:3])
def test_asked_in_solve_the_affirmed_consequent_settles_nothing(thing, state, _):
    verdict = agentlib.solve(f"If it's a weekday, {thing} is {state}. {thing.capitalize()} is {state}. "
                             "Is it a weekday?")
    assert (verdict.status, verdict.answer) == ("verified", "cannot be determined")

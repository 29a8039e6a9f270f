"""Events placed by different verbs, generated with fresh names: never an answer that one timeline contradicts.

"Kobi left before the storm. The storm began before midnight. Did Kobi leave before midnight?" is "yes" on one
timeline (the storm is one moment, whatever verb places it), but each verb has its own order in the grammar, so the
storm's place among leavings and among beginnings came apart and the answer was "cannot be determined" (a wrong
verified answer). Now such a verdict abstains, unless it agrees with the one-timeline answer worked out here from the
chain's direction. People on two verbs' orders are two events each ("Ann arrived before Bob. Bob left before Cy."):
that stays open.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
PERSON_VERBS = [("died", "die"), ("left", "leave"), ("arrived", "arrive"), ("called", "call"), ("sang", "sing")]
EVENTS = ["the storm", "the concert", "the party", "the game", "the parade"]
EVENT_VERBS = ["began", "ended", "started", "finished"]
MOMENTS = ["midnight", "noon", "dawn", "sunset"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**9))
def test_a_moment_placed_by_two_verbs_never_gives_an_answer_one_timeline_contradicts(seed):
    rng = random.Random(seed)
    person, (past, base) = _name(rng), rng.choice(PERSON_VERBS)
    event, event_verb, moment = rng.choice(EVENTS), rng.choice(EVENT_VERBS), rng.choice(MOMENTS)
    first, second = rng.choice(["before", "after"]), rng.choice(["before", "after"])
    asked = rng.choice(["before", "after"])
    # person <first> event, event <second> moment: a chain when both point the same way
    text = (f"{person} {past} {first} {event}. {event.capitalize()} {event_verb} {second} {moment}. "
            f"Did {person} {base} {asked} {moment}?")
    expected = ("yes" if asked == first else "no") if first == second else "cannot be determined"
    verdict = solve(text)
    if verdict.status == "verified":
        assert verdict.answer == expected, (text, verdict.answer, verdict.reason)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**9))
def test_people_on_two_verbs_orders_stay_open(seed):
    rng = random.Random(seed)
    a, b, c = _name(rng), _name(rng) + "a", _name(rng) + "o"
    (past1, base1), (past2, _) = rng.sample(PERSON_VERBS, 2)
    text = f"{a} {past1} before {b}. {b} {past2} before {c}. Did {a} {base1} before {c}?"
    verdict = solve(text)
    assert verdict.status == "verified", (text, verdict.reason)
    assert verdict.answer == "cannot be determined"

"""A sentence that rules out ties ("There were no ties.", "Nobody tied.", "No two runners finished at the same
time.") was not understood, so a race that said so abstained. It claims nothing about anyone: it makes every ranking
strict, which matters where a denied comparison would leave two people equal. Checked against every order of the
cast."""

from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Ines", "Rolf", "Tamsin", "Odile", "Bram"]
NO_TIES = ["There were no ties.", "Nobody tied.", "No two of them tied.", "There was no tie."]
RACE_NO_TIES = [*NO_TIES, "No two runners finished at the same time.", "There were no ties in the race."]


def _orders_fitting(cast: list[str], before: list[tuple[str, str]]) -> list[tuple[str, ...]]:
    return [p for p in permutations(cast) if all(p.index(a) < p.index(b) for a, b in before)]


@given(st.permutations(NAMES).map(lambda p: p[:4]), st.sampled_from(RACE_NO_TIES), st.integers(0, 3),
       st.integers(0, 3))
@settings(max_examples=16, deadline=None, derandomize=True)
def test_a_race_with_no_ties_answers_as_every_order_fitting_it(cast, no_ties, where, asked_place):
    finish = list(cast)
    before = [(finish[k], finish[k + 1]) for k in range(3)]
    clues = [f"{a} finished before {b}." for a, b in before]
    clues.insert(where, no_ties)
    text = f"{', '.join(cast[:-1])} and {cast[-1]} ran a race. {' '.join(clues)} " \
           f"Who finished {['first', 'second', 'third', 'fourth'][asked_place]}?"
    fitting = {order[asked_place] for order in _orders_fitting(list(cast), before)}
    verdict = solve(text)
    assert len(fitting) == 1
    assert (verdict.status, verdict.answer) == ("verified", fitting.pop()), verdict.reason


@given(st.permutations(NAMES).map(lambda p: p[:3]), st.sampled_from(NO_TIES))
@settings(max_examples=12, deadline=None, derandomize=True)
def test_no_ties_makes_a_denied_comparison_strict(cast, no_ties):
    """"A is not taller than B" leaves the two possibly equal; with no ties, B is taller."""
    short, middle, tall = cast
    said = f"{short} is not taller than {middle}. {middle} is not taller than {tall}."
    untied = solve(f"{said} {no_ties} Is {tall} taller than {short}?")
    assert (untied.status, untied.answer) == ("verified", "yes"), untied.reason
    tied = solve(f"{said} Is {tall} taller than {short}?")  # all three may be equal: open without the sentence
    assert (tied.status, tied.answer) != ("verified", "yes")

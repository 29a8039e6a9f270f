"""A race result said with "lost to" ("In the race, Sid lost to Tea.") orders the finishers as "beat" does, the
winner ahead; without a race it stays unread, since a game lost is no order ("Ann lost to Bo at chess" and "Bo lost
to Cy" say nothing of Ann and Cy). Generated over fresh names, chain lengths, clue orders and both verbs, checked
against brute force over every finishing order."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Sid", "Tea", "Ugo", "Vera", "Wyn", "Xena"]
RACES = ["race", "marathon", "sprint", "relay"]
QUESTIONS = {"Who won?": 0, "Who came last?": -1}


def _brute(names: list[str], ahead: list[tuple[str, str]], question: int) -> set[str]:
    """Who holds the asked place in every finishing order that puts each pair's first name ahead."""
    found = set()
    for order in itertools.permutations(names):
        if all(order.index(a) < order.index(b) for a, b in ahead):
            found.add(order[question])
    return found


@given(st.permutations(NAMES).map(lambda p: p[:3]) | st.permutations(NAMES).map(lambda p: p[:4]),
       st.lists(st.booleans(), min_size=3, max_size=3), st.randoms(use_true_random=False),
       st.sampled_from(RACES), st.sampled_from(sorted(QUESTIONS)), st.booleans())
@settings(max_examples=20, deadline=None, derandomize=True)
def test_lost_to_in_a_race_orders_the_finishers(order, lost, rnd, race, question, drop_one):
    ahead = list(zip(order, order[1:]))  # a chain: each finished ahead of the next
    if drop_one:
        ahead.pop(rnd.randrange(len(ahead)))  # a clue gone may leave the place open
    clues = [f"{b} lost to {a}." if lose else f"{a} beat {b}." for (a, b), lose in zip(ahead, lost)]
    rnd.shuffle(clues)
    text = f"{', '.join(order[:-1])} and {order[-1]} ran a {race}. {' '.join(clues)} {question}"
    expected = _brute(list(order), ahead, QUESTIONS[question])
    verdict = solve(text)
    if len(expected) == 1:
        assert verdict.status == "verified" and verdict.answer == next(iter(expected)), (text, verdict.answer)
    else:
        assert verdict.status != "verified", (text, verdict.answer)


@given(st.permutations(NAMES).map(lambda p: p[:3]), st.sampled_from(["chess", "tennis", "cards"]))
@settings(max_examples=6, deadline=None, derandomize=True)
def test_lost_to_in_a_game_is_no_order(names, game):
    a, b, c = names
    verdict = solve(f"{c} lost to {b} at {game}. {b} lost to {a} at {game}. Did {a} beat {c}?")
    assert verdict.status != "verified", verdict.answer

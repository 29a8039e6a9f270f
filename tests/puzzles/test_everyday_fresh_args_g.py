"""Fresh everyday arguments and rule questions, batch args g (`everyday_fresh_args_g.py`, written before the round
that reads it changed any code), with its adversarial near-misses.

First reading, before any code change: right 75, abstained 40, wrong 2 of 117 (see the batch's notes). After
"has no key" linked to "has a key" (`indefinite_objects.py`, and each half of an "and" weighed alone for a stray
reading) and "even if" / "even though" / "although" read as concessives: right 79, abstained 38, wrong 0. After
the handout's "P1. ... C." labels, "obviously", "all and only", "not only ... but also", "otherwise", and "because"
in a premise (both sides stated; never concluded): right 98, abstained 19, wrong 0 (RIGHT_FLOOR).

Each argument goes through `analyze` and each question through `solve`: "right" is the expected answer verified
(or an abstention where None is expected; where `OK_EITHER` names a verdict, that verdict verified is right too),
"abstained" an abstention where an answer was expected, "wrong" a verified answer that is not the expected one.
A wrong outcome is never allowed; the floor on right outcomes is a ratchet.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve


def _batch():
    spec = importlib.util.spec_from_file_location("everyday_fresh_args_g", Path(__file__).parent /
                                                  "everyday_fresh_args_g.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BATCH = _batch()
RIGHT_FLOOR = 98


def analyze_outcome(text: str, expected: str | None) -> str:
    analysis = _analyze(text)
    if analysis.status != "verified":
        return "right" if expected is None else "abstained"
    if expected is None:
        return "right" if analysis.answer == BATCH.OK_EITHER.get(text) else "wrong"
    return "right" if analysis.answer == expected else "wrong"


def solve_outcome(text: str, expected: str | None) -> str:
    verdict = solve(text)
    if verdict.status != "verified":
        return "right" if expected is None else "abstained"
    if expected is None:
        return "right" if verdict.answer == BATCH.OK_EITHER.get(text) else "wrong"
    return "right" if verdict.answer == expected else "wrong"


def outcomes() -> list[tuple[str, str]]:
    found = [(text, analyze_outcome(text, expected)) for text, expected, _ in BATCH.ARGS_G + BATCH.NEAR_MISS_ARGS]
    found += [(text, solve_outcome(text, expected)) for text, expected in BATCH.SOLVE_G + BATCH.NEAR_MISS_SOLVE]
    return found


def test_fresh_arguments_g_get_no_wrong_answer_and_the_right_ones_do_not_shrink():
    found = outcomes()
    assert not [text for text, result in found if result == "wrong"]
    assert sum(result == "right" for _, result in found) >= RIGHT_FLOOR


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_args_g.py: the batch's figure
    counts: dict[str, int] = {}
    for text, result in outcomes():
        counts[result] = counts.get(result, 0) + 1
        if result != "right":
            print(f"{result}: {text}")
    print(", ".join(f"{k} {counts.get(k, 0)}" for k in ("right", "abstained", "wrong")) + f" of {sum(counts.values())}")

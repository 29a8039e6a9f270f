"""Fresh everyday arguments and rule questions, batch args f (`everyday_fresh_args_f.py`, written before the round
that reads it changed any code), with its adversarial near-misses.

First reading, before any code change: right 80, abstained 27, wrong 1 of 108 (see the batch's notes). After the
round (stressed quantifiers "every single (one of the)", "not a single"; homework lead-ins and "1. ... 2. ..." on one
line; "should" and "would" never facts; "can't be" / "has to" in a conclusion; "did every guest ...?"; "not all
the"; people addressed; "so" without a comma; "You say X" judged granted and not): right 91, abstained 17, wrong 0;
then "no one but employees", "nobody on the night shift drinks ...", "trains on Monday": right 95, abstained 13,
wrong 0 (RIGHT_FLOOR). Found while hunting, outside the batch: "Ann should study. So Ann studies.", "If it rains,
Ann should stay home. It rains. Does Ann stay home?" and "Ann would be at home. So Ann is at home." were verified;
and (already on main) a rule about a kind with a pronoun in its trailing condition: "A dog is allowed only if it
is leashed. Rex is a dog. Rex is not leashed. Is Rex allowed?" and "Students pass only if they study. Ann is a
student. Ann does not study. Does Ann pass?" were verified "cannot be determined" (the pronoun read as one unknown
thing, or as the people named), now "no" (`generic_conditions.py`; all in `test_generated_args_f.py`).

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
    spec = importlib.util.spec_from_file_location("everyday_fresh_args_f", Path(__file__).parent /
                                                  "everyday_fresh_args_f.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BATCH = _batch()
RIGHT_FLOOR = 95


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
    return "right" if expected is not None and verdict.answer == expected else "wrong"


def outcomes() -> list[tuple[str, str]]:
    found = [(text, analyze_outcome(text, expected)) for text, expected, _ in BATCH.ARGS_F + BATCH.NEAR_MISS_ARGS]
    found += [(text, solve_outcome(text, expected)) for text, expected in BATCH.SOLVE_F + BATCH.NEAR_MISS_SOLVE]
    return found


def test_fresh_arguments_e_get_no_wrong_answer_and_the_right_ones_do_not_shrink():
    found = outcomes()
    assert not [text for text, result in found if result == "wrong"]
    assert sum(result == "right" for _, result in found) >= RIGHT_FLOOR


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_args_f.py: the batch's figure
    counts: dict[str, int] = {}
    for text, result in outcomes():
        counts[result] = counts.get(result, 0) + 1
        if result != "right":
            print(f"{result}: {text}")
    print(", ".join(f"{k} {counts.get(k, 0)}" for k in ("right", "abstained", "wrong")) + f" of {sum(counts.values())}")

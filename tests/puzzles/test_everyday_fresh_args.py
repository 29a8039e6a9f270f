"""Fresh everyday arguments (`everyday_fresh_args.py`, written before the argument round changed any code).

First reading: 49 of 62 right, 2 misnamed, 9 abstained, 2 wrong. After the round (conclusion first, premises joined
by "and", both groupings of "If A, B, and C", unclear pronouns, speaker words in the conclusion, form names through
double negation): 57 of 62 right, 0 misnamed, 5 abstained, 0 wrong. The second set `ARGS_SECOND` (25, written after
those fixes and run once before any further change): 22 right, 3 abstained, 0 wrong on first reading. After the
batch c round (`test_everyday_fresh_args_c.py`): 58 of 62 and 23 of 25 right, 0 wrong.

Each argument goes through `analyze`: "right" is the expected verdict, verified, with the named form containing the
expected words (or an abstention where None is expected); "misnamed" is the right verdict under a missing or wrong
name; "wrong" is a verified wrong verdict, or a verdict where only an abstention is honest. A wrong outcome is never
allowed; the floor on right outcomes is a ratchet.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from agentlib.puzzles.argument import _analyze


def _batch():
    spec = importlib.util.spec_from_file_location("everyday_fresh_args", Path(__file__).parent /
                                                  "everyday_fresh_args.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BATCH = _batch()
RIGHT_FLOOR = 58
SECOND_RIGHT_FLOOR = 24


def outcome(text: str, expected: str | None, form_words: str) -> str:
    analysis = _analyze(text)
    if analysis.status != "verified":
        return "right" if expected is None else "abstained"
    if analysis.answer != expected:
        return "wrong"
    named = f"{analysis.form} {analysis.fallacy}".lower()
    return "right" if form_words.lower() in named else "misnamed"


def outcomes(cases: list | None = None) -> list[tuple[str, str]]:
    return [(text, outcome(text, expected, words)) for text, expected, words in (cases or BATCH.ARGS)]


def test_fresh_arguments_get_no_wrong_verdict_and_the_right_ones_do_not_shrink():
    found = outcomes()
    assert not [text for text, result in found if result == "wrong"]
    assert sum(result == "right" for _, result in found) >= RIGHT_FLOOR


def test_the_second_fresh_set_gets_no_wrong_verdict_and_the_right_ones_do_not_shrink():
    found = outcomes(BATCH.ARGS_SECOND)
    assert not [text for text, result in found if result == "wrong"]
    assert sum(result == "right" for _, result in found) >= SECOND_RIGHT_FLOOR


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_args.py: the two sets' figures
    for label, cases in (("ARGS", BATCH.ARGS), ("ARGS_SECOND", BATCH.ARGS_SECOND)):
        counts: dict[str, int] = {}
        for text, result in outcomes(cases):
            counts[result] = counts.get(result, 0) + 1
            if result != "right":
                print(f"{result}: {text}")
        print(f"{label}: " + ", ".join(f"{k} {counts.get(k, 0)}" for k in ("right", "misnamed", "abstained", "wrong"))
              + f" of {sum(counts.values())}")

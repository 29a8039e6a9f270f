"""Fresh everyday arguments, batch d (`everyday_fresh_args_d.py`, written before the puzzh round changed any code).

First reading, before any code change: 32 of 39 right, 0 misnamed, 7 abstained, 0 wrong. After the round (contrary
adjectives "warm" / "cold", "up" / "down" read as exclusive, nothing more): 33 right, 1 misnamed (the modus tollens
through "up" / "down" is verified valid but not named), 5 abstained, 0 wrong (RIGHT_FLOOR).

Each argument goes through `analyze`: "right" is the expected verdict, verified, with the named form containing the
expected words (or an abstention where None is expected; where `OK_EITHER` names a verdict, that verdict verified is
right too); "misnamed" is the right verdict under a missing or wrong name; "wrong" is a verified wrong verdict, or a
verdict where only an abstention is honest. A wrong outcome is never allowed; the floor on right outcomes is a
ratchet.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from agentlib.puzzles.argument import _analyze


def _batch():
    spec = importlib.util.spec_from_file_location("everyday_fresh_args_d", Path(__file__).parent /
                                                  "everyday_fresh_args_d.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BATCH = _batch()
RIGHT_FLOOR = 33


def outcome(text: str, expected: str | None, form_words: str) -> str:
    analysis = _analyze(text)
    if analysis.status != "verified":
        return "right" if expected is None else "abstained"
    either = BATCH.OK_EITHER.get(text)
    if expected is None:
        return "right" if analysis.answer == either else "wrong"
    if analysis.answer != expected:
        return "wrong"
    named = f"{analysis.form} {analysis.fallacy}".lower()
    return "right" if form_words.lower() in named else "misnamed"


def outcomes() -> list[tuple[str, str]]:
    return [(text, outcome(text, expected, words)) for text, expected, words in BATCH.ARGS_D]


def test_fresh_arguments_d_get_no_wrong_verdict_and_the_right_ones_do_not_shrink():
    found = outcomes()
    assert not [text for text, result in found if result == "wrong"]
    assert sum(result == "right" for _, result in found) >= RIGHT_FLOOR


if __name__ == "__main__":  # python tests/puzzles/test_everyday_fresh_args_d.py: the batch's figure
    counts: dict[str, int] = {}
    for text, result in outcomes():
        counts[result] = counts.get(result, 0) + 1
        if result != "right":
            print(f"{result}: {text}")
    print(", ".join(f"{k} {counts.get(k, 0)}" for k in ("right", "misnamed", "abstained", "wrong"))
          + f" of {sum(counts.values())}")

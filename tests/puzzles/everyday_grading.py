"""How a fresh everyday batch is graded: each text through `solve` or `analyze`, as right, abstained or wrong.

A solve case's expected answer None means the honest outcome is an abstention (then any abstention is right); an
analyze case is (text, "valid" / "invalid", form words). Shared by the batch tests and their `__main__` figures.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve


def load_batch(name: str) -> ModuleType:
    """A batch module beside this file (the tests run with --import-mode=importlib, so siblings load by path)."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _graded(status: str, answer: object, expected: object, either: object) -> str:
    """Expected None: an abstention is right, and so is the verdict `either` names (a case two readings may settle
    alike); any other verified answer is wrong."""
    if status != "verified":
        return "right" if expected is None else "abstained"
    if expected is None:
        return "right" if either is not None and answer == either else "wrong"
    return "right" if answer == expected or _same_owner(answer, expected) else "wrong"


def _same_owner(answer: object, expected: object) -> bool:
    """"Whose car is the fastest?": "Ann" and "Ann's car" both answer it (the owner, or the owner's thing)."""
    if not isinstance(answer, str) or not isinstance(expected, str):
        return False
    return any(long.startswith(short + "'s ") for short, long in ((answer, expected), (expected, answer)))


def solve_outcome(text: str, expected: str | None, ok_either: dict | None = None) -> str:
    verdict = solve(text)
    return _graded(verdict.status, verdict.answer, expected, (ok_either or {}).get(text))


def analyze_outcome(text: str, expected: str | None, ok_either: dict | None = None) -> str:
    analysis = _analyze(text)
    return _graded(analysis.status, analysis.answer, expected, (ok_either or {}).get(text))


def outcomes(solve_cases: list, analyze_cases: list, ok_either: dict | None = None) -> list[tuple[str, str]]:
    """(text, outcome) for every case of a batch, solve cases first."""
    found = [(text, solve_outcome(text, expected, ok_either)) for text, expected in solve_cases]
    found += [(text, analyze_outcome(text, expected, ok_either)) for text, expected, _ in analyze_cases]
    return found


def assert_ratchet(found: list[tuple[str, str]], right_floor: int) -> None:
    """A batch's ratchet: never a verified wrong answer, and the right outcomes never fall below the floor."""
    assert not [text for text, outcome in found if outcome == "wrong"]
    assert sum(outcome == "right" for _, outcome in found) >= right_floor


def print_figure(found: list[tuple[str, str]]) -> None:
    """The batch's figure, as its `__main__` prints it: every miss, then right / abstained / wrong."""
    counts: dict[str, int] = {}
    for text, outcome in found:
        counts[outcome] = counts.get(outcome, 0) + 1
        if outcome != "right":
            print(f"{outcome}: {text}")
    print(f"right {counts.get('right', 0)}, abstained {counts.get('abstained', 0)}, wrong {counts.get('wrong', 0)} "
          f"of {sum(counts.values())}")

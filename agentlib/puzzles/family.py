"""Puzzle families: one deterministic formalizer per templated benchmark family, behind one protocol.

A family reads its dataset folder (`load`), says how sure it is that a text is one of its puzzles
(`detect`), and solves a text into a `Verdict` (formalize -> constraint spec -> Z3 -> certificate).
Scoring a verdict against a gold answer is the evals' business (`agentlib.evals.puzzles`): no
formalizer imports the eval harness. `FAMILIES` maps the dataset folder names of
published benchmark families to the modules that implement them, imported only when used.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from agentlib.errors import InputError
from agentlib.puzzles.verdict import Verdict


@dataclass(frozen=True)
class PuzzleItem:
    """One benchmark item. `text` is everything a solver may read (context, question, options), never the
    gold answer. Only the FOLIO family, whose eval is defined on the dataset's gold first-order formulas,
    puts those formulas in `text`."""

    id: str
    text: str
    expected: Any
    subset: str = ""
    raw: dict = field(default_factory=dict)


class PuzzleFamily(Protocol):
    name: str

    def load(self, data_dir: Path) -> list[PuzzleItem]: ...

    def detect(self, text: str) -> float: ...

    def solve(self, text: str) -> Verdict: ...


FAMILIES: dict[str, str] = {
    "knights-and-knaves": "agentlib.puzzles.knights:FAMILY",
    "logicaldeduction": "agentlib.puzzles.deduction:FAMILY",
    "prontoqa": "agentlib.puzzles.prontoqa:FAMILY",
    "proofwriter": "agentlib.puzzles.proofwriter:FAMILY",
    "folio": "agentlib.puzzles.folio:FAMILY",
    "english": "agentlib.puzzles.english.family:FAMILY",
    "number-riddle": "agentlib.puzzles.number_riddle:FAMILY",
}


def load_logiclm_records(path: Path, letters: dict[str, Any] | None = None) -> list[dict]:
    """The records of a Logic-LM-format file: a JSON list of {id, context, question, options, answer}.

    Raises InputError when the file is missing or not JSON, or (given `letters`) an answer is not one of them.
    """
    if not path.is_file():
        raise InputError(f"no {path.name} in {path.parent}")
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"{path} is not valid JSON: {error}") from None
    if not isinstance(records, list):
        raise InputError(f"{path} must hold a JSON list of items")
    for record in records:
        if not isinstance(record, dict) or not {"id", "context", "question", "answer"} <= set(record):
            raise InputError(f"{path}: every item needs id, context, question and answer")
        if letters is not None and record["answer"] not in letters:
            raise InputError(f"{path}: item {record['id']!r} has answer {record['answer']!r}, "
                             f"expected {'/'.join(letters)}")
    return records


def render_logiclm_item(record: dict) -> str:
    """What a solver reads of a Logic-LM record: the context, the question, then the options, one per line."""
    options = "\n".join(record.get("options", []))
    return f"{record['context']}\n\n{record['question']}" + (f"\n{options}" if options else "")


def get_family(name: str) -> PuzzleFamily:
    target = FAMILIES.get(name) if isinstance(name, str) else None
    if target is None:
        raise InputError(f"unknown puzzle family {name!r:.60}; known: {', '.join(FAMILIES)}")
    module_name, attribute = target.split(":")
    return getattr(importlib.import_module(module_name), attribute)


def available_families() -> list[PuzzleFamily]:
    """The families whose modules are installed (all of them in a complete install)."""
    found = []
    for name in FAMILIES:
        try:
            found.append(get_family(name))
        except ModuleNotFoundError:
            continue
    return found

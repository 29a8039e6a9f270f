"""FOLIO: True / False / Uncertain by first-order entailment from the premises' formulas.

The deterministic formalizer here reads first-order formulas (FOLIO's gold annotation, or a
model's), not English: a text has premise lines "P<n>: <formula>" and one line
"Conclusion (first-order logic): <formula>" (see `render_fol`). Z3 decides, with an uninterpreted
sort of individuals and no unique-name assumption (`fol.py`):
    premises ⊨ c      -> True      (premises + ¬c unsat)
    premises ⊨ ¬c     -> False     (premises + c unsat)
    neither           -> Uncertain (both have models)
Quantified formulas can make Z3 answer unknown; each check has a deadline, and an unknown that
leaves the answer open abstains (failure "error", reason "solver unknown ...") rather than guessing.

Two families: `FAMILY` loads FOLIO with the gold formulas in the text (it measures formula ->
answer, the formalizer-from-gold track); `NL_FAMILY` loads the English only, which this module
abstains on (`not_parsed`), leaving it to a model formalizer.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agentlib.errors import InputError
from agentlib.puzzles.family import PuzzleItem
from agentlib.puzzles.fol import FormulaError, Reading, Signature, parse_formula, readings
from agentlib.puzzles.rules import split_sentences
from agentlib.puzzles.verdict import Certificate, SolverCheck, Verdict

NAME = "folio"
LABELS = ("True", "False", "Uncertain")
LETTERS = {"A": "True", "B": "False", "C": "Uncertain"}
TIMEOUT_MS = 5_000

_PREMISE_RE = re.compile(r"^\s*P(\d+)\s*:\s*(.+?)\s*$")
_CONCLUSION_RE = re.compile(r"^\s*Conclusion \(first-order logic\)\s*:\s*(.+?)\s*$", re.I)
_FOL_SYMBOLS_RE = re.compile(r"[∀∃→↔⊕∧∨¬]")


@dataclass(frozen=True)
class Problem:
    premises: list[str]  # formulas
    conclusion: str


def render_fol(premises_fol: list[str], conclusion_fol: str, premises_nl: list[str] | None = None,
               conclusion_nl: str = "") -> str:
    """A FOLIO item as text this formalizer reads (English, when given, is context for a reader)."""
    lines: list[str] = []
    if premises_nl:
        lines += ["Premises:", *premises_nl, ""]
    lines.append("Premises (first-order logic):")
    lines += [f"P{i + 1}: {formula}" for i, formula in enumerate(premises_fol)]
    if conclusion_nl:
        lines.append(f"Conclusion: {conclusion_nl}")
    lines.append(f"Conclusion (first-order logic): {conclusion_fol}")
    lines.append("Is the conclusion true, false, or uncertain given the premises?")
    return "\n".join(lines)


def extract_problem(text: str) -> Problem | None:
    """The formulas of a `render_fol` text, or None when the text has none."""
    premises: list[str] = []
    conclusion: str | None = None
    for line in text.splitlines():
        conclusion_match = _CONCLUSION_RE.match(line)
        if conclusion_match:
            if conclusion is not None:
                raise InputError("two 'Conclusion (first-order logic):' lines; give exactly one")
            conclusion = conclusion_match.group(1)
            continue
        premise = _PREMISE_RE.match(line)
        if premise:
            premises.append(premise.group(2))
    if conclusion is None:
        return None
    if not premises:
        raise InputError("a conclusion formula but no premise lines 'P1: <formula>'")
    return Problem(premises, conclusion)


def _check(solver: Any, extra: Any | None) -> str:
    solver.push()
    if extra is not None:
        solver.add(extra)
    status = str(solver.check())
    solver.pop()
    return status


MAX_READINGS = 8


def decide(problem: Problem, *, timeout_ms: int = TIMEOUT_MS) -> Verdict:
    """Premises and conclusion formulas -> certified True / False / Uncertain, or an abstention.

    A formula with a syntactic quirk (`fol.readings`) is decided under each of its readings; the
    answer stands only when every reading gives it, else the verdict abstains as ambiguous.
    """
    formulas = [*problem.premises, problem.conclusion]
    options = [readings(f) for f in formulas]
    combinations = list(itertools.islice(itertools.product(*options), MAX_READINGS + 1))
    if len(combinations) > MAX_READINGS:
        return Verdict(NAME, "abstained", failure="ambiguous",
                       reason=f"more than {MAX_READINGS} readings of the formulas' unparenthesized syntax")
    verdicts = [_decide_reading(problem, list(combo), timeout_ms) for combo in combinations]
    first = verdicts[0]
    notes = sorted({f"{r.text!r}: {r.note}" for combo in combinations for r in combo if r.note})
    if len(verdicts) == 1:
        return first
    answers = {(v.status, v.answer, v.failure) for v in verdicts}
    if len(answers) == 1:
        first.reason += f" (the same under all {len(verdicts)} readings of: {'; '.join(notes)})"
        return first
    by_reading = ", ".join(sorted({str(v.answer if v.verified else v.failure) for v in verdicts}))
    return Verdict(NAME, "abstained", failure="ambiguous",
                   reason=f"the answer depends on how formulas are read ({by_reading}): {'; '.join(notes)}")


def _decide_reading(problem: Problem, chosen: list[Reading], timeout_ms: int) -> Verdict:
    signature = Signature()
    z3 = signature.z3
    terms = [parse_formula(r.text, signature, r.grouping) for r in chosen]
    premises, conclusion = terms[:-1], terms[-1]
    solver = z3.Solver(ctx=signature.ctx)
    solver.set("timeout", int(timeout_ms))
    trackers = [z3.Bool(f"P{i + 1}", signature.ctx) for i in range(len(premises))]
    for tracker, premise in zip(trackers, premises):
        solver.assert_and_track(premise, tracker)
    base = _check(solver, None)
    if base == "unsat":
        core = sorted((str(t) for t in solver.unsat_core()), key=lambda label: int(label[1:]))
        described = " / ".join(f"{label}: {problem.premises[int(label[1:]) - 1]}" for label in core)
        return Verdict(NAME, "abstained", reason=f"the premises contradict each other: {described}", failure="unsat")
    negation_possible = _check(solver, z3.Not(conclusion))
    conclusion_possible = _check(solver, conclusion) if negation_possible != "unsat" else "sat"
    premises_claim = SolverCheck(f"the {len(premises)} premises", base)  # type: ignore[arg-type]
    if negation_possible == "unsat":
        checks: tuple[SolverCheck, ...] = (
            premises_claim, SolverCheck("premises + ¬conclusion", "unsat", "the conclusion is entailed")
        )
        return _verified("True", "the conclusion follows from the premises", "entailment (negation unsat)", checks)
    if conclusion_possible == "unsat":
        checks = (premises_claim, SolverCheck("premises + conclusion", "unsat", "the negation is entailed"))
        return _verified("False", "the negation of the conclusion follows from the premises",
                         "entailment (conclusion unsat)", checks)
    if "unknown" in (base, negation_possible, conclusion_possible):
        reason = (f"solver unknown within {timeout_ms} ms: premises {base}, premises + ¬conclusion {negation_possible},"
                  f" premises + conclusion {conclusion_possible}")
        return Verdict(NAME, "abstained", reason=reason, failure="error")
    both: tuple[SolverCheck, ...] = (
        premises_claim,
        SolverCheck("premises + ¬conclusion", "sat", "a model where the conclusion is false"),
        SolverCheck("premises + conclusion", "sat", "a model where it is true"),
    )
    return _verified("Uncertain", "the premises neither entail the conclusion nor its negation",
                     "non-entailment (both models exist)", both)


def _verified(answer: str, reason: str, method: str, checks: tuple[SolverCheck, ...]) -> Verdict:
    return Verdict(
        NAME, "verified", answer=answer, reason=reason, certificate=Certificate(method=method, checks=checks)
    )


def solve(text: str) -> Verdict:
    if not text or not text.strip():
        raise InputError("empty FOLIO text: give premise formulas 'P1: ...' and 'Conclusion (first-order logic): ...'")
    problem = extract_problem(text)
    if problem is None:
        sentences = split_sentences(text)
        return Verdict(NAME, "abstained", failure="not_parsed", unparsed=sentences,
                       reason="no first-order formulas found (lines 'P1: <formula>', 'Conclusion (first-order logic): "
                              "<formula>'); this formalizer does not read English")
    try:
        return decide(problem)
    except FormulaError as error:
        return Verdict(NAME, "abstained", reason=str(error), failure="not_parsed", unparsed=[str(error)])


def _logiclm_ids(data_dir: Path, records: list[dict]) -> list[str]:
    """Logic-LM's ids (FOLIO_dev_i) for the same items, matched by first premise and conclusion.

    A story that asks the same conclusion twice takes the matching ids in file order. Falls back
    to "folio-<line>" for every item when the file is absent or an item has no match.
    """
    path = data_dir / "LogicLLM_FOLIO_dev.json"
    fallback = [f"folio-{i}" for i in range(len(records))]
    if not path.is_file():
        return fallback
    try:
        logiclm = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return fallback
    ids = []
    for record in records:
        conclusion = " ".join(record["conclusion"].split())
        first = " ".join(record["premises"][0].split()) if record["premises"] else ""
        found = [str(o.get("id")) for o in logiclm
                 if " ".join(str(o.get("question", "")).split()).endswith(conclusion)
                 and first in " ".join(str(o.get("context", "")).split()) and str(o.get("id")) not in ids]
        if not found:
            return fallback
        ids.append(found[0])
    return ids


class FolioFamily:
    """`gold_fol=True`: item text carries FOLIO's formulas; False: English only."""

    name = NAME

    def __init__(self, *, gold_fol: bool = True):
        self.gold_fol = gold_fol

    def load(self, data_dir: Path) -> list[PuzzleItem]:
        data_dir = Path(data_dir)
        path = data_dir / "folio-validation.jsonl"
        if not path.is_file():
            raise InputError(f"no folio-validation.jsonl in {data_dir}")
        records = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"{path}:{number} is not valid JSON: {error}") from None
            missing = [
                k for k in ("premises", "premises-FOL", "conclusion", "conclusion-FOL", "label") if k not in record
            ]
            if missing or record["label"] not in LABELS:
                raise InputError(f"{path}:{number}: missing {missing} or label {record.get('label')!r} not in {LABELS}")
            records.append(record)
        ids = _logiclm_ids(data_dir, records)
        return [
            PuzzleItem(item_id, self.render(record), record["label"], "", record)
            for item_id, record in zip(ids, records)
        ]

    def render(self, record: dict) -> str:
        if self.gold_fol:
            return render_fol(
                record["premises-FOL"], record["conclusion-FOL"], record["premises"], record["conclusion"]
            )
        premises = " ".join(record["premises"])
        return (f"{premises}\n\nBased on the above information, is the following statement true, false, or uncertain? "
                f"{record['conclusion']}")

    def detect(self, text: str) -> float:
        if _CONCLUSION_RE.search(text) or (_FOL_SYMBOLS_RE.search(text) and re.search(r"^\s*P1\s*:", text, re.M)):
            return 0.95
        if re.search(r"is the following statement true, false, or uncertain\?", text, re.I):
            return 0.8
        return 0.0

    def solve(self, text: str) -> Verdict:
        return solve(text)



FAMILY = FolioFamily(gold_fol=True)
NL_FAMILY = FolioFamily(gold_fol=False)

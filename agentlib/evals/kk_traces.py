"""Knights-and-knaves search traces, correct and with one planted error, to measure the logic checker.

`python -m agentlib.evals.kk_traces --data DIR` reads `DIR/*.jsonl` (fields `quiz`, `cot_head`,
`cot_repeat_steps`, `cot_foot`), checks every gold trace (any refuted claim is a false alarm), then plants
one error per trace with a seeded generator and counts how often the first refuted step is the planted one.
`--half tuning|blind` keeps one half of the traces by a hash of the quiz (`agentlib.evals.split`).

Plantings (each changes what a step asserts, so the step becomes false):
- "role": flip the role in the step's assumption or exclusion ("Assume X is a knight" -> "knave");
- "contradiction": turn "X cannot be R, because this would contradict P" into "Assume X is R. No
  contradiction is found in P", or the reverse.

Left out: errors in free-form traces (see the unit tests for "so X is a knave" conclusions).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from agentlib.checking.checker import check_trace
from agentlib.checking.search_slips import PLANTINGS, plant
from agentlib.errors import InputError
from agentlib.evals.split import HALVES, select_half


@dataclass(frozen=True)
class KKTrace:
    quiz: str
    steps: list[str]  # head, repeat steps, foot


def load(data_dir: Path) -> list[KKTrace]:
    """Every item of every `*.jsonl` file in `data_dir`, in file order."""
    files = sorted(Path(data_dir).glob("*.jsonl"))
    if not files:
        raise InputError(f"no *.jsonl files in {data_dir}")
    traces = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                try:
                    item = json.loads(line)
                except (json.JSONDecodeError, RecursionError) as error:
                    raise InputError(f"{path}: a line is not a JSON record: {error}") from None
                if not isinstance(item, dict) or not {"quiz", "cot_head", "cot_repeat_steps", "cot_foot"} <= set(item):
                    raise InputError(f"{path}: a record needs quiz, cot_head, cot_repeat_steps and cot_foot")
                traces.append(KKTrace(item["quiz"], [item["cot_head"], *item["cot_repeat_steps"], item["cot_foot"]]))
    return traces


def evaluate(traces: list[KKTrace], *, seed: int = 0) -> dict[str, float | int]:
    """False alarms on gold traces and the catch rate of planted errors (first refuted step == planted)."""
    rng = random.Random(seed)
    figures: dict[str, float | int] = {"traces": len(traces), "gold_false_alarms": 0, "gold_claims": 0}
    for trace in traces:
        report = check_trace(trace.quiz, trace.steps)
        figures["gold_claims"] += sum(report.counts.values())
        figures["gold_false_alarms"] += report.counts["refuted"]
    for kind in PLANTINGS:
        caught = total = 0
        for trace in traces:
            planted = plant(trace.steps, kind, rng)
            if planted is None:
                continue
            steps, index = planted
            total += 1
            caught += check_trace(trace.quiz, steps).first_error_index == index
        figures[f"{kind}_planted"] = total
        figures[f"{kind}_caught"] = caught
    planted_total = sum(figures[f"{k}_planted"] for k in PLANTINGS)
    figures["caught_rate"] = sum(figures[f"{k}_caught"] for k in PLANTINGS) / planted_total if planted_total else 0.0
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m agentlib.evals.kk_traces", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder of knights-and-knaves *.jsonl files")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N traces")
    parser.add_argument("--half", choices=HALVES, default="all", help="tuning or blind half by a hash of each quiz")
    args = parser.parse_args(argv)
    try:
        traces = select_half(load(args.data), args.half, key=lambda trace: trace.quiz)[: args.limit]
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    figures = evaluate(traces, seed=args.seed)
    for key, value in figures.items():
        print(f"{key}: {value:.4f}" if isinstance(value, float) else f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Knights-and-knaves search traces, correct and with one planted error, to measure the logic checker.

`python -m agentlib.checking.kk_traces --data DIR` reads `DIR/*.jsonl` (fields `quiz`, `cot_head`,
`cot_repeat_steps`, `cot_foot`), checks every gold trace (any refuted claim is a false alarm), then plants
one error per trace with a seeded generator and counts how often the first refuted step is the planted one.

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
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from agentlib.checking.checker import check_trace
from agentlib.errors import InputError

PLANTINGS = ("role", "contradiction")


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
                item = json.loads(line)
                traces.append(KKTrace(item["quiz"], [item["cot_head"], *item["cot_repeat_steps"], item["cot_foot"]]))
    return traces


def plant(
    steps: list[str], kind: str, rng: random.Random, *, truthful: str = "knight", liar: str = "knave"
) -> tuple[list[str], int] | None:
    """A copy of `steps` with one error of `kind` planted; returns (steps, index) or None if none fits."""
    if kind == "role":
        pattern = rf"^(Assume .+? is an? |.+? cannot be an? )({truthful}|{liar})\b"
    elif kind == "contradiction":
        pattern = (r"^(Assume .+? is an? \w+\. No contradiction is found in "
                   r"|.+? cannot be an? \w+, because this would contradict )")
    else:
        raise InputError(f"unknown planting {kind!r}; choose from {', '.join(PLANTINGS)}")
    candidates = [i for i, s in enumerate(steps) if re.match(pattern, s)]
    if not candidates:
        return None
    index = rng.choice(candidates)
    step = steps[index]
    if kind == "role":
        match = cast(re.Match[str], re.match(pattern, step))  # step is one of the candidates that matched
        swapped = liar if match.group(2) == truthful else truthful
        planted = match.group(1) + swapped + step[match.end():]
    else:
        planted = _flip_contradiction(step)
    return [*steps[:index], planted, *steps[index + 1:]], index


def _flip_contradiction(step: str) -> str:
    assumed = re.match(
        r"^Assume (.+?) is (an? \w+)\. No contradiction is found in "
        r"(?:their|the) (false )?claim(?: of (.+?))? that (.*)$",
        step,
    )
    if assumed:
        name, role, false, speaker, rest = assumed.groups()
        return (f"{name} cannot be {role}, because this would contradict the {false or ''}claim of "
                f"{speaker or 'their own'} that {rest}")
    excluded = re.match(
        r"^(.+?) cannot be (an? \w+), because this would contradict the (false )?claim of (.+?) that (.*)$", step
    )
    name, role, false, speaker, rest = cast(re.Match[str], excluded).groups()  # contradiction steps match
    whose = "their" if speaker == "their own" else "the"
    of = "" if speaker == "their own" else f" of {speaker}"
    return f"Assume {name} is {role}. No contradiction is found in {whose} {false or ''}claim{of} that {rest}"


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
            caught += check_trace(trace.quiz, steps).first_error_step == index
        figures[f"{kind}_planted"] = total
        figures[f"{kind}_caught"] = caught
    planted_total = sum(figures[f"{k}_planted"] for k in PLANTINGS)
    figures["caught_rate"] = sum(figures[f"{k}_caught"] for k in PLANTINGS) / planted_total if planted_total else 0.0
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m agentlib.checking.kk_traces", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder of knights-and-knaves *.jsonl files")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N traces")
    args = parser.parse_args(argv)
    try:
        traces = load(args.data)[: args.limit]
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    figures = evaluate(traces, seed=args.seed)
    for key, value in figures.items():
        print(f"{key}: {value:.4f}" if isinstance(value, float) else f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

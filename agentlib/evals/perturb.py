"""`python -m agentlib.evals.perturb --data DIR`: slips planted in known-correct solutions, to measure the checker.

DIR holds `test.jsonl`: GSM8K (`question`, `answer` with `<<a*b=c>>` calculator annotations and a `#### N` line)
or MATH-500 (`problem`, `solution`). A solution becomes steps (GSM8K: its lines, annotations removed, the last
one "The answer is N."; MATH: sentences), and every gold trace is checked (any flagged step is a false alarm).
Then, with a seeded generator, one slip per solution and kind is planted in step k (`agentlib.checking.slips`),
and the catch rate is how often the checker's first wrong step is exactly k. `--style latex|words` rewrites
each `a op b = c` run the way models write it. `--half tuning|blind` keeps one half of the solutions by a hash
of the problem (`agentlib.evals.split`); `--show` (misses or false alarms, per item) is refused on the blind half.

Left out: errors in the plan or the reading of the problem; those need the problem's meaning.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from agentlib.checking.checker import check_trace
from agentlib.checking.slips import ANNOTATION, KINDS, STYLES, Solution, plant, restyle
from agentlib.errors import InputError
from agentlib.evals.split import HALVES, select_half


def load(data_dir: Path) -> list[Solution]:
    """Solutions in `data_dir/test.jsonl` as steps; raises `InputError` when the file is missing or unknown."""
    path = Path(data_dir) / "test.jsonl"
    if not path.is_file():
        raise InputError(f"{path} not found; --data is a folder with a GSM8K or MATH-500 test.jsonl")
    solutions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as error:
            raise InputError(f"{path}: a line is not a JSON record: {error}") from None
        if not isinstance(item, dict):
            raise InputError(f"{path}: a line is not a JSON object")
        if "answer" in item and "question" in item:
            lines = [s.strip() for s in item["answer"].splitlines() if s.strip()]
            annotated = [re.sub(r"^####\s*(.*)$", r"The answer is \1.", s) for s in lines]
            steps = [ANNOTATION.sub("", s) for s in annotated]
            solutions.append(Solution(item["question"], steps, annotated))
        elif "problem" in item and "solution" in item:
            solutions.append(Solution(item["problem"], _sentences(item["solution"]), []))
        else:
            raise InputError(f"{path}: a record has neither question/answer nor problem/solution")
    return solutions


def _sentences(text: str) -> list[str]:
    """MATH solutions are paragraphs; split at a sentence end outside math ("$...$", "\\[...\\]")."""
    steps, start, in_math, i = [], 0, False, 0
    while i < len(text):
        if text.startswith("\\[", i) or text.startswith("\\]", i):
            in_math = text[i + 1] == "["
            i += 2
            continue
        if text[i] == "$":
            in_math = not in_math
        elif not in_math and (text.startswith("\n\n", i) or re.match(r"[.!?]\s+(?=[A-Z\\$])", text[i:i + 3])):
            steps.append(text[start:i + 1].strip())
            start = i + 1
        i += 1
    steps.append(text[start:].strip())
    return [s for s in steps if s]


def evaluate_checker(solutions: list[Solution], *, seed: int = 0, style: str = "plain") -> dict[str, float | int]:
    """False alarms on gold solutions and, per kind, the rate at which the first flagged step is the planted one."""
    rng = random.Random(seed)
    figures: dict[str, float | int] = {"solutions": len(solutions), "gold_false_alarms": 0}
    for solution in solutions:
        steps = [restyle(step, style) for step in solution.steps]
        figures["gold_false_alarms"] += check_trace(solution.problem, steps).first_error_index is not None
    figures["false_alarm_rate"] = figures["gold_false_alarms"] / len(solutions) if solutions else 0.0
    for kind in KINDS:
        caught = total = 0
        for solution in solutions:
            planted = plant(solution, kind, rng)
            if planted is None:
                continue
            steps, index = planted
            total += 1
            caught += check_trace(solution.problem, [restyle(step, style) for step in steps]).first_error_index == index
        figures[f"{kind}_planted"] = total
        figures[f"{kind}_caught"] = caught
        figures[f"{kind}_rate"] = caught / total if total else 0.0
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m agentlib.evals.perturb", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with a GSM8K or MATH-500 test.jsonl")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N solutions")
    parser.add_argument("--style", choices=STYLES, default="plain", help="rewrite `a op b = c` runs as LaTeX or words")
    parser.add_argument("--show", type=str, default=None, help="print the missed plantings of this kind (or 'gold')")
    parser.add_argument("--half", choices=HALVES, default="all",
                        help="tuning or blind half by a hash of each problem (blind: aggregates only)")
    args = parser.parse_args(argv)
    try:
        if args.show and args.half == "blind":
            raise InputError("--show prints items: it is refused on the blind half")
        solutions = select_half(load(args.data), args.half, key=lambda s: s.problem)[: args.limit]
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.show:
        _show(solutions, args.show, args.seed, args.style)
        return 0
    for key, value in evaluate_checker(solutions, seed=args.seed, style=args.style).items():
        print(f"{key}: {value:.4f}" if isinstance(value, float) else f"{key}: {value}")
    return 0


def _show(solutions: list[Solution], kind: str, seed: int, style: str) -> None:
    rng = random.Random(seed)
    for n, solution in enumerate(solutions):
        if kind == "gold":
            steps = [restyle(step, style) for step in solution.steps]
            report = check_trace(solution.problem, steps)
            if report.first_error_index is not None:
                print(f"--- #{n} false alarm at {report.first_error_index}: {report.explanation}")
                print(steps[report.first_error_index])
            continue
        planted = plant(solution, kind, rng)
        if planted is None:
            continue
        steps, index = planted
        steps = [restyle(step, style) for step in steps]
        report = check_trace(solution.problem, steps)
        if report.first_error_index != index:
            print(f"--- #{n} planted at {index}, flagged {report.first_error_index}: {report.explanation}")
            print(f"gold:    {solution.steps[index]}\nplanted: {steps[index]}")


if __name__ == "__main__":
    raise SystemExit(main())

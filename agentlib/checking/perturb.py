"""Synthetic errors planted in known-correct solutions, to measure the trace checker without ProcessBench.

`python -m agentlib.checking.perturb --data DIR` reads `DIR/test.jsonl`: GSM8K (`question`, `answer` with
`<<a*b=c>>` calculator annotations and a `#### N` line) or MATH-500 (`problem`, `solution`). A solution
becomes steps (GSM8K: its lines, annotations removed, the last one "The answer is N."; MATH: sentences),
and every gold trace is checked (any flagged step is a false alarm). Then, with a seeded generator, one
error per solution and kind is planted in step k, and the catch rate is how often the checker's first
wrong step is exactly k. `--style latex|words` rewrites each `a op b = c` run the way models write it
("\\( 2 \\times 7.50 = 15 \\)", "2 times 7.50 is 15"), to measure extraction, not only arithmetic.

Kinds (what models do wrong):
- "result": a computed result (a number right after "=") replaced by a near miss (±1, a digit off, x10);
- "propagate": the same, and the wrong value also replaces the right one everywhere after step k;
- "carry": GSM8K only; step k uses an earlier result with a wrong value ("carried forward wrongly"),
  computes correctly from it (the annotation is re-evaluated) and later steps use the new result;
- "answer": the final answer ("The answer is N", a numeric `\\boxed{N}`) differs from what was computed.

Left out: errors in the plan or the reading of the problem; those need the problem's meaning.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from agentlib.checking.arithmetic import NotArithmetic, evaluate, format_number
from agentlib.checking.checker import check_trace
from agentlib.errors import InputError

KINDS = ("result", "propagate", "carry", "answer")
STYLES = ("plain", "latex", "words")
_ANNOTATION = re.compile(r"<<([^<>=]*)=([^<>]*)>>")
_RESULT = re.compile(
    r"(=\s*\\?\$?\s*)(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d.]*\d)(?!\s*[-+*/^(×\\]|\s*x\s*\d|\.\d)"
)
_NUMBER = r"(?<![\d.]){}(?![\d]|\.\d)"
_FINAL = re.compile(r"(?:\\boxed\{\\?\$?|^The answer is )(\d+(?:\.\d+)?)(?=\}|\.$)")


@dataclass(frozen=True)
class Solution:
    problem: str
    steps: list[str]
    annotated: list[str]  # GSM8K steps with their annotations (for "carry"); [] otherwise


def load(data_dir: Path) -> list[Solution]:
    """Solutions in `data_dir/test.jsonl` as steps; raises `InputError` when the file is missing or unknown."""
    path = Path(data_dir) / "test.jsonl"
    if not path.is_file():
        raise InputError(f"{path} not found; --data is a folder with a GSM8K or MATH-500 test.jsonl")
    solutions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if "answer" in item and "question" in item:
            lines = [s.strip() for s in item["answer"].splitlines() if s.strip()]
            annotated = [re.sub(r"^####\s*(.*)$", r"The answer is \1.", s) for s in lines]
            steps = [_ANNOTATION.sub("", s) for s in annotated]
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


def near_miss(value: str, rng: random.Random) -> str:
    """A wrong value as a model writes it: ±1, ±a few, one digit changed, or a factor of ten."""
    number = Fraction(value.replace(",", ""))
    decimals = len(value.split(".")[1]) if "." in value else 0
    for _ in range(20):
        choice = rng.randrange(4)
        if choice == 0:
            new = number + rng.choice((-1, 1))
        elif choice == 1:
            new = number + rng.choice((-1, 1)) * rng.randint(2, 9)
        elif choice == 2:
            new = number * 10 if rng.random() < 0.5 or number % 10 else number / 10
        else:
            digits = [i for i, c in enumerate(value) if c.isdigit()]
            i = rng.choice(digits)
            text = value[:i] + str((int(value[i]) + rng.randint(1, 9)) % 10) + value[i + 1:]
            new = Fraction(text.replace(",", ""))
        if new != number and new >= 0:
            shown = f"{float(new):.{decimals}f}" if decimals else format_number(new)
            if Fraction(shown) != number and "e" not in shown:
                return shown
    return format_number(number + 1)


def _replace_token(text: str, old: str, new: str, count: int = 0) -> str:
    return re.sub(_NUMBER.format(re.escape(old)), new, text, count=count)


def plant(solution: Solution, kind: str, rng: random.Random) -> tuple[list[str], int] | None:
    """A copy of the solution's steps with one error of `kind`; returns (steps, index) or None if none fits."""
    steps = list(solution.steps)
    if kind in ("result", "propagate"):
        spots = [(i, m) for i, s in enumerate(steps[:-1] if solution.annotated else steps)
                 for m in _RESULT.finditer(s)]
        if not spots:
            return None
        index, match = rng.choice(spots)
        old = match.group(2)
        new = near_miss(old, rng)
        steps[index] = steps[index][:match.start(2)] + new + steps[index][match.end(2):]
        if kind == "propagate":
            old_plain = old.replace(",", "")
            for j in range(index + 1, len(steps)):
                steps[j] = _replace_token(steps[j].replace(old, old_plain), old_plain, new)
        return steps, index
    if kind == "carry":
        return _plant_carry(solution, rng)
    if kind == "answer":
        for index in range(len(steps) - 1, -1, -1):
            found = list(_FINAL.finditer(steps[index]))
            if found:
                match = found[-1]
                steps[index] = (
                    steps[index][: match.start(1)] + near_miss(match.group(1), rng) + steps[index][match.end(1) :]
                )
                return steps, index
        return None
    raise InputError(f"unknown kind {kind!r}; choose from {', '.join(KINDS)}")


def _plant_carry(solution: Solution, rng: random.Random) -> tuple[list[str], int] | None:
    """Step k reads an earlier result wrong, then computes right from it (GSM8K annotations)."""
    if not solution.annotated:
        return None
    results: dict[str, int] = {}
    spots: list[tuple[int, re.Match[str], str]] = []
    for i, line in enumerate(solution.annotated):
        for m in _ANNOTATION.finditer(line):
            operands = re.findall(r"\d+(?:\.\d+)?", m.group(1))
            spots.extend((i, m, v) for v in operands if v in results and results[v] < i)
            results.setdefault(m.group(2).strip(), i)
    spots = [(i, m, v) for i, m, v in spots if not re.search(_NUMBER.format(re.escape(v)), solution.problem)]
    if not spots:
        return None
    index, match, old = rng.choice(spots)
    new = near_miss(old, rng)
    try:
        value = evaluate(_replace_token(match.group(1), old, new)).value
    except NotArithmetic:
        return None
    if not isinstance(value, Fraction) or value.denominator not in (1, 2, 4, 5, 10, 20, 25, 50, 100):
        return None
    result = match.group(2).strip()
    shown = f"{float(value):.{len(result.split('.')[1])}f}" if "." in result else format_number(value)
    line = solution.annotated[index]
    before, after = line[:match.start()], line[match.end():]
    if not re.search(_NUMBER.format(re.escape(old)), before) or not after.lstrip("$ ").startswith(result):
        return None
    k = before.rfind(old)  # the visible operand nearest the annotation
    before = before[:k] + new + before[k + len(old):]
    after = after.replace(result, shown, 1)
    steps = list(solution.steps)
    steps[index] = _ANNOTATION.sub("", before + after)
    for j in range(index + 1, len(steps)):
        steps[j] = _replace_token(steps[j], result, shown)
    return steps, index


_ARITHMETIC_RUN = re.compile(
    r"(?<![\d.=])(?<!=\s)\$?\(?\d[\d.,]*(?:\s*[-+*/x]\s*\$?\(?\d[\d.,]*\)?)+\s*=\s*\$?\d[\d.,]*"
    r"(?<!,)(?![\d.,]*\d)(?!\s*[-+*/x]\s*\d)"
)


def restyle(step: str, style: str) -> str:
    """A reference step written the way models write: "plain" (as is), "latex" ("\\( 2 \\times 7.50 = 15 \\)")
    or "words" ("2 times 7.50 is 15"). Only `a op b = c` runs change, so a planted error stays where it was."""
    if style == "plain":
        return step
    if style not in STYLES:
        raise InputError(f"unknown style {style!r}; choose from {', '.join(STYLES)}")

    def latex(match: re.Match) -> str:
        run = re.sub(r"\s*\*\s*|\s+x\s+", r" \\times ", match.group().replace("$", ""))
        return f"\\( {run} \\)"

    def words(match: re.Match) -> str:
        run = match.group()
        for op, word in (("*", "times"), ("+", "plus"), ("/", "divided by")):
            run = re.sub(rf"\s*{re.escape(op)}\s*", f" {word} ", run)
        return re.sub(r"\s*=\s*", " is ", re.sub(r"(?<=\d)\s*-\s*(?=\$?\d)", " minus ", run), count=1)

    return _ARITHMETIC_RUN.sub(latex if style == "latex" else words, step)


def evaluate_checker(solutions: list[Solution], *, seed: int = 0, style: str = "plain") -> dict[str, float | int]:
    """False alarms on gold solutions and, per kind, the rate at which the first flagged step is the planted one."""
    rng = random.Random(seed)
    figures: dict[str, float | int] = {"solutions": len(solutions), "gold_false_alarms": 0}
    for solution in solutions:
        steps = [restyle(step, style) for step in solution.steps]
        figures["gold_false_alarms"] += check_trace(solution.problem, steps).first_error_step is not None
    figures["false_alarm_rate"] = figures["gold_false_alarms"] / len(solutions) if solutions else 0.0
    for kind in KINDS:
        caught = total = 0
        for solution in solutions:
            planted = plant(solution, kind, rng)
            if planted is None:
                continue
            steps, index = planted
            total += 1
            caught += check_trace(solution.problem, [restyle(step, style) for step in steps]).first_error_step == index
        figures[f"{kind}_planted"] = total
        figures[f"{kind}_caught"] = caught
        figures[f"{kind}_rate"] = caught / total if total else 0.0
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m agentlib.checking.perturb", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with a GSM8K or MATH-500 test.jsonl")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N solutions")
    parser.add_argument("--style", choices=STYLES, default="plain", help="rewrite `a op b = c` runs as LaTeX or words")
    parser.add_argument("--show", type=str, default=None, help="print the missed plantings of this kind (or 'gold')")
    args = parser.parse_args(argv)
    try:
        solutions = load(args.data)[: args.limit]
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
            if report.first_error_step is not None:
                print(f"--- #{n} false alarm at {report.first_error_step}: {report.explanation}")
                print(steps[report.first_error_step])
            continue
        planted = plant(solution, kind, rng)
        if planted is None:
            continue
        steps, index = planted
        steps = [restyle(step, style) for step in steps]
        report = check_trace(solution.problem, steps)
        if report.first_error_step != index:
            print(f"--- #{n} planted at {index}, flagged {report.first_error_step}: {report.explanation}")
            print(f"gold:    {solution.steps[index]}\nplanted: {steps[index]}")


if __name__ == "__main__":
    raise SystemExit(main())

"""Slips planted in known-correct solution steps: the errors models make in otherwise right computations.

A `Solution` is a problem and its steps (GSM8K steps may keep their `<<a*b=c>>` calculator annotations, which
"carry" needs). With a seeded generator, `plant` makes one error of a kind in step k and says which k; the
trace checker should then flag exactly step k. `restyle` rewrites each `a op b = c` run the way models write it
("\\( 2 \\times 7.50 = 15 \\)", "2 times 7.50 is 15"), so a measure covers extraction as well as arithmetic.

Kinds (what models do wrong):
- "result": a computed result (a number right after "=") replaced by a near miss (±1, a digit off, x10);
- "propagate": the same, and the wrong value also replaces the right one everywhere after step k;
- "carry": annotated steps only; step k uses an earlier result with a wrong value ("carried forward wrongly"),
  computes correctly from it (the annotation is re-evaluated) and later steps use the new result;
- "answer": the final answer ("The answer is N", a numeric `\\boxed{N}`) differs from what was computed.

Left out: errors in the plan or the reading of the problem (those need the problem's meaning), and reading any
data set (`agentlib.evals.perturb` loads GSM8K and MATH-500 and measures the checker with these).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from fractions import Fraction

from agentlib.checking.arithmetic import NotArithmetic, evaluate, format_number
from agentlib.errors import InputError

KINDS = ("result", "propagate", "carry", "answer")
STYLES = ("plain", "latex", "words")
ANNOTATION = re.compile(r"<<([^<>=]*)=([^<>]*)>>")
_RESULT = re.compile(r"(=\s*\\?\$?\s*)(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
                     r"(?![\d.]*\d)(?!\s*[-+*/^(×\\]|\s*x\s*\d|\.\d)")
_NUMBER = r"(?<![\d.]){}(?![\d]|\.\d)"
_FINAL = re.compile(r"(?:\\boxed\{\\?\$?|^The answer is )(\d+(?:\.\d+)?)(?=\}|\.$)")


@dataclass(frozen=True)
class Solution:
    problem: str
    steps: list[str]
    annotated: list[str]  # GSM8K steps with their annotations (for "carry"); [] otherwise


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
                wrong = near_miss(match.group(1), rng)
                steps[index] = steps[index][:match.start(1)] + wrong + steps[index][match.end(1):]
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
        for m in ANNOTATION.finditer(line):
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
    steps[index] = ANNOTATION.sub("", before + after)
    for j in range(index + 1, len(steps)):
        steps[j] = _replace_token(steps[j], result, shown)
    return steps, index


_ARITHMETIC_RUN = re.compile(r"(?<![\d.=])(?<!=\s)\$?\(?\d[\d.,]*(?:\s*[-+*/x]\s*\$?\(?\d[\d.,]*\)?)+"
                             r"\s*=\s*\$?\d[\d.,]*"
                             r"(?<!,)(?![\d.,]*\d)(?!\s*[-+*/x]\s*\d)")


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

"""Worksheets: several labelled problems in one text, solved one by one (`mathsolve/worksheet.py`). Generated sheets
of linear equations, factorings and derivatives with fresh coefficients, label styles and a shared instruction; each
answer checked against SymPy. Numbered rows of one system stay one request. The CLI prints each problem (a JSON
list with --json) and exits 0 only when every one verified."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest
import sympy as sp

from agentlib.errors import InputError
from agentlib.mathsolve.worksheet import MAX_WORKSHEET_PROBLEMS, solve_worksheet, split_worksheet

X = sp.Symbol("x")
LABELS = [lambda k: f"{k})", lambda k: f"{k}.", lambda k: f"Q{k}:", lambda k: f"Problem {k}:", lambda k: f"{'abcdefgh'[k - 1]})"]


def _problem(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["linear", "factor", "derivative"])
    if kind == "linear":
        a, root = rng.randint(2, 9), rng.randint(-9, 9)
        b = rng.randint(-9, 9)
        return f"solve {a}x + {b} = {a * root + b}".replace("+ -", "- "), f"x = {root}"
    if kind == "factor":
        r, s = rng.sample(range(1, 9), 2)
        return f"factor {sp.expand((X - r) * (X + s))}".replace("**", "^"), str(sp.factor((X - r) * (X + s)))
    n = rng.randint(2, 6)
    return f"differentiate x^{n}", str(sp.diff(X**n, X))


@pytest.mark.parametrize("seed", range(12))
def test_each_problem_of_a_generated_worksheet_is_solved(seed):
    rng = random.Random(seed)
    problems = [_problem(rng) for _ in range(rng.randint(2, 4))]
    label = rng.choice(LABELS)
    text = rng.choice(["", "Homework 3\n", "Do these:\n"]) + "\n".join(
        f"{label(k)} {question}" for k, (question, _) in enumerate(problems, 1))
    results = solve_worksheet(text)
    assert results is not None and len(results) == len(problems), text
    for result, (question, expected) in zip(results, problems, strict=True):
        assert result.verified, (question, result.reason)
        assert sp.simplify(sp.sympify(result.answer.split("=")[-1]) - sp.sympify(expected.split("=")[-1])) == 0, \
            (question, result.answer, expected)


def test_a_shared_instruction_goes_before_each_problem_and_yields_to_the_problems_own():
    results = solve_worksheet("Solve:\n1) 2x + 3 = 7\n2) x^2 - 9 = 0\n3) Differentiate x^3 sin x")
    assert [r.answer for r in results] == ["x = 2", "x = -3 or x = 3", "x^3*cos(x) + 3*x^2*sin(x)"]


@pytest.mark.parametrize("text", ["1) x + y = 3\n2) x - y = 1", "Solve the system:\n1. 2a + b = 5\n2. a = 1",
                                  "Solve 2x + 3 = 7", "3.5 + 2.25", "1) only one labelled line"])
def test_one_request_is_not_a_worksheet(text):
    assert split_worksheet(text) is None


def test_a_worksheet_past_the_limit_is_a_typed_error():
    text = "\n".join(f"{k}) solve x + {k} = 0" for k in range(1, MAX_WORKSHEET_PROBLEMS + 2))
    with pytest.raises(InputError, match="at most"):
        split_worksheet(text)


def test_the_cli_prints_each_problem_and_exits_by_all_of_them():
    def run(text: str, *flags: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "agentlib", "math", "-", *flags], input=text, text=True,
                              capture_output=True, timeout=300)

    done = run("1) solve 2x = 8\n2) factor x^2 - 1", "--json")
    assert done.returncode == 0, done.stderr
    assert [item["answer"] for item in json.loads(done.stdout)] == ["x = 4", "(x - 1)*(x + 1)"]
    partly = run("1) solve 2x = 8\n2) what is the meaning of life")
    assert partly.returncode == 1 and "problem 1: solve 2x = 8" in partly.stdout and "problem 2:" in partly.stdout

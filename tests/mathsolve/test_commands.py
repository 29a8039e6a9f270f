"""`agentlib math`, `agentlib math --practice`, `agentlib eval math500` and the example, run as a user would."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data" / "math500"


def agentlib(*arguments, stdin=None, timeout=180):
    return subprocess.run([sys.executable, "-m", "agentlib.cli", *arguments], capture_output=True, text=True,
                          input=stdin, timeout=timeout, cwd=ROOT)


def test_math_command_answers_korean_with_checked_steps():
    done = agentlib("math", "2x^2 - 3x - 2 = 0을 풀어주세요", "--level", "beginner")
    assert done.returncode == 0, done.stderr
    assert "status: verified" in done.stdout and "x = -1/2 or x = 2" in done.stdout and "[checked]" in done.stdout


def test_math_command_json_and_stdin():
    done = agentlib("math", "-", "--json", stdin="Find the derivative of x^3")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["status"] == "verified" and data["value"] == {"kind": "expression", "expression": "3*x**2",
                                                                "constant": False}


def test_math_command_exit_codes():
    abstained = agentlib("math", "Find the curvature of x^2 at x = 1")  # (tangent lines are read now)
    assert abstained.returncode == 1 and "status: abstained" in abstained.stdout
    empty = agentlib("math", "   ")
    assert empty.returncode == 2 and empty.stderr.startswith("error:") and "Traceback" not in empty.stderr
    huge = agentlib("math", "-", stdin="x + " * 300_000 + "1")
    assert huge.returncode == 2 and "limit" in huge.stderr and "Traceback" not in huge.stderr


def test_practice_command():
    done = agentlib("math", "--practice", "derivatives", "--count", "3", "--seed", "4", "--level", "beginner")
    assert done.returncode == 0, done.stderr
    assert [line[:3] for line in done.stdout.splitlines() if line[:1].isdigit()] == ["1. ", "2. ", "3. "]
    assert done.stdout.count("answer:") == 3
    wrong = agentlib("math", "x + 1", "--practice", "linear")
    assert wrong.returncode == 2


def test_eval_math500_scores_right_wrong_and_abstained(tmp_path):
    out = tmp_path / "items.jsonl"
    done = agentlib("eval", "math500", "--data", str(DATA), "--no-progress", "--out", str(out), timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "accuracy: 0.6667 (right 4, wrong 1, abstained 1 of 6)"
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 6 and {r["failure"] for r in records} == {None, "wrong", "abstained"}


def test_example_runs():
    done = subprocess.run([sys.executable, str(ROOT / "examples" / "math_tutor.py")], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("status: verified") == 4 and "x = -1/2 or x = 2" in done.stdout

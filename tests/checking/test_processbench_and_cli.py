"""The ProcessBench evaluation on a copied sample, the CLI as a subprocess, and the runnable example."""

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from agentlib.errors import InputError
from agentlib.evals import processbench

DATA = Path(__file__).parent / "data" / "processbench"
ROOT = Path(__file__).resolve().parents[2]


def _args(tmp_path, **overrides):
    values = dict(dataset="processbench", data=DATA, limit=None, backend=None, out=tmp_path / "pb.jsonl",
                  no_progress=True, half="all")
    values.update(overrides)
    return argparse.Namespace(**values)


def test_eval_on_sample_prints_subsets_and_f1(tmp_path, capsys):
    assert processbench.run(_args(tmp_path)) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1] == "f1_average: 83.3"  # olympiadbench-194: 8 = 4b - 4b
    gsm8k = next(line for line in lines if line.startswith("gsm8k"))
    # gsm8k-157 is caught by a flag (unsupported 203 + 183), so counting refuted claims only (f1_proofs) misses it
    assert gsm8k.split() == ["gsm8k", "4", "100.0", "100.0", "0.0", "100.0", "66.7"]
    records = [json.loads(line) for line in (tmp_path / "pb.jsonl").read_text().splitlines()]
    assert len(records) == 15
    hit = next(r for r in records if r["id"] == "gsm8k-51")
    assert hit["predicted"] == 5 and hit["correct"] is True and hit["detail"]["first_refuted"] == 5


def test_metrics_harmonic_mean():
    from agentlib.evals.harness import ItemResult

    results = [ItemResult("a", True, 1, 1, subset="gsm8k"), ItemResult("b", False, -1, 2, subset="gsm8k"),
               ItemResult("c", True, -1, -1, subset="gsm8k")]
    table = processbench.metrics(results)["gsm8k"]
    assert (table["error_acc"], table["correct_acc"]) == (50.0, 100.0)
    assert round(table["f1"], 4) == round(2 * 50 * 100 / 150, 4)


def test_eval_bad_input(tmp_path):
    with pytest.raises(InputError, match="none of"):
        processbench.load(tmp_path)
    (tmp_path / "gsm8k.json").write_text('[{"id": 1}]')
    with pytest.raises(InputError, match="ProcessBench format"):
        processbench.load(tmp_path)
    with pytest.raises(InputError, match="tools only"):
        processbench.run(_args(tmp_path, backend="scripted"))


def _cli(tmp_path, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "agentlib", "check-trace", *args], cwd=tmp_path, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_cli_text_trace_human_output(tmp_path):
    (tmp_path / "trace.txt").write_text("Step 1: 12 x 4 = 46 muffins.\n\nStep 2: 46 * 3 = 138 dollars.\n")
    result = _cli(tmp_path, "trace.txt", "--problem", "12 boxes of 4 muffins at $3 each.")
    assert result.returncode == 1, result.stderr
    assert "✗ [arithmetic] 12 * 4 = 46 -> 12 * 4 = 48" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "Step 1: 12 * 4 = 46 is wrong; 12 * 4 = 48."


def test_cli_json_input_and_output(tmp_path):
    (tmp_path / "t.json").write_text(json.dumps({"problem": "p", "steps": ["2 + 2 = 4", "4 * 3 = 12"]}))
    result = _cli(tmp_path, "t.json", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["first_error_step"] is None
    assert data["counts"] == {"verified": 2, "refuted": 0, "unsupported": 0, "unchecked": 0}


def test_cli_flags_a_stated_assumption_unless_told_not_to(tmp_path):
    problem = "Gerald earns $30 every day for a week and spends $100. How much is left?"
    (tmp_path / "t.json").write_text(json.dumps({"problem": problem, "steps": [
        "He earns 7 x 30 = 210 dollars.", "Assuming no tax, he keeps 210 - 100 = 110 dollars."]}))
    flagged = _cli(tmp_path, "t.json")
    assert flagged.returncode == 1, flagged.stderr
    assert '! [doubt] Assuming no tax, he keeps 210 - 100 = 110 dollars.' in flagged.stdout
    assert flagged.stdout.strip().splitlines()[-1].startswith('Step 2: "Assuming no tax')
    quiet = _cli(tmp_path, "t.json", "--no-doubts")
    assert quiet.returncode == 0, quiet.stdout
    assert quiet.stdout.strip().splitlines()[-1] == "No step was refuted or flagged."


def test_cli_bad_input_is_one_error_line(tmp_path):
    (tmp_path / "bad.json").write_text("{not json")
    result = _cli(tmp_path, "bad.json")
    assert result.returncode == 2
    assert result.stderr.startswith("error: bad.json is not valid JSON")
    missing = _cli(tmp_path, "nope.txt")
    assert missing.returncode == 2 and missing.stderr.strip() == "error: nope.txt is not a file"
    (tmp_path / "w.json").write_text(json.dumps({"problem": "p", "steps": [1, 2]}))
    assert "must be a list of strings" in _cli(tmp_path, "w.json").stderr


def test_example_runs(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "examples" / "check_trace.py")], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "feedback: Step 1: 12 * 4 = 46 is wrong; 12 * 4 = 48." in result.stdout
    assert "Zoey's statement is contradicted" in result.stdout

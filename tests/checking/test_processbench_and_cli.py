"""The ProcessBench evaluation on generated items, `agentlib check-trace` run as a user would, and the example."""

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agentlib.errors import InputError
from agentlib.evals import processbench
from agentlib.evals.split import half_of

ROOT = Path(__file__).resolve().parents[2]


def _trace(rng: random.Random, slip_at: int | None) -> tuple[str, list[str]]:
    """A made-up word problem and its solution of four steps; with `slip_at`, that step's result is off by 1-9."""
    count, price, extra, paid = rng.randint(3, 19), rng.randint(2, 15), rng.randint(2, 9), 500
    problem = f"Ana buys {count} pens at ${price} each and a ${extra} case, and pays with ${paid}. What is her change?"
    values = [count * price, count * price + extra, paid - count * price - extra]
    texts = [f"The pens cost {count} * {price} = {{0}} dollars.", f"With the case: {values[0]} + {extra} = {{1}} dollars.",
             f"The change is {paid} - {values[1]} = {{2}} dollars."]
    steps = []
    for i, text in enumerate(texts):
        shown = values[i] + (rng.randint(1, 9) if slip_at == i else 0)
        steps.append(text.replace(f"{{{i}}}", str(shown)))
    steps.append(f"The answer is {values[2]}.")
    return problem, steps


def _write_items(folder: Path, per_subset: int = 6, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    everything = []
    for subset in processbench.SUBSETS:
        items = []
        for n in range(per_subset):
            label = -1 if n % 2 == 0 else rng.randint(0, 2)
            problem, steps = _trace(rng, None if label == -1 else label)
            items.append({"id": f"{subset}-made-{n}", "problem": problem, "steps": steps, "label": label})
        (folder / f"{subset}.json").write_text(json.dumps(items))
        everything.extend(items)
    return everything


def _args(data, tmp_path, **overrides):
    values = dict(dataset="processbench", data=data, limit=None, backend=None, out=tmp_path / "pb.jsonl",
                  no_progress=True, half="all")
    values.update(overrides)
    return argparse.Namespace(**values)


def test_eval_on_generated_items_scores_every_slip_at_its_step(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    items = _write_items(data)
    assert processbench.run(_args(data, tmp_path)) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1] == "f1_average: 100.0"
    assert lines[2].split() == ["gsm8k", "6", "100.0", "100.0", "0.0", "100.0", "100.0", "0"]
    records = [json.loads(line) for line in (tmp_path / "pb.jsonl").read_text().splitlines()]
    assert [r["predicted"] for r in records] == [item["label"] for item in items]  # 0-based, as ProcessBench labels
    assert {r["detail"]["rule"] for r in records if r["predicted"] != -1} == {"arithmetic"}


def test_halves_split_the_items_and_blind_prints_aggregates_only(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    items = _write_items(data, per_subset=8, seed=3)
    tuning = sum(half_of(item["problem"]) == "tuning" for item in items)
    processbench.run(_args(data, tmp_path, half="tuning"))
    assert capsys.readouterr().out.splitlines()[-2].split()[1] == str(tuning)
    processbench.run(_args(data, tmp_path, half="blind", out=None))
    assert capsys.readouterr().out.splitlines()[-2].split()[1] == str(len(items) - tuning)


def test_metrics_harmonic_mean_and_early_flags():
    from agentlib.evals.harness import ItemResult

    results = [ItemResult("a", True, 1, 1, subset="gsm8k"), ItemResult("b", False, -1, 2, subset="gsm8k"),
               ItemResult("c", True, -1, -1, subset="gsm8k"), ItemResult("d", False, 0, 2, subset="gsm8k")]
    table = processbench.metrics(results)["gsm8k"]
    assert (round(table["error_acc"], 4), table["correct_acc"]) == (round(100 / 3, 4), 100.0)
    assert round(table["f1"], 4) == round(2 * (100 / 3) * 100 / (100 / 3 + 100), 4)
    assert table["flagged_early"] == 1  # "d" flagged step 0 of a trace whose first error is step 2


def test_eval_bad_input(tmp_path):
    with pytest.raises(InputError, match="none of"):
        processbench.load(tmp_path)
    (tmp_path / "gsm8k.json").write_text('[{"id": 1}]')
    with pytest.raises(InputError, match="ProcessBench format"):
        processbench.load(tmp_path)
    with pytest.raises(InputError, match="tools only"):
        processbench.run(_args(tmp_path, tmp_path, backend="scripted"))


def _cli(tmp_path, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "agentlib", "check-trace", *args], cwd=tmp_path, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_cli_text_trace_human_output(tmp_path):
    (tmp_path / "trace.txt").write_text("Step 1: 12 x 4 = 46 muffins.\n\nStep 2: 46 * 3 = 138 dollars.\n")
    result = _cli(tmp_path, "trace.txt", "--problem", "12 boxes of 4 muffins at $3 each.")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "Step 1: 12 x 4 = 46 muffins."  # regression (issue 15): was "Step 1: Step 1: ..."
    assert "✗ [arithmetic] 12 * 4 = 46 -> 12 * 4 = 48" in result.stdout
    assert lines[-1] == "Step 1: 12 * 4 = 46 is wrong; 12 * 4 = 48."


def test_cli_json_input_and_output(tmp_path):
    (tmp_path / "t.json").write_text(json.dumps({"problem": "p", "steps": ["2 + 2 = 4", "4 * 3 = 12"]}))
    result = _cli(tmp_path, "t.json", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["first_error_step"], data["first_error_index"], data["complete"]) == (None, None, True)
    assert data["counts"] == {"verified": 2, "refuted": 0, "unsupported": 0, "unchecked": 0}
    assert [s["number"] for s in data["steps"]] == [1, 2]


def test_cli_long_trace_with_a_wrong_last_step_is_caught(tmp_path):
    """Regression (issue 15): 2,101 steps were cut at 2,000 and the wrong last one passed with exit 0."""
    steps = "\n\n".join(f"Step {n + 1}: {n} + 1 = {n + 1}" for n in range(2100)) + "\n\nStep 2101: 2 + 2 = 5\n"
    result = _cli(tmp_path, "-", stdin=steps)
    assert result.returncode == 1, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "Step 2101: 2 + 2 = 5 is wrong; 2 + 2 = 4."


def test_cli_steps_it_could_not_check_exit_3(tmp_path):
    (tmp_path / "t.txt").write_text("\n\n".join(f"{n} + 1 = {n + 1}" for n in range(200)))
    result = _cli(tmp_path, "t.txt", "--deadline", "0.001")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "were not checked (deadline)" in result.stdout.strip().splitlines()[-1]
    assert "No step was refuted" not in result.stdout


def test_cli_a_step_past_its_time_is_unchecked_and_later_steps_are_checked(tmp_path):
    """Regression (issue 18): "$x = exp(10^{20}) % 7$" ran past 60 s with --deadline 5."""
    (tmp_path / "t.txt").write_text("3 + 4 = 7\n\n$x = exp(10^{20}) % 7$ and $\\binom{1000000}{500000} = 5$\n\n2 + 2 = 5\n")
    started = time.monotonic()
    result = _cli(tmp_path, "t.txt", "--deadline", "5", "--json")
    assert time.monotonic() - started < 5 + 15  # no hang; the bound itself is timed in test_huge_magnitudes.py
    data = json.loads(result.stdout)
    assert result.returncode == 1 and data["first_error_step"] == 3
    assert [s["unchecked"] for s in data["steps"]] in ([None, "step_time", None], [None, None, None])


def test_cli_flags_a_stated_assumption_only_when_asked(tmp_path):
    problem = "Gerald earns $30 every day for a week and spends $100. How much is left?"
    (tmp_path / "t.json").write_text(json.dumps({"problem": problem, "steps": [
        "He earns 7 x 30 = 210 dollars.", "Assuming no tax, he keeps 210 - 100 = 110 dollars."]}))
    quiet = _cli(tmp_path, "t.json")
    assert quiet.returncode == 0, quiet.stdout + quiet.stderr
    assert quiet.stdout.strip().splitlines()[-1] == "No step was refuted or flagged."
    flagged = _cli(tmp_path, "t.json", "--doubts")
    assert flagged.returncode == 1, flagged.stderr
    assert '! [doubt] Assuming no tax, he keeps 210 - 100 = 110 dollars.' in flagged.stdout
    assert flagged.stdout.strip().splitlines()[-1].startswith('Step 2: "Assuming no tax')


@pytest.mark.parametrize("name, content, args, message", [
    ("bad.json", "{not json", (), "bad.json is not valid JSON"),
    ("w.json", json.dumps({"problem": "p", "steps": [1, 2]}), (), "'steps' must be a list of strings"),
    # regression (issue 15): a string "steps" was read as a text trace
    ("s.json", json.dumps({"problem": "p", "steps": "not a list"}), (), "'steps' must be a list of strings"),
    ("t.json", json.dumps({"problem": "p", "trace": ["a"]}), (), "'trace' must be a string"),
    # regression (issue 18): deep nesting raised RecursionError
    ("deep.json", '{"steps": ' + "[" * 100_000 + "]" * 100_000 + "}", (), "nested too deeply"),
    # regression (issue 15): an empty trace exited 0
    ("empty.txt", "\n\n  \n", (), "is empty"),
    ("e.json", json.dumps({"problem": "p", "steps": ["", " "]}), (), "empty"),
    ("f.json", json.dumps({"problem": "p", "steps": ["1 + 1 = 2"], "formalization": {"x": 1}}), (), "formalization"),
    # regression (issue 15): --deadline nan and 0 were accepted
    ("ok.txt", "1 + 1 = 2", ("--deadline", "nan"), "--deadline must be a positive, finite number"),
    ("ok.txt", "1 + 1 = 2", ("--deadline", "0"), "--deadline must be a positive, finite number"),
])
def test_cli_bad_input_is_one_error_line_and_exit_2(tmp_path, name, content, args, message):
    (tmp_path / name).write_text(content)
    result = _cli(tmp_path, name, *args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith("error: ") and message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_missing_file_and_unused_formalization(tmp_path):
    missing = _cli(tmp_path, "nope.txt")
    assert missing.returncode == 2 and missing.stderr.strip() == "error: no such file: nope.txt"
    spec = {"variables": {"a": "Bool"}, "constraints": [{"label": "s1", "expr": "a"}]}
    (tmp_path / "k.json").write_text(json.dumps({"problem": "p", "steps": ["1 + 1 = 2"], "formalization": spec}))
    noted = _cli(tmp_path, "k.json")
    assert noted.returncode == 0 and "note: the formalization was not used" in noted.stdout


def test_example_runs(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "examples" / "check_trace.py")], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "feedback: Step 1: 12 * 4 = 46 is wrong; 12 * 4 = 48." in result.stdout
    assert "Zoey's statement is contradicted" in result.stdout

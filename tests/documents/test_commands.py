"""CLI commands, the evals on sample data, the example script and the documents bench (quick)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from agentlib.cli import main
from agentlib.evals.faithfulness import balanced_accuracy, flag_precision

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parents[2]


def test_summarize_and_ask_commands_print_checked_sentences(tmp_path, capsys):
    path = tmp_path / "doc.md"
    path.write_text("# A\n\nAcme sold 1,200 units in 2021 in Poland.\n\n# B\n\nThe CEO is Jane Doe.", encoding="utf-8")
    assert main(["summarize", str(path), "--json", "--no-progress"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["method"] == "extractive (no model)"
    assert [s["citations"] for s in summary["sentences"]] == [["P1"], ["P2"]]
    assert main(["ask", str(path), "Who is the CEO?"]) == 0
    out = capsys.readouterr().out
    assert "A (retrieval (no model)): The CEO is Jane Doe." in out


def test_commands_report_bad_input_as_one_error_line(tmp_path, capsys):
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\xff" * 100)
    assert main(["summarize", str(binary)]) == 2
    assert capsys.readouterr().err.startswith("error: ")
    assert main(["ask", str(tmp_path / "missing.txt"), "q?"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_summarize_command_with_scripted_backend(tmp_path, capsys):
    path = tmp_path / "doc.txt"
    path.write_text("Acme sold 1,200 units in 2021.\n\nThe CEO is Jane Doe.", encoding="utf-8")
    script = tmp_path / "replies.jsonl"
    script.write_text(json.dumps({"reply": "Acme sold 1,200 units in 2021 [P1]. The CEO is Bob Ross [P2]."}) + "\n"
                      + json.dumps({"reply": "The CEO is Bob Ross [P2]."}) + "\n", encoding="utf-8")
    assert main(["summarize", str(path), "--backend", f"scripted:{script}", "--no-cache", "--json", "--no-progress"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["text"] == "Acme sold 1,200 units in 2021."
    assert result["dropped"][0]["sentence"] == "The CEO is Bob Ross."


def _eval_args(dataset: str, tmp_path: Path) -> argparse.Namespace:
    return argparse.Namespace(dataset=dataset, data=DATA / dataset, limit=None, backend=None,
                              out=tmp_path / "out.jsonl", no_progress=True, half="all")


@pytest.mark.parametrize("dataset, expected", [("summedits", 64.1), ("qags", 62.8)])
def test_faithfulness_evals_end_with_balanced_accuracy(dataset, expected, tmp_path, capsys):
    from agentlib.evals import faithfulness

    assert faithfulness.run(_eval_args(dataset, tmp_path)) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("balanced_accuracy: ")
    assert float(last.split()[1]) == pytest.approx(expected, abs=0.05)
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == (20 if dataset == "summedits" else 14)


def test_model_assisted_eval_uses_the_judge(tmp_path, capsys, monkeypatch):
    from agentlib.evals import faithfulness
    from agentlib.llm import ScriptedModel

    monkeypatch.setattr(faithfulness, "_model_judge", lambda spec: __import__(
        "agentlib.documents.judge", fromlist=["make_judge"]).make_judge(ScriptedModel(lambda m, o: "no")))
    args = _eval_args("qags", tmp_path)
    args.backend = "scripted:unused"
    faithfulness.run(args)
    out = capsys.readouterr().out
    # A judge that always says "no" flags everything: balanced accuracy 50.
    assert "model_assisted_balanced_accuracy: 50.0" in out


def test_metrics():
    assert balanced_accuracy([(True, True), (False, False), (True, False), (True, True)]) == 75.0
    assert flag_precision([(False, False), (False, True), (True, True)]) == 50.0


def test_example_runs_offline():
    result = subprocess.run([sys.executable, str(ROOT / "examples" / "summarize_document.py")],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "extractive (no model)" in result.stdout and "HACKED" not in result.stdout
    assert "1.5 million widgets" in result.stdout


def test_documents_bench_quick_reports_a_fork_speedup():
    pytest.importorskip("torch")
    from agentlib.bench import documents

    result = documents.run(argparse.Namespace(repeats=1, quick=True, device="cpu", threads=1))
    assert result["doc_tokens"] == 1024 and result["questions"] == 3
    assert result["reprefill_per_question_s"] > result["fork_per_question_s"] > 0
    assert result["document_state_bytes"] > 0


def test_document_side_never_imports_torch():
    code = ("import sys, agentlib.documents.summarize, agentlib.documents.qa, agentlib.documents.render, "
            "agentlib.documents.judge, agentlib.evals.faithfulness, agentlib.commands.summarize, agentlib.commands.ask, "
            "agentlib.bench.documents; print('torch' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.stdout.strip() == "False", result.stderr

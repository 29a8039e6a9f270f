"""`agentlib index`, `agentlib ask --kb`, `agentlib eval retrieval`, `agentlib bench kb` and the example, as a
user runs them (subprocesses where it matters), on generated data."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from agentlib.cli import main

ROOT = Path(__file__).parents[2]
ARTICLES = {
    "volcano": (("Lava from the Etna volcano reached the village of Zafferana on Tuesday, forcing 300 residents to "
                "leave their homes. Scientists said the eruption could last for weeks."),
                ["Residents of Zafferana fled as lava from Etna approached.",
                 "The Etna eruption may go on for weeks."]),
    "football": (("Manchester United beat Arsenal 3-1 at Old Trafford on Sunday, with two goals from Marcus "
                 "Rashford. The win lifts United to third place in the league table."),
                 ["Rashford scored twice as Manchester United defeated Arsenal."]),
    "bank": (("The European Central Bank raised interest rates by a quarter point to 4.5 percent, its tenth "
             "increase in a row, citing inflation that remains too high for too long."),
             ["The ECB lifted rates to 4.5% to fight persistent inflation."]),
    "space": (("NASA's Perseverance rover collected its twentieth rock sample from the Jezero crater on Mars, "
              "which engineers will seal in a titanium tube for a future return mission."),
              ["Perseverance has gathered 20 Martian rock samples for return to Earth."]),
    "wine": (("A frost in April destroyed much of the Burgundy grape harvest, and growers expect wine prices to "
             "climb next year as supplies of Pinot Noir shrink."),
             ["Burgundy wine could get pricier after April frost hit the grapes."]),
}


def _run(*arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "agentlib.cli", *arguments], capture_output=True, text=True,
                          timeout=300, cwd=cwd, check=False)


def test_index_then_ask_from_the_command_line(tmp_path):
    docs = tmp_path / "docs"
    for name, (article, _) in ARTICLES.items():
        (docs / f"{name}.txt").parent.mkdir(exist_ok=True)
        (docs / f"{name}.txt").write_text(article, encoding="utf-8")
    built = _run("index", "docs", "-o", "kb", "--json", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    report = json.loads(built.stdout)
    assert (report["files"], report["model"], report["status"]) == (5, "sentence-transformers/all-MiniLM-L6-v2",
                                                                   "complete")
    asked = _run("ask", "--kb", "kb", "How many residents had to leave because of the lava?", "--json", cwd=tmp_path)
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert answer["method"] == "retrieval (no model), knowledge base"
    assert answer["sentences"][0]["citations"] == ["volcano.txt#P1"] and "300 residents" in answer["answer"]


def test_command_errors_are_one_line(tmp_path, capsys):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.md").write_text("Keep me.", encoding="utf-8")
    assert main(["index", str(tmp_path / "notes"), "-o", str(tmp_path / "notes")]) == 2
    assert capsys.readouterr().err.startswith("error: ") and (tmp_path / "notes" / "a.md").read_text() == "Keep me."
    assert main(["ask", "--kb", str(tmp_path / "notes"), "Anything?"]) == 2
    assert "is not a knowledge base" in capsys.readouterr().err
    assert main(["ask", "--kb", str(tmp_path), "one", "two"]) == 2
    assert "give only the question" in capsys.readouterr().err
    assert main(["index", str(tmp_path / "missing"), "-o", str(tmp_path / "kb")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def _qags_folder(folder: Path) -> Path:
    folder.mkdir()
    lines = [json.dumps({"article": article, "summary_sentences": [
        {"sentence": s, "responses": [{"worker_id": "w", "response": "yes"}] * 3} for s in sentences]})
        for article, sentences in ARTICLES.values()]
    (folder / "mturk_generated.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("half", ["all", "blind"])
def test_eval_retrieval_reports_each_method_and_ends_with_recall_at_5(tmp_path, capsys, half):
    from agentlib.evals import retrieval

    out = tmp_path / "items.jsonl"
    args = argparse.Namespace(dataset="retrieval", data=_qags_folder(tmp_path / "qags"), limit=None, backend=None,
                              out=None if half == "blind" else out, no_progress=True, half=half)
    assert retrieval.run(args) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1].startswith("recall_at_5: ")
    rows = {line.split()[0]: line.split()[1:] for line in lines if line.split()[0] in ("bm25", "vector", "hybrid")}
    assert set(rows) == {"bm25", "vector", "hybrid"}
    if half == "all":
        assert lines[-1] == "recall_at_5: 1.000" and rows["hybrid"][:3] == ["6", "1.000", "1.000"]
        records = [json.loads(line) for line in out.read_text().splitlines()]
        assert len(records) == 6 and all(r["detail"]["ranks"]["hybrid"] == 1 for r in records)
    else:
        assert not out.exists()


def test_eval_retrieval_reads_the_summedits_layout(tmp_path):
    from agentlib.evals.retrieval import load_articles

    folder = tmp_path / "se"
    folder.mkdir()
    records = [{"id": f"x{i}", "doc": article, "summary": " ".join(sentences), "label": 1}
               for i, (article, sentences) in enumerate(ARTICLES.values()) for _ in range(2)]
    (folder / "summedits_generated.json").write_text(json.dumps(records), encoding="utf-8")
    layout, articles = load_articles(folder)
    assert layout == "summedits" and len(articles) == 5 and articles[0].queries == tuple(ARTICLES["volcano"][1])


def test_bench_kb_prints_the_figures_it_promises(tmp_path):
    from agentlib.bench import kb

    result = kb.measure([120], queries=5, throughput_passages=4, real_limit=30)
    assert result["embed_passages_per_s_1_thread"] > 0 and result["model"].endswith("all-MiniLM-L6-v2")
    assert result["build_120"]["passages"] == 120 and result["build_120"]["index"] == "flat"
    assert result["build_120"]["embedded_by_the_model"] == 30 and result["build_120"]["peak_rss_mb"] > 0
    search = result["search_120_1_thread"]
    assert search["queries"] == 5 and 0 < search["query_p50_ms"] <= search["query_p95_ms"]


def test_example_runs_offline():
    result = subprocess.run([sys.executable, str(ROOT / "examples" / "knowledge_base.py")], capture_output=True,
                            text=True, timeout=300, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert "[manuals/pump.md#P1]  OK: supported" in result.stdout
    assert "updated: embedded ['notes/bread.md'], unchanged 3 file(s)" in result.stdout


def test_index_takes_kb_as_ask_does():
    """`agentlib index docs --kb kb` failed with "-o/--out is required" while `ask` names the same folder `--kb`."""
    from agentlib.commands import index

    parser = argparse.ArgumentParser()
    index.configure(parser)
    assert parser.parse_args(["docs", "--kb", "kb"]).out == Path("kb") == parser.parse_args(["docs", "-o", "kb"]).out

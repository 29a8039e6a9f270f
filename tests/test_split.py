"""The tuning/blind split: stable, about half each, blind runs print aggregates only."""

import subprocess
import sys

from hypothesis import given, strategies as st

from agentlib.evals.split import half_of, normalize_key, select_half


@given(st.lists(st.text(alphabet=st.characters(categories=["L", "N", "P"]), min_size=1, max_size=12), min_size=1,
                max_size=12))
def test_half_ignores_spacing_and_width(words):
    text = " ".join(words)
    spaced = "  " + "\n\t ".join(words) + " "
    assert normalize_key(spaced) == normalize_key(text)
    assert half_of(spaced) == half_of(text)
    assert half_of("Ｘ " + text) == half_of("X " + text)  # fullwidth letters are their ASCII twins (NFKC)


def test_halves_are_balanced_and_disjoint():
    texts = [f"problem number {i}: what is {i} + {i}?" for i in range(2000)]
    tuning = select_half(texts, "tuning", key=str)
    blind = select_half(texts, "blind", key=str)
    assert set(tuning).isdisjoint(blind) and len(tuning) + len(blind) == len(texts)
    assert 900 < len(tuning) < 1100
    assert select_half(texts, "all", key=str) == texts


def test_blind_eval_writes_no_items_and_refuses_out(tmp_path):
    data = tmp_path / "kk"
    data.mkdir()
    run = [sys.executable, "-m", "agentlib.cli", "eval", "knights-and-knaves", "--data", str(data), "--half", "blind",
           "--out", str(tmp_path / "x.jsonl")]
    result = subprocess.run(run, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2 and "--half blind" in result.stderr
    assert not (tmp_path / "x.jsonl").exists()

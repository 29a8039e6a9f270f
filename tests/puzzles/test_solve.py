"""`agentlib.solve` and `agentlib solve` as users run them, on data samples and on bad input."""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agentlib.evals.puzzles import score_by_equality

import agentlib
from agentlib.errors import InputError
from agentlib.puzzles.family import get_family

DATA = Path(__file__).parent / "data"
KK = (
    "A very special island is inhabited only by knights and knaves. Knights always tell the truth, and knaves "
    "always lie. You meet 3 inhabitants: Jackson, Sebastian, and Emma. As Jackson put it, \"Sebastian is not a "
    "knight\". Sebastian stated, \"Emma is a knave\". \"Jackson is a knight and Sebastian is a knight,\" Emma "
    "claimed. So who is a knight and who is a knave?"
)


def run_cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "agentlib", *args], capture_output=True, text=True, input=stdin, timeout=120)


@pytest.mark.parametrize("family, expected", [("knights-and-knaves", 6), ("logicaldeduction", 6)])
def test_samples_are_all_verified_and_correct(family, expected):
    fam = get_family(family)
    items = fam.load(DATA / family)
    assert len(items) == expected
    for item in items:
        result = score_by_equality(item, fam.solve(item.text))
        assert result.correct, (item.id, result)


def test_solve_detects_the_family_and_certifies():
    verdict = agentlib.solve(KK)
    assert verdict.family == "knights-and-knaves"
    assert verdict.verified
    assert verdict.answer == {"Jackson": "knave", "Sebastian": "knight", "Emma": "knave"}
    assert [c.result for c in verdict.certificate.checks] == ["sat", "unsat"]


def test_contradiction_is_explained_from_the_unsat_core():
    text = ("An island is inhabited only by knights and knaves. You meet 2 inhabitants: Ann and Bob. "
            'Bob said, "Ann is a knight." Ann says, "I am a knave." So who is a knight and who is a knave?')
    verdict = agentlib.solve(text)
    assert verdict.status == "abstained" and verdict.failure == "unsat"
    assert 'Ann says, "I am a knave."' in verdict.reason
    assert "Bob said" not in verdict.reason  # the core is minimal


def test_under_constrained_puzzle_abstains_with_two_witnesses():
    text = ("An island is inhabited only by knights and knaves. You meet 2 inhabitants: Ann and Bob. "
            'Ann says, "Bob is a knight." Bob says, "Ann is a knight." So who is a knight and who is a knave?')
    verdict = agentlib.solve(text)
    assert verdict.status == "abstained" and verdict.failure == "ambiguous"
    assert "more than one solution" in verdict.reason


def test_unparseable_sentences_are_listed_never_guessed():
    text = ("An island is inhabited only by knights and knaves. You meet 2 inhabitants: Ann and Bob. "
            'Ann says, "Bob is a knight." Bob whispered that the moon is cheese. So who is a knight and who is a knave?')
    verdict = agentlib.solve(text)
    assert verdict.status == "abstained" and verdict.failure == "not_parsed"
    assert verdict.unparsed == ["Bob whispered that the moon is cheese."]
    assert verdict.answer is None


def test_three_thousand_people_get_a_verdict_in_bounded_time():
    names = [f"P{i}" for i in range(3_000)]
    statements = " ".join(f'{names[i]} said, "{names[i + 1]} is a knight."' for i in range(len(names) - 1))
    text = (f"An island is inhabited only by knights and knaves. You meet {len(names)} inhabitants: "
            f"{', '.join(names[:-1])}, and {names[-1]}. {statements} {names[-1]} said, \"I am a knight.\" "
            "So who is a knight and who is a knave?")
    start = time.monotonic()
    verdict = agentlib.solve(text)
    assert time.monotonic() - start < 60
    assert verdict.status == "abstained" and verdict.failure == "ambiguous"


@pytest.mark.parametrize("bad", ["", "   \n"])
def test_empty_problem_is_an_input_error(bad):
    with pytest.raises(InputError):
        agentlib.solve(bad)


def test_unknown_text_abstains_without_a_model():
    verdict = agentlib.solve("What is the capital of France?")
    assert verdict.status == "abstained" and verdict.failure == "not_parsed"


def test_cli_prints_answer_and_certificate():
    result = run_cli("solve", KK)
    assert result.returncode == 0, result.stderr
    assert "answer: Jackson: knave, Sebastian: knight, Emma: knave" in result.stdout
    assert "status: verified" in result.stdout
    assert "unsat" in result.stdout


def test_cli_json_and_file_input(tmp_path):
    puzzle = tmp_path / "puzzle.txt"
    puzzle.write_text(KK, encoding="utf-8")
    result = run_cli("solve", str(puzzle), "--json")
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert verdict["status"] == "verified" and verdict["answer"]["Sebastian"] == "knight"


def test_cli_bad_input_is_one_clear_line():
    result = run_cli("solve", "")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: the puzzle is empty"
    assert "Traceback" not in result.stderr


def test_cli_eval_prints_the_accuracy_table(tmp_path):
    result = run_cli("eval", "knights-and-knaves", "--data", str(DATA / "knights-and-knaves"),
                     "--out", str(tmp_path / "kk.jsonl"), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "accuracy: 1.0000 (6/6)"
    records = [json.loads(line) for line in (tmp_path / "kk.jsonl").read_text().splitlines()]
    assert len(records) == 6 and all(r["correct"] for r in records)


def test_example_runs():
    example = Path(__file__).resolve().parents[2] / "examples" / "solve_puzzle.py"
    result = subprocess.run([sys.executable, str(example)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "status: verified" in result.stdout

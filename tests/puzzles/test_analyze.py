"""`agentlib.analyze` and `agentlib analyze` as users run them: API shape, JSON, CLI, the example, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import agentlib
from agentlib.errors import InputError
from agentlib.puzzles.argument import ArgumentAnalysis, split_argument
from agentlib.puzzles.solve import ProblemTypeError

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "agentlib", *args], capture_output=True, text=True, input=stdin,
                          timeout=120, cwd=ROOT)


def test_affirming_the_consequent_is_invalid_with_a_counter_model_in_words():
    analysis = agentlib.analyze("If it rains, the ground is wet. The ground is wet. Therefore it rained.")
    assert isinstance(analysis, ArgumentAnalysis)
    assert (analysis.status, analysis.answer, analysis.fallacy) == ("verified", "invalid", "affirming the consequent")
    assert analysis.premises == ["If it rains, the ground is wet.", "The ground is wet."]
    assert "the ground is wet" in analysis.counter_model and "it does not rain" in analysis.counter_model
    assert [c.result for c in analysis.certificate.checks] == ["sat", "sat"]


def test_round_trip_through_json_keeps_the_analysis():
    analysis = agentlib.analyze("All men are mortal. Socrates is a man. So Socrates is mortal.")
    again = ArgumentAnalysis.from_dict(json.loads(json.dumps(analysis.to_dict())))
    assert again == analysis and again.answer == "valid" and "universal" in again.form


def test_an_unread_sentence_makes_the_analysis_abstain_quoting_it():
    analysis = agentlib.analyze("All men are mortal. Socrates probably likes figs a lot. So Socrates is mortal.")
    assert analysis.status == "abstained" and analysis.failure == "not_parsed"
    assert any("Socrates probably likes figs" in s for s in analysis.unparsed)


def test_a_conclusion_about_something_no_premise_mentions_is_not_judged():
    analysis = agentlib.analyze("All men are mortal. Socrates is a man. Therefore Socrates will die.")
    assert analysis.status == "abstained" and "no premise mentions" in analysis.reason


@pytest.mark.parametrize("text, conclusion", [
    ("A. B. Therefore C.", "C."), ("A. B. So, C.", "C."), ("A. Hence C.", "C."), ("A, so C.", "C."),
    ("A. It follows that C.", "C."), ("A. Is C?", "Is C?"), ("C, because A.", "C."), ("C since A and B.", "C."),
    ("A, which proves that C.", "C."), ("A, which means C.", "C."), ("Since A and B, C.", "C."),
    ("Given that A, and B, C.", "C."),
])
def test_conclusion_markers(text, conclusion):
    from agentlib.puzzles.english.text import split_sentences

    premises, found, _ = split_argument(split_sentences(text))
    assert found == conclusion and premises


def test_bad_input_types_and_deadlines_are_typed_errors():
    with pytest.raises(ProblemTypeError, match="not bytes"):
        agentlib.analyze(b"If A then B.")
    with pytest.raises(InputError, match="deadline_s"):
        agentlib.analyze("If it rains, it pours. It rains. So it pours.", deadline_s=0)


def test_cli_prints_the_analysis_and_json():
    result = run_cli("analyze", "If it rains, the ground is wet. It rained. Therefore the ground is wet.")
    assert result.returncode == 0, result.stderr
    assert "answer: valid" in result.stdout and "form: modus ponens" in result.stdout
    result = run_cli("analyze", "-", "--json", stdin="If it rains, the ground is wet. The ground is wet. So it rained.")
    data = json.loads(result.stdout)
    assert result.returncode == 0 and data["status"] == "verified" and data["answer"] == "invalid"
    assert data["certificate"]["checks"][1]["result"] == "sat"


def test_cli_errors_are_one_line():
    result = run_cli("analyze", "")
    assert result.returncode == 2 and result.stderr.strip() == "error: the argument is empty"


def test_example_runs():
    result = subprocess.run([sys.executable, str(ROOT / "examples" / "analyze_argument.py")], capture_output=True,
                            text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("status: verified") == 5 and "fallacy: affirming the consequent" in result.stdout


@pytest.mark.parametrize("text, argument", [
    ("If it rains, the ground is wet. It rained. Therefore, the ground is wet.", True),
    ("All men are mortal. Socrates is a man, so Socrates is mortal.", True),
    ("If I study, I pass. I passed. Does it follow that I studied?", True),
    ("All men are mortal. Socrates is a man. Is Socrates mortal?", False),
    ("Alice is taller than Bob. Who is the tallest?", False),
])
def test_is_argument_routes_arguments_and_puzzles(text, argument):
    from agentlib.puzzles.argument import is_argument

    assert is_argument(text) is argument


@pytest.mark.parametrize("text, said, unsaid", [
    # regression: "Tom whites" (a colour after "or" recorded as a verb)
    ("Every cat is black or white. Tom is a cat. Tom is black. So Tom is not white.", "Tom is white", "whites"),
    # regression: "the dog is a dog" (what a definite description presupposes) was listed as a fact
    ("The dog barks whenever the doorbell rings. The dog barks. So the doorbell rings.", "the doorbell does not ring",
     "is a dog"),
    # regression: comparisons were left out, leaving no facts at all
    ("Ann is taller than Bob. Cal is taller than Bob. So Ann is taller than Cal.", "Ann is not taller than Cal", ";;"),
    # regression: "Max is   other" (an internal kind slot) was listed
    ("Honest people never lie. Max is honest. So Max lies.", "Max is honest", "other"),
])
def test_counter_models_read_as_sentences(text, said, unsaid):
    analysis = agentlib.analyze(text)
    assert analysis.answer == "invalid" and said in analysis.counter_model and unsaid not in analysis.counter_model


@pytest.mark.parametrize("text, premises, conclusion", [
    ("Premise 1: All dogs bark. Premise 2: Rex is a dog. Conclusion: Rex barks.", 2, "Rex barks."),
    ("P1: All dogs bark\nP2: Rex is a dog\nC: Rex barks", 2, "Rex barks"),
    ("1. All dogs bark.\n2. Rex is a dog.\n3. Therefore, Rex barks.", 2, "Rex barks."),
    ("Is the following argument valid? All dogs bark. Rex is a dog. So Rex barks.", 2, "Rex barks."),
    ("All dogs bark. Rex is a dog. Rex barks. Is this argument valid?", 2, "Rex barks."),
    ("Is this a valid argument: all dogs bark; Rex is a dog; so Rex barks.", 2, "Rex barks."),
    ("All dogs bark. Rex is a dog. Does the conclusion that Rex barks follow?", 2, "Does it follow that Rex barks?"),
])
def test_labels_lists_and_validity_questions_around_an_argument(text, premises, conclusion):
    analysis = agentlib.analyze(text)
    assert (analysis.status, analysis.answer) == ("verified", "valid"), analysis.reason
    assert len(analysis.premises) == premises and analysis.conclusion == conclusion


def test_a_statement_with_no_validity_question_never_has_its_last_sentence_taken_as_the_conclusion():
    analysis = agentlib.analyze("All dogs bark. Rex is a dog. Rex barks.")
    assert analysis.status == "abstained" and "no conclusion found" in analysis.reason

"""ProntoQA formalizer: the dev sample, certificates, nouns vs adjectives, and bad input."""

from pathlib import Path

import pytest

from agentlib.evals.puzzles import score_by_equality

from agentlib.errors import InputError
from agentlib.puzzles.prontoqa import FAMILY, formalize, solve

DATA = Path(__file__).parent / "data_b" / "prontoqa"
QUESTION = "Is the following statement true or false?"


def test_sample_items_all_correct_and_certified():
    items = FAMILY.load(DATA)
    assert len(items) == 12
    for item in items:
        verdict = FAMILY.solve(item.text)
        result = score_by_equality(item, verdict)
        assert result.correct, (item.id, verdict.render())
        results = [check.result for check in verdict.certificate.checks]
        assert results == ["sat", "unsat"]


def test_true_and_false_by_entailment():
    context = "Every wumpus is a dumpus. Dumpuses are not shiny. Each dumpus is a rompus. Rompuses are warm. Max is a wumpus."
    assert solve(f"{context} {QUESTION} Max is warm.").answer == "True"
    assert solve(f"{context} {QUESTION} Max is shiny.").answer == "False"
    assert solve(f"{context} {QUESTION} Max is not a rompus.").answer == "False"
    assert solve(f"{context} {QUESTION} Max is a dumpus.").answer == "True"


def test_plural_noun_object_is_the_same_predicate_as_the_singular():
    theory, goal, _ = formalize(f"Jompuses are vumpuses. Each vumpus is kind. Sam is a jompus. {QUESTION} Sam is kind.")
    assert [r.head[0].predicate for r in theory.rules] == ["vumpus", "kind", "jompus"]
    assert theory.rules[0].body[0].predicate == "jompus"


def test_statement_not_decided_abstains_as_ambiguous():
    verdict = solve(f"Every wumpus is a dumpus. Max is a wumpus. {QUESTION} Max is cold.")
    assert verdict.status == "abstained" and verdict.failure == "ambiguous"


def test_contradiction_names_the_sentences():
    verdict = solve(f"Every wumpus is hot. Each wumpus is not hot. Max is a wumpus. Sally is a tumpus. {QUESTION} Max is hot.")
    assert verdict.failure == "unsat"
    assert "Every wumpus is hot" in verdict.reason and "Each wumpus is not hot" in verdict.reason
    assert "Sally" not in verdict.reason


def test_unparsed_sentences_are_listed_not_guessed():
    verdict = solve(f"Every wumpus is hot. Max likes wumpuses a lot. Max is a wumpus. {QUESTION} Max is hot.")
    assert verdict.status == "abstained" and verdict.failure == "not_parsed"
    assert verdict.unparsed == ["Max likes wumpuses a lot"]


@pytest.mark.parametrize("text", ["", "   ", "Every wumpus is hot. Max is a wumpus."])
def test_empty_or_questionless_text_is_an_input_error(text):
    with pytest.raises(InputError):
        solve(text)


def test_detect_prefers_its_own_text():
    items = FAMILY.load(DATA)
    assert FAMILY.detect(items[0].text) >= 0.9
    assert FAMILY.detect("Is the following statement true, false, or unknown? Bob is big.") == 0.0


def test_load_rejects_missing_folder(tmp_path):
    with pytest.raises(InputError, match="ProntoQA_dev.json"):
        FAMILY.load(tmp_path)

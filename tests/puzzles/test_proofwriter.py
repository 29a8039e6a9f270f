"""ProofWriter formalizer: the dev sample, its forward-chaining semantics, sentence forms, bad input."""

from pathlib import Path

import pytest

from agentlib.evals.puzzles import score_by_equality

from agentlib.errors import InputError
from agentlib.puzzles.proofwriter import FAMILY, base_form, parse_sentence, solve
from agentlib.puzzles.rules import VARIABLE, Literal

DATA = Path(__file__).parent / "data_b" / "proofwriter"
QUESTION = "Based on the above information, is the following statement true, false, or unknown?"


def ask(context: str, statement: str):
    return solve(f"{context}\n\n{QUESTION} {statement}\nA) True\nB) False\nC) Unknown")


def test_sample_items_all_correct_and_cover_every_answer():
    items = FAMILY.load(DATA)
    assert {item.expected for item in items} == {"True", "False", "Unknown"}
    assert {item.subset for item in items} == {"AttNeg", "AttNoneg", "RelNeg", "RelNoneg"}
    for item in items:
        verdict = FAMILY.solve(item.text)
        assert score_by_equality(item, verdict).correct, (item.id, verdict.render())


def test_no_contraposition_as_in_the_dataset_labels():
    # Classical logic would derive "Erin is not furry" from these two; ProofWriter labels it Unknown.
    context = "Erin is not kind. All furry things are kind."
    assert ask(context, "Erin is furry.").answer == "Unknown"
    assert ask(context, "Erin is not kind.").answer == "True"
    assert ask(context, "Erin is kind.").answer == "False"


def test_relations_variables_and_objects():
    context = (
        "The bald eagle eats the bear. The bear is young. If someone eats the bear and the bear is young then they are red. "
        "If something is red then the bear visits it. If the bear visits the bald eagle then the bald eagle does not like the bear."
    )
    assert ask(context, "The bald eagle is red.").answer == "True"
    assert ask(context, "The bear visits the bald eagle.").answer == "True"
    assert ask(context, "The bald eagle likes the bear.").answer == "False"
    assert ask(context, "The bear eats the bald eagle.").answer == "Unknown"


def test_sentence_forms_parse_to_the_expected_literals():
    rule = parse_sentence("Red, kind people are not nice")[0]
    assert rule.body == (Literal("red", (VARIABLE,)), Literal("kind", (VARIABLE,)))
    assert rule.head == (Literal("nice", (VARIABLE,), True),)
    rule = parse_sentence("If something is big and not red then it chases the cat")[0]
    assert rule.body == (Literal("big", (VARIABLE,)), Literal("red", (VARIABLE,), True))
    assert rule.head == (Literal("chase", (VARIABLE, "cat")),)
    rule = parse_sentence("If they eat the rabbit then they need the cow")[0]
    assert rule.body == (Literal("eat", (VARIABLE, "rabbit")),) and rule.head == (Literal("need", (VARIABLE, "cow")),)
    assert parse_sentence("Bob does not see the bald eagle")[0].head == (Literal("see", ("bob", "bald_eagle"), True),)


@pytest.mark.parametrize(("verb", "base"), [("chases", "chase"), ("watches", "watch"), ("sees", "see"), ("carries", "carry")])
def test_base_form(verb, base):
    assert base_form(verb) == base


def test_contradiction_is_explained_by_its_sentences():
    verdict = ask("Bob is big. Anne is kind. If someone is big then they are not round. Bob is round.", "Bob is kind.")
    assert verdict.status == "abstained" and verdict.failure == "unsat"
    assert "Bob is big" in verdict.reason and "Bob is round" in verdict.reason and "Anne" not in verdict.reason


def test_unparsed_sentences_are_listed():
    verdict = ask("Bob is big. Bob might be red tomorrow. Some things are blue.", "Bob is big.")
    assert verdict.failure == "not_parsed"
    assert verdict.unparsed == ["Bob might be red tomorrow", "Some things are blue"]


def test_question_outside_the_grammar_is_not_parsed():
    verdict = ask("Bob is big.", "Bob is big and red.")
    assert verdict.failure == "not_parsed" and "question statement" in verdict.reason


@pytest.mark.parametrize("text", ["", "Bob is big. Is Bob big?"])
def test_empty_or_questionless_text_is_an_input_error(text):
    with pytest.raises(InputError):
        solve(text)


def test_detect():
    assert FAMILY.detect(f"Bob is big. {QUESTION} Bob is big.") >= 0.9
    assert FAMILY.detect("Knights always tell the truth.") == 0.0


def test_question_without_facts_is_not_parsed():
    verdict = ask("", "Bob is big.")
    assert verdict.status == "abstained" and verdict.failure == "not_parsed" and "no facts" in verdict.reason


def test_load_rejects_bad_answers(tmp_path):
    (tmp_path / "ProofWriter_dev.json").write_text('[{"id": "x", "context": "Bob is big.", "question": "?", "answer": "D"}]')
    with pytest.raises(InputError, match="expected A/B/C"):
        FAMILY.load(tmp_path)
    (tmp_path / "ProofWriter_dev.json").write_text("[{")
    with pytest.raises(InputError, match="not valid JSON"):
        FAMILY.load(tmp_path)

"""Model formalize-and-solve with a scripted model: verified, repaired, voted, abstained."""

import json

import pytest

from agentlib.llm import ScriptedModel
from agentlib.puzzles.formalize import extract_json, formalize_and_solve
from agentlib.puzzles.grammar import formalization_schema_text

PUZZLE = 'Ann says "Bob is a knave". Bob says "Ann and I are knights". Who is a knight?'
GOOD = {
    "spec": {"variables": {"ann": "Bool", "bob": "Bool"},
             "constraints": [{"label": "ann_says", "expr": "ann <-> not bob"},
                             {"label": "bob_says", "expr": "bob <-> (ann and bob)"}]},
    "question": {"kind": "values", "terms": ["ann", "bob"]},
}
WRONG = {**GOOD, "spec": {**GOOD["spec"], "constraints": [{"label": "ann_says", "expr": "ann <-> bob"},
                                                          {"label": "x", "expr": "not ann"}]}}


def test_correct_formalization_is_verified_with_agreement():
    model = ScriptedModel(["<think>let me see</think>" + json.dumps(GOOD)] * 3)
    verdict = formalize_and_solve(PUZZLE, model, votes=3)
    assert verdict.verified
    assert verdict.answer == {"ann": True, "bob": False}
    assert verdict.certificate.checks[-1].claim == "3 of 3 sampled formalizations"
    # the puzzle reached the model as untrusted data
    assert all(not call[0][1].trusted for call in model.calls)


def test_malformed_reply_is_repaired_with_the_error_fed_back():
    broken = json.dumps({**GOOD, "spec": {**GOOD["spec"], "constraints": [{"label": "a", "expr": "ann <-> nope"}]}})
    model = ScriptedModel(["no json here", broken, json.dumps(GOOD)])
    verdict = formalize_and_solve(PUZZLE, model, votes=1, repairs=2)
    assert verdict.verified and verdict.answer == {"ann": True, "bob": False}
    feedback = [m.content for m in model.calls[2][0] if m.role == "user"][-1]
    assert "unknown name 'nope'" in feedback
    assert "no JSON object" in [m.content for m in model.calls[1][0] if m.role == "user"][-1]


def test_disagreeing_votes_abstain():
    model = ScriptedModel([json.dumps(GOOD), json.dumps(WRONG), json.dumps(GOOD)])
    verdict = formalize_and_solve(PUZZLE, model, votes=3)
    assert verdict.status == "abstained" and verdict.failure == "ambiguous"
    assert "disagree" in verdict.reason


def test_repairs_are_bounded_and_end_in_abstention():
    model = ScriptedModel(["nothing"] * 10)
    verdict = formalize_and_solve(PUZZLE, model, votes=1, repairs=2)
    assert verdict.status == "abstained" and verdict.failure == "not_parsed"
    assert len(model.calls) == 3


def test_choice_and_entails_questions():
    choice = {"spec": {"variables": {"a": "Int"}, "constraints": [{"label": "c", "expr": "a > 2 and a < 4"}]},
              "question": {"kind": "choice", "options": {"A": "a == 2", "B": "a == 3"}}}
    assert formalize_and_solve("p", ScriptedModel([json.dumps(choice)]), votes=1).answer == "B"
    entails = {"spec": {"variables": {"a": "Bool", "b": "Bool"}, "constraints": [{"label": "c", "expr": "a -> b"}]},
               "question": {"kind": "entails", "expr": "b"}}
    verdict = formalize_and_solve("p", ScriptedModel([json.dumps(entails)]), votes=1)
    assert verdict.verified and verdict.answer == "Unknown"


def test_extract_json_ignores_prose_and_think_blocks():
    assert extract_json('<think>{"no": 1}</think> Sure: {"a": [1, {"b": 2}]} trailing') == {"a": [1, {"b": 2}]}
    with pytest.raises(Exception):
        extract_json("<think>unfinished {")


def test_llguidance_accepts_the_formalization_schema():
    llguidance = pytest.importorskip("llguidance")
    grammar = llguidance.grammar_from("json_schema", formalization_schema_text())
    assert llguidance.LLMatcher.validate_grammar(grammar) == ""  # empty = no error
    broken = llguidance.grammar_from("lark", "start: ( ")
    assert llguidance.LLMatcher.validate_grammar(broken) != ""


def test_text_the_grammar_does_not_read_goes_to_the_model_and_says_so():
    import agentlib

    text = "Ann's cousin, who may or may not be a knight, told Bob something odd. Who is a knight?"
    assert agentlib.solve(text).failure == "not_parsed"  # without a model: abstain, quoting the sentence
    model = ScriptedModel([json.dumps(GOOD)] * 3)
    verdict = agentlib.solve(text, backend=model, votes=3)
    assert verdict.verified and verdict.reader == "model"
    assert "read by a model" in verdict.certificate.method


def test_an_argument_the_grammar_does_not_read_is_judged_by_the_model_path():
    import agentlib

    entails = {"spec": {"variables": {"rain": "Bool", "wet": "Bool"},
                        "constraints": [{"label": "p1", "expr": "rain -> wet"}, {"label": "p2", "expr": "wet"}]},
               "question": {"kind": "entails", "expr": "rain"}}
    text = "Rain presumably wets streets. The streets are soaked. Therefore it rained."
    assert agentlib.analyze(text).status == "abstained"
    analysis = agentlib.analyze(text, backend=ScriptedModel([json.dumps(entails)] * 3))
    assert analysis.status == "verified" and analysis.answer == "invalid" and analysis.reader == "model"

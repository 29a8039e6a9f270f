"""Answers from a knowledge base: fenced passages, [file#P3] citations resolved and checked, routing from ask."""

from __future__ import annotations

import pytest
from kb_test_helpers import HashEmbedder

import agentlib
from agentlib.documents.qa import ask, ask_many
from agentlib.documents.reader import Document
from agentlib.errors import InputError
from agentlib.kb import KnowledgeBase
from agentlib.kb.answer import KB_RETRIEVAL
from agentlib.llm import ScriptedModel

FILES = {
    "sales.md": "# Sales\n\nAcme sold 1,200 units in 2021 and 1,500 units in 2022.",
    "people/ceo.txt": "The chief executive of Acme is Jane Doe.\n\nShe joined the company in 2015.",
    "travel.md": "# Travel\n\nHotels are reimbursed up to 180 euros a night in Paris.",
}


@pytest.fixture
def kb(tmp_path):
    for name, text in FILES.items():
        (tmp_path / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    return KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder())


def test_passages_are_fenced_untrusted_and_citations_resolve_to_files(kb):
    model = ScriptedModel(lambda m, o: "Acme sold 1,500 units in 2022 [sales.md#P1]. Jane Doe leads it "
                                       "[people/ceo.txt#P1].")
    answer = ask(None, "How many units did Acme sell in 2022?", backend=model, kb=kb)
    messages = model.calls[0][0]
    assert [m.role for m in messages] == ["system", "user", "user"] and messages[1].trusted is False
    assert "[sales.md#P1] Acme sold" in messages[1].content and "[sales.md#P1]" in messages[0].content
    assert answer.text == "Acme sold 1,500 units in 2022. Jane Doe leads it."
    assert [s.citations for s in answer.sentences] == [("sales.md#P1",), ("people/ceo.txt#P1",)]
    assert all(s.explicit for s in answer.sentences)


def test_a_sentence_its_citation_does_not_support_is_dropped(kb):
    model = ScriptedModel(["Acme sold 9,999 units in 2022 [sales.md#P1]. The CEO is John Smith [people/ceo.txt#P1]."])
    answer = ask(None, "Sales?", backend=model, kb=kb)
    assert answer.sentences == [] and [s.text for s in answer.dropped] == [
        "Acme sold 9,999 units in 2022.", "The CEO is John Smith."]


def test_uncited_sentence_is_checked_against_the_closest_shown_paragraph(kb):
    answer = ask(None, "Paris hotels?", backend=ScriptedModel(["Hotels in Paris are reimbursed up to 180 euros."]),
                 kb=kb)
    assert answer.sentences[0].citations == ("travel.md#P1",) and not answer.sentences[0].explicit


def test_calculator_and_refused_tools_work_through_the_kb(kb):
    replies = iter([('<tool_call>{"name": "shell", "arguments": {}}</tool_call>'
                    '<tool_call>{"name": "calculate", "arguments": {"expression": "1500 - 1200"}}</tool_call>'),
                    "Acme sold 300 more units in 2022 than in 2021 [sales.md#P1]."])
    answer = agentlib.ask(None, "How many more units?", backend=ScriptedModel(lambda m, o: next(replies)), kb=kb)
    assert answer.refused_tools == ["shell"] and answer.tool_calls[0]["result"] == "300"
    assert answer.text == "Acme sold 300 more units in 2022 than in 2021."


def test_without_a_model_the_answer_is_the_closest_cited_sentence(kb):
    answer = ask(kb, "Who is the chief executive of Acme?")
    assert answer.method == KB_RETRIEVAL
    assert answer.sentences[0].text == "The chief executive of Acme is Jane Doe."
    assert answer.sentences[0].citations == ("people/ceo.txt#P1",) and answer.sentences[0].verdict.supported


def test_kb_by_folder_and_bad_combinations(kb, tmp_path, monkeypatch):
    from agentlib.kb import embedder

    monkeypatch.setattr(embedder, "default_embedder", lambda: HashEmbedder())
    monkeypatch.setattr("agentlib.kb.base.default_embedder", lambda: HashEmbedder())
    answers = ask_many(None, ["Hotels in Paris?", "Who is the chief executive?"], kb=tmp_path / "kb")
    assert [a.sentences[0].citations[0] for a in answers] == ["travel.md#P1", "people/ceo.txt#P1"]
    with pytest.raises(InputError, match="not both"):
        ask(Document.from_text("text"), "q?", kb=kb)
    with pytest.raises(InputError, match="question is empty"):
        ask(None, " ", kb=kb)
    with pytest.raises(InputError, match="cannot hold one passage"):
        ask(None, "Sales?", backend=ScriptedModel(["x"], context_length=300), kb=kb, max_new_tokens=64)


def test_a_document_larger_than_the_context_is_answered_through_a_knowledge_base(monkeypatch):
    monkeypatch.setattr("agentlib.kb.base.default_embedder", lambda: HashEmbedder())
    paragraphs = [f"Paragraph {i} talks about gardening and soil." for i in range(400)]
    paragraphs[250] = "The treasure is buried under the old oak tree."
    model = ScriptedModel(lambda m, o: "The treasure is buried under the old oak tree [P251].", context_length=1024)
    answer = ask(Document.from_text("\n\n".join(paragraphs), "garden.txt"), "Where is the treasure buried?",
                 backend=model, max_new_tokens=96)
    shown = model.calls[0][0][1].content
    assert "[P251] The treasure" in shown and "Passage 1, from garden.txt" in shown
    assert answer.text == "The treasure is buried under the old oak tree."
    assert answer.sentences[0].citations == ("P251",)


def test_a_document_that_fits_keeps_the_one_prefill_path(monkeypatch):
    monkeypatch.setattr("agentlib.kb.base.KnowledgeBase.from_documents",
                        lambda *a, **k: pytest.fail("a document that fits must not be indexed"))
    model = ScriptedModel(lambda m, o: "Acme sold 1,500 units in 2022 [P1].")
    answer = ask(Document.from_text(FILES["sales.md"]), "Units in 2022?", backend=model)
    assert answer.text == "Acme sold 1,500 units in 2022." and "[P1] Acme" in model.calls[0][0][1].content

"""Summaries of long documents: coverage, context budget, resume after interruption, checking."""

from __future__ import annotations

import re

import pytest

from agentlib.documents.chunking import chunk_document, render_paragraphs, split_paragraphs
from agentlib.documents.prompts import messages_tokens
from agentlib.documents.reader import Document
from agentlib.documents.sentences import split_sentences
from agentlib.documents.summarize import EXTRACTIVE, summarize
from agentlib.errors import InputError
from agentlib.llm import approx_token_count
from hypothesis import given, settings, strategies as st

from documents_test_helpers import echo_markers, marker_document, scripted, tiny_pdf


def test_every_section_reaches_the_summary_tree_and_no_prompt_exceeds_context(tmp_path):
    document = Document.from_text(marker_document(60))
    model = scripted(echo_markers, context_length=2048)
    summary = summarize(document, backend=model, cache=tmp_path / "cache")
    assert summary.chunks > 5 and summary.rounds >= 1
    tree_text = " ".join(" ".join(level) for level in summary.tree) + summary.text
    assert {f"MARK{i:03d}" for i in range(60)} <= set(re.findall(r"MARK\d{3}", tree_text))
    for messages, options in model.calls:
        assert messages_tokens(list(messages), model.count_tokens) + options.max_new_tokens <= 2048
    assert summary.sentences and all(s.verdict.supported and s.explicit for s in summary.sentences)


def test_short_document_is_one_call_with_all_markers_in_the_final_summary(tmp_path):
    model = scripted(echo_markers, context_length=8192)
    summary = summarize(Document.from_text(marker_document(4, filler=2)), backend=model, cache=None)
    assert len(model.calls) == 1 and summary.chunks == 1
    assert re.findall(r"MARK\d{3}", summary.text) == ["MARK000", "MARK001", "MARK002", "MARK003"]


def test_interrupted_run_resumes_without_redoing_finished_chunks(tmp_path):
    document = Document.from_text(marker_document(40))
    calls = {"n": 0}

    def flaky(messages, options):
        calls["n"] += 1
        if calls["n"] == 6:
            raise RuntimeError("power cut")
        return echo_markers(messages, options)

    with pytest.raises(RuntimeError):
        summarize(document, backend=scripted(flaky), cache=tmp_path / "cache")
    done_before = calls["n"] - 1
    full = scripted(echo_markers)
    reference = summarize(document, backend=full, cache=None)
    resumed_model = scripted(echo_markers)
    resumed = summarize(document, backend=resumed_model, cache=tmp_path / "cache")
    assert len(resumed_model.calls) == len(full.calls) - done_before
    assert resumed.cache_hits == done_before
    assert resumed.text == reference.text


def test_unsupported_sentence_is_rewritten_once_then_dropped(tmp_path):
    document = Document.from_text("Acme sold 1,200 units in 2021.\n\nThe CEO is Jane Doe.")
    replies = iter(["Acme sold 9,999 units in 2021 [P1]. The CEO is Jane Doe [P2].",
                    "Acme sold 8,888 units in 2021 [P1]."])
    summary = summarize(document, backend=scripted(lambda m, o: next(replies)), cache=None)
    assert [s.text for s in summary.sentences] == ["The CEO is Jane Doe."]
    assert len(summary.dropped) == 1 and "8888" in summary.dropped[0].verdict.reasons[0]


def test_extractive_summary_without_model_is_labelled_and_cited():
    text = marker_document(6, filler=3)
    summary = summarize(Document.from_text(text))
    assert summary.method == EXTRACTIVE
    assert summary.sentences
    for sentence in summary.sentences:
        start, end = sentence.spans[0]
        assert " ".join(sentence.text.split()) in " ".join(text[start:end].split())


def test_context_too_small_is_an_input_error():
    with pytest.raises(InputError, match="too small"):
        summarize(Document.from_text(marker_document(30)), backend=scripted(echo_markers, 300), cache=None)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=25), st.integers(40, 400))
def test_chunks_cover_every_paragraph_within_budget(lengths, budget):
    text = "\n\n".join(" ".join(f"w{i}x{j}" for j in range(n)) for i, n in enumerate(lengths))
    document = Document.from_text(text)
    chunks = chunk_document(document, budget, approx_token_count)
    covered = {p.id for chunk in chunks for p in chunk.paragraphs}
    assert covered == {p.id for p in split_paragraphs(document, max_chars=max(32, budget * 3 - 64))}
    for chunk in chunks:
        assert approx_token_count(render_paragraphs(chunk.paragraphs)) <= budget
        for paragraph in chunk.paragraphs:
            assert document.text[paragraph.start : paragraph.end] == paragraph.text


def test_pdf_headings_are_not_glued_to_the_next_sentence(tmp_path):
    # Bug: a PDF heading (a line with no blank line after it) was glued to the sentence after it.
    path = tmp_path / "report.pdf"
    path.write_bytes(tiny_pdf([["Quarterly Results", "Revenue grew by 5 percent in 2024 across all regions of Acme.",
                                "Costs fell by 2 percent while Acme hired new staff in all regions.", "2. Outlook",
                                "Acme expects revenue growth in 2025 across all regions of the company."]]))
    summary = summarize(path, words=100)
    texts = [s.text for s in summary.sentences]
    assert texts[0] == "Revenue grew by 5 percent in 2024 across all regions of Acme."
    assert "Acme expects revenue growth in 2025 across all regions of the company." in texts
    assert not any(t.startswith(("Quarterly Results", "Outlook", "2.")) for t in texts)


def test_heading_lines_are_sentences_of_their_own():
    text = "RISK FACTORS\nSales may fall. Mr. Smith agreed.\n3.1 Costs And Prices\nWe grew by 2. Then we fell."
    assert [s.text for s in split_sentences(text)] == [
        "RISK FACTORS", "Sales may fall.", "Mr. Smith agreed.", "3.1 Costs And Prices", "We grew by 2.", "Then we fell."]
    assert all(text[s.start:s.end] == s.text for s in split_sentences(text))

"""`ask`'s retrieval answer stays within its deadline on a paragraph of any length (`agentlib.documents.qa`).

Regression: a megabyte of sentences with no blank line is one paragraph; its sentences were split, scored and each
quoted one checked against the whole paragraph after the deadline had passed: 17 s (31 s under a profiler) past a
5 s deadline. Now sentences are scored until `SUMMARY_FALLBACK_S` past the deadline, and a quoted sentence is
checked against the paragraph within `_CHECK_WINDOW` characters of it.
"""

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.documents import qa
from agentlib.documents.chunking import Paragraph
from agentlib.limits import Deadline

FACTS = ["The company earned ${n} million in {y}.", "Revenue grew {n}% in {y}.", "The firm hired {n} people in {y}.",
         "Costs fell by {n} percent in {y}.", "The board met {n} times in {y}."]


def _paragraph(rng: random.Random, count: int) -> Paragraph:
    """`count` sentences of FACTS in one paragraph, one of them about hiring (what the questions ask)."""
    sentences = [rng.choice(FACTS).format(n=rng.randint(2, 99), y=rng.randint(1990, 2030)) for _ in range(count)]
    sentences[rng.randrange(count)] = FACTS[2].format(n=rng.randint(2, 99), y=rng.randint(1990, 2030))
    text = " ".join(sentences)
    return Paragraph("P1", 0, len(text), "", text)


def test_no_sentence_is_scored_past_the_deadline_and_its_fallback(monkeypatch):
    monkeypatch.setattr(qa, "SUMMARY_FALLBACK_S", 0.0)
    paragraph = _paragraph(random.Random(7), 50)
    deadline = Deadline(0.01)
    time.sleep(0.02)
    answer = qa._retrieve("How many people did the firm hire?", [paragraph], deadline)
    assert answer.sentences == []
    assert qa._retrieve("How many people did the firm hire?", [paragraph]).sentences  # without a deadline: found


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 40), st.integers(0, 10**6).map(random.Random))
def test_a_paragraph_within_the_window_is_checked_whole_as_before(count, rng):
    from agentlib.documents.faithfulness import SourceIndex, check_sentence

    paragraph = _paragraph(rng, count)
    answer = qa._retrieve("How many people did the firm hire?", [paragraph], Deadline(30))
    for sentence in answer.sentences:
        assert sentence.verdict == check_sentence(sentence.text, SourceIndex.build(paragraph.text))


@settings(max_examples=5, deadline=None)
@given(st.integers(600, 1_500), st.integers(0, 10**6).map(random.Random))
def test_a_sentence_quoted_from_a_long_paragraph_is_supported_by_its_window(count, rng):
    paragraph = _paragraph(rng, count)
    assert len(paragraph.text) > 4 * qa._CHECK_WINDOW
    answer = qa._retrieve("How many people did the firm hire?", [paragraph], Deadline(30))
    assert answer.sentences and all(sentence.verdict.supported for sentence in answer.sentences)


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 3 * 200), st.sampled_from(["What did the company earn? ", "How many? ", "Was? ", "什么？"]))
def test_a_question_longer_than_the_cap_is_refused_before_any_work(repeats, piece):
    # regression: a megabyte of question was matched against every paragraph: 5 s past a 3 s deadline
    from agentlib import Document, ask
    from agentlib.errors import InputError

    question = piece * repeats
    document = Document.from_text("The company earned $4.2 million in 2021. Revenue grew 12%.")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(qa, "MAX_QUESTION_CHARS", 200)
        if len(question) > 200:
            with pytest.raises(InputError, match=f"{len(question):,} characters; the limit is 200"):
                ask(document, question)
        else:
            assert ask(document, question).ended_by == "complete"

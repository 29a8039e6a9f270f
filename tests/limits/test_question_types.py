"""`ask` / `ask_many` answer a question that is not text with one `InputError` saying so.

Regressions: a question (or a knowledge-base query) of None, bytes, a number or a list was reported as "the question
is empty"; `ask_many` with `questions=None` raised a raw TypeError; and a generator of questions was spent by the
first check, so `ask_many` answered none of them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import Document, ask
from agentlib.documents.qa import ask_many
from agentlib.errors import InputError

DOCUMENT = Document.from_text("The firm hired 12 people in 2021. Revenue grew 5% in 2022.")


@settings(max_examples=30, deadline=None)
@given(st.one_of(st.none(), st.binary(), st.integers(), st.floats(), st.lists(st.text(max_size=5), max_size=3)))
def test_a_question_that_is_not_text_is_named_so(question):
    with pytest.raises(InputError, match=f"a question must be text, not {type(question).__name__}"):
        ask(DOCUMENT, question)


@settings(max_examples=10, deadline=None)
@given(st.one_of(st.none(), st.integers(), st.floats()))
def test_questions_that_are_not_a_list_are_named_so(questions):
    with pytest.raises(InputError, match="questions must be a list of questions"):
        ask_many(DOCUMENT, questions)


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from(["How many people did the firm hire?", "How much did revenue grow?"]),
                min_size=1, max_size=4))
def test_a_generator_of_questions_is_answered_like_a_list(questions):
    answers = ask_many(DOCUMENT, (q for q in questions))
    assert [a.question for a in answers] == questions
    assert [a.text for a in answers] == [a.text for a in ask_many(DOCUMENT, questions)]


@settings(max_examples=20, deadline=None)
@given(st.one_of(st.none(), st.binary(), st.integers(), st.floats(), st.lists(st.text(max_size=5), max_size=3)))
def test_a_search_query_that_is_not_text_is_named_so(query):
    # regression: KnowledgeBase.search(None) and search(b"...") said "the query is empty"
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "kb"))
    from kb_test_helpers import HashEmbedder

    from agentlib import KnowledgeBase

    base = KnowledgeBase.from_documents([DOCUMENT], embedder=HashEmbedder())
    with pytest.raises(InputError, match=f"the query must be text, not {type(query).__name__}"):
        base.search(query)

"""`ask` with a model never neutralizes and counts a document that cannot fit the context (`documents.qa._prefix`).

Regression: with a model, a 13 MB file was rendered, neutralized and counted whole (3.7 s) only to learn that it did
not fit a 64k-token context; at a 2 s deadline the call took 6.6 s. Now a document longer than
`_MAX_CHARS_PER_TOKEN` characters a token of the budget goes to retrieval without that work; one that fits is still
answered by the model.
"""

from __future__ import annotations

import random

from hypothesis import example, given, settings
from hypothesis import strategies as st

from agentlib import Document, ScriptedModel
from agentlib.documents import qa
from agentlib.errors import DeadlineReached
from agentlib.kb.base import KnowledgeBase

FACTS = ["The firm hired {n} people in {y}.", "Revenue grew {n}% in {y}.", "Costs fell by {n} percent in {y}."]


def _document(rng: random.Random, sentences: int) -> Document:
    text = " ".join(rng.choice(FACTS).format(n=rng.randint(2, 99), y=rng.randint(1990, 2030)) for _ in range(sentences))
    return Document.from_text(text)


@settings(max_examples=12, deadline=None)
@given(st.integers(0, 10**6).map(random.Random), st.integers(1, 6_000), st.sampled_from([1_024, 2_048]))
@example(random.Random(0), 6_000, 1_024)  # about 170,000 characters: seven times the bound
def test_the_whole_document_is_neutralized_only_when_it_can_fit(rng, sentences, context):
    document = _document(rng, sentences)
    seen: list[int] = []

    def neutralize(text: str) -> str:
        seen.append(len(text))
        return text

    def no_base(*args, **kwargs):  # the retrieval fallback, without loading an embedding model
        raise DeadlineReached("not embedded in this test")

    model = ScriptedModel(["The firm hired people [P1]."], context_length=context)
    original_neutralize, original_base = qa.neutralize, KnowledgeBase.from_documents
    qa.neutralize, KnowledgeBase.from_documents = neutralize, classmethod(no_base)
    try:
        answer = qa.ask(document, "How many people did the firm hire?", backend=model, max_new_tokens=64)
    finally:
        qa.neutralize, KnowledgeBase.from_documents = original_neutralize, original_base
    budget = context - (64 * 4 + 64 + 20)  # at most the reserve `ask_many` keeps back, so a generous bound
    assert max(seen, default=0) <= budget * qa._MAX_CHARS_PER_TOKEN + 1_000
    if len(document.text) < context:  # about a character a token at most: it fits, the model answers
        assert answer.method == "model:scripted"

"""Regressions: a base over many documents was quadratic in two places. `from_documents` named n documents with one
source name (every `Document(text)` is "<text>") by trying "<text> (2)", "<text> (3)", ... afresh for each, n**2 / 2
steps; and a build cut by its deadline filtered the embedded keys against a set of the unfinished ones rebuilt per key.
10,000 documents took seconds to minutes; 100,000 (the size a real corpus reaches) far longer."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kb_test_helpers import HashEmbedder

from agentlib.documents.reader import Document
from agentlib.errors import DeadlineReached
from agentlib.kb import KnowledgeBase
from agentlib.limits import Deadline


class ExpiredDeadline(Deadline):
    def __init__(self) -> None:
        super().__init__(1.0)

    @property
    def expired(self) -> bool:
        return True


class ExpiresAfterFirstWindow(Deadline):
    """Open while the documents are chunked; shut once the first window of passages is embedded."""

    def __init__(self, embedder: HashEmbedder) -> None:
        super().__init__(600.0)
        self.embedder = embedder

    @property
    def expired(self) -> bool:
        return bool(self.embedder.embedded)


def keys_by_search_from_one(names: list[str]) -> list[str]:
    """The naming rule read plainly: each document takes the first of name, "name (2)", ... not yet taken."""
    used: set[str] = set()
    keys = []
    for name in names:
        key, number = name, 1
        while key in used:
            number += 1
            key = f"{name} ({number})"
        used.add(key)
        keys.append(key)
    return keys


@given(names=st.lists(st.sampled_from(["<text>", "a.md", "a.md (2)", "b", "b (3)", "b (2)"]), min_size=1,
                      max_size=30))
@settings(max_examples=60, deadline=None)
def test_keys_follow_the_naming_rule(names):
    documents = [Document(text=f"pump {i}", source=name) for i, name in enumerate(names)]
    kb = KnowledgeBase.from_documents(documents, embedder=HashEmbedder())
    assert kb.files == keys_by_search_from_one(names)


@pytest.mark.parametrize("count", [20_000])
def test_many_documents_of_one_source_name_are_keyed_in_linear_time(count):
    documents = [Document(text=f"note {i}") for i in range(count)]
    started = time.perf_counter()
    with pytest.raises(DeadlineReached):  # keys are given before any chunking; the expired deadline ends it there
        KnowledgeBase.from_documents(documents, embedder=HashEmbedder(), deadline=ExpiredDeadline())
    assert time.perf_counter() - started < 2.0


def test_a_deadline_on_many_documents_does_not_filter_in_quadratic_time():
    documents = [Document(text=f"note {i} on the pump", source=f"d{i}") for i in range(16_000)]
    started = time.perf_counter()
    KnowledgeBase.from_documents(documents, embedder=HashEmbedder())
    whole = time.perf_counter() - started
    embedder = HashEmbedder()
    started = time.perf_counter()
    with pytest.raises(DeadlineReached):
        KnowledgeBase.from_documents(documents, embedder=embedder, deadline=ExpiresAfterFirstWindow(embedder))
    cut = time.perf_counter() - started
    assert 0 < len(embedder.embedded) < len(documents)
    # cut short, it embeds a few passages; filtering per key against a rebuilt set took 7 s here, about 9 x `whole`
    assert cut < 2 * whole + 0.5, (cut, whole)

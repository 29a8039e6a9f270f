"""Regression: a base loaded while a build rewrote it failed although nothing was damaged: KnowledgeBaseError
"hash" (the new files before the new manifest), a raw FileNotFoundError (the BM25 folder replaced mid-read), or a
load that passed and a search that raised IndexError (new passages with the old BM25 index). Builds now write under
the folder's lock and loads read under it; a load that still sees the files change reads again."""

from __future__ import annotations

import threading
import time
from collections import Counter

import pytest
from kb_test_helpers import HashEmbedder, write_corpus

from agentlib.kb import KnowledgeBase, KnowledgeBaseError, base, lock


def test_loads_and_searches_during_builds_see_one_whole_base(tmp_path):
    write_corpus(tmp_path / "docs", 12)
    embedder = HashEmbedder()
    KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=embedder)
    stop = time.monotonic() + 3.0
    outcomes: Counter[str] = Counter()
    builds = [0]

    def writer() -> None:
        added = 0
        while time.monotonic() < stop:
            (tmp_path / "docs" / f"added-{added}.md").write_text(f"The pump note {added} has code {90000 + added}.")
            KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=embedder)
            builds[0] += 1
            added += 1

    def reader() -> None:
        while time.monotonic() < stop:
            try:
                kb = KnowledgeBase.load(tmp_path / "kb", embedder=embedder)
                hits = kb.search("pump code", k=3)
                outcomes["ok" if hits and len(kb) == kb.vector_index.rows else "inconsistent"] += 1
            except Exception as error:  # noqa: BLE001 - any failure is the finding
                outcomes[f"{type(error).__name__}: {getattr(error, 'reason', error)}"] += 1

    threads = [threading.Thread(target=writer), threading.Thread(target=reader), threading.Thread(target=reader)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert builds[0] >= 2 and set(outcomes) == {"ok"}, (builds, outcomes)


def test_a_load_waits_for_a_write_and_then_says_busy(tmp_path, monkeypatch):
    write_corpus(tmp_path / "docs", 3)
    KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder())
    monkeypatch.setattr(lock, "LOCK_WAIT_S", 0.3)
    with lock.folder_lock(tmp_path / "kb", exclusive=True):  # a build in the middle of writing
        started = time.monotonic()
        with pytest.raises(KnowledgeBaseError) as caught:
            KnowledgeBase.load(tmp_path / "kb", embedder=HashEmbedder())
    assert caught.value.reason == "busy" and 0.25 < time.monotonic() - started < 5
    assert len(KnowledgeBase.load(tmp_path / "kb", embedder=HashEmbedder())) > 0  # the lock is free again


def test_a_folder_that_keeps_changing_is_reason_changed(tmp_path, monkeypatch):
    write_corpus(tmp_path / "docs", 3)
    KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder())
    calls = iter(range(10**6))
    monkeypatch.setattr(base, "folder_identity", lambda folder: next(calls))  # a writer that never takes the lock
    with pytest.raises(KnowledgeBaseError) as caught:
        KnowledgeBase.load(tmp_path / "kb", embedder=HashEmbedder())
    assert caught.value.reason == "changed"

"""Incremental indexing with a fast fake embedder: only new or changed files are embedded, over 1,000 files."""

from __future__ import annotations

import pytest
from kb_test_helpers import HashEmbedder, write_corpus

from agentlib.errors import InputError
from agentlib.kb import KnowledgeBase, KnowledgeBaseError


@pytest.fixture(scope="module")
def thousand(tmp_path_factory):
    """A 1,000-file base and the embedder that built it."""
    root = tmp_path_factory.mktemp("thousand")
    write_corpus(root / "docs", 1000)
    embedder = HashEmbedder()
    kb = KnowledgeBase.build([root / "docs"], root / "kb", embedder=embedder)
    return root, kb, embedder


def test_a_thousand_file_base_embeds_every_passage_once(thousand):
    _root, kb, embedder = thousand
    assert len(kb.records) == 1000 and kb.report.embedded_passages == len(kb) == len(embedder.embedded)
    assert kb.report.reused == [] and kb.report.status == "complete"


def test_changing_one_file_of_a_thousand_re_embeds_only_that_file(thousand):
    root, _kb, _ = thousand
    changed = root / "docs" / "violin" / "note-0503.md"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe violin was restrung by Okafor.\n",
                       encoding="utf-8")
    embedder = HashEmbedder()
    updated = KnowledgeBase.build([root / "docs"], root / "kb", embedder=embedder)
    assert updated.report.embedded == ["violin/note-0503.md"]
    assert len(updated.report.reused) == 999
    passages = updated.record("violin/note-0503.md").chunks
    assert len(embedder.embedded) == len(passages) and all("restrung" in t or "violin" in t for t in embedder.embedded)
    assert updated.search("violin restrung by Okafor", 1)[0].file == "violin/note-0503.md"
    reloaded = KnowledgeBase.load(root / "kb", embedder=HashEmbedder())
    assert len(reloaded) == len(updated) and reloaded.files == updated.files


def test_added_removed_and_moved_files(tmp_path):
    write_corpus(tmp_path / "docs", 20)
    KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder())
    (tmp_path / "docs" / "pump" / "note-0000.md").rename(tmp_path / "docs" / "pump" / "moved.md")
    (tmp_path / "docs" / "ferry" / "note-0006.md").unlink()
    (tmp_path / "docs" / "new.txt").write_text("A brand new note about lighthouses.", encoding="utf-8")
    embedder = HashEmbedder()
    kb = KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=embedder)
    assert kb.report.embedded == ["new.txt"]  # the moved file kept its vectors: same bytes, new name
    assert kb.report.removed == ["ferry/note-0006.md", "pump/note-0000.md"]
    assert "pump/moved.md" in kb.report.reused and len(kb.records) == 20
    assert embedder.embedded == ["A brand new note about lighthouses."]


def test_new_chunk_size_re_embeds_everything_and_is_remembered(tmp_path):
    write_corpus(tmp_path / "docs", 5)
    KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder(), chunk_tokens=64)
    embedder = HashEmbedder()
    kb = KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=embedder, chunk_tokens=32)
    assert len(kb.report.embedded) == 5 and kb.manifest.chunk_tokens == 32
    again = KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder())
    assert again.manifest.chunk_tokens == 32 and again.report.embedded == []


def test_deadline_saves_what_was_embedded_and_a_rerun_finishes(tmp_path, monkeypatch):
    from agentlib.kb import base

    write_corpus(tmp_path / "docs", 30)
    monkeypatch.setattr(base, "EMBED_WINDOW", 8)

    class SlowEmbedder(HashEmbedder):
        def embed_passages(self, texts):
            import time

            time.sleep(0.3)
            return super().embed_passages(texts)

    kb = KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=SlowEmbedder(), deadline_s=0.5)
    assert kb.report.status == "deadline" and kb.report.unfinished
    assert len(kb.records) + len(kb.report.unfinished) == 30
    finished = KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder())
    assert finished.report.status == "complete" and len(finished.records) == 30
    assert sorted(finished.report.embedded) == sorted(kb.report.unfinished)


def test_another_model_is_refused_unless_rebuilt(tmp_path):
    write_corpus(tmp_path / "docs", 3)
    KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder())
    with pytest.raises(KnowledgeBaseError, match="built with the embedding model 'test/hash-64'") as error:
        KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder("test/other"))
    assert error.value.reason == "model"
    with pytest.raises(KnowledgeBaseError) as error:
        KnowledgeBase.load(tmp_path / "kb", embedder=HashEmbedder("test/other"))
    assert error.value.reason == "model"
    rebuilt = KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder("test/other"),
                                  rebuild=True)
    assert rebuilt.manifest.model == "test/other" and len(rebuilt.report.embedded) == 3


def test_unreadable_files_are_skipped_and_named(tmp_path):
    write_corpus(tmp_path / "docs", 2)
    (tmp_path / "docs" / "binary.txt").write_bytes(b"\x00\xff" * 50)
    (tmp_path / "docs" / "empty.md").write_text("", encoding="utf-8")
    kb = KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder())
    assert len(kb.records) == 2
    assert sorted(key for key, _ in kb.report.skipped) == ["binary.txt", "empty.md"]
    with pytest.raises(InputError, match="nothing was indexed"):
        KnowledgeBase.build([tmp_path / "docs" / "binary.txt"], tmp_path / "kb2", embedder=HashEmbedder())

"""The on-disk base: versioned, hashed, no pickles; tampered, foreign or malformed bases are refused by reason."""

from __future__ import annotations

import json

import numpy as np
import pytest
from kb_test_helpers import HashEmbedder, write_corpus

from agentlib.errors import InputError
from agentlib.kb import KnowledgeBase, KnowledgeBaseError
from agentlib.kb import vectors as vectors_module


@pytest.fixture
def base(tmp_path):
    write_corpus(tmp_path / "docs", 12)
    KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder())
    return tmp_path / "kb"


def test_manifest_records_model_dimension_chunking_files_and_hashes(base):
    manifest = json.loads((base / "manifest.json").read_text())
    assert (manifest["format"], manifest["model"], manifest["dimension"]) == ("agentlib-kb/1", "test/hash-64", 64)
    assert (manifest["chunk_tokens"], manifest["overlap"], manifest["index"]) == (128, 1, "flat")
    assert len(manifest["files"]) == 12 and all(len(f["sha256"]) == 64 for f in manifest["files"])
    assert set(manifest["artifacts"]) >= {"passages.json", "vectors.safetensors", "bm25/vocab.index.json"}


def test_no_file_of_a_base_is_a_pickle(base):
    for path in base.rglob("*"):
        if path.is_file():
            assert not path.read_bytes().startswith(b"\x80"), path  # the pickle protocol 2+ opcode
            if path.suffix == ".npy":
                np.load(path, allow_pickle=False)


@pytest.mark.parametrize("name", ["passages.json", "vectors.safetensors", "bm25/data.csc.index.npy"])
def test_a_file_changed_after_indexing_is_refused(base, name):
    path = base / name
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(KnowledgeBaseError, match="does not match the hash") as error:
        KnowledgeBase.load(base, embedder=HashEmbedder())
    assert error.value.reason == "hash"
    with pytest.raises(KnowledgeBaseError):  # an update does not build on a damaged base either
        KnowledgeBase.build([base.parent / "docs"], base, embedder=HashEmbedder())
    rebuilt = KnowledgeBase.build([base.parent / "docs"], base, embedder=HashEmbedder(), rebuild=True)
    assert len(KnowledgeBase.load(base, embedder=HashEmbedder())) == len(rebuilt)


def test_missing_file_other_format_and_escaping_names_are_refused(base):
    (base / "bm25" / "vocab.index.json").unlink()
    with pytest.raises(KnowledgeBaseError) as error:
        KnowledgeBase.load(base, embedder=HashEmbedder())
    assert error.value.reason == "hash"
    manifest = json.loads((base / "manifest.json").read_text())
    manifest["artifacts"] = {"../../etc/passwd": "0" * 64}
    (base / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(KnowledgeBaseError) as error:
        KnowledgeBase.load(base, embedder=HashEmbedder())
    assert error.value.reason == "layout"
    manifest["format"] = "agentlib-kb/0"
    (base / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(KnowledgeBaseError) as error:
        KnowledgeBase.load(base, embedder=HashEmbedder())
    assert error.value.reason == "format"
    (base / "manifest.json").write_text("[1, 2")
    with pytest.raises(KnowledgeBaseError) as error:
        KnowledgeBase.load(base, embedder=HashEmbedder())
    assert error.value.reason == "layout"


def test_a_folder_that_is_not_a_base_is_neither_loaded_nor_overwritten(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "keep.md").write_text("Precious notes.", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as error:
        KnowledgeBase.load(tmp_path / "notes", embedder=HashEmbedder())
    assert error.value.reason == "not_a_base"
    with pytest.raises(KnowledgeBaseError, match="non-empty folder"):
        KnowledgeBase.build([tmp_path / "notes"], tmp_path / "notes", embedder=HashEmbedder())
    assert [p.name for p in (tmp_path / "notes").iterdir()] == ["keep.md"]


def test_a_base_inside_the_indexed_folder_is_not_indexed(tmp_path):
    write_corpus(tmp_path / "docs", 3)
    kb = KnowledgeBase.build([tmp_path / "docs"], tmp_path / "docs" / "kb", embedder=HashEmbedder())
    again = KnowledgeBase.build([tmp_path / "docs"], tmp_path / "docs" / "kb", embedder=HashEmbedder())
    assert len(kb.records) == len(again.records) == 3 and not any(k.startswith("kb/") for k in again.files)


def test_bad_paths_and_chunk_sizes_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        KnowledgeBase.build([tmp_path / "missing"], tmp_path / "kb", embedder=HashEmbedder())
    (tmp_path / "table.csv").write_text("a,b", encoding="utf-8")
    with pytest.raises(InputError, match="unsupported file type"):
        KnowledgeBase.build([tmp_path / "table.csv"], tmp_path / "kb", embedder=HashEmbedder())
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no .* files under"):
        KnowledgeBase.build([tmp_path / "empty"], tmp_path / "kb", embedder=HashEmbedder())
    write_corpus(tmp_path / "docs", 1)
    for bad in (8, 10_000, 12.5):
        with pytest.raises(InputError, match="chunk tokens"):
            KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder(), chunk_tokens=bad)


def test_past_the_threshold_the_hnsw_graph_is_saved_and_verified(tmp_path, monkeypatch):
    monkeypatch.setattr(vectors_module, "HNSW_THRESHOLD", 10)
    write_corpus(tmp_path / "docs", 30)
    kb = KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder())
    assert kb.manifest.index == "hnsw" and (tmp_path / "kb" / "vectors.faiss").is_file()
    loaded = KnowledgeBase.load(tmp_path / "kb", embedder=HashEmbedder())
    query = "glacier log entry 12 records code 10012"
    assert loaded.search(query, 1)[0].file == kb.search(query, 1)[0].file == "glacier/note-0012.md"
    graph = tmp_path / "kb" / "vectors.faiss"
    graph.write_bytes(graph.read_bytes()[:-8])
    with pytest.raises(KnowledgeBaseError, match="does not match the hash"):
        KnowledgeBase.load(tmp_path / "kb", embedder=HashEmbedder())

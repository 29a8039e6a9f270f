"""Search parts: BM25 tokens, reciprocal rank fusion, FAISS flat vs HNSW, hybrid search and de-duplication."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kb_test_helpers import HashEmbedder, write_corpus

from agentlib.documents.reader import Document
from agentlib.errors import InputError
from agentlib.kb import KnowledgeBase
from agentlib.kb.fusion import RRF_K, reciprocal_rank_fusion
from agentlib.kb.lexical import LexicalIndex, tokenize
from agentlib.kb.vectors import VectorIndex


def test_tokens_keep_numbers_and_names():
    assert tokenize("Revenue rose to $1,500,000 (3.5%) in 2021, said Jane O'Neil's team.") == [
        "revenue", "rose", "1500000", "3.5", "2021", "said", "jane", "o'neil", "team"]
    assert tokenize("opened OPENING opens") == ["open", "open", "open"]
    assert tokenize("the and of") == []


def test_bm25_finds_a_code_the_other_passages_lack():
    texts = [f"Routine report {i} about the weather and nothing else." for i in range(50)]
    texts[37] = "Routine report about order 4471 for Okafor."
    index = LexicalIndex.build(texts)
    assert next(row for row, _ in index.search("order 4471", 3)) == 37
    assert index.search("zeppelin", 3) == []


def test_fusion_scores_by_rank():
    fused = reciprocal_rank_fusion({"a": [1, 2, 3], "b": [3, 1]})
    assert [row for row, _, _ in fused] == [1, 3, 2]
    assert fused[0][1] == pytest.approx(1 / (RRF_K + 1) + 1 / (RRF_K + 2))
    assert fused[1][2] == {"a": 3, "b": 1}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 30), max_size=15), min_size=1, max_size=3))
def test_fusion_of_one_ranking_keeps_its_order_and_any_fusion_is_a_permutation(rankings):
    named = {f"r{i}": ranking for i, ranking in enumerate(rankings)}
    fused = [row for row, _, _ in reciprocal_rank_fusion(named)]
    assert sorted(fused) == sorted({row for ranking in rankings for row in ranking})
    if len(rankings) == 1:
        assert fused == list(dict.fromkeys(rankings[0]))
    scores = [score for _, score, _ in reciprocal_rank_fusion(named)]
    assert scores == sorted(scores, reverse=True)


def test_hnsw_agrees_with_the_exact_scan():
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((3000, 48)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    flat, graph = VectorIndex.build(vectors, "flat"), VectorIndex.build(vectors, "hnsw")
    queries = vectors[:100] + 0.05 * rng.standard_normal((100, 48)).astype(np.float32)
    agree = sum(flat.search(q, 1)[0][0] == graph.search(q, 1)[0][0] for q in queries)
    assert agree >= 97 and flat.search(queries[0], 1)[0][0] == 0


def test_hybrid_search_and_duplicates(tmp_path):
    write_corpus(tmp_path / "docs", 40)
    (tmp_path / "docs" / "copy.md").write_bytes((tmp_path / "docs" / "quarry" / "note-0009.md").read_bytes())
    kb = KnowledgeBase.build([tmp_path / "docs"], tmp_path / "kb", embedder=HashEmbedder())
    hits = kb.search("quarry code 10009", 5)
    assert hits[0].file in {"quarry/note-0009.md", "copy.md"}
    assert len({hit.text for hit in hits}) == len(hits)  # the copy's identical passages are dropped
    assert {"vector", "bm25"} <= set(hits[0].ranks)
    assert kb.search("code 10021", 1, mode="bm25")[0].file == "invoice/note-0021.md"
    assert hits[0].citation(hits[0].paragraphs[0]) == f"{hits[0].file}#P1"


def test_search_rejects_bad_queries():
    kb = KnowledgeBase.from_documents([Document.from_text("Some text here.")], embedder=HashEmbedder())
    for query, k, mode in [("  ", 5, "hybrid"), ("q", 0, "hybrid"), ("q", 5, "fuzzy"), ("q", True, "hybrid")]:
        with pytest.raises(InputError):
            kb.search(query, k, mode=mode)

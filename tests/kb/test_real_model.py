"""all-MiniLM-L6-v2 from the installed weights package, offline: the same vectors as sentence-transformers,
retrieval by meaning, and incremental re-indexing of a small folder that re-embeds only the changed file."""

from __future__ import annotations

import numpy as np
import pytest

from agentlib.kb import KnowledgeBase, MiniLMEmbedder, SentenceTransformerEmbedder
from agentlib.kb.embedder import MINILM_NAME, bundled_model_dir, default_embedder

DOCS = {
    "pump.md": "# Pump P-200\n\n## Reset\n\nTo reset the pump, hold the red button for five seconds until the light "
               "blinks twice.\n\n## Filter\n\nReplace the filter every 300 hours. The part number is FX-4471.",
    "travel.txt": "Travel policy.\n\nEconomy class is required for flights shorter than six hours.\n\nHotels are "
                  "reimbursed up to 180 euros per night in Paris.",
    "garden.md": "# Roses\n\nPrune roses in late winter, just before new growth starts.\n\nWater them deeply once "
                 "a week in dry weather.",
    "recipes/bread.md": "# Sourdough\n\nFeed the starter the evening before. Bake the loaf at 240 degrees for 40 "
                        "minutes with steam.",
}


class Counting:
    """Delegates to the real model and records the passages it embeds."""

    def __init__(self, inner):
        self.inner, self.embedded = inner, []
        self.name, self.dimension, self.max_tokens = inner.name, inner.dimension, inner.max_tokens

    def count_tokens(self, text):
        return self.inner.count_tokens(text)

    def embed_passages(self, texts):
        self.embedded.extend(texts)
        return self.inner.embed_passages(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    root = tmp_path_factory.mktemp("real")
    for name, text in DOCS.items():
        (root / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / name).write_text(text, encoding="utf-8")
    return root


def test_mean_pooling_matches_sentence_transformers():
    texts = ["A short one.", "The filter part number is FX-4471 and it is replaced every 300 hours. " * 6, ""]
    ours = MiniLMEmbedder(passage_dtype="float32")
    theirs = SentenceTransformerEmbedder(bundled_model_dir(), name=MINILM_NAME)
    assert (ours.name, ours.dimension, ours.max_tokens) == (MINILM_NAME, 384, 254)
    assert theirs.dimension == 384
    mine, reference = ours.embed_passages(texts[:2]), theirs.embed_passages(texts[:2])
    assert np.abs(mine - reference).max() < 1e-4
    assert np.allclose(np.linalg.norm(ours.embed_passages(texts), axis=1), 1.0, atol=1e-5)
    assert ours.count_tokens("unbelievable pumps") == len(theirs._model.tokenizer.tokenize("unbelievable pumps"))
    fast = MiniLMEmbedder(passage_dtype="bfloat16")  # what "auto" picks on CPUs with AMX tiles
    assert (fast.embed_passages(texts[:2]) * mine).sum(axis=1).min() > 0.999
    # queries follow the passages' precision: the same direction as in float32
    assert float((fast.embed_query(texts[1]) * ours.embed_query(texts[1])).sum()) > 0.999
    assert np.abs(ours.embed_query(texts[1]) - reference[1:2]).max() < 1e-4  # float32 queries match the reference


def test_queries_find_passages_by_meaning_not_only_words(docs):
    kb = KnowledgeBase.build([docs / "docs"], docs / "kb")
    assert kb.manifest.model == MINILM_NAME and kb.manifest.dimension == 384
    cases = {"How do I restart the machine?": "pump.md", "What is the nightly hotel allowance?": "travel.txt",
             "When should I cut back my flowers?": "garden.md", "How hot should the oven be?": "recipes/bread.md"}
    for query, expected in cases.items():
        assert kb.search(query, 1, mode="vector")[0].file == expected, query
        assert kb.search(query, 1)[0].file == expected, query
    assert kb.search("FX-4471", 1, mode="bm25")[0].file == "pump.md"
    assert all(kb.embedder.count_tokens(r.chunk_text(c)) <= 128 for r in kb.records for c in range(len(r.chunks)))


def test_real_model_reindex_of_one_changed_file_embeds_only_it(docs):
    KnowledgeBase.build([docs / "docs"], docs / "kb2")
    (docs / "docs" / "garden.md").write_text(DOCS["garden.md"] + "\n\nMulch the beds in autumn.", encoding="utf-8")
    counting = Counting(default_embedder())
    kb = KnowledgeBase.build([docs / "docs"], docs / "kb2", embedder=counting)
    assert kb.report.embedded == ["garden.md"] and sorted(kb.report.reused) == ["pump.md", "recipes/bread.md",
                                                                               "travel.txt"]
    assert len(counting.embedded) == len(kb.record("garden.md").chunks)
    loaded = KnowledgeBase.load(docs / "kb2")
    assert loaded.search("When do I spread mulch?", 1)[0].file == "garden.md"
    fresh = KnowledgeBase.build([docs / "docs"], docs / "kb3")
    # Reused vectors equal freshly computed ones (to bfloat16 rounding where passages are embedded in it).
    assert (fresh.vectors * loaded.vectors).sum(axis=1).min() > 0.999


def test_a_folder_that_does_not_mean_pool_is_refused(tmp_path):
    import shutil

    from agentlib.errors import ConfigError

    folder = tmp_path / "model"
    shutil.copytree(bundled_model_dir(), folder, ignore=shutil.ignore_patterns("*.safetensors"))
    (folder / "1_Pooling" / "config.json").write_text('{"pooling_mode_cls_token": true}', encoding="utf-8")
    with pytest.raises(ConfigError, match="does not mean-pool"):
        MiniLMEmbedder(folder)

"""Knowledge bases: many documents indexed once, searched by meaning and by words, answered with citations.

    embedder.py  the Embedder protocol; all-MiniLM-L6-v2 offline (transformers mean pooling); a
                 sentence-transformers adapter for other models
    passages.py  files -> keys, paragraphs and chunks (documents.chunking, budget in the embedder's tokens)
    lexical.py   BM25 (bm25s) with number- and name-friendly tokens
    vectors.py   FAISS inner product: exact below 20K passages, HNSW past it
    fusion.py    reciprocal rank fusion of the two rankings
    store.py     the versioned on-disk format: manifest with model, chunking and hashes; no pickles
    base.py      KnowledgeBase: build (incremental), load (verified), search; Hit, BuildReport
    answer.py    answers from retrieved passages, fenced as data, cited [file#P3] and checked

Domain code: imports documents, never evals, commands, the server or the agent loop. torch, transformers,
faiss and bm25s load on first use (the `kb` extra), so `import agentlib.kb` stays light.
"""

from agentlib.kb.base import BuildReport, Hit, KnowledgeBase
from agentlib.kb.embedder import Embedder, MiniLMEmbedder, SentenceTransformerEmbedder
from agentlib.kb.store import KnowledgeBaseError

__all__ = ["BuildReport", "Embedder", "Hit", "KnowledgeBase", "KnowledgeBaseError", "MiniLMEmbedder",
           "SentenceTransformerEmbedder"]

"""`agentlib eval retrieval --data DIR`: does a summary sentence find its own article in a knowledge base?

DIR is a folder in the QAGS layout (`mturk_*.jsonl`: article + summary sentences) or the SummEdits layout
(`summedits_*.json`: document + summaries; the summaries of one document are pooled and their sentences
de-duplicated). Every source article of the chosen half (`--half`, by a hash of the article text, so the index
and the queries come from the same articles) is indexed as one file of an in-memory `KnowledgeBase`
(all-MiniLM-L6-v2, 128-token passages); each summary sentence is a query. The article ranking of a query is the
order in which articles first appear among its top 50 passages. Reported for BM25 alone, the embeddings alone
and the fused hybrid: recall@1 and recall@5 (the share of queries whose own article ranks first / in the top
5) and MRR (mean of 1/rank, 0 when the article is not among the 50 passages). The last line is
`recall_at_5: X` for the hybrid.
Per-item output (one line per query: the rank of its article by each method) is written except for
`--half blind`, which prints aggregates only.
Left out: answer quality (this measures retrieval only), other embedding models.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from agentlib.documents.reader import Document
from agentlib.documents.sentences import split_sentences
from agentlib.errors import InputError
from agentlib.evals.faithfulness import load_qags, load_summedits
from agentlib.evals.harness import ItemResult, format_table, run_items
from agentlib.evals.split import select_half
from agentlib.kb.base import MODES, KnowledgeBase, SearchMode

DEPTH = 50


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    queries: tuple[str, ...]


def load_articles(folder: Path) -> tuple[str, list[Article]]:
    """The layout's name and its articles with their query sentences."""
    if sorted(folder.glob("mturk_*.jsonl")):
        return "qags", [Article(item["id"], item["article"], tuple(dict.fromkeys(s for s, _ in item["sentences"])))
                        for item in load_qags(folder)]
    if sorted(folder.glob("summedits_*.json")):
        grouped: dict[str, list[str]] = {}
        domains: dict[str, str] = {}
        for item in load_summedits(folder):
            sentences = grouped.setdefault(item["doc"], [])
            domains.setdefault(item["doc"], item["domain"])
            sentences.extend(s.text for s in split_sentences(item["summary"]))
        articles: list[Article] = []
        numbers: dict[str, int] = {}
        for doc, sentences in grouped.items():
            domain = domains[doc]
            numbers[domain] = numbers.get(domain, 0) + 1
            articles.append(Article(f"{domain}-{numbers[domain]}", doc, tuple(dict.fromkeys(sentences))))
        return "summedits", articles
    raise InputError(f"{folder} holds neither mturk_*.jsonl (QAGS) nor summedits_*.json (SummEdits) files")


def article_rank(kb: KnowledgeBase, query: str, key: str, mode: SearchMode) -> int | None:
    """1-based rank of the article `key` among the articles of the top passages, or None."""
    order: list[str] = []
    for hit in kb.search(query, DEPTH, mode=mode):
        if hit.file not in order:
            order.append(hit.file)
    return order.index(key) + 1 if key in order else None


def summarize_ranks(ranks: list[int | None]) -> tuple[float, float, float]:
    """(recall@1, recall@5, MRR) of 1-based ranks (None: not found)."""
    if not ranks:
        return 0.0, 0.0, 0.0
    n = len(ranks)
    return (sum(r == 1 for r in ranks) / n, sum(r is not None and r <= 5 for r in ranks) / n,
            sum(1 / r for r in ranks if r is not None) / n)


def run(args: argparse.Namespace) -> int:
    layout, articles = load_articles(args.data)
    articles = select_half(articles, args.half, key=lambda a: a.text)[: args.limit]
    if not articles:
        raise InputError(f"no articles in the {args.half} half of {args.data}")
    kb = KnowledgeBase.from_documents([Document.from_text(a.text, f"{a.id}.txt") for a in articles])
    queries = [(article, query) for article in articles for query in article.queries]

    def score(item: tuple[Article, str]) -> ItemResult:
        article, query = item
        key = f"{article.id}.txt"
        ranks = {mode: article_rank(kb, query, key, mode) for mode in MODES}
        return ItemResult(f"{article.id}:{article.queries.index(query) + 1}", ranks["hybrid"] == 1, ranks["hybrid"], 1,
                          subset=layout, detail={"ranks": ranks, "query": query})

    results = run_items(queries, score, args.out, desc="retrieval", progress=not args.no_progress)
    rows, figures = [], {}
    for mode in ("bm25", "vector", "hybrid"):
        figures[mode] = summarize_ranks([r.detail["ranks"][mode] for r in results])
        rows.append([mode, len(results), *(f"{value:.3f}" for value in figures[mode])])
    print(f"{layout}, {args.half} half: {len(articles)} articles indexed as {len(kb)} passages ({kb.describe()})")
    print(format_table(["method", "queries", "recall@1", "recall@5", "MRR"], rows))
    print(f"recall_at_1: {figures['hybrid'][0]:.3f}")
    print(f"mrr: {figures['hybrid'][2]:.3f}")
    print(f"recall_at_5: {figures['hybrid'][1]:.3f}")
    return 0

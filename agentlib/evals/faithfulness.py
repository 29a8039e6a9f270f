"""`agentlib eval summedits|qags`: the tools-only faithfulness checker on human-labelled data.

SummEdits: one (document, summary, label) per item; the summary is called inconsistent when the
checker flags any sentence. Sentence-level precision uses the edited sentences (a sentence differing
from the verified seed summary in an inconsistent item counts as an error).
QAGS: a majority label per summary sentence; reported per subset (cnndm, xsum) and pooled.
Metrics are in percent; the last line is `balanced_accuracy: X` (pooled over items, percent).
With `--backend`, a model-assisted figure is added: the model judges each sentence given its
evidence spans (yes/no), and a sentence is unsupported when the checker or the model says so.
Left out: threshold search at evaluation time (the threshold is fixed in documents/faithfulness.py).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from agentlib.documents.faithfulness import SupportVerdict, check_summary
from agentlib.documents.sentences import split_sentences
from agentlib.errors import InputError
from agentlib.evals.harness import ItemResult, format_table, run_items
from agentlib.evals.split import select_half


def load_summedits(folder: Path) -> list[dict]:
    """SummEdits items from every `summedits_*.json` in `folder`, each with its domain."""
    files = sorted(folder.glob("summedits_*.json"))
    if not files:
        raise InputError(f"no summedits_*.json files in {folder}; point --data at a SummEdits folder")
    items = []
    for path in files:
        try:
            records = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise InputError(f"{path} is not valid JSON: {error}") from None
        for record in records:
            if not {"doc", "summary", "label"} <= set(record):
                raise InputError(f"{path}: record without doc/summary/label")
            items.append({**record, "domain": path.stem.removeprefix("summedits_")})
    return items


def load_qags(folder: Path) -> list[dict]:
    """QAGS articles from every `mturk_*.jsonl` in `folder`, each with its subset and sentence labels."""
    files = sorted(folder.glob("mturk_*.jsonl"))
    if not files:
        raise InputError(f"no mturk_*.jsonl files in {folder}; point --data at a QAGS folder")
    items = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                sentences = [(s["sentence"], sum(r["response"] == "yes" for r in s["responses"]) * 2
                              > len(s["responses"])) for s in record["summary_sentences"]]
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise InputError(f"{path}:{number}: not a QAGS record ({error})") from None
            items.append({"id": f"{path.stem}-{number}", "article": record["article"], "sentences": sentences,
                          "subset": path.stem.removeprefix("mturk_")})
    return items


Judge = Callable[[str, SupportVerdict], bool]


def _model_judge(spec: str) -> Judge:
    from agentlib.backends import load_backend
    from agentlib.documents.judge import make_judge

    return make_judge(load_backend(spec))


def _verdicts(source: str, sentences: list[str], judge: Judge | None) -> list[tuple[bool, bool | None]]:
    out = []
    for sentence, verdict in zip(sentences, check_summary(sentences, source)):
        out.append((verdict.supported, judge(sentence, verdict) if judge else None))
    return out


def balanced_accuracy(pairs: list[tuple[bool, bool]]) -> float:
    """Mean recall of the two classes in percent; pairs are (predicted_ok, truly_ok)."""
    recalls = []
    for cls in (True, False):
        part = [p for p, t in pairs if t == cls]
        if part:
            recalls.append(sum(p == cls for p in part) / len(part))
    return 100 * sum(recalls) / len(recalls) if recalls else 0.0


def flag_precision(pairs: list[tuple[bool, bool]]) -> float:
    """Percent of flagged (predicted not ok) that are truly not ok."""
    flagged = [t for p, t in pairs if not p]
    return 100 * sum(not t for t in flagged) / len(flagged) if flagged else 0.0


def run(args: argparse.Namespace) -> int:
    judge = _model_judge(args.backend) if getattr(args, "backend", None) else None
    if args.dataset == "summedits":
        return _run_summedits(args, judge)
    return _run_qags(args, judge)


def _run_summedits(args: argparse.Namespace, judge: Judge | None) -> int:
    items = select_half(load_summedits(args.data), args.half, key=lambda item: item["doc"])[: args.limit]
    sentence_pairs: list[tuple[bool, bool]] = []
    model_sentence_pairs: list[tuple[bool, bool]] = []

    def score(item: dict) -> ItemResult:
        sentences = [s.text for s in split_sentences(item["summary"])]
        seed = {s.text for s in split_sentences(item.get("original_summary") or item["summary"])}
        verdicts = _verdicts(item["doc"], sentences, judge)
        for sentence, (ok, model_ok) in zip(sentences, verdicts):
            truly_ok = item["label"] == 1 or sentence in seed
            sentence_pairs.append((ok, truly_ok))
            if judge:
                model_sentence_pairs.append((ok and bool(model_ok), truly_ok))
        predicted = all(ok for ok, _ in verdicts)
        model_predicted = all(ok and m for ok, m in verdicts) if judge else None
        return ItemResult(str(item["id"]), predicted == (item["label"] == 1), predicted, item["label"] == 1,
                          subset=item["domain"], detail={"model_predicted": model_predicted})

    results = run_items(items, score, args.out, desc="summedits", progress=not args.no_progress)
    rows, per_domain = [], []
    for domain in sorted({r.subset for r in results}):
        part = [(r.predicted, r.expected) for r in results if r.subset == domain]
        per_domain.append(balanced_accuracy(part))
        rows.append([domain, len(part), f"{per_domain[-1]:.1f}", f"{flag_precision(part):.1f}"])
    pooled = [(r.predicted, r.expected) for r in results]
    print(format_table(["domain", "n", "balanced_acc%", "flag_precision%"], rows))
    print(f"domain_mean_balanced_accuracy: {sum(per_domain) / max(1, len(per_domain)):.1f}")
    print(f"sentence_flag_precision: {flag_precision(sentence_pairs):.1f} (n={len(sentence_pairs)} sentences)")
    if judge:
        model_pairs = [(r.detail["model_predicted"], r.expected) for r in results]
        print(f"model_assisted_balanced_accuracy: {balanced_accuracy(model_pairs):.1f}")
        print(f"model_assisted_sentence_flag_precision: {flag_precision(model_sentence_pairs):.1f}")
    print(f"balanced_accuracy: {balanced_accuracy(pooled):.1f} (percent, n={len(pooled)} items)")
    return 0


def _run_qags(args: argparse.Namespace, judge: Judge | None) -> int:
    items = select_half(load_qags(args.data), args.half, key=lambda item: item["article"])[: args.limit]

    def score(item: dict) -> ItemResult:
        sentences = [s for s, _ in item["sentences"]]
        verdicts = _verdicts(item["article"], sentences, judge)
        pairs = [(ok, truth) for (ok, _), (_, truth) in zip(verdicts, item["sentences"])]
        model_pairs = [(ok and bool(m), truth) for (ok, m), (_, truth) in zip(verdicts, item["sentences"])]
        return ItemResult(item["id"], all(p == t for p, t in pairs), [p for p, _ in pairs], [t for _, t in pairs],
                          subset=item["subset"], detail={"model_pairs": model_pairs if judge else None})

    results = run_items(items, score, args.out, desc="qags", progress=not args.no_progress)
    rows = []
    for subset in sorted({r.subset for r in results}):
        part = [(p, t) for r in results if r.subset == subset for p, t in zip(r.predicted, r.expected)]
        rows.append([subset, len(part), f"{balanced_accuracy(part):.1f}", f"{flag_precision(part):.1f}"])
    pooled = [(p, t) for r in results for p, t in zip(r.predicted, r.expected)]
    print(format_table(["subset", "sentences", "balanced_acc%", "flag_precision%"], rows))
    print(f"flag_precision: {flag_precision(pooled):.1f}")
    if judge:
        model_pairs = [tuple(p) for r in results for p in r.detail["model_pairs"]]
        print(f"model_assisted_balanced_accuracy: {balanced_accuracy(model_pairs):.1f}")
        print(f"model_assisted_flag_precision: {flag_precision(model_pairs):.1f}")
    print(f"balanced_accuracy: {balanced_accuracy(pooled):.1f} (percent, n={len(pooled)} sentences)")
    return 0



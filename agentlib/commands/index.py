"""`agentlib index PATH... -o KB_DIR`: build or update a knowledge base from files and folders.

Re-running on the same paths updates the base: new and changed files are embedded, unchanged ones (by the
SHA-256 of their bytes) keep their vectors, files no longer there leave it. Files that cannot be read are
skipped and listed; the command fails only when nothing could be indexed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".txt/.md/.html/.pdf files or folders")
    parser.add_argument("-o", "--out", "--kb", dest="out", required=True, type=Path, metavar="KB_DIR",
                        help="the knowledge base folder (new, empty, or a base to update); `--kb` as in `ask --kb`")
    parser.add_argument("--chunk-tokens", type=int, default=None,
                        help="passage size in the embedding model's tokens (default: the base's, else 128)")
    parser.add_argument("--rebuild", action="store_true",
                        help="embed everything again, also over a base built with another model")
    parser.add_argument("--deadline", type=float, default=None, metavar="SECONDS",
                        help="stop embedding after this long and save what is done (a re-run continues)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")


def run(args: argparse.Namespace) -> int:
    from agentlib.kb.base import KnowledgeBase
    from agentlib.limits import INDEX_DEADLINE_S

    kb = KnowledgeBase.build(args.paths, args.out, chunk_tokens=args.chunk_tokens, rebuild=args.rebuild,
                             progress=not args.no_progress and not args.json,
                             deadline_s=INDEX_DEADLINE_S if args.deadline is None else args.deadline)
    report = kb.report
    if args.json:
        print(json.dumps({"kb": str(args.out), "files": len(kb.records), "passages": len(kb),
                          "model": kb.manifest.model, "dimension": kb.manifest.dimension,
                          "chunk_tokens": kb.manifest.chunk_tokens, "index": kb.manifest.index,
                          **report.to_dict()}, ensure_ascii=False))
    else:
        print(f"{args.out}: {kb.describe()}")
        print(f"embedded {len(report.embedded)} file(s) ({report.embedded_passages} passages), "
              f"{len(report.reused)} unchanged, {len(report.removed)} removed, {len(report.skipped)} skipped "
              f"in {report.seconds:.1f} s")
        for key, reason in report.skipped:
            print(f"skipped {key}: {reason}", file=sys.stderr)
        if report.status == "deadline":
            print(f"deadline: {len(report.unfinished)} file(s) not embedded yet; run the same command again to "
                  f"finish", file=sys.stderr)
    return 0

"""`agentlib summarize FILE`: a checked summary; every sentence shows its citations and verdict.

Without `--backend` the summary is extractive (no model), labelled so.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help=".txt, .md, .html or .pdf")
    parser.add_argument("--backend", default=None, help="model backend spec (default: extractive, no model)")
    parser.add_argument("--context-length", type=int, default=None, help="tokens per prompt (default: the model's)")
    parser.add_argument("--words", type=int, default=150, help="target summary length in words")
    parser.add_argument("--cache-dir", type=Path, default=None, help="chunk summary cache (default ~/.cache/agentlib)")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the chunk cache")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")


def run(args: argparse.Namespace) -> int:
    from agentlib.documents.render import render_summary
    from agentlib.documents.summarize import summarize
    from agentlib.errors import InputError

    if args.context_length is not None and args.context_length < 256:
        raise InputError("--context-length must be at least 256 tokens")
    backend = None
    if args.backend:
        from agentlib.backends import load_backend

        backend = load_backend(args.backend)
    cache = False if args.no_cache else (args.cache_dir or True)
    summary = summarize(args.file, backend=backend, context_length=args.context_length, words=args.words,
                        cache=cache, progress=not args.no_progress)
    print(json.dumps(summary.to_dict(), ensure_ascii=False) if args.json else render_summary(summary))
    return 0

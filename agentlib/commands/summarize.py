"""`agentlib summarize FILE`: a checked summary; every sentence shows its citations and verdict.

Without `--backend` the summary is extractive (no model), labelled so.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from agentlib.commands.options import add_backend, add_context_length, backend_from, context_length_from


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help=".txt, .md, .html or .pdf")
    add_backend(parser, "extractive, no model")
    add_context_length(parser)
    parser.add_argument("--words", type=int, default=150, help="target summary length in words")
    parser.add_argument("--cache-dir", type=Path, default=None, help="chunk summary cache (default ~/.cache/agentlib)")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the chunk cache")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")


def run(args: argparse.Namespace) -> int:
    from agentlib.documents.render import render_summary
    from agentlib.documents.summarize import summarize

    context_length = context_length_from(args)
    cache = False if args.no_cache else (args.cache_dir or True)
    summary = summarize(args.file, backend=backend_from(args), context_length=context_length, words=args.words,
                        cache=cache, progress=not args.no_progress)
    print(json.dumps(summary.to_dict(), ensure_ascii=False) if args.json else render_summary(summary))
    return 0

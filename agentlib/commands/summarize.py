"""`agentlib summarize FILE|-`: a checked summary; every sentence shows its citations and verdict.

Without `--backend` the summary is extractive (no model), labelled so. `--deadline` bounds the whole
command; past it the summary is the extractive one and says so.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from agentlib.commands.inputs import read_document_argument
from agentlib.commands.options import (
    add_backend,
    add_context_length,
    add_deadline,
    backend_from,
    context_length_from,
    deadline_from,
)
from agentlib.limits import SUMMARIZE_DEADLINE_S


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=".txt, .md, .html or .pdf file, or - for text on standard input")
    add_backend(parser, "extractive, no model")
    add_context_length(parser)
    add_deadline(parser, SUMMARIZE_DEADLINE_S)
    parser.add_argument("--words", type=int, default=150, help="target summary length in words")
    parser.add_argument("--cache-dir", type=Path, default=None, help="chunk summary cache (default ~/.cache/agentlib)")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the chunk cache")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")


def run(args: argparse.Namespace) -> int:
    from agentlib.documents.render import render_summary
    from agentlib.documents.summarize import summarize

    context_length, deadline_s = context_length_from(args), deadline_from(args)
    document = read_document_argument(args.file)
    cache = False if args.no_cache else (args.cache_dir or True)
    summary = summarize(document, backend=backend_from(args), context_length=context_length, words=args.words,
                        cache=cache, progress=not args.no_progress, deadline_s=deadline_s)
    print(json.dumps(summary.to_dict(), ensure_ascii=False) if args.json else render_summary(summary))
    return 0

"""`agentlib ask FILE "question"`: an answer with cited, checked sentences.

Without `--backend` it returns the best supporting sentences (retrieval, no model), labelled so.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help=".txt, .md, .html or .pdf")
    parser.add_argument("question", help="the question about the document")
    parser.add_argument("--backend", default=None, help="model backend spec (default: retrieval, no model)")
    parser.add_argument("--context-length", type=int, default=None, help="tokens per prompt (default: the model's)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    from agentlib.documents.qa import ask
    from agentlib.documents.render import render_answer
    from agentlib.errors import InputError

    if args.context_length is not None and args.context_length < 256:
        raise InputError("--context-length must be at least 256 tokens")
    backend = None
    if args.backend:
        from agentlib.backends import load_backend

        backend = load_backend(args.backend)
    answer = ask(args.file, args.question, backend=backend, context_length=args.context_length)
    print(json.dumps(answer.to_dict(), ensure_ascii=False) if args.json else render_answer(answer))
    return 0

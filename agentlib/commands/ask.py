"""`agentlib ask FILE "question"`: an answer with cited, checked sentences.

Without `--backend` it returns the best supporting sentences (retrieval, no model), labelled so.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from agentlib.commands.options import add_backend, add_context_length, backend_from, context_length_from


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help=".txt, .md, .html or .pdf")
    parser.add_argument("question", help="the question about the document")
    add_backend(parser, "retrieval, no model")
    add_context_length(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    from agentlib.documents.qa import ask
    from agentlib.documents.render import render_answer

    context_length = context_length_from(args)
    answer = ask(args.file, args.question, backend=backend_from(args), context_length=context_length)
    print(json.dumps(answer.to_dict(), ensure_ascii=False) if args.json else render_answer(answer))
    return 0

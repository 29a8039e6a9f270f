"""`agentlib ask FILE|- "question"`: an answer with cited, checked sentences.

Without `--backend` it returns the best supporting sentences (retrieval, no model), labelled so.
`--deadline` bounds the whole command; past it the answer is the retrieval one and says so.
"""

from __future__ import annotations

import argparse
import json

from agentlib.commands.inputs import read_document_argument
from agentlib.commands.options import (
    add_backend,
    add_context_length,
    add_deadline,
    backend_from,
    context_length_from,
    deadline_from,
)
from agentlib.limits import ASK_DEADLINE_S


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=".txt, .md, .html or .pdf file, or - for text on standard input")
    parser.add_argument("question", help="the question about the document")
    add_backend(parser, "retrieval, no model")
    add_context_length(parser)
    add_deadline(parser, ASK_DEADLINE_S)
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    from agentlib.documents.qa import ask
    from agentlib.documents.render import render_answer

    context_length, deadline_s = context_length_from(args), deadline_from(args)
    document = read_document_argument(args.file)
    answer = ask(document, args.question, backend=backend_from(args), context_length=context_length,
                 deadline_s=deadline_s)
    print(json.dumps(answer.to_dict(), ensure_ascii=False) if args.json else render_answer(answer))
    return 0

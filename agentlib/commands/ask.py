"""`agentlib ask FILE|- "question"`: an answer with cited, checked sentences.

Without `--backend` it returns the best supporting sentences (retrieval, no model), labelled so.
`--deadline` bounds the whole command; past it the answer is the retrieval one and says so.
With `--kb KB_DIR` (a base made by `agentlib index`) the one positional argument is the question (`-`: read from
standard input), answered from the passages it retrieves, cited `[file#P3]`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from agentlib.commands.inputs import read_document_argument, read_text_argument
from agentlib.commands.options import (
    add_backend,
    add_context_length,
    add_deadline,
    backend_from,
    context_length_from,
    deadline_from,
)
from agentlib.errors import InputError
from agentlib.limits import ASK_DEADLINE_S, Deadline


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=".txt, .md, .html or .pdf file, or - for text on standard input "
                                     "(with --kb: the question, or - to read it from standard input)")
    parser.add_argument("question", nargs="?", default=None, help="the question about the document")
    add_backend(parser, "retrieval, no model")
    add_context_length(parser)
    add_deadline(parser, ASK_DEADLINE_S)
    parser.add_argument("--kb", type=Path, default=None, metavar="KB_DIR",
                        help="answer from a knowledge base made by `agentlib index` (give only the question)")
    parser.add_argument("--passages", type=int, default=8, help="with --kb: passages retrieved per question")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    from agentlib.documents.qa import ask
    from agentlib.documents.render import render_answer

    if args.kb is not None:
        return _run_kb(args)
    if args.question is None:
        raise InputError("give the document and the question, or --kb KB_DIR and the question")
    context_length, deadline_s = context_length_from(args), deadline_from(args)
    document = read_document_argument(args.file)
    answer = ask(document, args.question, backend=backend_from(args), context_length=context_length,
                 deadline_s=deadline_s)
    print(json.dumps(answer.to_dict(), ensure_ascii=False) if args.json else render_answer(answer))
    return 0


def _run_kb(args: argparse.Namespace) -> int:
    from agentlib.documents.render import render_answer
    from agentlib.kb.answer import ask_kb
    from agentlib.kb.base import KnowledgeBase

    if args.question is not None:
        raise InputError("with --kb give only the question (the documents are in the knowledge base)")
    if not 1 <= args.passages <= 100:
        raise InputError("--passages must be from 1 to 100")
    context_length, deadline_s = context_length_from(args), deadline_from(args)
    question = read_text_argument("-", "question") if args.file == "-" else args.file
    kb = KnowledgeBase.load(args.kb)
    answer = ask_kb(kb, [question], backend=backend_from(args), context_length=context_length,
                    passages=args.passages, deadline=Deadline(deadline_s))[0]
    print(json.dumps(answer.to_dict(), ensure_ascii=False) if args.json else render_answer(answer))
    return 0

"""`agentlib report FILE -o run.html`: an agent trace or a check-trace report as one self-contained HTML page."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from agentlib.errors import InputError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="an agent trace (.jsonl) or a check-trace report (.json, from --json)")
    parser.add_argument(
        "-o", "--output", type=Path, default=None, help="where to write the page (default: FILE with .html)"
    )


def run(args: argparse.Namespace) -> int:
    from agentlib.report import load_run, render_html

    page = render_html(load_run(args.file))
    output: Path = args.output or args.file.with_suffix(".html")
    if output.resolve() == args.file.resolve():
        raise InputError(f"the output {output} is the input file; choose another -o")
    if output.is_dir():
        raise InputError(f"{output} is a folder; give a file name such as {output / 'run.html'}")
    if not output.parent.is_dir():
        raise InputError(f"the folder {output.parent} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(page)
        os.replace(temporary, output)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    print(output)
    return 0

"""The `agentlib` command line: the only place that wires the agent and engine halves.

Each subcommand lives in `agentlib/commands/<name>.py` with `configure(parser)` and `run(args) -> int`;
this file builds the parser and keeps three promises for every command at once:
- an `AgentlibError` (or a usage error) becomes one `error: <message>` line on stderr and exit status 2,
  never a traceback; when the command was given `--json`, the same error is also printed on stdout as
  `{"error": {"type": ..., "message": ...}}`, so a program reading the JSON sees it;
- everything the command prints on stdout (text from documents and models included) goes through
  `agentlib.untrusted.printable`: no escape sequence or control character reaches the terminal (no
  screen clears, title changes or cursor tricks), and text that is not valid Unicode cannot crash it;
- a closed pipe (`agentlib ... | head`) ends quietly, Ctrl-C exits 130.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import sys
from collections.abc import Iterator
from typing import NoReturn, TextIO, cast

from agentlib.errors import AgentlibError, InputError
from agentlib.llm import valid_unicode
from agentlib.untrusted import printable

# name -> (module, one-line help). Modules are imported only to build their own subparser.
COMMANDS: dict[str, tuple[str, str]] = {
    "solve": ("agentlib.commands.solve", "solve a logic puzzle and print the answer with its certificate"),
    "analyze": ("agentlib.commands.analyze",
                "is an argument valid? premises, conclusion, form, proof or counter-model"),
    "math": ("agentlib.commands.math", "solve a math request with checked steps, or generate practice problems"),
    "eval": ("agentlib.commands.eval", "evaluate on a benchmark folder (logic puzzles, LogicBench, FOLIO, MATH-500, "
                                       "ProcessBench, SummEdits, QAGS, retrieval)"),
    "check-trace": ("agentlib.commands.check_trace", "check a reasoning trace step by step with SymPy/Z3"),
    "summarize": ("agentlib.commands.summarize", "summarize a document; every sentence cited and checked"),
    "ask": ("agentlib.commands.ask", "answer a question about a document, with citations"),
    "index": ("agentlib.commands.index", "index files and folders into a knowledge base for `ask --kb`"),
    "generate": ("agentlib.commands.generate", "generate text with the in-process SambaY engine"),
    "tokenizer": ("agentlib.commands.tokenizer", "build or inspect a Phi-4-mini-style tokenizer.json"),
    "report": ("agentlib.commands.report", "render an agent trace or a check-trace report as one HTML page"),
    "serve": ("agentlib.commands.serve", "run the HTTP service (OpenAI-compatible chat, task endpoints, run pages)"),
    "bench": ("agentlib.commands.bench", "run a benchmark and print one JSON object (engine, session, documents)"),
}


class UsageError(InputError):
    """The command line does not parse (argparse's message, raised instead of argparse's exit)."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises `UsageError` (so `--json` sees usage errors too) instead of exiting."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


class _PrintableStream(io.TextIOBase):
    """A text stream that writes `printable(valid_unicode(text))` to the stream it wraps."""

    def __init__(self, target: TextIO):
        self._target = target

    def write(self, text: str) -> int:
        self._target.write(printable(valid_unicode(text)))
        return len(text)

    def flush(self) -> None:
        self._target.flush()

    def isatty(self) -> bool:
        return self._target.isatty()


@contextlib.contextmanager
def printable_stdout() -> Iterator[None]:
    """While inside, everything printed on stdout is made safe for a terminal (see the module docstring)."""
    original = sys.stdout
    sys.stdout = cast(TextIO, _PrintableStream(original))
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stdout = original


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The parser; only the `chosen` command's module is imported (fast start, no torch)."""
    parser = _Parser(prog="agentlib", description=(__doc__ or "agentlib").splitlines()[0])
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, (module_name, help_text) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        if name == chosen:
            module = importlib.import_module(module_name)
            module.configure(command_parser)
            command_parser.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    chosen = next((a for a in argv if not a.startswith("-")), None)
    wants_json = "--json" in argv
    with printable_stdout():
        try:
            parser = build_parser(chosen if chosen in COMMANDS else None)
            args = parser.parse_args(argv)
            wants_json = bool(getattr(args, "json", False))
            return int(args._run(args) or 0)
        except AgentlibError as error:
            return _report(error, wants_json)
        except KeyboardInterrupt:
            print("interrupted", file=sys.stderr)
            return 130
        except BrokenPipeError:
            return 0


def _report(error: AgentlibError, as_json: bool) -> int:
    """One `error:` line on stderr (and the JSON error object on stdout when asked for); exit status 2."""
    message = printable(valid_unicode(str(error)))
    if as_json:
        print(json.dumps({"error": {"type": type(error).__name__, "message": message}}, ensure_ascii=False))
    print(f"error: {message}", file=sys.stderr)
    return 2


def _version() -> str:
    from agentlib import __version__

    return f"agentlib {__version__}"


if __name__ == "__main__":
    sys.exit(main())

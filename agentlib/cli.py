"""The `agentlib` command line: the only place that wires the agent and engine halves.

Each subcommand lives in `agentlib/commands/<name>.py` with `configure(parser)` and `run(args) -> int`;
this file only builds the parser and turns `AgentlibError` into one clear line on stderr (exit 2).
"""

from __future__ import annotations

import argparse
import importlib
import sys

# name -> (module, one-line help). Modules are imported only to build their own subparser.
COMMANDS: dict[str, tuple[str, str]] = {
    "solve": ("agentlib.commands.solve", "solve a logic puzzle and print the answer with its certificate"),
    "math": ("agentlib.commands.math", "solve a math request with checked steps, or generate practice problems"),
    "eval": ("agentlib.commands.eval", "evaluate on a benchmark folder (puzzles, processbench, summedits, qags)"),
    "check-trace": ("agentlib.commands.check_trace", "check a reasoning trace step by step with SymPy/Z3"),
    "summarize": ("agentlib.commands.summarize", "summarize a document; every sentence cited and checked"),
    "ask": ("agentlib.commands.ask", "answer a question about a document, with citations"),
    "generate": ("agentlib.commands.generate", "generate text with the in-process SambaY engine"),
    "tokenizer": ("agentlib.commands.tokenizer", "build or inspect a Phi-4-mini-style tokenizer.json"),
    "bench": ("agentlib.commands.bench", "run a benchmark and print one JSON object (engine, session, documents)"),
}


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The parser; only the `chosen` command's module is imported (fast start, no torch)."""
    parser = argparse.ArgumentParser(prog="agentlib", description=__doc__.splitlines()[0])
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
    from agentlib.errors import AgentlibError

    argv = sys.argv[1:] if argv is None else list(argv)
    chosen = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(chosen if chosen in COMMANDS else None)
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except AgentlibError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _version() -> str:
    from agentlib import __version__

    return f"agentlib {__version__}"


if __name__ == "__main__":
    sys.exit(main())

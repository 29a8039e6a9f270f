"""Options that several commands share: the model backend (`--backend`), the prompt budget
(`--context-length`) and the overall deadline (`--deadline`)."""

from __future__ import annotations

import argparse

from agentlib.llm import TextModel

MIN_CONTEXT_LENGTH = 256  # below this no chunk holds a useful passage plus the instructions


def add_backend(parser: argparse.ArgumentParser, without: str) -> None:
    """`--backend SPEC`; `without` says what the command does with no model."""
    parser.add_argument("--backend", default=None, help=f"model backend spec (default: {without})")


def add_context_length(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--context-length", type=int, default=None, help="tokens per prompt (default: the model's)")


def add_deadline(parser: argparse.ArgumentParser, default_s: float) -> None:
    """`--deadline SECONDS` for the whole command; `default_s` is the entry point's constant in agentlib.limits."""
    parser.add_argument("--deadline", type=float, default=default_s,
                        help=f"wall-clock seconds for the whole command, model included (default {default_s:g})")


def deadline_from(args: argparse.Namespace) -> float:
    """`--deadline`, checked: a positive, finite number of seconds (InputError otherwise, NaN included)."""
    from agentlib.limits import check_deadline

    return check_deadline(args.deadline, "--deadline")


def backend_from(args: argparse.Namespace) -> TextModel | None:
    """The TextModel that `--backend` names, or None (no model). Backends load only here, when asked for."""
    if not args.backend:
        return None
    from agentlib.backends import load_backend

    return load_backend(args.backend)


def context_length_from(args: argparse.Namespace) -> int | None:
    """`--context-length`, checked (InputError below MIN_CONTEXT_LENGTH)."""
    from agentlib.errors import InputError

    if args.context_length is not None and args.context_length < MIN_CONTEXT_LENGTH:
        raise InputError(f"--context-length must be at least {MIN_CONTEXT_LENGTH} tokens")
    return args.context_length

"""`agentlib tokenizer build OUT_DIR` / `agentlib tokenizer encode DIR TEXT`: build or inspect a tokenizer.

`build` writes a Phi-4-mini-style `tokenizer.json` + `tokenizer_config.json` (o200k_base byte-level BPE from
the bpe-openai package, Phi chat control tokens, the Phi-4-mini-reasoning chat template); `--small` writes the
512-id variant that pairs with tiny test models. `encode` prints the ids of TEXT (or of a chat JSON file with
`--chat`), one JSON list.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from agentlib.errors import InputError

CHAT_ROLES = ("system", "user", "assistant", "tool")


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    build = sub.add_parser("build", help="write tokenizer.json and tokenizer_config.json to OUT_DIR")
    build.add_argument("out_dir", type=Path)
    build.add_argument("--small", action="store_true", help="a 512-id tokenizer for tiny test models")
    encode = sub.add_parser("encode", help="print the token ids of TEXT or of a chat")
    encode.add_argument("folder", type=Path, help="folder with tokenizer.json")
    encode.add_argument("text", nargs="?", help="text to encode (control strings stay plain text)")
    encode.add_argument("--chat", type=Path, help="JSON file: a list of {role, content} messages")


def run(args: argparse.Namespace) -> int:
    from agentlib.engine.tokenizer import Tokenizer
    from agentlib.engine.tokenizer_build import build_phi4, build_small

    if args.action == "build":
        out = build_small(args.out_dir) if args.small else build_phi4(args.out_dir)
        tokenizer = Tokenizer.from_dir(out)
        print(f"wrote {out / 'tokenizer.json'} ({tokenizer.vocab_size} ids) and {out / 'tokenizer_config.json'}")
        return 0
    tokenizer = Tokenizer.from_dir(args.folder)
    if args.chat is not None:
        ids = tokenizer.encode_chat(read_chat(args.chat))
    elif args.text is not None:
        ids = tokenizer.encode(args.text)
    else:
        raise InputError("give TEXT or --chat FILE.json")
    print(json.dumps(ids))
    return 0


def read_chat(path: Path) -> list[dict[str, str]]:
    """A chat file: a JSON list of {"role", "content"} objects (InputError otherwise)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"no chat file at {path}") from None
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError, a number past Python's int digit limit
        raise InputError(f"{path} is not valid JSON: {error}") from None
    except RecursionError:
        raise InputError(f"{path}: the JSON is nested too deeply") from None
    if not isinstance(data, list) or not data or not all(isinstance(m, dict) for m in data):
        raise InputError(f"{path} must hold a non-empty JSON list of {{\"role\", \"content\"}} objects")
    for number, message in enumerate(data, 1):
        if message.get("role") not in CHAT_ROLES:
            raise InputError(f"{path}: message {number} has unknown role {message.get('role')!r}; "
                             f"use {', '.join(CHAT_ROLES)}")
        if not isinstance(message.get("content"), str) or not message["content"].strip():
            raise InputError(f"{path}: message {number} needs non-empty text under \"content\"")
    return data

"""`agentlib generate --model DIR (--prompt TEXT | --chat FILE.json)`: print a continuation from the SambaY engine.

`--prompt` is sent as one user message through the chat template (`--raw` continues the plain text instead);
`--chat` is a JSON list of {role, content} messages. `--stream` prints text as it is generated.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from agentlib.errors import InputError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", type=Path, required=True,
                        help="checkpoint folder (config.json, safetensors, tokenizer.json)")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--prompt", help="user message (or raw text with --raw)")
    source.add_argument("--chat", type=Path, help="JSON file: list of {role, content} messages")
    parser.add_argument("--raw", action="store_true", help="continue --prompt as plain text, no chat template")
    parser.add_argument("--max-new-tokens", type=int, default=256)
    parser.add_argument("--temperature", type=float, default=0.0, help="0 = greedy")
    parser.add_argument("--top-p", type=float, default=1.0)
    parser.add_argument("--top-k", type=int, default=0)
    parser.add_argument("--min-p", type=float, default=0.0)
    parser.add_argument("--repetition-penalty", type=float, default=1.0)
    parser.add_argument("--stop", action="append", default=[], help="stop string (repeatable)")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--grammar",
                        help="constrain the output: a Lark grammar, JSON schema or regex (see --grammar-kind)")
    parser.add_argument("--grammar-kind", default="lark", choices=["lark", "json_schema", "regex"])
    parser.add_argument("--stream", action="store_true", help="print text as it is generated")
    parser.add_argument("--dtype", default="float32", choices=["float32", "bfloat16", "float16"])
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--quantize", choices=["int8"], default=None,
                        help="weight-only int8 (per-row scales): half the weight bytes, faster CPU decode")


def run(args: argparse.Namespace) -> int:
    from agentlib.backends.sambay import SambaYBackend
    from agentlib.commands.tokenizer import read_chat
    from agentlib.engine.generation import GenerationConfig, LogitsProcessor, generate
    from agentlib.engine.sampling import SamplingParams

    sampling = SamplingParams(args.temperature, args.top_p, args.top_k, args.min_p, args.repetition_penalty)
    if not args.model.is_dir():
        raise InputError(f"--model {args.model} is not a folder")
    backend = SambaYBackend.from_pretrained(args.model, dtype=args.dtype, device=args.device, quantize=args.quantize)
    tokenizer = backend.tokenizer
    processors: tuple[LogitsProcessor, ...] = ()
    if args.grammar is not None:
        from agentlib.engine.grammar import GrammarConstraint

        processors = (GrammarConstraint(tokenizer, args.grammar, args.grammar_kind),)
    config = GenerationConfig(
        max_new_tokens=args.max_new_tokens,
        logits_processors=processors,
        sampling=sampling,
        stop=tuple(args.stop),
        seed=args.seed,
    )
    if args.chat is not None:
        ids = tokenizer.encode_chat(read_chat(args.chat))
    elif args.raw:
        ids = tokenizer.encode(args.prompt)
    else:
        if not args.prompt.strip():
            raise InputError("--prompt is empty")
        ids = tokenizer.encode_chat([{"role": "user", "content": args.prompt}])

    def echo(delta: str) -> None:
        sys.stdout.write(delta)
        sys.stdout.flush()

    result = generate(backend.model, tokenizer, ids, config, on_text=echo if args.stream else None)
    if args.stream:
        sys.stdout.write("\n")
    else:
        print(result.text)
    return 0

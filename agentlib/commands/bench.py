"""`agentlib bench NAME`: run one benchmark and print one JSON object on stdout.

Benchmarks measure ratios side by side in one process, on one thread, as medians of repeated runs.
"""

from __future__ import annotations

import argparse
import importlib
import json

BENCHES: dict[str, str] = {
    "engine": "agentlib.bench.engine",
    "session": "agentlib.bench.session",
    "documents": "agentlib.bench.documents",
    "serve": "agentlib.bench.serve",
    "serve-load": "agentlib.bench.serve_load",
    "kb": "agentlib.bench.kb",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", choices=sorted(BENCHES))
    parser.add_argument("--repeats", type=int, default=5, help="runs per measurement (median is reported)")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--threads", type=int, default=1)


def run(args: argparse.Namespace) -> int:
    import torch

    torch.set_num_threads(args.threads)
    module = importlib.import_module(BENCHES[args.name])
    result = module.run(args)
    print(json.dumps(result, sort_keys=True))
    return 0

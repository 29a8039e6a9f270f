"""`agentlib bench NAME [options]`: run one benchmark and print one JSON object on stdout.

BENCHES is the registry: name -> module. Each module has `run(args) -> dict`, and may have `configure(parser)`
for its own options and `DEFAULT_THREADS` (0 = all of torch's threads; otherwise 1: ratios measured side by side
in one process on one thread, medians of repeated runs, unless the bench is about threads).
"""

from __future__ import annotations

import argparse
import importlib
import json
from types import ModuleType

BENCHES: dict[str, str] = {
    "engine": "agentlib.bench.engine",
    "session": "agentlib.bench.session",
    "documents": "agentlib.bench.documents",
    "serve": "agentlib.bench.serve",
    "serve-load": "agentlib.bench.serve_load",
    "kb": "agentlib.bench.kb",
    "decode": "agentlib.bench.decode",
    "throughput": "agentlib.bench.throughput",
}


def _module(name: str) -> ModuleType:
    return importlib.import_module(BENCHES[name])


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="name", metavar="NAME")
    sub.required = True
    for name in sorted(BENCHES):
        bench = sub.add_parser(name, help=f"`{BENCHES[name]}`")
        bench.add_argument("--repeats", type=int, default=5, help="runs per measurement (median is reported)")
        bench.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
        bench.add_argument("--device", default="cpu")
        bench.add_argument("--threads", type=int, default=None,
                           help="torch threads (0 = all; default: the bench's own, usually 1)")
        extra = getattr(_module(name), "configure", None)
        if extra is not None:
            extra(bench)


def run(args: argparse.Namespace) -> int:
    import torch

    module = _module(args.name)
    threads = args.threads if args.threads is not None else getattr(module, "DEFAULT_THREADS", 1)
    if threads > 0:
        torch.set_num_threads(threads)
    result = module.run(args)
    print(json.dumps(result, sort_keys=True))
    return 0

"""`agentlib serve`: run the HTTP service (OpenAI-compatible chat, task endpoints, run pages) with uvicorn.

Binds 127.0.0.1:8000 by default; any other address needs `--api-key` (the command refuses otherwise). The
bind host is added to the Host allow-list. Needs the `server` extra: pip install 'agentlib[server]'.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from agentlib.commands.options import add_backend
from agentlib.errors import DependencyMissing, InputError


def configure(parser: argparse.ArgumentParser) -> None:
    add_backend(parser, "none: chat answers 503, the task endpoints work")
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1; others need --api-key)")
    parser.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    parser.add_argument(
        "--api-key", default=None, help="require 'Authorization: Bearer KEY' (default: env AGENTLIB_API_KEY)"
    )
    parser.add_argument(
        "--cache",
        default=None,
        metavar="URL",
        help="result cache: sqlite:///PATH, redis://HOST:PORT/DB or none (default: SQLite under "
        "~/.cache/agentlib/server)",
    )
    parser.add_argument("--max-concurrency", type=int, default=8, help="requests worked on at once; more get 429")
    parser.add_argument("--deadline", type=float, default=300.0, help="seconds per request (default 300)")
    parser.add_argument("--max-tokens", type=int, default=4096, help="cap on a chat request's max_tokens")
    parser.add_argument("--max-body-bytes", type=int, default=8 * 1024 * 1024, help="cap on a request body")
    parser.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also accept this Host header name (repeatable); loopback names and the bind host are in",
    )
    parser.add_argument("--runs-dir", type=Path, default=None, help="folder of run files for GET /runs/{id}")
    parser.add_argument("--state-dir", type=Path, default=None, help="folder of the default SQLite cache and runs")
    parser.add_argument("--conversation-mb", type=int, default=1024, help="memory for saved chat states (SambaY)")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])


def run(args: argparse.Namespace) -> int:
    import os

    try:
        import uvicorn
    except ImportError:
        raise DependencyMissing("agentlib serve needs the server extra: pip install 'agentlib[server]'") from None
    from agentlib.server.app import create_app
    from agentlib.server.limits import LOOPBACK_HOSTS, ServerConfig, check_bind

    if not 0 <= args.port <= 65535:
        raise InputError(f"--port must be between 0 and 65535, got {args.port}")
    api_key = args.api_key or os.environ.get("AGENTLIB_API_KEY") or None
    check_bind(args.host, api_key)
    hosts = tuple(dict.fromkeys([*LOOPBACK_HOSTS, args.host.lower(), *(h.lower() for h in args.allowed_host)]))
    options = dict(
        api_key=api_key,
        allowed_hosts=hosts,
        cache_url=args.cache,
        max_concurrency=args.max_concurrency,
        deadline_s=args.deadline,
        max_tokens=args.max_tokens,
        max_body_bytes=args.max_body_bytes,
        runs_dir=args.runs_dir,
        conversation_bytes=args.conversation_mb * 1024 * 1024,
    )
    if args.state_dir is not None:
        options["state_dir"] = args.state_dir
    config = ServerConfig(**options)
    app = create_app(args.backend, config=config)
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            timeout_graceful_shutdown=5,
            server_header=False,
        )
    )
    server.run()
    return 0

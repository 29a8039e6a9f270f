"""Run a service app on a loopback port in a background thread (benchmarks, tests, notebooks).

`running(app)` binds 127.0.0.1 on a free port itself (so the port is known before uvicorn starts), serves with
uvicorn in a daemon thread, yields the base URL once the server answers, and shuts it down on exit.

Left out: TLS and worker processes (use `agentlib serve` or uvicorn directly for deployments).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def running(app: Any, *, log_level: str = "warning", start_timeout_s: float = 30.0) -> Iterator[str]:
    """Serve `app` on http://127.0.0.1:PORT until the block ends; yields that URL."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level=log_level, timeout_graceful_shutdown=2))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="agentlib-server")
    thread.start()
    deadline = time.monotonic() + start_timeout_s
    try:
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()

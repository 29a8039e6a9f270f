"""`agentlib bench serve-load`: 32 concurrent clients against `agentlib serve` on 127.0.0.1 for 30 s.

The server runs as its own process (`python -m agentlib.cli serve`, as deployed) with a tiny random SambaY
checkpoint (the test config, built here) so chat requests really generate; the clients run here, one thread
and one HTTP connection each, in a loop until the time is up. Each picks, from its own seeded generator:
- a two-turn chat (the second turn extends the first, so the server reuses the saved state under load),
- `/solve` on a puzzle from a pool of 200 fresh ones (repeats are result-cache hits),
- `/check-trace` on a generated arithmetic trace (one step in four wrong),
- `/health` or `/stats`.
A 429 is counted and the client waits the `Retry-After` seconds; anything else that is not a 2xx (or a
connection failure) is an error. Reported: requests, 2xx, 429s, errors (goal 0) with samples, latency
p50/p95/p99 of answered requests (client side, all kinds, and per endpoint), the server's own `/stats`.
`--quick`: 8 clients for 5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from agentlib.bench.serve import puzzle


def _percentiles(values: list[float]) -> dict[str, float | None]:
    from agentlib.server.stats import percentile

    return {f"p{q}": (None if not values else round(1000 * (percentile(values, q) or 0.0), 2)) for q in (50, 95, 99)}


def _checkpoint(folder: Path) -> Path:
    from agentlib.engine.testing import save_random_checkpoint
    from agentlib.engine.tokenizer_build import build_small

    out = save_random_checkpoint(folder / "model", seed=0)
    build_small(out)
    return out


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _trace(rng: random.Random) -> dict[str, Any]:
    a, b, c = rng.randint(2, 99), rng.randint(2, 99), rng.randint(2, 9)
    wrong = rng.random() < 0.25
    total = a + b + (1 if wrong else 0)
    return {
        "problem": f"Ann has {a} coins and gets {b} more, then triples them. How many coins?",
        "steps": [f"{a} + {b} = {total}.", f"{total} * {c} = {total * c}.", f"The answer is {total * c}."],
    }


class _Client(threading.Thread):
    def __init__(self, url: str, seed: int, until: float, pool: list[str]):
        super().__init__(daemon=True)
        self.url, self.rng, self.until, self.pool = url, random.Random(seed), until, pool
        self.latencies: dict[str, list[float]] = {}
        self.ok = self.rejected = 0
        self.errors: list[str] = []

    def _send(self, client: httpx.Client, endpoint: str, method: str, body: Any = None) -> dict[str, Any] | None:
        started = time.perf_counter()
        try:
            answer = client.request(method, f"{self.url}{endpoint}", json=body)
        except httpx.HTTPError as error:
            self.errors.append(f"{endpoint}: {type(error).__name__}: {error}")
            return None
        elapsed = time.perf_counter() - started
        if answer.status_code == 429:
            self.rejected += 1
            time.sleep(min(float(answer.headers.get("retry-after", "1")), max(0.0, self.until - time.monotonic())))
            return None
        if not 200 <= answer.status_code < 300:
            self.errors.append(f"{endpoint}: {answer.status_code} {answer.text[:200]}")
            return None
        self.ok += 1
        self.latencies.setdefault(endpoint, []).append(elapsed)
        return answer.json() if endpoint != "/metrics" else None

    def run(self) -> None:
        with httpx.Client(timeout=120) as client:
            while time.monotonic() < self.until:
                kind = self.rng.random()
                if kind < 0.35:
                    messages = [{"role": "user", "content": f"Question {self.rng.randint(0, 10**6)}: tell me more."}]
                    first = self._send(client, "/v1/chat/completions", "POST", {"messages": messages, "max_tokens": 16})
                    if first is not None and time.monotonic() < self.until:
                        messages += [
                            {"role": "assistant", "content": first["choices"][0]["message"]["content"]},
                            {"role": "user", "content": "And then?"},
                        ]
                        self._send(client, "/v1/chat/completions", "POST", {"messages": messages, "max_tokens": 16})
                elif kind < 0.7:
                    self._send(client, "/solve", "POST", {"problem": self.rng.choice(self.pool)})
                elif kind < 0.9:
                    self._send(client, "/check-trace", "POST", _trace(self.rng))
                else:
                    self._send(client, self.rng.choice(["/health", "/stats"]), "GET")


def run(args: argparse.Namespace) -> dict[str, Any]:
    clients, seconds = (8, 5.0) if args.quick else (32, 30.0)
    with tempfile.TemporaryDirectory() as folder:
        model_dir = _checkpoint(Path(folder))
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        log_path = Path(folder) / "server.log"
        log = open(log_path, "wb")  # a file, not a pipe: a chatty server must never block on a full pipe
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "agentlib.cli",
                "serve",
                "--backend",
                f"sambay:{model_dir}",
                "--port",
                str(port),
                "--state-dir",
                str(Path(folder) / "state"),
                "--log-level",
                "warning",
            ],
            env={**os.environ, "OMP_NUM_THREADS": "1"},
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    tail = log_path.read_bytes()[-2000:].decode(errors="replace")
                    raise RuntimeError(f"the server did not start: {tail}")
                time.sleep(0.2)
            pool = [puzzle(seed, 4 + seed % 4) for seed in range(200)]
            until = time.monotonic() + seconds
            workers = [_Client(url, seed, until, pool) for seed in range(clients)]
            started = time.perf_counter()
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            elapsed = time.perf_counter() - started
            server_stats = httpx.get(f"{url}/stats", timeout=10).json()
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.close()
    per_endpoint: dict[str, list[float]] = {}
    for worker in workers:
        for endpoint, values in worker.latencies.items():
            per_endpoint.setdefault(endpoint, []).extend(values)
    answered = [v for values in per_endpoint.values() for v in values]
    errors = [e for worker in workers for e in worker.errors]
    ok = sum(w.ok for w in workers)
    rejected = sum(w.rejected for w in workers)
    return {
        "bench": "serve-load",
        "clients": clients,
        "duration_s": round(elapsed, 2),
        "requests": ok + rejected + len(errors),
        "ok_2xx": ok,
        "rejected_429": rejected,
        "errors": len(errors),
        "error_samples": errors[:5],
        "answered_per_s": round(ok / elapsed, 2),
        "latency_ms": _percentiles(answered),
        "latency_ms_by_endpoint": {e: {"n": len(v), **_percentiles(v)} for e, v in sorted(per_endpoint.items())},
        "server_stats_total": server_stats["total"],
        "server_max_concurrency": server_stats["concurrency"]["capacity"],
    }

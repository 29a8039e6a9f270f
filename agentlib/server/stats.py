"""Usage statistics of the service: per endpoint and in total, as JSON (`GET /stats`) and Prometheus (`GET /metrics`).

Counted per endpoint (the route's path template, so `/runs/{id}` is one endpoint): requests, errors (status
>= 400), server errors (>= 500), rejections for load (429), latency percentiles p50/p95/p99 over the last
`window` requests, tokens in and out, prompt tokens reused from saved state (`cached_tokens`), and result
cache hits and misses. The Prometheus side keeps its own registry per service (several apps in one process,
as in tests, do not collide) with counters, a latency histogram and an in-flight gauge.

Left out: persistence across restarts (Prometheus scrapes and keeps history).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (0..100) by linear interpolation, or None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass
class EndpointStats:
    requests: int = 0
    errors: int = 0
    server_errors: int = 0
    rejected: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cached_tokens: int = 0
    cache_hits: int = 0
    cache_misses: int = 0
    latencies: deque[float] = field(default_factory=lambda: deque(maxlen=10_000))

    def to_dict(self) -> dict[str, Any]:
        values = list(self.latencies)
        return {
            "requests": self.requests,
            "errors": self.errors,
            "server_errors": self.server_errors,
            "rejected_429": self.rejected,
            "tokens_in": self.tokens_in,
            "tokens_out": self.tokens_out,
            "cached_tokens": self.cached_tokens,
            "cache_hits": self.cache_hits,
            "cache_misses": self.cache_misses,
            "latency_ms": {
                name: (None if v is None else round(v * 1000, 3))
                for name, v in (
                    ("p50", percentile(values, 50)),
                    ("p95", percentile(values, 95)),
                    ("p99", percentile(values, 99)),
                )
            },
        }


class Stats:
    """Thread-safe counters of one service (see the module docstring)."""

    def __init__(self, window: int = 10_000):
        self.started = time.time()
        self._lock = threading.Lock()
        self._window = window
        self._endpoints: dict[str, EndpointStats] = {}
        self.registry = CollectorRegistry()
        self._requests = Counter(
            "agentlib_requests", "HTTP requests by endpoint and status", ["endpoint", "status"], registry=self.registry
        )
        self._latency = Histogram(
            "agentlib_request_seconds", "request latency", ["endpoint"], buckets=_BUCKETS, registry=self.registry
        )
        self._tokens = Counter(
            "agentlib_tokens",
            "tokens by direction (in: prompt, out: completion, cached: reused)",
            ["endpoint", "direction"],
            registry=self.registry,
        )
        self._cache = Counter(
            "agentlib_result_cache", "result cache lookups", ["endpoint", "outcome"], registry=self.registry
        )
        self.in_flight = Gauge("agentlib_in_flight", "requests being worked on", registry=self.registry)

    def _get(self, endpoint: str) -> EndpointStats:
        stats = self._endpoints.get(endpoint)
        if stats is None:
            stats = self._endpoints[endpoint] = EndpointStats(latencies=deque(maxlen=self._window))
        return stats

    def record_request(self, endpoint: str, status: int, seconds: float) -> None:
        with self._lock:
            stats = self._get(endpoint)
            stats.requests += 1
            stats.errors += status >= 400
            stats.server_errors += status >= 500
            stats.rejected += status == 429
            stats.latencies.append(seconds)
        self._requests.labels(endpoint, str(status)).inc()
        self._latency.labels(endpoint).observe(seconds)

    def record_tokens(self, endpoint: str, tokens_in: int, tokens_out: int, cached: int = 0) -> None:
        with self._lock:
            stats = self._get(endpoint)
            stats.tokens_in += tokens_in
            stats.tokens_out += tokens_out
            stats.cached_tokens += cached
        self._tokens.labels(endpoint, "in").inc(tokens_in)
        self._tokens.labels(endpoint, "out").inc(tokens_out)
        self._tokens.labels(endpoint, "cached").inc(cached)

    def record_cache(self, endpoint: str, hit: bool) -> None:
        with self._lock:
            stats = self._get(endpoint)
            if hit:
                stats.cache_hits += 1
            else:
                stats.cache_misses += 1
        self._cache.labels(endpoint, "hit" if hit else "miss").inc()

    def snapshot(self) -> dict[str, Any]:
        """`GET /stats`: totals and per-endpoint figures."""
        with self._lock:
            endpoints = {name: s.to_dict() for name, s in sorted(self._endpoints.items())}
            all_latencies = [v for s in self._endpoints.values() for v in s.latencies]
        total: dict[str, Any] = {
            key: sum(e[key] for e in endpoints.values())
            for key in (
                "requests",
                "errors",
                "server_errors",
                "rejected_429",
                "tokens_in",
                "tokens_out",
                "cached_tokens",
                "cache_hits",
                "cache_misses",
            )
        }
        total["latency_ms"] = {
            name: (None if v is None else round(v * 1000, 3))
            for name, v in (
                ("p50", percentile(all_latencies, 50)),
                ("p95", percentile(all_latencies, 95)),
                ("p99", percentile(all_latencies, 99)),
            )
        }
        return {"uptime_s": round(time.time() - self.started, 3), "total": total, "endpoints": endpoints}

    def prometheus(self) -> bytes:
        """`GET /metrics`: the Prometheus text exposition of this service's registry."""
        return generate_latest(self.registry)

"""The result cache of the task endpoints: an embedded SQLite file by default, Redis on request, never fatal.

A key is the SHA-256 of the endpoint, the normalized input and options (`cache_key`), and agentlib's version,
so a changed library never serves an old answer. Values are JSON objects.

- `SQLiteCache`: one file (WAL, one committed row per answer, so an answer finished before a crash is
  there after it), entries older than the TTL are misses and are deleted, and past the size cap the least
  recently read are dropped.
- `RedisCache`: `redis://...` through the `redis` client with short socket timeouts; the TTL is Redis's
  expiry, the size cap is the Redis server's `maxmemory` policy.
- `GuardedCache` wraps either: an error (server down, disk full, a locked file) counts as an outage,
  turns the call into a miss or a skipped write, and keeps the cache off for `cooldown_s` so an outage adds
  no latency to every request. The service computes instead; a client never sees a cache error.

Left out: sharing one SQLite file between several server processes beyond what SQLite's locking gives.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
import threading
import time
import unicodedata
from pathlib import Path
from typing import Any, Protocol

from agentlib.errors import ConfigError

log = logging.getLogger("agentlib.server")
_MAX_VALUE_BYTES = 4 * 1024 * 1024  # an answer larger than this is not cached
_SPACES = re.compile(r"[ \t]+")


def normalize_text(text: str) -> str:
    """NFC, LF line ends, runs of spaces and tabs as one space, no spaces at line ends, no blank edges: two
    spellings of one input, one key. Line breaks stay (a trace's blank lines separate its steps)."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()


def _normalized(value: Any) -> Any:
    if isinstance(value, str):
        return normalize_text(value)
    if isinstance(value, dict):
        return {str(k): _normalized(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_normalized(v) for v in value]
    return value


def cache_key(endpoint: str, payload: dict[str, Any], *, model: str = "") -> str:
    """The key of one answer: endpoint, normalized payload (text and options), model name, agentlib version."""
    from agentlib import __version__

    canonical = json.dumps(
        {"endpoint": endpoint, "payload": _normalized(payload), "model": model, "version": __version__},
        sort_keys=True,
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


class ResultCache(Protocol):
    """What the service needs from a cache backend."""

    kind: str

    def get(self, key: str) -> dict[str, Any] | None: ...

    def put(self, key: str, value: dict[str, Any]) -> None: ...

    def ping(self) -> bool: ...

    def close(self) -> None: ...


class NullCache:
    """No caching (`--cache none`)."""

    kind = "none"

    def get(self, key: str) -> dict[str, Any] | None:
        return None

    def put(self, key: str, value: dict[str, Any]) -> None:
        return None

    def ping(self) -> bool:
        return True

    def close(self) -> None:
        return None


class SQLiteCache:
    """Answers in one SQLite file with a TTL and a size cap (see the module docstring). Thread-safe."""

    kind = "sqlite"

    def __init__(self, path: str | Path, *, ttl_s: float, max_bytes: int):
        self.path = Path(path)
        self.ttl_s = ttl_s
        self.max_bytes = max_bytes
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), timeout=2.0, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL, "
            "created REAL NOT NULL, accessed REAL NOT NULL, size INTEGER NOT NULL)"
        )
        self._db.execute("CREATE INDEX IF NOT EXISTS results_accessed ON results (accessed)")

    def get(self, key: str) -> dict[str, Any] | None:
        now = time.time()
        with self._lock:
            row = self._db.execute("SELECT value, created FROM results WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            if now - row[1] > self.ttl_s:
                self._db.execute("DELETE FROM results WHERE key = ?", (key,))
                return None
            self._db.execute("UPDATE results SET accessed = ? WHERE key = ?", (now, key))
        value = json.loads(row[0])
        return value if isinstance(value, dict) else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        size = len(text.encode("utf-8")) + len(key)
        if size > min(_MAX_VALUE_BYTES, self.max_bytes):
            return
        now = time.time()
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO results (key, value, created, accessed, size) VALUES (?, ?, ?, ?, ?)",
                (key, text, now, now, size),
            )
            self._evict(now)

    def _evict(self, now: float) -> None:
        self._db.execute("DELETE FROM results WHERE created < ?", (now - self.ttl_s,))
        total = self._db.execute("SELECT COALESCE(SUM(size), 0) FROM results").fetchone()[0]
        if total <= self.max_bytes:
            return
        excess = total - self.max_bytes
        dropped = 0
        for key, size in self._db.execute("SELECT key, size FROM results ORDER BY accessed").fetchall():
            if dropped >= excess:
                break
            self._db.execute("DELETE FROM results WHERE key = ?", (key,))
            dropped += size

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0])

    def ping(self) -> bool:
        with self._lock:
            self._db.execute("SELECT 1").fetchone()
        return True

    def close(self) -> None:
        with self._lock:
            self._db.close()


class RedisCache:
    """Answers in Redis (`redis://host:port/db`), expiring after the TTL."""

    kind = "redis"

    def __init__(self, url: str, *, ttl_s: float, timeout_s: float = 0.5, prefix: str = "agentlib:result:"):
        try:
            import redis
        except ImportError:
            from agentlib.errors import DependencyMissing

            raise DependencyMissing(
                "--cache redis://... needs the redis client: pip install 'agentlib[server]'"
            ) from None
        self.url = url
        self.ttl_s = ttl_s
        self.prefix = prefix
        self._client = redis.Redis.from_url(url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s)

    def get(self, key: str) -> dict[str, Any] | None:
        raw = self._client.get(self.prefix + key)
        if raw is None:
            return None
        value = json.loads(raw)
        return value if isinstance(value, dict) else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        if len(text) > _MAX_VALUE_BYTES:
            return
        self._client.set(self.prefix + key, text, ex=max(1, int(self.ttl_s)))

    def ping(self) -> bool:
        return bool(self._client.ping())

    def close(self) -> None:
        self._client.close()


class GuardedCache:
    """A cache whose failures are outages, not errors: misses and skipped writes, then `cooldown_s` off."""

    def __init__(self, inner: ResultCache, *, cooldown_s: float = 5.0):
        self.inner = inner
        self.kind = inner.kind
        self.cooldown_s = cooldown_s
        self.outages = 0
        self._off_until = 0.0

    @property
    def available(self) -> bool:
        return time.monotonic() >= self._off_until

    def _failed(self, operation: str, error: Exception) -> None:
        self.outages += 1
        self._off_until = time.monotonic() + self.cooldown_s
        log.warning(
            "result cache %s failed (%s: %s); computing without it for %.0f s",
            operation,
            type(error).__name__,
            error,
            self.cooldown_s,
        )

    def get(self, key: str) -> dict[str, Any] | None:
        if not self.available:
            return None
        try:
            return self.inner.get(key)
        except Exception as error:  # any backend failure (socket, disk, corrupt row) is an outage
            self._failed("read", error)
            return None

    def put(self, key: str, value: dict[str, Any]) -> None:
        if not self.available:
            return
        try:
            self.inner.put(key, value)
        except Exception as error:  # as in get
            self._failed("write", error)

    def ping(self) -> bool:
        try:
            return self.inner.ping()
        except Exception:  # a health probe reports, it does not raise
            return False

    def close(self) -> None:
        try:
            self.inner.close()
        except Exception as error:  # closing a broken connection must not stop a shutdown
            log.warning("closing the result cache failed: %s", error)


def open_cache(url: str | None, *, state_dir: Path, ttl_s: float, max_bytes: int) -> GuardedCache:
    """The cache a `--cache` value names: None (SQLite under `state_dir`), sqlite:///PATH, redis://..., none."""
    inner: ResultCache
    if url is None or url == "sqlite":
        inner = SQLiteCache(state_dir / "results.sqlite3", ttl_s=ttl_s, max_bytes=max_bytes)
    elif url in ("none", "off"):
        inner = NullCache()
    elif url.startswith("sqlite:///"):
        # as in SQLAlchemy: sqlite:///relative.db, sqlite:////absolute/path.db
        inner = SQLiteCache(url[len("sqlite:///") :], ttl_s=ttl_s, max_bytes=max_bytes)
    elif url.startswith(("redis://", "rediss://", "unix://")):
        inner = RedisCache(url, ttl_s=ttl_s)
    else:
        raise ConfigError(f"unknown --cache {url!r}; use sqlite:///PATH, redis://HOST:PORT/DB or none")
    return GuardedCache(inner)

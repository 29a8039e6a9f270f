"""The service's limits and settings in one frozen record, with the defaults the CLI shows.

Every cap a request can hit lives here: body size, messages per chat, `max_tokens`, stop strings, batch size,
the per-request deadline and the number of requests worked on at once (past it: 429 with `Retry-After`).
The OpenAPI schema states the hard ceilings (`SCHEMA_*`); a `ServerConfig` may set lower caps, which the
handlers check and answer with a 400 that names the cap.

Left out: parsing the command line (`agentlib.commands.serve`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from agentlib.errors import ConfigError
from agentlib.limits import check_deadline

# Ceilings written into the OpenAPI schema (a config can only lower them).
SCHEMA_MAX_MESSAGES = 1024
SCHEMA_MAX_TOKENS = 65536
SCHEMA_MAX_BATCH = 1000
SCHEMA_MAX_TEXT_CHARS = 2_000_000
SCHEMA_MAX_STOP = 4

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def default_state_dir() -> Path:
    """`$AGENTLIB_CACHE/server` (default `~/.cache/agentlib/server`): the result cache file and stored runs."""
    return Path(os.environ.get("AGENTLIB_CACHE") or Path.home() / ".cache" / "agentlib") / "server"


@dataclass(frozen=True)
class ServerConfig:
    """How the service behaves. Sizes in bytes, times in seconds.

    Args:
        api_key: when set, every request but `GET /health` needs `Authorization: Bearer KEY`.
        allowed_hosts: `Host` header names accepted (DNS-rebinding defence); the bind host is added by the CLI.
        max_concurrency: requests worked on at once (chat and task endpoints); more get 429 + Retry-After
            (before their body is read when every slot is taken; a slow upload holds no slot).
        max_open_requests: requests of any kind open at once (reading a body, rendering a run page, waiting);
            more get 503 "overloaded" + Retry-After, so buffered bodies stay under this times `max_body_bytes`.
        body_timeout_s: wall time for the request body to arrive in full (else 408 "body_timeout"); the
            deadline starts after it.
        deadline_s: wall time per request; chat stops generating (finish_reason "length"), a task answers
            an abstention with failure "deadline".
        conversation_bytes: memory for saved chat states (SambaY backend), least recently used dropped first.
        cache_url: None for the SQLite file under `state_dir`, "sqlite:///PATH", "redis://...", or "none".
        cache_ttl_s / cache_max_bytes: result cache entry lifetime and the SQLite file's size cap.
        runs_dir: where `GET /runs/{id}` finds run files (None: `state_dir/runs`); max_runs: how many are kept.
    """

    api_key: str | None = None
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS
    max_body_bytes: int = 8 * 1024 * 1024
    max_messages: int = 256
    max_tokens: int = 4096
    default_max_tokens: int = 512
    max_batch: int = SCHEMA_MAX_BATCH
    max_concurrency: int = 8
    max_open_requests: int = 64
    retry_after_s: int = 1
    deadline_s: float = 300.0
    body_timeout_s: float = 30.0
    conversation_bytes: int = 1 << 30
    cache_url: str | None = None
    cache_ttl_s: float = 7 * 24 * 3600.0
    cache_max_bytes: int = 256 * 1024 * 1024
    state_dir: Path = field(default_factory=default_state_dir)
    runs_dir: Path | None = None
    max_runs: int = 1000

    def __post_init__(self) -> None:
        for name in (
            "max_body_bytes",
            "max_messages",
            "max_tokens",
            "default_max_tokens",
            "max_batch",
            "max_concurrency",
            "max_open_requests",
            "retry_after_s",
            "conversation_bytes",
            "cache_max_bytes",
            "max_runs",
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigError(f"{name} must be a positive integer, got {value!r}")
        check_deadline(self.deadline_s, "deadline_s")
        check_deadline(self.body_timeout_s, "body_timeout_s")
        check_deadline(self.cache_ttl_s, "cache_ttl_s")
        if self.max_messages > SCHEMA_MAX_MESSAGES or self.max_tokens > SCHEMA_MAX_TOKENS:
            raise ConfigError(
                f"max_messages and max_tokens cannot exceed {SCHEMA_MAX_MESSAGES} and {SCHEMA_MAX_TOKENS}"
            )
        if self.max_batch > SCHEMA_MAX_BATCH:
            raise ConfigError(f"max_batch cannot exceed {SCHEMA_MAX_BATCH}")
        if self.api_key is not None and len(self.api_key) < 8:
            raise ConfigError("the API key must have at least 8 characters")
        # Folders given as strings (the usual thing to type) become Paths; anything else is a typed error.
        for name in ("state_dir", "runs_dir"):
            value = getattr(self, name)
            if value is None and name == "runs_dir":
                continue
            if not isinstance(value, (str, Path)) or not str(value):
                raise ConfigError(f"{name} must be a folder path, got {value!r}")
            object.__setattr__(self, name, Path(value))

    @property
    def runs_folder(self) -> Path:
        return self.runs_dir if self.runs_dir is not None else self.state_dir / "runs"


def is_loopback(host: str) -> bool:
    """True for a loopback bind address (127.0.0.0/8, ::1, localhost)."""
    import ipaddress

    name = host.strip("[]")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_bind(host: str, api_key: str | None) -> None:
    """ConfigError for a non-loopback bind without an API key (anyone on the network could use the model)."""
    if not is_loopback(host) and not api_key:
        raise ConfigError(
            f"binding {host} exposes the service beyond this machine; give --api-key KEY (or bind 127.0.0.1)"
        )

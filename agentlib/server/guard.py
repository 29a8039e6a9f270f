"""The service's front door, one ASGI middleware: who may ask, how much, how many at once, and the bookkeeping.

In order, for every HTTP request:
1. `Host` must be in the allow-list (a browser page on another site cannot reach a loopback service by DNS
   rebinding); otherwise 400.
2. With an API key, `Authorization: Bearer KEY` (compared in constant time) on everything but `GET /health`;
   otherwise 401.
3. The body is read here up to `max_body_bytes` (a larger `Content-Length` or stream is 413 before any
   parsing) within `body_timeout_s` (else 408) and handed on in one piece; later `receive` calls pass
   through, so a handler still sees the client's disconnect. A work endpoint's body must be declared JSON
   (`application/json` or `...+json`); otherwise 415 (a form post from `curl -d` was parsed as no object at
   all and answered a puzzling 400).
4. Work endpoints (chat and tasks) take one of `max_concurrency` slots once the body is here, or get 429
   with `Retry-After` (before the body is read when all are taken: a refused body is never buffered); no
   more than `max_open_requests` requests of any kind are open at once (503 "overloaded"; `GET /health` is
   exempt), so the bodies buffered stay under that times `max_body_bytes`. A handler whose work outlives the
   response (a thread that cannot be interrupted) keeps its slot until the work ends (`Slot.hold_until`), so
   the bound holds for threads, not only for responses.
5. Status and latency are recorded per endpoint in `Stats`.

Left out: per-client quotas and TLS (put a reverse proxy in front for those).
"""

from __future__ import annotations

import asyncio
import secrets
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from concurrent.futures import Future
from typing import Any

from agentlib.server.errors import APIError, error_body
from agentlib.server.limits import ServerConfig
from agentlib.server.stats import Stats

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

WORK_PATHS = frozenset(
    {
        "/v1/chat/completions",
        "/solve",
        "/solve-math",
        "/logical-reasoning",
        "/check-trace",
        "/summarize",
        "/batch-solve",
    }
)
OPEN_PATHS = frozenset({"/health"})


class Slot:
    """One unit of the concurrency bound, freed when its last holder lets go (thread-safe).

    The middleware holds it for the response; `hold_until(future)` adds a holder until that work ends."""

    def __init__(self, owner: Slots):
        self._owner = owner
        self._holders = 1

    def release(self) -> None:
        with self._owner.lock:
            if self._holders <= 0:
                return
            self._holders -= 1
            if self._holders == 0:
                self._owner.in_use -= 1

    def hold_until(self, future: Future[Any]) -> None:
        """Keep the slot in use at least until `future` is done."""
        with self._owner.lock:
            self._holders += 1
        future.add_done_callback(lambda _f: self.release())


class Slots:
    """At most `capacity` slots in use; `try_acquire` never waits."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.in_use = 0
        self.lock = threading.Lock()

    @property
    def full(self) -> bool:
        with self.lock:
            return self.in_use >= self.capacity

    def try_acquire(self) -> Slot | None:
        with self.lock:
            if self.in_use >= self.capacity:
                return None
            self.in_use += 1
        return Slot(self)


class OpenRequests:
    """A count of open requests with a ceiling; only the event loop touches it, so it needs no lock."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.open = 0

    def try_open(self) -> bool:
        if self.open >= self.capacity:
            return False
        self.open += 1
        return True

    def close(self) -> None:
        self.open -= 1


def host_name(header: str) -> str:
    """The host part of a Host header, lower-case, without the port ("[::1]:8000" -> "[::1]")."""
    header = header.strip().lower()
    if header.startswith("["):
        end = header.find("]")
        return header[: end + 1] if end > 0 else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def is_json_media_type(header: str) -> bool:
    """Whether a `Content-Type` value names JSON: `application/json` or a `+json` type, any parameters after."""
    media = header.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


def endpoint_of(scope: Scope, routes: Sequence[Any]) -> str:
    """The path template of the route that `scope` matches ("/runs/{id}"), or "unmatched" (bounded labels)."""
    from starlette.routing import Match

    for route in routes:
        matches = getattr(route, "matches", None)
        if matches is None:
            continue
        match, _ = matches(scope)
        if match is Match.FULL:
            return str(getattr(route, "path", "unmatched"))
    return "unmatched"


class Guard:
    """The middleware (see the module docstring)."""

    def __init__(self, app: ASGIApp, *, config: ServerConfig, stats: Stats, slots: Slots, routes: Sequence[Any] = ()):
        self.app = app
        self.routes = routes
        self.config = config
        self.stats = stats
        self.slots = slots
        self.allowed = frozenset(h.lower() for h in config.allowed_hosts)
        self.open_requests = OpenRequests(config.max_open_requests)
        self._key = config.api_key.encode() if config.api_key else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        endpoint = endpoint_of(scope, self.routes)
        status = [500]

        async def tracked_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = int(message["status"])
            await send(message)

        try:
            await self._handle(scope, receive, tracked_send)
        finally:
            self.stats.record_request(endpoint, status[0], time.perf_counter() - started)

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        problem = self._admission(scope, headers)
        if problem is not None:
            await _reply(problem, send)
            return
        exempt = scope["method"] == "GET" and scope["path"] in OPEN_PATHS  # liveness answers even when overloaded
        if not exempt and not self.open_requests.try_open():
            await _reply(self._busy(503, f"the server has {self.open_requests.capacity} requests open", "overloaded"),
                         send)
            return
        try:
            await self._handle_open(scope, headers, receive, send)
        finally:
            if not exempt:
                self.open_requests.close()

    async def _handle_open(self, scope: Scope, headers: dict[str, str], receive: Receive, send: Send) -> None:
        work = scope["method"] == "POST" and scope["path"] in WORK_PATHS
        if work:
            declared = headers.get("content-type", "")
            if not is_json_media_type(declared):
                await _reply(
                    APIError(
                        415,
                        "the body must be JSON: send 'Content-Type: application/json' "
                        f"(got {declared[:80] or 'none'!r})",
                        code="unsupported_media_type",
                    ),
                    send,
                )
                return
            if self.slots.full:  # refused before its body is read, so never buffered
                await _reply(self._busy_slots(), send)
                return
        body_or_error = await self._read_body(headers, receive)  # a slow upload holds no slot
        if isinstance(body_or_error, APIError):
            await _reply(body_or_error, send)
            return
        slot = self.slots.try_acquire() if work else None
        if work and slot is None:
            await _reply(self._busy_slots(), send)
            return
        if slot is not None:
            scope.setdefault("state", {})["slot"] = slot
        try:
            self.stats.in_flight.inc()
            try:
                await self.app(scope, _replaying(body_or_error, receive), send)
            finally:
                self.stats.in_flight.dec()
        finally:
            if slot is not None:
                slot.release()

    def _busy_slots(self) -> APIError:
        return self._busy(429, f"the server is busy ({self.slots.capacity} requests in progress)")

    def _busy(self, status: int, why: str, code: str | None = None) -> APIError:
        seconds = self.config.retry_after_s
        return APIError(status, f"{why}; retry after {seconds} s", code=code,
                        headers={"Retry-After": str(seconds)})

    def _admission(self, scope: Scope, headers: dict[str, str]) -> APIError | None:
        host = host_name(headers.get("host", ""))
        if host not in self.allowed:
            return APIError(
                400,
                f"Host {host or '(none)'!r} is not allowed; the server accepts "
                f"{', '.join(sorted(self.allowed))} (see --allowed-host)",
                code="host_not_allowed",
            )
        if self._key is not None and not (scope["method"] == "GET" and scope["path"] in OPEN_PATHS):
            given = headers.get("authorization", "")
            token = given[7:].strip().encode() if given.lower().startswith("bearer ") else b""
            if not secrets.compare_digest(token, self._key):
                return APIError(
                    401,
                    "missing or wrong API key: send 'Authorization: Bearer KEY'",
                    code="invalid_api_key",
                    headers={"WWW-Authenticate": "Bearer"},
                )
        return None

    async def _read_body(self, headers: dict[str, str], receive: Receive) -> bytes | APIError:
        """The whole body, or 413 past the cap, or 408 when it has not all arrived within `body_timeout_s` (a
        chunked body that never ends held its connection and buffer for ever: the request deadline starts only
        once the body is here)."""
        seconds = self.config.body_timeout_s
        try:
            return await asyncio.wait_for(self._read_capped_body(headers, receive), timeout=seconds)
        except asyncio.TimeoutError:
            return APIError(408, f"the request body did not arrive in full within {seconds:g} s", code="body_timeout")

    async def _read_capped_body(self, headers: dict[str, str], receive: Receive) -> bytes | APIError:
        cap = self.config.max_body_bytes
        too_large = APIError(413, f"the request body is larger than {cap:,} bytes", code="body_too_large")
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                return APIError(400, "Content-Length is not a number")
            if int(declared) > cap:
                return too_large
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > cap:
                return too_large
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def _replaying(body: bytes, receive: Receive) -> Receive:
    """A `receive` that yields the buffered body once, then the client's own messages (disconnects)."""
    sent = [False]

    async def replay() -> Message:
        if not sent[0]:
            sent[0] = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _reply(error: APIError, send: Send) -> None:
    import json

    payload = json.dumps(error_body(error.type, error.message, error.code)).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in error.headers.items()]
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})

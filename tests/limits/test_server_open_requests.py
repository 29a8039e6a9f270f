"""Regressions: a work request beyond `max_concurrency` had its whole body (up to 8 MiB) read and buffered before
its 429, and nothing bounded the requests open at once (slow bodies, run pages), so memory grew with the number of
clients. Now a refused work request is answered before its body is read, and past `max_open_requests` open
requests of any kind (but `GET /health`) the answer is a typed 503 "overloaded" with Retry-After."""

from __future__ import annotations

import asyncio
import json

import pytest

pytest.importorskip("fastapi", reason="the server extra is not installed: pip install -e '.[dev]'")

from agentlib.server.app import create_app  # noqa: E402
from agentlib.server.limits import ServerConfig  # noqa: E402


def scope(method: str, path: str) -> dict:
    return {
        "type": "http", "method": method, "path": path, "raw_path": path.encode(), "query_string": b"",
        "headers": [(b"host", b"127.0.0.1"), (b"content-type", b"application/json")], "scheme": "http",
        "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 5000), "http_version": "1.1", "root_path": "",
    }


class Client:
    """One request whose body arrives in `chunks` pieces and then stalls (or arrives whole as `body`); records what
    it reads and gets."""

    def __init__(self, chunks: int = 0, body: bytes | None = None):
        self.chunks = chunks
        self.body = body
        self.reads = 0
        self.sent: list[dict] = []

    async def receive(self) -> dict:
        self.reads += 1
        if self.body is not None and self.reads == 1:
            return {"type": "http.request", "body": self.body, "more_body": False}
        if self.body is None and self.reads <= self.chunks:
            return {"type": "http.request", "body": b" " * 1024, "more_body": True}
        await asyncio.sleep(3600)  # then the client waits for its answer
        return {"type": "http.disconnect"}

    async def send(self, message: dict) -> None:
        self.sent.append(message)

    @property
    def status(self) -> int | None:
        return self.sent[0]["status"] if self.sent else None

    @property
    def code(self) -> str:
        return json.loads(self.sent[1]["body"])["error"]["code"]


@pytest.mark.parametrize("slots", [1, 3])
def test_a_work_request_past_the_slots_is_refused_before_its_body_is_read(tmp_path, slots):
    app = create_app(None, config=ServerConfig(state_dir=tmp_path, cache_url="none", max_concurrency=slots))

    held = [app.state.service.slots.try_acquire() for _ in range(slots)]  # requests being worked on
    assert all(held)

    async def run() -> Client:
        late = Client(chunks=50)  # a large body that would trickle in, then stall
        await asyncio.wait_for(app(scope("POST", "/solve-math"), late.receive, late.send), timeout=5)
        return late

    late = asyncio.run(run())
    assert late.status == 429 and late.code == "busy" and late.reads == 0
    held[0].release()  # a slot frees: the next request is read and answered
    again = Client(body=b'{"problem": "Ann is a knight. Is Ann a knight?"}')
    asyncio.run(asyncio.wait_for(app(scope("POST", "/solve"), again.receive, again.send), timeout=30))
    assert again.status == 200


def test_a_slow_upload_holds_no_slot(tmp_path):
    app = create_app(None, config=ServerConfig(state_dir=tmp_path, cache_url="none", max_concurrency=1))
    slots = app.state.service.slots

    async def run() -> int:
        uploader = Client(chunks=1)
        task = asyncio.create_task(app(scope("POST", "/solve"), uploader.receive, uploader.send))
        await asyncio.sleep(0.2)
        in_use = slots.in_use
        task.cancel()
        return in_use

    assert asyncio.run(run()) == 0


@pytest.mark.parametrize("open_requests", [2, 5])
def test_past_the_open_requests_any_request_is_a_typed_503_but_health_answers(tmp_path, open_requests):
    config = ServerConfig(state_dir=tmp_path, cache_url="none", max_open_requests=open_requests, max_concurrency=1)
    app = create_app(None, config=config)

    async def run() -> tuple[Client, Client, Client]:
        # slow uploads to a path that is not a work endpoint: they hold no slot, only an open request
        holders = [Client(chunks=1) for _ in range(open_requests)]
        tasks = [asyncio.create_task(app(scope("POST", "/runs/x"), c.receive, c.send)) for c in holders]
        await asyncio.sleep(0.2)
        stats, work, health = Client(), Client(), Client(body=b"")
        await asyncio.wait_for(app(scope("GET", "/stats"), stats.receive, stats.send), timeout=5)
        await asyncio.wait_for(app(scope("POST", "/solve"), work.receive, work.send), timeout=5)
        health_task = asyncio.create_task(app(scope("GET", "/health"), health.receive, health.send))
        await asyncio.sleep(0.5)
        for task in [*tasks, health_task]:
            task.cancel()
        return stats, work, health

    stats, work, health = asyncio.run(run())
    assert (stats.status, stats.code) == (503, "overloaded") and (work.status, work.code) == (503, "overloaded")
    assert work.reads == 0 and dict(stats.sent[0]["headers"]).get(b"retry-after") == b"1"
    assert health.status == 200  # liveness is exempt


def test_open_requests_are_freed_when_they_end(tmp_path):
    app = create_app(None, config=ServerConfig(state_dir=tmp_path, cache_url="none", max_open_requests=1))

    async def run() -> list[int | None]:
        statuses = []
        for _ in range(5):  # one at a time: the count returns to zero after each
            client = Client(body=b"")
            await asyncio.wait_for(app(scope("GET", "/stats"), client.receive, client.send), timeout=5)
            statuses.append(client.status)
        return statuses

    assert asyncio.run(run()) == [200] * 5


def test_the_cap_is_checked_like_the_other_counts(tmp_path):
    from agentlib.errors import ConfigError

    for bad in (0, -1, True, 2.5):
        with pytest.raises(ConfigError):
            ServerConfig(state_dir=tmp_path, max_open_requests=bad)  # type: ignore[arg-type]

"""Regression: `/solve` and `/summarize` answered "deadline" on time but ran the library call under its own
default deadline (60 s for `solve`, 600 s for `summarize`), so the worker and its concurrency slot stayed busy long
after the answer (63 s for a puzzle of nested quotes under a 2 s server deadline). The server's deadline now
reaches the call; the slot is free soon after the answer."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("fastapi", reason="the server extra is not installed: pip install -e '.[dev]'")

from fastapi.testclient import TestClient  # noqa: E402

from agentlib.server.app import create_app  # noqa: E402
from agentlib.server.limits import ServerConfig  # noqa: E402

DEADLINE_S = 1.0
# the sandbox worker's start and kill on a loaded machine (12 s was exceeded with eight jobs on two cores); the
# bug held the slot for a minute or more
MARGIN_S = 30.0


def nested_quotes(depth: int) -> str:
    return 'Ann says "' * depth + "Bob is a knave" + '"' * depth + ". Who is a knight?"


def slow_bodies() -> list[tuple[str, dict[str, str]]]:
    return [
        ("/solve", {"problem": nested_quotes(10_000)}),
        ("/summarize", {"text": "Words here. " * 150_000}),
    ]


@pytest.fixture
def api(tmp_path):
    config = ServerConfig(state_dir=tmp_path, cache_url="none", deadline_s=DEADLINE_S, max_concurrency=1)
    with TestClient(create_app(None, config=config), base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        yield c


def seconds_until_slot_free(api: TestClient, limit_s: float) -> float:
    """Poll with an empty body (a 400 once a slot is free, 429 while the work still holds it)."""
    started = time.monotonic()
    while time.monotonic() - started < limit_s:
        if api.post("/solve", json={}).status_code != 429:
            break
        time.sleep(0.1)
    return time.monotonic() - started


@pytest.mark.parametrize(("path", "body"), slow_bodies(), ids=["solve", "summarize"])
def test_the_worker_is_free_soon_after_the_deadline_answer(api, path, body):
    started = time.monotonic()
    answer = api.post(path, json=body)
    # the server's deadline answer, or the library's own answer cut at the same deadline (a summary whose unread rest
    # is reported unsupported): the two race at 1 s, and either is on time; what is tested is the slot after it
    assert answer.status_code == 200 and (answer.json().get("failure") == "deadline" or "status" in answer.json())
    busy = seconds_until_slot_free(api, MARGIN_S + 5)
    assert time.monotonic() - started < DEADLINE_S + MARGIN_S, f"slot held {busy:.1f} s after the answer"

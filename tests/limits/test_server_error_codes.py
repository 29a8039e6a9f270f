"""Regression: hostile bodies (JSON nested 50,000 deep, an integer of 5,000 digits, bytes that are not UTF-8, a lone
surrogate, wrong JSON types, unknown routes and methods) got typed 4xx answers whose `code` was null, so a program
could only branch on message text; and a chunked body that never ended held its connection for ever. Now every error
answer names a stable code, and a body has `body_timeout_s` to arrive (408 "body_timeout")."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("fastapi", reason="the server extra is not installed: pip install -e '.[dev]'")

from fastapi.testclient import TestClient  # noqa: E402

from agentlib.server.app import create_app  # noqa: E402
from agentlib.server.errors import CODES  # noqa: E402
from agentlib.server.guard import WORK_PATHS  # noqa: E402
from agentlib.server.limits import ServerConfig  # noqa: E402

KNOWN = set(CODES.values()) | {"invalid_json", "invalid_fields", "invalid_input", "no_backend", "not_available"}
JSON_HEADER = {"content-type": "application/json"}


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    config = ServerConfig(state_dir=tmp_path_factory.mktemp("codes"), cache_url="none", deadline_s=5)
    with TestClient(create_app(None, config=config), base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        yield c


def _parses(raw: bytes) -> bool:
    """Random bytes can be JSON after all ("0", " 7 ", "true"): such a body is read and then refused as fields."""
    try:
        json.loads(raw)
    except (ValueError, RecursionError):
        return False
    return True


def nested(depth: int, kind: str) -> bytes:
    if kind == "list":
        return b"[" * depth + b"]" * depth
    return b'{"problem":' * depth + b"1" + b"}" * depth


unreadable = st.one_of(
    st.builds(nested, st.integers(20_000, 50_000), st.sampled_from(["list", "object"])),
    st.builds(lambda n, key: b'{"%s":%s}' % (key.encode(), b"7" * n), st.integers(4_301, 6_000),
              st.sampled_from(["problem", "deadline_s", "max_tokens"])),
    st.builds(lambda junk: b'{"problem":"' + junk + b'"}', st.sampled_from([b"\xff\xfe", b"\xc3", b"\x80abc"])),
    st.binary(min_size=1, max_size=40).filter(lambda raw: not _parses(raw)),
)
mistyped = st.fixed_dictionaries(
    {},
    optional={
        name: st.one_of(st.integers(), st.lists(st.integers(), max_size=2), st.just({}), st.just("\ud800 x"))
        for name in ("problem", "text", "trace", "question", "messages", "problems", "level")
    },
)


def assert_typed(answer) -> str:  # type: ignore[no-untyped-def]
    assert answer.status_code < 500 or answer.status_code == 503, answer.text[:300]
    error = answer.json()["error"]
    assert isinstance(error["code"], str) and error["code"] in KNOWN, error
    return error["code"]


@given(path=st.sampled_from(sorted(WORK_PATHS)), raw=unreadable)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_body_json_cannot_read_is_invalid_json(api, path, raw):
    answer = api.post(path, content=raw, headers=JSON_HEADER)
    assert answer.status_code == 400 and assert_typed(answer) == "invalid_json"


@given(path=st.sampled_from(sorted(WORK_PATHS - {"/v1/chat/completions"})), body=mistyped)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_fields_of_the_wrong_type_are_invalid_fields(api, path, body):
    answer = api.post(path, content=json.dumps(body), headers=JSON_HEADER)
    assert answer.status_code == 400 and assert_typed(answer) in ("invalid_fields", "invalid_input")


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [("GET", "/no-such-route", 404, "not_found"), ("DELETE", "/solve", 405, "method_not_allowed"),
     ("GET", "/runs/../../etc/passwd", 404, "not_found"), ("GET", "/runs/nothing-here", 404, "not_found"),
     ("POST", "/v1/chat/completions", 503, "no_backend")],
)
def test_routing_errors_name_their_code(api, method, path, status, code):
    body = {"messages": [{"role": "user", "content": "hi"}]} if method == "POST" else None
    answer = api.request(method, path, json=body)
    assert answer.status_code == status and assert_typed(answer) == code


def test_an_input_error_from_the_library_is_invalid_input(api):
    answer = api.post("/summarize", json={"text": "a\u0000b" * 50})
    assert answer.status_code == 400 and assert_typed(answer) == "invalid_input"


@pytest.mark.parametrize("sent_before_stalling", [b"", b'{"problem": "Ann is'])
def test_a_body_that_never_ends_is_408_within_the_body_timeout(tmp_path, sent_before_stalling):
    app = create_app(None, config=ServerConfig(state_dir=tmp_path, cache_url="none", body_timeout_s=0.3))
    sent: list[dict] = []
    first = [True]

    async def receive():  # the first chunk, then a client that keeps the connection and sends nothing more
        if first[0]:
            first[0] = False
            return {"type": "http.request", "body": sent_before_stalling, "more_body": True}
        await asyncio.sleep(3600)

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http", "method": "POST", "path": "/solve", "raw_path": b"/solve", "query_string": b"",
        "headers": [(b"host", b"127.0.0.1"), (b"content-type", b"application/json"),
                    (b"transfer-encoding", b"chunked")],
        "scheme": "http", "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 5000), "http_version": "1.1",
        "root_path": "", "state": {},
    }
    started = time.perf_counter()
    asyncio.run(asyncio.wait_for(app(scope, receive, send), timeout=10))
    assert time.perf_counter() - started < 5
    assert sent[0]["status"] == 408
    assert json.loads(sent[1]["body"])["error"]["code"] == "body_timeout"


def test_the_body_timeout_is_checked_like_any_deadline(tmp_path):
    from agentlib.errors import InputError

    for bad in (0, -1, float("nan"), float("inf"), "30"):
        with pytest.raises(InputError):
            ServerConfig(state_dir=tmp_path, body_timeout_s=bad)  # type: ignore[arg-type]

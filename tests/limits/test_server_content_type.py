"""Regression: a work endpoint's body sent as a form or as text (`curl -d` without a JSON header) answered a
400 saying the body was no object; now any media type but JSON is a typed 415 before any parsing or work."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("fastapi", reason="the server extra is not installed: pip install -e '.[dev]'")

from fastapi.testclient import TestClient  # noqa: E402

from agentlib.server.app import create_app  # noqa: E402
from agentlib.server.guard import WORK_PATHS, is_json_media_type  # noqa: E402
from agentlib.server.limits import ServerConfig  # noqa: E402

BODY = json.dumps({"problem": "Ann is a knight. Is Ann a knight?"})
NOT_JSON = st.sampled_from(
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml",
     "text/json", "application/jsonp", "", "json"]
)
JSON = st.sampled_from(["application/json", "Application/JSON", "application/json; charset=utf-8",
                        "application/merge-patch+json", " application/json ;charset=UTF-8"])


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    config = ServerConfig(state_dir=tmp_path_factory.mktemp("media"), cache_url="none", deadline_s=5)
    with TestClient(create_app(None, config=config), base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        yield c


@given(media=JSON)
def test_json_media_types_are_json(media):
    assert is_json_media_type(media)


@given(media=NOT_JSON)
def test_other_media_types_are_not_json(media):
    assert not is_json_media_type(media)


@given(path=st.sampled_from(sorted(WORK_PATHS)), media=NOT_JSON)
@settings(max_examples=40, deadline=None)
def test_a_body_not_declared_json_is_a_typed_415(api, path, media):
    headers = {"content-type": media} if media else {}
    answer = api.post(path, content=BODY, headers=headers)
    assert answer.status_code == 415
    assert answer.json()["error"]["code"] == "unsupported_media_type"
    assert "Traceback" not in answer.text


def test_a_json_body_with_a_charset_still_answers(api):
    answer = api.post("/solve", content=BODY, headers={"content-type": "application/json; charset=utf-8"})
    assert answer.status_code == 200 and answer.json()["status"] == "verified"

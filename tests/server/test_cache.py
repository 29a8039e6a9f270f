"""The result cache: SQLite (TTL, size cap, survives a restart), a real Redis server, and outages that degrade to
computing instead of failing a request."""

from __future__ import annotations

import time

import httpx
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st
from puzzles_gen import puzzle
from server_live import free_port

from agentlib.server import ServerConfig, create_app
from agentlib.server.cache import GuardedCache, RedisCache, SQLiteCache, cache_key, normalize_text, open_cache


def test_sqlite_ttl_and_size_cap(tmp_path):
    cache = SQLiteCache(tmp_path / "c.sqlite3", ttl_s=0.3, max_bytes=2000)
    cache.put("a", {"v": "x" * 100})
    assert cache.get("a") == {"v": "x" * 100}
    time.sleep(0.4)
    assert cache.get("a") is None and len(cache) == 0  # expired entries are misses and are deleted
    cache = SQLiteCache(tmp_path / "d.sqlite3", ttl_s=60, max_bytes=2000)
    for i in range(10):
        cache.put(f"k{i}", {"v": "y" * 300})
        if i == 2:
            assert cache.get("k0") is not None  # read: k0 becomes the most recently used
    kept = {f"k{i}" for i in range(10) if cache.get(f"k{i}") is not None}
    assert 3 <= len(kept) <= 6 and "k9" in kept and "k1" not in kept
    cache.put("huge", {"v": "z" * 5000})  # larger than the cap: not stored, nothing else dropped for it
    assert cache.get("huge") is None and "k9" in {k for k in kept if cache.get(k) is not None}


def test_sqlite_answers_survive_a_restart(tmp_path):
    path = tmp_path / "c.sqlite3"
    SQLiteCache(path, ttl_s=60, max_bytes=1 << 20).put("k", {"answer": 42})
    assert SQLiteCache(path, ttl_s=60, max_bytes=1 << 20).get("k") == {"answer": 42}


@given(st.text(alphabet=st.characters(blacklist_characters="\r"), max_size=60))
@settings(max_examples=200, deadline=None)
def test_normalization_is_idempotent_and_ignores_spacing(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    spaced = "  " + text.replace(" ", " \t ").replace("\n", " \r\n") + "\n\n"
    assert normalize_text(spaced) == once


def test_keys_depend_on_endpoint_options_and_model():
    base = cache_key("/solve", {"problem": "p", "votes": 3})
    assert base == cache_key("/solve", {"votes": 3, "problem": " p "})
    assert (
        len(
            {
                base,
                cache_key("/solve", {"problem": "p", "votes": 5}),
                cache_key("/solve-math", {"problem": "p"}),
                cache_key("/solve", {"problem": "p", "votes": 3}, model="sambay:x"),
            }
        )
        == 4
    )


def test_real_redis_server_stores_answers(redis_url, tmp_path):
    cache = RedisCache(redis_url, ttl_s=60)
    cache.put("k", {"answer": [1, 2]})
    assert cache.get("k") == {"answer": [1, 2]} and cache.ping()
    config = ServerConfig(state_dir=tmp_path, cache_url=redis_url)
    with TestClient(create_app(None, config=config), base_url="http://127.0.0.1") as api:
        first = api.post("/solve", json={"problem": puzzle(11)}).json()
        second = api.post("/solve", json={"problem": puzzle(11)}).json()
        assert (first["cached"], second["cached"]) == (False, True)
        assert api.get("/health").json()["cache"] == "redis"
    import redis

    client = redis.Redis.from_url(redis_url)
    ttl = client.ttl(next(iter(client.scan_iter("agentlib:result:*"))))
    assert 0 < ttl <= config.cache_ttl_s


def test_redis_outage_degrades_to_computing(tmp_path):
    dead = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    config = ServerConfig(state_dir=tmp_path, cache_url=dead)
    with TestClient(create_app(None, config=config), base_url="http://127.0.0.1") as api:
        answers = [api.post("/solve", json={"problem": puzzle(12)}) for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 200]
        assert all(a.json()["cached"] is False and a.json()["status"] == answers[0].json()["status"] for a in answers)
        health = api.get("/health").json()
        assert health["cache"] == "redis" and health["cache_ok"] is False
        assert api.get("/stats").json()["result_cache"]["outages"] >= 1


def test_broken_sqlite_file_degrades_to_computing(tmp_path):
    cache = open_cache(f"sqlite:///{tmp_path / 'c.sqlite3'}", state_dir=tmp_path, ttl_s=60, max_bytes=1 << 20)
    assert isinstance(cache, GuardedCache)
    cache.inner.close()  # as if the file went away under the server
    cache.put("k", {"v": 1})
    assert cache.get("k") is None and cache.outages == 1 and not cache.available
    assert cache.get("k") is None and cache.outages == 1  # no retry storm during the cooldown


def test_server_started_with_a_redis_cache_from_the_command_line(redis_url, tmp_path):
    from server_live import serve_process

    with serve_process(["--cache", redis_url, "--state-dir", str(tmp_path)]) as (url, _process):
        first = httpx.post(f"{url}/solve", json={"problem": puzzle(13)}, timeout=30).json()
        second = httpx.post(f"{url}/solve", json={"problem": puzzle(13)}, timeout=30).json()
    assert (first["cached"], second["cached"]) == (False, True)

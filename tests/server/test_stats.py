"""`/stats`, `/metrics` (Prometheus), `/model-info` and `/health`: the figures follow the requests made."""

from __future__ import annotations

import httpx
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from puzzles_gen import puzzle
from server_live import serve

from agentlib import ScriptedModel
from agentlib.server import create_app
from agentlib.server.stats import percentile


def test_percentile():
    assert percentile([], 50) is None
    assert percentile([3.0], 99) == 3.0
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.5 and abs(percentile(values, 95) - 95.05) < 1e-9


def test_stats_count_requests_tokens_and_cache(config):
    model = ScriptedModel(lambda messages, options: "four words right here")
    with TestClient(create_app(model, config=config), base_url="http://127.0.0.1") as api:
        for _ in range(3):
            api.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "hello there"}]})
        api.post("/v1/chat/completions", json={"messages": []})  # a 400
        api.post("/solve", json={"problem": puzzle(21)})
        api.post("/solve", json={"problem": puzzle(21)})
        stats = api.get("/stats").json()
    chat = stats["endpoints"]["/v1/chat/completions"]
    assert (chat["requests"], chat["errors"], chat["server_errors"]) == (4, 1, 0)
    prompt = model.count_tokens("hello there")
    assert chat["tokens_in"] == 3 * prompt and chat["tokens_out"] == 3 * model.count_tokens("four words right here")
    solve = stats["endpoints"]["/solve"]
    assert (solve["requests"], solve["cache_hits"], solve["cache_misses"]) == (2, 1, 1)
    assert solve["latency_ms"]["p50"] > 0 and solve["latency_ms"]["p99"] >= solve["latency_ms"]["p50"]
    assert stats["total"]["requests"] == 6 and stats["total"]["errors"] == 1


def test_metrics_exposition(config):
    with serve(create_app(None, config=config)) as url:
        httpx.post(f"{url}/solve", json={"problem": puzzle(22)})
        httpx.get(f"{url}/health")
        text = httpx.get(f"{url}/metrics").text
    families = {f.name: f for f in text_string_to_metric_families(text)}
    requests = {
        (s.labels["endpoint"], s.labels["status"]): s.value
        for s in families["agentlib_requests"].samples
        if s.name == "agentlib_requests_total"
    }
    assert requests[("/solve", "200")] == 1 and requests[("/health", "200")] == 1
    counts = [
        s
        for s in families["agentlib_request_seconds"].samples
        if s.name == "agentlib_request_seconds_count" and s.labels["endpoint"] == "/solve"
    ]
    assert counts[0].value == 1
    assert any(s.labels == {"endpoint": "/solve", "outcome": "miss"} for s in families["agentlib_result_cache"].samples)


def test_model_info_for_sambay(sambay_backend, config):
    from agentlib.engine.cache import InferenceState

    with TestClient(create_app(sambay_backend, config=config), base_url="http://127.0.0.1") as api:
        info = api.get("/model-info").json()
        health = api.get("/health").json()
    model = sambay_backend.model
    assert info["parameters"] == sum(p.numel() for p in model.parameters())
    assert (info["dtype"], info["device"], info["context_length"]) == ("float32", "cpu", 4096)
    assert info["state_bytes_64k"] == InferenceState.analytic_nbytes(
        model.config, 65536, next(model.parameters()).dtype
    )
    # only the shared KV grows with the context: 2 (K and V) x kv heads x head dim x 4 bytes
    assert info["state_bytes_per_token"] == 2 * model.config.num_key_value_heads * model.config.head_dim * 4
    assert info["memory"]["rss_bytes"] > 0 and info["conversations"]["saved_conversations"] == 0
    assert health == {**health, "status": "ok", "backend": sambay_backend.name, "cache": "sqlite", "cache_ok": True}


def test_model_info_without_a_model(config):
    with TestClient(create_app(None, config=config), base_url="http://127.0.0.1") as api:
        info = api.get("/model-info").json()
    assert info["backend"] is None and info["parameters"] is None and info["memory"]["peak_rss_bytes"] > 0

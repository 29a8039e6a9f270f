"""`agentlib bench serve`: what conversation state reuse buys over HTTP, and how fast `/solve` answers.

The service runs in this process (uvicorn in a thread, `agentlib.server.background`) on the engine's scaled
config (hidden 512, 8 layers, vocab 32K, random weights, fp32) with the 32000-id built tokenizer; requests go
over loopback HTTP with httpx, as any client's would.

Figures (medians of `--repeats`):
- `ttft_reuse_speedup_http_8k`: time to the first token of turn 2 of a conversation whose history (system
  prompt, an 8K-token user document, the model's reply) the server saved, adding a 256-token user turn, vs. the
  same request for a conversation the server has never seen (same lengths, other text: the whole history is
  prefilled, as a server without state reuse does every turn). Each is one `max_tokens=1` request; the
  reused request's `usage.prompt_tokens_details.cached_tokens` is reported too (goal >= 10).
- `solve_rps_c1` / `solve_rps_c8`: `/solve` requests per second with 1 and 8 clients at once, over fresh
  knights-and-knaves puzzles (new names per request, result cache off so every request computes).
`--quick` uses a 1K history, a 64-token turn and fewer requests (a smoke run, not the figures).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau".split()
NAMES = ["Ada", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kit", "Lu", "Max", "Ned", "Oz", "Pia"]


def _text_of(tokenizer: Any, n_tokens: int, salt: int) -> str:
    """Deterministic prose of exactly `n_tokens` tokens; another salt gives other words."""
    words = [WORDS[(i * 7 + salt) % len(WORDS)] + (str((i + salt) % 97) if i % 5 == 0 else "") for i in range(n_tokens)]
    return str(tokenizer.decode(tokenizer.encode(" ".join(words))[:n_tokens]))


def puzzle(seed: int, people: int = 5) -> str:
    """A fresh knights-and-knaves puzzle (names and statements drawn from `seed`)."""
    rng = random.Random(seed)
    names = rng.sample(NAMES, people)
    said = []
    for i, speaker in enumerate(names):
        other, third = names[(i + 1) % people], names[(i + 2) % people]
        claim = rng.choice(
            [
                f"{other} is a knave",
                f"{other} is a knight and {third} is a knave",
                f"{other} is a knave or {third} is a knight",
            ]
        )
        said.append(f'{speaker} said, "{claim}".')
    return (
        "A very special island is inhabited only by knights and knaves. Knights always tell the truth, and knaves "
        f"always lie. You meet {people} inhabitants: {', '.join(names[:-1])}, and {names[-1]}. "
        + " ".join(said)
        + " So who is a knight and who is a knave?"
    )


def _chat(client: httpx.Client, url: str, messages: list[dict[str, str]]) -> tuple[float, dict[str, Any]]:
    started = time.perf_counter()
    answer = client.post(f"{url}/v1/chat/completions", json={"messages": messages, "max_tokens": 1, "temperature": 0})
    elapsed = time.perf_counter() - started
    answer.raise_for_status()
    return elapsed, answer.json()


def _conversation(tokenizer: Any, history_tokens: int, salt: int) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": f"You answer questions about document {salt}."},
        {"role": "user", "content": _text_of(tokenizer, history_tokens, salt)},
    ]


def _ttft(url: str, tokenizer: Any, history_tokens: int, turn_tokens: int, repeats: int) -> dict[str, Any]:
    turn = {"role": "user", "content": _text_of(tokenizer, turn_tokens, salt=10_000)}
    reuse, full, cached, prompt = [], [], [], []
    with httpx.Client(timeout=600) as client:
        for r in range(repeats):
            history = _conversation(tokenizer, history_tokens, salt=2 * r)
            _elapsed, first = _chat(client, url, history)  # turn 1, not timed: the server saves the state
            history.append({"role": "assistant", "content": first["choices"][0]["message"]["content"]})
            seconds, second = _chat(client, url, history + [turn])
            reuse.append(seconds)
            cached.append(second["usage"]["prompt_tokens_details"]["cached_tokens"])
            prompt.append(second["usage"]["prompt_tokens"])
            unseen = _conversation(tokenizer, history_tokens, salt=2 * r + 1)
            unseen.append({"role": "assistant", "content": first["choices"][0]["message"]["content"]})
            seconds, fresh = _chat(client, url, unseen + [turn])
            full.append(seconds)
            assert fresh["usage"]["prompt_tokens_details"]["cached_tokens"] < 64  # at most the chat template's start
    return {
        "reuse_s": statistics.median(reuse),
        "full_s": statistics.median(full),
        "cached_tokens": int(statistics.median(cached)),
        "prompt_tokens": int(statistics.median(prompt)),
    }


def _solve_rps(url: str, clients: int, requests: int, seed: int) -> dict[str, float]:
    problems = [puzzle(seed + i, 4 + i % 4) for i in range(requests)]
    latencies: list[float] = []

    def one(problem: str) -> None:
        with httpx.Client(timeout=120) as client:
            started = time.perf_counter()
            client.post(f"{url}/solve", json={"problem": problem}).raise_for_status()
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(one, problems))
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    return {
        "rps": requests / elapsed,
        "p50_ms": 1000 * ordered[len(ordered) // 2],
        "p95_ms": 1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    import torch

    from agentlib.backends.sambay import SambaYBackend
    from agentlib.engine.config import scaled_config
    from agentlib.engine.model import SambaY
    from agentlib.engine.tokenizer import Tokenizer
    from agentlib.engine.tokenizer_build import build_small
    from agentlib.server import ServerConfig, create_app
    from agentlib.server.background import running

    repeats = max(1, int(args.repeats))
    history_tokens, turn_tokens, solve_requests = (1024, 64, 16) if args.quick else (8192, 256, 64)
    config = scaled_config()
    model = SambaY(config, dtype=torch.float32, device=getattr(args, "device", "cpu"), seed=0)
    prebuilt = os.environ.get("AGENTLIB_BENCH_TOKENIZER")
    with tempfile.TemporaryDirectory() as folder:
        tokenizer = Tokenizer.from_dir(prebuilt or build_small(folder, vocab_size=config.vocab_size))
        backend = SambaYBackend(model, tokenizer, name="sambay:scaled-random")
        settings = ServerConfig(
            state_dir=__import__("pathlib").Path(folder) / "state", cache_url="none", max_concurrency=8
        )
        with running(create_app(backend, config=settings)) as url:
            with httpx.Client() as client:  # warm up: first request builds what is built once
                _chat(client, url, _conversation(tokenizer, 64, salt=99))
            ttft = _ttft(url, tokenizer, history_tokens, turn_tokens, repeats)
            _solve_rps(url, 1, 4, seed=900_000)  # warm up the solver and its sandbox
            solve_1 = _solve_rps(url, 1, solve_requests, seed=1)
            solve_8 = _solve_rps(url, 8, solve_requests, seed=100_000)
    return {
        "bench": "serve",
        "sizes": "quick" if args.quick else "full",
        "transport": "HTTP over 127.0.0.1 (uvicorn in-process, httpx client)",
        "history_tokens": history_tokens,
        "turn_tokens": turn_tokens,
        "ttft_reuse_ms_http": round(1000 * ttft["reuse_s"], 2),
        "ttft_full_prefill_ms_http": round(1000 * ttft["full_s"], 2),
        "ttft_reuse_speedup_http_8k" if not args.quick else "ttft_reuse_speedup_http_1k": round(
            ttft["full_s"] / ttft["reuse_s"], 2
        ),
        "turn2_prompt_tokens": ttft["prompt_tokens"],
        "turn2_cached_tokens": ttft["cached_tokens"],
        "solve_requests": solve_requests,
        "solve_rps_c1": round(solve_1["rps"], 2),
        "solve_rps_c8": round(solve_8["rps"], 2),
        "solve_latency_ms_c1": {"p50": round(solve_1["p50_ms"], 1), "p95": round(solve_1["p95_ms"], 1)},
        "solve_latency_ms_c8": {"p50": round(solve_8["p50_ms"], 1), "p95": round(solve_8["p95_ms"], 1)},
        "repeats": repeats,
        "threads": torch.get_num_threads(),
    }

"""Killing the server (SIGKILL) in the middle of a 100-problem batch, then re-sending the batch to a new server:
every answer finished before the kill comes from the cache, the rest are computed, none is lost or duplicated."""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time

import httpx
import pytest
from puzzles_gen import puzzle
from server_live import serve_process

import agentlib


def rows(path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return int(db.execute("SELECT COUNT(*) FROM results").fetchone()[0])
    except sqlite3.OperationalError:  # the table is not created yet
        return 0


def test_batch_resumes_from_the_cache_after_a_kill(tmp_path):
    cache_file = tmp_path / "results.sqlite3"
    args = ["--cache", f"sqlite:///{cache_file}", "--state-dir", str(tmp_path)]
    for attempt in range(3):  # a batch that outruns the kill on a fast machine is tried again with new problems
        problems = [puzzle(1000 * attempt + seed, 3 + seed % 6) for seed in range(100)]
        with serve_process(args) as (url, process):
            sender = threading.Thread(target=_post_quietly, args=(url, problems), daemon=True)
            sender.start()
            while rows(cache_file) < 10 and process.poll() is None:
                time.sleep(0.002)
            os.kill(process.pid, signal.SIGSTOP)  # freeze first, then count what is committed
            finished = rows(cache_file)
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            sender.join(timeout=30)
        if finished < 100:
            break
        cache_file.unlink()
    else:
        pytest.fail("the batch always finished before the server could be killed")
    assert 10 <= finished < 100

    with serve_process(args) as (url, _process):
        answer = httpx.post(f"{url}/batch-solve", json={"problems": problems}, timeout=300).json()
    answers = answer["answers"]
    assert [a["index"] for a in answers] == list(range(100))  # in order, none lost, none twice
    assert [a["cached"] for a in answers] == [True] * finished + [False] * (100 - finished)
    assert (answer["cached"], answer["computed"]) == (finished, 100 - finished)
    assert rows(cache_file) == 100  # each answer stored once
    for index in (0, finished - 1, finished, 99):  # cached and computed answers are the library's answers
        direct = agentlib.solve(problems[index])
        assert answers[index]["status"] == direct.status and answers[index]["answer"] == direct.to_dict()["answer"]


def _post_quietly(url: str, problems: list[str]) -> None:
    try:
        httpx.post(f"{url}/batch-solve", json={"problems": problems}, timeout=60)
    except httpx.HTTPError:
        pass  # the server is killed under this request

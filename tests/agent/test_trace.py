"""Crash-safe traces: torn lines are dropped, runs resume with 0 records lost and 0 duplicated."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from agent_test_helpers import add, by_turn, call

from agentlib.agent import Agent, ScriptedModel
from agentlib.agent.tracefile import TraceWriter, read_trace
from agentlib.backends.replay import ReplayModel
from agentlib.errors import CheckpointError, InputError

HERE = Path(__file__).parent
REPLIES = [call("add", '{"a": 1, "b": 2}'), call("add", '{"a": 3, "b": 4}'), '<answer cite="o7">7</answer>']


def comparable(records):
    """Records without wall-clock fields, to compare runs."""
    out = []
    for record in records:
        step = dict(record.get("step", {}))
        step.pop("started_at", None)
        step.pop("ended_at", None)
        out.append({**record, "step": step} if "step" in record else record)
    return out


def test_writer_is_ascii_and_sequenced(tmp_path):
    path = tmp_path / "t.jsonl"
    with TraceWriter(path) as writer:
        writer.append({"text": "caf\u00e9 \u2713"})
        writer.append({"text": "two"})
    raw = path.read_bytes()
    assert raw.isascii() and raw.count(b"\n") == 2
    assert [r["seq"] for r in read_trace(path)] == [0, 1]
    assert read_trace(path)[0]["text"] == "caf\u00e9 \u2713"


@pytest.mark.parametrize("tail", [b'{"seq":2,"te', b'{"seq":2}', b"\xff\xfe"])
def test_torn_last_line_is_dropped_and_writing_continues(tmp_path, tail):
    path = tmp_path / "t.jsonl"
    path.write_bytes(b'{"seq":0}\n{"seq":1}\n' + tail)
    assert [r["seq"] for r in read_trace(path)] == [0, 1]
    with TraceWriter(path) as writer:
        assert writer.append({"x": 1}) == 2
    assert path.read_bytes() == b'{"seq":0}\n{"seq":1}\n{"seq":2,"x":1}\n'


def test_corrupt_middle_line_and_gaps_are_errors(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_bytes(b'{"seq":0}\nnot json\n{"seq":2}\n')
    with pytest.raises(CheckpointError, match="line 2 is corrupt"):
        read_trace(path)
    path.write_bytes(b'{"seq":0}\n{"seq":2}\n')
    with pytest.raises(CheckpointError, match="has seq 2, expected 1"):
        read_trace(path)
    with pytest.raises(InputError, match="does not exist"):
        read_trace(tmp_path / "missing.jsonl")


def test_resume_after_a_cut_replays_without_calling_again(tmp_path):
    full = tmp_path / "full.jsonl"
    Agent(ScriptedModel(by_turn(REPLIES)), [add], skills=False, trace_path=full).run("1+2 then 3+4")
    lines = full.read_bytes().splitlines(keepends=True)
    for cut in range(1, len(lines)):
        partial = tmp_path / f"cut{cut}.jsonl"
        partial.write_bytes(b"".join(lines[:cut]) + lines[cut][:7])  # torn line at the end
        model = ScriptedModel(by_turn(REPLIES))
        result = Agent.resume(partial, model, [add], skills=False)
        assert comparable(read_trace(partial)) == comparable(read_trace(full)), cut
        replayed = sum(1 for r in read_trace(partial)[:cut] if r.get("step", {}).get("kind") == "model_reply")
        live = sum(1 for r in read_trace(full) if r.get("step", {}).get("kind") == "model_reply")
        assert len(model.calls) == live - replayed
        assert result.answer.status == "verified"


def test_resume_of_a_finished_run_returns_its_answer(tmp_path):
    path = tmp_path / "t.jsonl"
    first = Agent(ScriptedModel(by_turn(REPLIES)), [add], skills=False, trace_path=path).run("x")
    again = Agent.resume(path, ScriptedModel([]), [add], skills=False)
    assert again.answer == first.answer and len(read_trace(path)) == len(first.steps) + 1


def test_resume_detects_divergence(tmp_path):
    path = tmp_path / "t.jsonl"
    Agent(ScriptedModel(by_turn(REPLIES)), [add], skills=False, trace_path=path).run("x")
    lines = path.read_text().splitlines(keepends=True)
    cut = tmp_path / "cut.jsonl"
    cut.write_text("".join(lines[:4]))
    with pytest.raises(CheckpointError, match="diverges from its trace at step 0"):
        Agent.resume(cut, ScriptedModel(by_turn(REPLIES)), [add], skills=False, plan=False)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"seq":0,"kind":"other"}\n')
    with pytest.raises(CheckpointError, match="not an agent trace"):
        Agent.resume(bad, ScriptedModel([]), [add])


def test_trace_replays_deterministically_with_the_replay_backend(tmp_path):
    path = tmp_path / "t.jsonl"
    first = Agent(ScriptedModel(by_turn(REPLIES)), [add], skills=False, trace_path=path).run("1+2 then 3+4")
    second_path = tmp_path / "again.jsonl"
    second = Agent(ReplayModel(path, strict=True), [add], skills=False, trace_path=second_path).run("1+2 then 3+4")
    assert comparable(read_trace(second_path))[1:] == comparable(read_trace(path))[1:]
    assert second.answer.text == first.answer.text
    with pytest.raises(CheckpointError, match="diverged"):
        Agent(ReplayModel(path, strict=True), [add], skills=False).run("a different task")


@pytest.mark.slow
def test_kill_9_mid_run_then_resume_loses_and_duplicates_nothing(tmp_path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
    runner = [sys.executable, str(HERE / "crash_runner.py")]
    reference = tmp_path / "reference.jsonl"
    subprocess.run(runner + [str(reference)], env=env, check=True, timeout=60, capture_output=True)

    trace = tmp_path / "killed.jsonl"
    rng = random.Random(1234)
    kills = 0
    for _ in range(5):
        process = subprocess.Popen(runner + [str(trace)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        before = len(read_trace(trace)) if trace.exists() else 0
        deadline = time.monotonic() + 30
        # Kill at a random point after the run has made progress (so every kill interrupts live work).
        wait_for = before + rng.randint(1, 3)
        while time.monotonic() < deadline and process.poll() is None:
            if trace.exists() and len(read_trace(trace)) >= wait_for:
                time.sleep(rng.uniform(0, 0.1))
                break
            time.sleep(0.01)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            kills += 1
        process.wait(timeout=30)
    final = subprocess.run(runner + [str(trace)], env=env, timeout=60, capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    assert kills >= 3
    got, want = read_trace(trace), read_trace(reference)
    assert [r["seq"] for r in got] == list(range(len(want)))
    assert comparable(got) == comparable(want)
    assert got[-1]["step"]["kind"] == "answer"
    assert json.loads(trace.read_text().splitlines()[-1])["step"]["status"] == "verified"

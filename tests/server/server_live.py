"""Helpers for the server tests: a real uvicorn server in a thread or a subprocess, on a free loopback port,
a tiny random SambaY folder, and a slow scripted backend whose generation can be watched being cancelled."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Iterator, Sequence

import httpx

from agentlib.llm import Completion, GenerateOptions, Message, ScriptedModel

ROOT = Path(__file__).resolve().parents[2]
SMALL_TOKENIZER = ROOT / "tests" / "engine" / "data" / "small_tokenizer"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(app):  # type: ignore[no-untyped-def]
    """Run `app` with uvicorn in a thread on a free port; a context manager yielding the base URL."""
    from agentlib.server.background import running

    return running(app)


@contextlib.contextmanager
def serve_process(args: Sequence[str], env: dict[str, str] | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """`python -m agentlib.cli serve ARGS --port P` as a user runs it; yields (base URL, process)."""
    port = free_port()
    command = [sys.executable, "-m", "agentlib.cli", "serve", "--port", str(port), "--log-level", "warning", *args]
    process = subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, process)
        yield url, process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdout is not None:
            process.stdout.close()


def wait_until_up(url: str, process: subprocess.Popen, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read().decode(errors="replace") if process.stdout else ""
            raise RuntimeError(f"the server exited with {process.returncode}: {output[-2000:]}")
        try:
            if httpx.get(f"{url}/health", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("the server did not answer /health in time")


def tiny_sambay(folder: Path, seed: int = 0) -> Path:
    """A random tiny SambaY checkpoint with the small test tokenizer (vocab 512, context 4096)."""
    from agentlib.engine.testing import save_random_checkpoint

    out = save_random_checkpoint(folder, seed=seed)
    shutil.copytree(SMALL_TOKENIZER, out, dirs_exist_ok=True)
    return out


class SlowModel(ScriptedModel):
    """Streams `pieces` pieces of text, one every `delay_s`, until cancelled; records how far it got."""

    def __init__(self, pieces: int = 200, delay_s: float = 0.02):
        super().__init__(lambda messages, options: "x" * pieces, name="slow")
        self.pieces = pieces
        self.delay_s = delay_s
        self.produced = 0
        self.finished = threading.Event()

    def _run(self, options: GenerateOptions) -> Iterator[str]:
        self.produced = 0
        self.finished.clear()
        try:
            for _ in range(self.pieces):
                if options.cancel is not None and options.cancel.is_set():
                    return
                time.sleep(self.delay_s)
                self.produced += 1
                yield "x"
        finally:
            self.finished.set()

    def generate(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Completion:
        options = options or GenerateOptions()
        text = "".join(self._run(options))
        finish = "cancelled" if len(text) < self.pieces else "stop"
        return Completion(text, finish, 1, len(text))  # type: ignore[arg-type]

    def stream(self, messages: Sequence[Message], options: GenerateOptions | None = None) -> Iterator[str]:
        return self._run(options or GenerateOptions())

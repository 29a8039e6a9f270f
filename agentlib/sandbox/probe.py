"""Probe functions for checking the sandbox's bounds from outside (tests, health checks).

Each one misbehaves on purpose in one way (sleeps, spins, allocates, dies) so that a caller can
see the parent enforce its deadline, the worker's memory limit and its crash recovery. They are on
the sandbox's allow-list (`agentlib.sandbox.probe`) and run only inside the worker.
"""

from __future__ import annotations

import os
import signal
import time
from typing import Any


def echo(value: Any) -> Any:
    """Return `value` unchanged (a round trip through JSON)."""
    return value


def worker_pid() -> int:
    """The worker's process id (to see whether it was replaced)."""
    return os.getpid()


def chatter(text: str) -> str:
    """Print `text` to stdout from Python and from the C level, then return it (stdout must not
    reach the reply pipe)."""
    print(text, flush=True)
    os.write(1, text.encode() + b"\n")
    return text


def sleep(seconds: float) -> float:
    """Sleep `seconds` of wall time (a call that only the wall-clock deadline stops)."""
    time.sleep(seconds)
    return seconds


def spin(seconds: float) -> int:
    """Busy-loop for `seconds` of wall time (a runaway computation that holds the CPU)."""
    end = time.monotonic() + seconds
    count = 0
    while time.monotonic() < end:
        count += 1
    return count


def allocate(megabytes: int) -> int:
    """Allocate and touch `megabytes` MiB (a memory bomb, stopped by the worker's address-space limit)."""
    block = bytearray(megabytes * 1024 * 1024)
    block[::4096] = b"\x01" * len(block[::4096])
    return len(block)


def die() -> None:
    """Kill the worker with SIGKILL (a hard crash mid-call)."""
    os.kill(os.getpid(), signal.SIGKILL)

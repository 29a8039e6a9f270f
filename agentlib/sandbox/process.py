"""Bounded tool execution: SymPy and Z3 work runs in a pre-started worker process.

Threads and SIGALRM cannot stop Z3 or SymPy in the middle of a C call, so tool work runs in a
separate process with resource limits (address space, CPU seconds) set inside it, and the parent
enforces a wall-clock deadline: past it the worker is killed with SIGKILL and a fresh one is
started at once, so the next call does not pay the start-up cost.

The worker announces itself with one ready line after its imports, and a call's deadline starts
only once a ready worker takes it (so a call right after a restart waits for the start-up first).

Calls name a function by `"module:attribute"` from an allow-list of agentlib modules (a function
defined in that module, never a re-exported import such as `os`); arguments and
results cross the pipe as JSON text (never pickle). A function may return JSON-compatible data or a
pydantic model. Errors come back typed:

- `ToolTimeout` (a `ToolFailure`): the deadline passed; the worker was replaced.
- `ToolCrashed` (a `ToolFailure`): the worker died (memory limit, CPU limit, a crash); replaced.
- `ToolInputError` (an `InputError`): the tool refused its input (e.g. an unsafe expression); the
  message is meant for the model.
"""

from __future__ import annotations

import atexit
import importlib
import inspect
import json
import os
import select
import subprocess
import sys
import threading
import time
from typing import IO, Any, cast

from agentlib.errors import InputError, ToolFailure
from agentlib.limits import SANDBOX_MEMORY_MB

STARTUP_TIMEOUT_S = 120.0
READY_LINE = b'{"ready": true}'
ALLOWED_MODULE_PREFIXES = ("agentlib.tools.", "agentlib.checking.", "agentlib.puzzles.", "agentlib.sandbox.probe",
                           "agentlib.mathsolve.")
WORKER_ENV = "AGENTLIB_SANDBOX_WORKER"  # set inside the worker: bounded work there runs in place


class ToolTimeout(ToolFailure):
    """The call ran past its deadline; the worker was killed and replaced."""


class ToolCrashed(ToolFailure):
    """The worker died during the call (resource limit or crash); it was replaced."""


class ToolInputError(InputError):
    """The tool rejected its arguments; the message says why (fit to show a model)."""

    def __init__(self, message: str, kind: str = "InputError"):
        super().__init__(message)
        self.kind = kind


def _resolve(target: str) -> Any:
    module_name, _, attribute = target.partition(":")
    if not attribute or not module_name.startswith(ALLOWED_MODULE_PREFIXES) or attribute.startswith("_"):
        raise PermissionError(f"{target!r} is not an allowed sandbox function")
    function = getattr(importlib.import_module(module_name), attribute, None)
    # only functions defined in that module: never a re-exported import such as `os` or `system`
    if not inspect.isfunction(function) or function.__module__ != module_name:
        raise PermissionError(f"{target!r} is not an allowed sandbox function")
    return function


def _jsonable(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


class Sandbox:
    """A pre-started worker process with resource limits and per-call deadlines.

    Args:
        memory_mb: address-space limit of the worker (RLIMIT_AS).
        cpu_seconds: CPU-time limit of one worker's life (RLIMIT_CPU); past it the worker dies and
            is replaced. The wall-clock deadline of each call is the main bound.
        preload: modules imported when the worker starts (sympy, z3), so calls start warm.
    """

    def __init__(self, *, memory_mb: int = SANDBOX_MEMORY_MB, cpu_seconds: int = 3600,
                 preload: tuple[str, ...] = ("sympy", "z3", "agentlib.tools.constraints")):
        self.memory_mb = memory_mb
        self.cpu_seconds = cpu_seconds
        self.preload = preload
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._buffer = b""
        self.restarts = 0
        self._start()

    def _start(self) -> None:
        # a fresh interpreter (`python -m`), not multiprocessing: no re-import of the user's __main__
        command = [sys.executable, "-m", "agentlib.sandbox.worker", str(self.memory_mb), str(self.cpu_seconds),
                   ",".join(self.preload)]
        self._process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, close_fds=True)
        self._buffer = b""
        self._ready = False

    def _await_ready(self) -> None:
        """Wait for the worker's start-up line, so a call's deadline never counts the imports."""
        if self._ready:
            return
        line = self._read_line(time.monotonic() + STARTUP_TIMEOUT_S)
        if line is None or line.strip() != READY_LINE:
            self._replace()
            raise ToolCrashed(f"the sandbox worker did not start within {STARTUP_TIMEOUT_S:g} s")
        self._ready = True

    def _replace(self) -> None:
        process = self._process
        if process is not None:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=5)
            for stream in self._pipes():
                try:
                    stream.close()
                except OSError:
                    pass
        self.restarts += 1
        self._start()

    def _pipes(self) -> tuple[IO[bytes], IO[bytes]]:
        """The worker's stdin and stdout (both always pipes: `_start` opens them)."""
        process = cast("subprocess.Popen[bytes]", self._process)
        return cast(IO[bytes], process.stdin), cast(IO[bytes], process.stdout)

    def _read_line(self, deadline: float) -> bytes | None:
        """One reply line, or None when the deadline passes first."""
        stdout = self._pipes()[1]
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([stdout], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(stdout.fileno(), 1 << 16)
            if not chunk:
                raise EOFError
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line

    def call(self, function: str, kwargs: dict[str, Any] | None = None, *, deadline_s: float = 10.0) -> Any:
        """Run `function` ("module:attribute") with JSON-compatible `kwargs` in the worker."""
        try:
            request = json.dumps({"function": function, "kwargs": kwargs or {}}, ensure_ascii=True)
        except (TypeError, ValueError) as error:
            raise ToolInputError(f"arguments are not JSON-compatible: {error}") from None
        with self._lock:
            if self._process is None:
                raise ToolFailure("the sandbox is closed")
            if self._process.poll() is not None:
                self._replace()
            try:
                self._await_ready()
                started = time.monotonic()
                stdin = self._pipes()[0]
                stdin.write(request.encode("ascii") + b"\n")
                stdin.flush()
                line = self._read_line(started + deadline_s)
            except (BrokenPipeError, EOFError, OSError):
                self._replace()
                raise ToolCrashed(f"{function} crashed the worker; it was restarted") from None
            except BaseException:
                # interrupted between the request and its reply (KeyboardInterrupt, a signal handler's
                # exception): the reply would stay in the pipe and answer the next caller's request
                self._replace()
                raise
            if line is None:
                self._replace()
                raise ToolTimeout(f"{function} ran past its {deadline_s:g} s deadline and was stopped")
            try:
                reply = json.loads(line)
            except ValueError:
                self._replace()
                raise ToolCrashed(f"{function}: the worker sent a garbled reply; it was restarted") from None
        if "ok" in reply:
            return reply["ok"]
        if "crash" in reply:
            with self._lock:
                self._replace()
            raise ToolCrashed(f"{function}: {reply['crash']}; the worker was restarted")
        failure = reply["error"]
        if failure["type"] == "ToolError":
            raise ToolFailure(f"{function} failed: {failure['message']}")
        raise ToolInputError(failure["message"], failure["type"])

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def close(self) -> None:
        with self._lock:
            if self._process is None:
                return
            try:
                self._pipes()[0].close()  # the worker exits at end of input
                self._process.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                self._process.kill()
                self._process.wait(timeout=5)
            self._pipes()[1].close()
            self._process = None

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_default: Sandbox | None = None
_default_lock = threading.Lock()


def in_worker() -> bool:
    """True inside a sandbox worker, where bounded work runs in place (the worker is the bound)."""
    return os.environ.get(WORKER_ENV) == "1"


def default_sandbox() -> Sandbox:
    """The library's shared sandbox, started on first use and closed at exit."""
    global _default
    with _default_lock:
        if _default is None or _default._process is None:
            _default = Sandbox()
            atexit.register(_default.close)
        return _default

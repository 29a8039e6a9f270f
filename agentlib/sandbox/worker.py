"""The sandbox worker: `python -m agentlib.sandbox.worker MEMORY_MB CPU_SECONDS PRELOAD`.

Reads one JSON request per line on stdin ({"function": "module:attribute", "kwargs": {...}}), runs
the allow-listed function under the resource limits set at start, and writes one JSON reply per line
on stdout: {"ok": result} | {"error": {"type", "message"}} | {"crash": reason}. See sandbox.py.
"""

from __future__ import annotations

import importlib
import json
import os
import sys

from agentlib.errors import InputError
from agentlib.sandbox.process import READY_LINE, WORKER_ENV, _jsonable, _resolve


def main(memory_mb: int, cpu_seconds: int, preload: tuple[str, ...]) -> None:
    import resource
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop
    # replies get their own copy of fd 1; fd 1 itself now goes to stderr, so a tool or a C library
    # that prints cannot garble the reply stream
    output = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    os.environ[WORKER_ENV] = "1"  # nested bounded calls run in place, never a worker of the worker
    for module in preload:
        try:
            importlib.import_module(module)
        except ImportError:
            pass
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    if cpu_seconds > 0:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))
    output.write(READY_LINE + b"\n")  # the parent starts a call's deadline only after this line
    output.flush()
    for request in sys.stdin.buffer:
        output.write(handle(request) + b"\n")
        output.flush()


def handle(request: bytes) -> bytes:
    try:
        message = json.loads(request)
        function = _resolve(message["function"])
        result = {"ok": _jsonable(function(**message["kwargs"]))}
    except MemoryError:
        result = {"crash": "the tool ran out of memory"}
    except RecursionError:
        result = {"error": {"type": "InputError", "message": "the input is nested too deeply"}}
    except InputError as error:
        result = {"error": {"type": type(error).__name__, "message": str(error)}}
    except Exception as error:  # a tool bug or a refused function name: typed, and the worker lives on
        result = {"error": {"type": "ToolError", "message": f"{type(error).__name__}: {str(error)[:300]}"}}
    try:
        return json.dumps(result, ensure_ascii=True, default=str).encode("ascii")
    except (TypeError, ValueError) as error:
        return json.dumps({"error": {"type": "ToolError", "message": f"result is not JSON: {error}"}}).encode("ascii")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), tuple(m for m in sys.argv[3].split(",") if m))

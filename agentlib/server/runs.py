"""Stored runs for the run viewer (`GET /runs/{id}`): check-trace runs the service made, and agent traces put there.

A run is one file `RUNS_DIR/ID.jsonl` in the crash-safe trace format (`agentlib.agent.tracefile`): an agent's
trace (write one with `Agent(..., trace_path=RUNS_DIR / "my-run.jsonl")`), or a check-trace run that
`POST /check-trace` saves (one record: kind "check_trace", the problem, the report, the elapsed seconds).
Ids are 1-64 characters of letters, digits, `-` and `_`, so an id can never name a path outside the folder.
Past `max_runs` files, the oldest saved ones are deleted.

Left out: listing and searching runs.
"""

from __future__ import annotations

import re
import secrets
import threading
from pathlib import Path
from typing import Any

from agentlib.agent.tracefile import TraceWriter
from agentlib.errors import InputError

RUN_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class RunStore:
    """Run files in one folder (see the module docstring)."""

    def __init__(self, folder: str | Path, *, max_runs: int = 1000):
        self.folder = Path(folder)
        self.max_runs = max_runs
        self._lock = threading.Lock()

    def path_of(self, run_id: str) -> Path:
        """The file of `run_id`; InputError for an id outside the allowed alphabet."""
        if not RUN_ID.match(run_id):
            raise InputError("a run id is 1-64 letters, digits, '-' or '_'")
        return self.folder / f"{run_id}.jsonl"

    def save_check_trace(self, problem: str, report: dict[str, Any], elapsed_s: float) -> str:
        """Store a check-trace run; returns its id."""
        run_id = "ct-" + secrets.token_hex(8)
        self.folder.mkdir(parents=True, exist_ok=True)
        with TraceWriter(self.path_of(run_id)) as writer:
            writer.append(
                {"kind": "check_trace", "problem": problem, "report": report, "elapsed_s": round(elapsed_s, 6)}
            )
        self._trim()
        return run_id

    def _trim(self) -> None:
        with self._lock:
            saved = sorted(self.folder.glob("ct-*.jsonl"), key=lambda p: p.stat().st_mtime)
            for old in saved[: max(0, len(saved) - self.max_runs)]:
                old.unlink(missing_ok=True)

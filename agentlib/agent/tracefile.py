"""Crash-safe JSONL traces: one record per line, each with a sequence number.

Each record is written as one ASCII line (`ensure_ascii=True`), flushed at once and fsynced when the
caller marks a step boundary, so a `kill -9` loses at most the line being written. Reading drops a
truncated last line (a crash mid-write) and checks that sequence numbers run 0, 1, 2, ... with no gap
or repeat; `TraceWriter` cuts such a tail off the file before appending, so a resumed run continues
the sequence exactly.
Left out: what records mean (`agentlib.agent.loop` writes a `run` header then one record per step).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from agentlib.errors import CheckpointError, InputError


def _parse_lines(data: bytes, path: Path) -> tuple[list[dict[str, Any]], int]:
    """Records and the byte length of the well-formed prefix."""
    records: list[dict[str, Any]] = []
    good_end = 0
    position = 0
    lines = data.split(b"\n")
    for number, line in enumerate(lines):
        is_last = number == len(lines) - 1
        end = position + len(line) + (0 if is_last else 1)
        if is_last and not line:
            break
        try:
            record = json.loads(line.decode("ascii"))
            if not isinstance(record, dict) or not isinstance(record.get("seq"), int):
                raise ValueError("record without an integer seq")
        except (ValueError, UnicodeDecodeError, RecursionError) as error:
            if isinstance(error, RecursionError):
                error = ValueError("JSON nested too deeply")
            if is_last:  # no newline yet: a write cut short by a crash
                break
            raise CheckpointError(
                f"{path}: line {number + 1} is corrupt ({error}); the trace cannot be resumed"
            ) from None
        if is_last:  # a complete JSON object but no newline: still a cut-short write
            break
        if record["seq"] != len(records):
            raise CheckpointError(f"{path}: line {number + 1} has seq {record['seq']}, expected {len(records)}")
        records.append(record)
        good_end = end
        position = end
    return records, good_end


def read_trace(path: str | Path) -> list[dict[str, Any]]:
    """All complete records of a trace file, in order.

    Raises:
        InputError: the file does not exist. CheckpointError: a corrupt line before the last.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"trace file {path} does not exist")
    records, _ = _parse_lines(path.read_bytes(), path)
    return records


def check_trace_path(path: str | Path) -> Path:
    """`path` as a Path whose folder exists (a trace never creates folders: a typo would hide the trace).

    Raises:
        InputError: the folder does not exist, or `path` is a folder.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise InputError(f"the folder of trace file {path} does not exist; create it first")
    if path.is_dir():
        raise InputError(f"trace path {path} is a folder; name a file")
    return path


class TraceWriter:
    """Appends records to a trace file, continuing an existing one after dropping a torn last line.

    Raises:
        InputError: the trace's folder does not exist (see `check_trace_path`).
    """

    def __init__(self, path: str | Path):
        self.path = check_trace_path(path)
        existing = self.path.read_bytes() if self.path.exists() else b""
        self.records, good_end = _parse_lines(existing, self.path)
        if good_end != len(existing):
            with open(self.path, "r+b") as handle:
                handle.truncate(good_end)
                handle.flush()
                os.fsync(handle.fileno())
        self._handle = open(self.path, "ab")

    @property
    def next_seq(self) -> int:
        return len(self.records)

    def append(self, record: dict[str, Any], *, sync: bool = True) -> int:
        """Write one record (its `seq` is assigned here); fsync when `sync` (a step boundary)."""
        full = {"seq": self.next_seq, **{k: v for k, v in record.items() if k != "seq"}}
        line = json.dumps(full, ensure_ascii=True, separators=(",", ":")) + "\n"
        self._handle.write(line.encode("ascii"))
        self._handle.flush()
        if sync:
            os.fsync(self._handle.fileno())
        self.records.append(full)
        return full["seq"]

    def close(self) -> None:
        if not self._handle.closed:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()

    def __enter__(self) -> TraceWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

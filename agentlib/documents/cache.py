"""Chunk summaries cached on disk by content hash, so an interrupted run resumes where it stopped.

The key is SHA-256 of (prompt version, model name, the exact prompt text): a changed chunk, model
or prompt never reuses a stale entry. Each entry is one small JSON file written atomically
(temp file + rename), so a crash mid-write leaves no half entry.
Left out: eviction (delete the folder to clear it).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from agentlib.errors import InputError


def default_cache_dir() -> Path:
    """`$AGENTLIB_CACHE/summaries`, else `$XDG_CACHE_HOME/agentlib/summaries`, else `~/.cache/...`."""
    root = os.environ.get("AGENTLIB_CACHE")
    if root:
        return Path(root) / "summaries"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "agentlib" / "summaries"


class SummaryCache:
    """Text values on disk under `folder`, keyed by the hash of their inputs."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(f"cannot create cache folder {self.folder}: {error}; pass another --cache-dir") from None
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(*parts: str) -> str:
        digest = hashlib.sha256()
        for part in parts:
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()

    def get(self, key: str) -> str | None:
        path = self.folder / f"{key}.json"
        try:
            value = json.loads(path.read_text(encoding="utf-8"))["text"]
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, text: str) -> None:
        handle, temp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({"text": text}, out)
        os.replace(temp, self.folder / f"{key}.json")

"""One writer or many readers of a base folder at a time: an advisory lock on `FOLDER/.lock` (POSIX `flock`).

A build writes its files one rename at a time and the manifest last, so between the first rename and the manifest
the folder is a mix of two bases; a `load` then failed on hashes ("changed or damaged after indexing") although
nothing was damaged. The build holds the lock exclusively while it writes (not while it embeds), a load holds it
shared while it reads; a load waits at most `LOCK_WAIT_S` for a write to end.

The first build creates the lock file; a reader only opens it (read-only), so a load writes nothing.
Left out: Windows (no `fcntl`: no lock, as before).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from agentlib.kb.store import FILE_MODE, KnowledgeBaseError

LOCK = ".lock"
LOCK_WAIT_S = 30.0
_POLL_S = 0.02


@contextmanager
def folder_lock(folder: Path, *, exclusive: bool, wait_s: float | None = None) -> Iterator[None]:
    """Hold `folder`'s lock (exclusive to write, shared to read) for the block.

    Raises:
        KnowledgeBaseError: reason "busy" when the other side held it for `wait_s` (default `LOCK_WAIT_S`).
    """
    wait_s = LOCK_WAIT_S if wait_s is None else wait_s
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:  # a reader never creates the file: a load writes nothing, not even into a folder that is not a base
        handle = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, FILE_MODE) if exclusive \
            else os.open(folder / LOCK, os.O_RDONLY)
    except OSError:
        if exclusive:
            raise
        yield  # no lock file: no build of this agentlib has written here (the identity check still guards)
        return
    try:
        kind = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        end = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(handle, kind | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= end:
                    raise KnowledgeBaseError(f"{folder} is being {'read' if exclusive else 'written'} by another "
                                             f"process for over {wait_s:g} s; try again when it ends",
                                             reason="busy") from None
                time.sleep(_POLL_S)
        yield
    finally:
        os.close(handle)  # closing drops the lock

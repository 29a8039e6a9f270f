"""The on-disk format of a knowledge base, versioned, hashed, and free of pickles.

A base folder holds:
    manifest.json        format version, embedding model name and dimension, chunking parameters, every file
                         indexed (key, source path, SHA-256 of its bytes, chunk count), the vector index kind,
                         and the SHA-256 of every other file below
    passages.json        per file: paragraphs (id, span, heading, text) and chunks as paragraph ranges
    vectors.safetensors  the passage vectors, float32 [passages, dimension], in passage order
    vectors.faiss        the HNSW graph (only past the HNSW threshold), written by faiss's own writer
    bm25/                the BM25 index: bm25s's .npy arrays (saved without pickle) and JSON
`manifest.json` is written last, each file through a temporary name and a rename, so a base is either the old
one or the new one; a file whose bytes do not match the manifest's hash (a crash mid-write, an edit, a swap)
makes `read_manifest(..., verify=True)` refuse the base instead of loading it. Loading never unpickles:
safetensors, JSON, `np.load(allow_pickle=False)` and faiss's reader.
Left out: concurrent writers (one `agentlib index` at a time per base), compression.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from agentlib.errors import InputError

FORMAT = "agentlib-kb/1"
MANIFEST = "manifest.json"
PASSAGES = "passages.json"
VECTORS = "vectors.safetensors"
GRAPH = "vectors.faiss"
BM25_DIR = "bm25"
FILE_MODE = 0o644
FOLDER_MODE = 0o755

MismatchReason = Literal["not_a_base", "format", "model", "dimension", "hash", "layout", "changed", "busy"]


class KnowledgeBaseError(InputError):
    """A base folder that cannot be used as asked; `reason` says why (control flow reads it, never the text)."""

    def __init__(self, message: str, *, reason: MismatchReason):
        super().__init__(message)
        self.reason: MismatchReason = reason


@dataclass(frozen=True)
class FileEntry:
    """One indexed file as the manifest records it."""

    key: str
    source: str
    sha256: str
    chunks: int


@dataclass
class Manifest:
    """What a base was built with and what it holds."""

    model: str
    dimension: int
    chunk_tokens: int
    overlap: int
    index: str
    passages: int
    files: list[FileEntry] = field(default_factory=list)
    artifacts: dict[str, str] = field(default_factory=dict)
    format: str = FORMAT

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str, where: Path) -> Manifest:
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise TypeError("not an object")
            if data.get("format") != FORMAT:
                raise KnowledgeBaseError(
                    f"{where} is a knowledge base of format {data.get('format')!r}; this agentlib reads {FORMAT!r}: "
                    f"rebuild it with `agentlib index ... -o {where.parent} --rebuild`", reason="format")
            files = [FileEntry(str(f["key"]), str(f["source"]), str(f["sha256"]), int(f["chunks"]))
                     for f in data["files"]]
            artifacts = {str(k): str(v) for k, v in dict(data["artifacts"]).items()}
            return cls(str(data["model"]), int(data["dimension"]), int(data["chunk_tokens"]), int(data["overlap"]),
                       str(data["index"]), int(data["passages"]), files, artifacts)
        except KnowledgeBaseError:
            raise
        except (ValueError, KeyError, TypeError, RecursionError) as error:  # RecursionError: nested too deeply
            raise KnowledgeBaseError(f"{where} is not a valid manifest ({type(error).__name__}: {error})",
                                     reason="layout") from None


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_base(folder: Path) -> bool:
    return (folder / MANIFEST).is_file()


def read_manifest(folder: Path, *, verify: bool) -> Manifest:
    """The manifest of the base in `folder`; with `verify`, every recorded file is re-hashed first.

    Raises:
        KnowledgeBaseError: not a base, another format, a malformed manifest, a missing file or a hash mismatch.
    """
    path = folder / MANIFEST
    if not path.is_file():
        raise KnowledgeBaseError(f"{folder} is not a knowledge base (no {MANIFEST}); build one with "
                                 f"`agentlib index PATH... -o {folder}`", reason="not_a_base")
    try:
        manifest = Manifest.from_json(path.read_text(encoding="utf-8"), path)
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeBaseError(f"cannot read {path}: {error}", reason="layout") from None
    if verify:
        for name, expected in manifest.artifacts.items():
            artifact = _inside(folder, name)
            if not artifact.is_file():
                raise KnowledgeBaseError(f"{folder}: {name} is missing; rebuild with `agentlib index ... -o {folder} "
                                         f"--rebuild`", reason="hash")
            if sha256_file(artifact) != expected:
                raise KnowledgeBaseError(f"{folder}: {name} does not match the hash its manifest records (changed "
                                         f"or damaged after indexing); refusing to load it. Rebuild with "
                                         f"`agentlib index ... -o {folder} --rebuild`", reason="hash")
    return manifest


def _inside(folder: Path, name: str) -> Path:
    """`folder/name`, refusing names that climb out of the folder (a manifest is input too)."""
    path = (folder / name).resolve()
    if folder.resolve() not in path.parents:
        raise KnowledgeBaseError(f"{folder}: manifest names {name!r} outside the base", reason="layout")
    return path


FileIdentity = tuple[str, int, int, int]


def folder_identity(folder: Path) -> tuple[FileIdentity, ...]:
    """Name, inode, size and modification time of every file a base keeps (the folder and its BM25 folder; not the
    dot-named temporaries of a build). Every write replaces a file through a rename, so a file written between two
    calls changes this even when its bytes come out the same."""
    found: list[FileIdentity] = []
    for where in (folder, folder / BM25_DIR):
        try:
            with os.scandir(where) as entries:
                for entry in entries:
                    if not entry.name.startswith("."):
                        stat = entry.stat(follow_symlinks=False)
                        found.append((f"{where.name}/{entry.name}", stat.st_ino, stat.st_size, stat.st_mtime_ns))
        except OSError:
            found.append((where.name, -1, -1, -1))
    return tuple(sorted(found))


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temp, FILE_MODE)  # mkstemp makes 0600 files; a base is ordinary data
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def check_writable(folder: Path) -> None:
    """`folder` may receive a base: missing (under a folder that can be written to), empty, or already a base.
    Anything else is refused before any embedding, never cleared (`/dev/null/kb` failed only at the first write)."""
    if not folder.exists():
        parent = next((p for p in folder.absolute().parents if p.exists()), None)
        if parent is None or not parent.is_dir():
            raise InputError(f"cannot create {folder}: {parent} is not a folder; choose another -o")
        if not os.access(parent, os.W_OK | os.X_OK):
            raise InputError(f"cannot create {folder}: {parent} is not writable; choose another -o")
        return
    if not folder.is_dir():
        raise InputError(f"{folder} exists and is not a folder; choose another -o")
    if is_base(folder) or not any(folder.iterdir()):
        return
    raise KnowledgeBaseError(f"{folder} is a non-empty folder that holds no knowledge base; choose an empty or new "
                             f"folder for -o (nothing was written)", reason="not_a_base")


def passages_json(files: list[dict[str, Any]]) -> bytes:
    return json.dumps({"format": FORMAT, "files": files}, ensure_ascii=False).encode("utf-8")

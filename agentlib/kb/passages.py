"""Files to passages: which files a base holds, their paragraphs, and the chunks (passages) that get embedded.

A file's `key` is its path relative to the folder that holds all the inputs (one folder given: paths inside
it; files from several places: relative to their common folder), with `/` separators; citations read
`[key#P3]`, P3 being the paragraph id that `documents.chunking` gives. Folders are walked without following
symbolic links, hidden entries skipped, in sorted order; files of other types in a folder are skipped
silently, a named file of another type is an error.
Chunks come from `documents.chunking.chunk_document` (paragraphs under headings, one paragraph of overlap)
with the budget counted in the embedder's own tokens, so no chunk is longer than the model reads. The text
that is embedded and BM25-indexed is the chunk's headings and paragraphs without the `[P#]` markers.
Left out: file types beyond the document readers' (.txt/.md/.html/.pdf), per-file metadata filters.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from agentlib.documents.chunking import Paragraph, chunk_document
from agentlib.documents.reader import KINDS, MAX_BYTES, Document
from agentlib.errors import InputError
from agentlib.limits import Deadline

MAX_FILES = 200_000
DEFAULT_CHUNK_TOKENS = 128
OVERLAP = 1


@dataclass(frozen=True)
class SourceFile:
    """A file to index: the key citations use and where it is read from."""

    key: str
    path: Path


@dataclass(frozen=True)
class FileRecord:
    """One indexed file: its content hash, paragraphs, and chunks as [first, last) paragraph ranges."""

    key: str
    source: str
    sha256: str
    kind: str
    paragraphs: tuple[Paragraph, ...]
    chunks: tuple[tuple[int, int], ...]

    def chunk_paragraphs(self, chunk: int) -> tuple[Paragraph, ...]:
        first, last = self.chunks[chunk]
        return self.paragraphs[first:last]

    def chunk_text(self, chunk: int) -> str:
        return passage_text(self.chunk_paragraphs(chunk))

    def renamed(self, key: str, source: str) -> FileRecord:
        """The same content under another key (a moved or copied file reuses its chunks and vectors)."""
        return FileRecord(key, source, self.sha256, self.kind, self.paragraphs, self.chunks)


def passage_text(paragraphs: Sequence[Paragraph]) -> str:
    """Headings (when they change) and paragraph texts, without [P#] markers: what is embedded and indexed."""
    lines: list[str] = []
    heading = None
    for paragraph in paragraphs:
        if paragraph.heading and paragraph.heading != heading:
            lines.append(paragraph.heading)
            heading = paragraph.heading
        lines.append(paragraph.text)
    return "\n\n".join(lines)


def file_sha256(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """SHA-256 of the file's bytes (InputError for a missing, unreadable, over-large or not regular file: opening
    a named pipe would wait for a writer forever)."""
    try:
        status = path.stat()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    if not stat.S_ISREG(status.st_mode):
        raise InputError(f"{path} is not a regular file (a device, pipe or socket)")
    if status.st_size > max_bytes:
        raise InputError(f"{path} is {status.st_size:,} bytes, over the {max_bytes:,}-byte limit")
    digest = hashlib.sha256()
    read = 0
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                read += len(block)
                if read > max_bytes:  # it grew since stat
                    raise InputError(f"{path} is over the {max_bytes:,}-byte limit")
                digest.update(block)
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    return digest.hexdigest()


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()  # lone surrogates hash too


def collect_files(paths: Sequence[str | Path] | str | Path, *, exclude: Path | None = None,
                  max_files: int = MAX_FILES) -> list[SourceFile]:
    """The files under `paths` that the readers take, each with its key (see module docstring).

    Raises:
        InputError: no paths, a path that does not exist, a named file of an unsupported type, no file found,
            or more than `max_files` files.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if not paths:
        raise InputError("give at least one file or folder to index")
    excluded = exclude.resolve() if exclude is not None else None
    found: dict[Path, None] = {}
    roots: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()
        if not path.exists():
            raise InputError(f"no such file or folder: {given}")
        path = path.resolve()
        if path.is_dir():
            roots.append(path)
            for file in _walk(path, excluded):
                found[file] = None
                if len(found) > max_files:
                    raise InputError(f"more than {max_files:,} files under {given}; index fewer at a time")
        elif path.is_file():
            if path.suffix.lower() not in KINDS:
                raise InputError(f"{given}: unsupported file type {path.suffix or '(none)'}; "
                                 f"use one of {', '.join(sorted(KINDS))}")
            roots.append(path.parent)
            found[path] = None
        else:
            raise InputError(f"{given} is neither a file nor a folder")
    if not found:
        raise InputError(f"no {'/'.join(sorted(KINDS))} files under {', '.join(str(p) for p in paths)}")
    base = Path(os.path.commonpath([str(r) for r in roots]))
    return [SourceFile(file.relative_to(base).as_posix(), file) for file in sorted(found)]


def _walk(folder: Path, excluded: Path | None) -> list[Path]:
    files: list[Path] = []
    for root, directories, names in os.walk(folder, followlinks=False):
        here = Path(root)
        directories[:] = sorted(d for d in directories if not d.startswith(".")
                                and (excluded is None or (here / d).resolve() != excluded))
        for name in sorted(names):
            path = here / name
            if name.startswith(".") or path.suffix.lower() not in KINDS or path.is_symlink() or not path.is_file():
                continue  # hidden, another kind, a link, or a pipe/device/socket (never opened: a pipe blocks)
            files.append(path)
    return files


def chunk_record(document: Document, key: str, sha256: str, chunk_tokens: int,
                 count_tokens: Callable[[str], int], overlap: int = OVERLAP,
                 deadline: Deadline | None = None) -> FileRecord:
    """Paragraphs and chunks of one document, the budget counted by `count_tokens`.

    Raises:
        DeadlineReached: `deadline` passed before the document was cut into chunks.
    """
    chunks = chunk_document(document, chunk_tokens, count_tokens, overlap=overlap, deadline=deadline)
    by_id: dict[str, Paragraph] = {}
    for chunk in chunks:
        for paragraph in chunk.paragraphs:
            by_id[paragraph.id] = paragraph
    paragraphs = tuple(sorted(by_id.values(), key=lambda p: int(p.id[1:])))
    position = {p.id: i for i, p in enumerate(paragraphs)}
    ranges = tuple((position[c.paragraphs[0].id], position[c.paragraphs[-1].id] + 1) for c in chunks)
    return FileRecord(key, document.source, sha256, document.kind, paragraphs, ranges)

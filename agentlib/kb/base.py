"""KnowledgeBase: index files once, search them by meaning and by words, update only what changed.

    kb = KnowledgeBase.build(["manuals/", "notes.md"], "kb/")   # read, chunk, embed, index, save
    kb = KnowledgeBase.load("kb/")                              # verified against its manifest's hashes
    hits = kb.search("How do I reset the pump?", k=5)          # fused BM25 + vector ranking, de-duplicated

Build is incremental: a file whose bytes hash as in the existing base (under any name: moves and copies
count) keeps its chunks and vectors; only new or changed files are read and embedded; files no longer under
the given paths leave the base. A base built with another embedding model is refused (`KnowledgeBaseError`,
reason "model") unless `rebuild=True`; other chunking parameters re-embed everything. Past `deadline_s` the
files embedded so far are saved and the rest are reported as unfinished (a re-run continues).
Search ranks passages twice, by cosine similarity of MiniLM embeddings (FAISS) and by BM25, fuses the two
rankings by reciprocal rank, and drops passages whose text repeats an earlier hit.
Left out: metadata filters, re-ranking with a cross-encoder, concurrent writers.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

from agentlib.documents.chunking import Paragraph
from agentlib.documents.reader import Document, load_document
from agentlib.errors import DeadlineReached, InputError
from agentlib.kb.embedder import Embedder, Matrix, default_embedder
from agentlib.kb.fusion import reciprocal_rank_fusion
from agentlib.kb.lexical import LexicalIndex
from agentlib.kb.lock import folder_lock
from agentlib.kb.passages import (
    DEFAULT_CHUNK_TOKENS,
    OVERLAP,
    FileRecord,
    SourceFile,
    chunk_record,
    collect_files,
    file_sha256,
    passage_text,
    text_sha256,
)
from agentlib.kb.store import (
    BM25_DIR,
    FILE_MODE,
    FOLDER_MODE,
    GRAPH,
    MANIFEST,
    PASSAGES,
    VECTORS,
    FileEntry,
    KnowledgeBaseError,
    Manifest,
    check_writable,
    folder_identity,
    is_base,
    passages_json,
    read_manifest,
    sha256_file,
    write_atomic,
)
from agentlib.kb.vectors import VectorIndex, kind_for
from agentlib.limits import INDEX_DEADLINE_S, Deadline

SearchMode = Literal["hybrid", "vector", "bm25"]
MODES: tuple[SearchMode, ...] = ("hybrid", "vector", "bm25")
MAX_K = 1000
MIN_DEPTH = 50  # candidates each retriever hands to the fusion
MAX_QUERY_CHARS = 4000
LOAD_ATTEMPTS = 5  # reads of a folder that a build keeps replacing files of, before giving up
EMBED_WINDOW = 256  # passages embedded between deadline checks, at most ...
EMBED_FIRST_WINDOW = 8  # ... and at first: later windows are sized by the measured rate to end near the deadline


@dataclass(frozen=True)
class Hit:
    """One retrieved passage: the file it comes from, its paragraphs, and how it ranked."""

    file: str
    row: int
    chunk: int
    paragraphs: tuple[Paragraph, ...]
    score: float
    ranks: dict[str, int] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return passage_text(self.paragraphs)

    def citation(self, paragraph: Paragraph) -> str:
        """`file#P3`: how answers cite a paragraph of this passage."""
        return f"{self.file}#{paragraph.id}"

    def to_dict(self) -> dict[str, object]:
        return {"file": self.file, "passage": self.chunk, "paragraphs": [p.id for p in self.paragraphs],
                "citations": [self.citation(p) for p in self.paragraphs], "score": self.score, "ranks": self.ranks,
                "text": self.text}


@dataclass
class BuildReport:
    """What a build did: files embedded, reused unchanged, removed, skipped (with why), left unfinished."""

    embedded: list[str] = field(default_factory=list)
    embedded_passages: int = 0
    reused: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)
    status: Literal["complete", "deadline"] = "complete"
    seconds: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {"status": self.status, "embedded": self.embedded, "embedded_passages": self.embedded_passages,
                "reused": self.reused, "removed": self.removed, "skipped": [list(s) for s in self.skipped],
                "unfinished": self.unfinished, "seconds": round(self.seconds, 3)}


class KnowledgeBase:
    """Passages of many files with a vector index and a BM25 index (see module docstring)."""

    def __init__(self, manifest: Manifest, records: list[FileRecord], vectors: Matrix | None,
                 vector_index: VectorIndex, lexical: LexicalIndex, embedder: Embedder, folder: Path | None = None,
                 report: BuildReport | None = None):
        self.manifest, self.records, self.vectors = manifest, records, vectors
        self.vector_index, self.lexical, self.embedder, self.folder = vector_index, lexical, embedder, folder
        self.report = report or BuildReport()
        self._rows = [(i, c) for i, record in enumerate(records) for c in range(len(record.chunks))]
        self._by_key = {record.key: record for record in records}

    # -- facts -------------------------------------------------------------------------------------------------

    @property
    def files(self) -> list[str]:
        return [record.key for record in self.records]

    def __len__(self) -> int:
        """The number of passages."""
        return len(self._rows)

    def record(self, key: str) -> FileRecord | None:
        return self._by_key.get(key)

    def describe(self) -> str:
        m = self.manifest
        return (f"{len(self.records)} file(s), {len(self)} passage(s); model {m.model} ({m.dimension} dims), "
                f"{m.chunk_tokens}-token chunks, {m.index} vector index")

    # -- making one --------------------------------------------------------------------------------------------

    @classmethod
    def build(cls, paths: Sequence[str | Path] | str | Path, out: str | Path, *, embedder: Embedder | None = None,
              chunk_tokens: int | None = None, rebuild: bool = False, progress: bool = False,
              deadline_s: float = INDEX_DEADLINE_S) -> KnowledgeBase:
        """Index the files under `paths` into the folder `out`, reusing what an existing base there holds.

        Args:
            paths: files and folders of .txt/.md/.html/.pdf.
            out: the base folder: new, empty, or an existing base (updated in place).
            embedder: the model (default: all-MiniLM-L6-v2).
            chunk_tokens: passage budget in the embedder's tokens (default: the existing base's, else 128).
            rebuild: ignore an existing base (also one built with another model) and embed everything.
            progress: a progress bar on stderr while embedding.
            deadline_s: wall-clock budget; past it the files embedded so far are saved (report.status "deadline").
        Raises:
            InputError: bad paths, a non-empty folder that is not a base, a chunk budget the model cannot read.
            KnowledgeBaseError: the existing base was built with another model or is damaged (use rebuild=True).
        """
        started = time.monotonic()
        deadline = Deadline(deadline_s)
        folder = Path(out).expanduser()
        check_writable(folder)
        embedder = embedder or default_embedder()
        sources = collect_files(paths, exclude=folder)
        previous: KnowledgeBase | None = None
        if is_base(folder) and not rebuild:
            previous = cls._read(folder, embedder, with_index=False)
        if chunk_tokens is None:
            chunk_tokens = previous.manifest.chunk_tokens if previous else DEFAULT_CHUNK_TOKENS
        _check_chunk_tokens(chunk_tokens, embedder)
        reusable: dict[str, tuple[FileRecord, Matrix]] = {}
        same_chunks = previous is not None and (previous.manifest.chunk_tokens, previous.manifest.overlap) \
            == (chunk_tokens, OVERLAP)
        if previous is not None and same_chunks:
            reusable = previous._vectors_by_hash()
        report = BuildReport()
        planned: list[tuple[SourceFile, str]] = []
        for source in sources:
            try:
                planned.append((source, file_sha256(source.path)))
            except InputError as error:
                report.skipped.append((source.key, str(error)))
        records, vectors = _Embedding(embedder, chunk_tokens, deadline, progress).run(planned, reusable, report)
        if not records:
            raise InputError("nothing was indexed: " + ("; ".join(f"{k}: {why}" for k, why in report.skipped)
                                                        or "the deadline passed before the first file"))
        if previous is not None:
            kept = {record.key for record in records}
            report.removed = [key for key in previous.files if key not in kept]
        kb = cls._assemble(records, vectors, embedder, chunk_tokens, folder, report)
        kb._write(folder)
        report.seconds = time.monotonic() - started
        return kb

    @classmethod
    def from_documents(cls, documents: Sequence[Document], *, embedder: Embedder | None = None,
                       chunk_tokens: int | None = None, deadline: Deadline | None = None) -> KnowledgeBase:
        """An in-memory base over documents already loaded (keys: their source names, made unique).

        Raises:
            InputError: not a non-empty list of `Document`s, a bad chunk budget.
            DeadlineReached: `deadline` passed before every passage was embedded (a base missing part of a
                document would answer as if that part did not exist).
        """
        if isinstance(documents, Document) or not isinstance(documents, Sequence) or not documents:
            raise InputError("give a non-empty list of Document objects")
        embedder = embedder or default_embedder()
        chunk_tokens = chunk_tokens or DEFAULT_CHUNK_TOKENS
        _check_chunk_tokens(chunk_tokens, embedder)
        planned: list[tuple[Document, str]] = []
        used: set[str] = set()
        numbers: dict[str, int] = {}
        for document in documents:
            if not isinstance(document, Document):
                raise InputError(f"expected Document objects, got {type(document).__name__}")
            key = _unique_key(Path(document.source).name or "document", used, numbers)
            planned.append((document, key))
        report = BuildReport()
        embedding = _Embedding(embedder, chunk_tokens, deadline or Deadline(INDEX_DEADLINE_S), progress=False)
        records, vectors = embedding.run_documents(planned, report)
        if report.status == "deadline":
            raise DeadlineReached(f"the deadline passed after embedding {report.embedded_passages} passages")
        return cls._assemble(records, vectors, embedder, chunk_tokens, None, report)

    @classmethod
    def load(cls, folder: str | Path, *, embedder: Embedder | None = None) -> KnowledgeBase:
        """Open a base for search, after checking every file against the hashes its manifest records.

        Raises:
            InputError: `folder` is not a str or Path.
            KnowledgeBaseError: not a base, another format, built with another model than `embedder`
                (default all-MiniLM-L6-v2), or a file that does not match its recorded hash.
        """
        if not isinstance(folder, str | Path) or not str(folder).strip():
            raise InputError(f"a knowledge base folder must be a non-empty str or Path, not {folder!r:.60}")
        return cls._read(Path(folder).expanduser(), embedder or default_embedder(), with_index=True)

    # -- searching ---------------------------------------------------------------------------------------------

    def search(self, query: str, k: int = 5, *, mode: SearchMode = "hybrid") -> list[Hit]:
        """The `k` best passages for `query`: BM25 and vector rankings fused by reciprocal rank (or one alone).

        Raises:
            InputError: a query that is not text or is empty, k outside 1..1000, an unknown mode.
        """
        if not isinstance(query, str):
            raise InputError(f"the query must be text, not {type(query).__name__}")
        if not query.strip():
            raise InputError("the query is empty; ask something")
        if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_K:
            raise InputError(f"k must be a whole number from 1 to {MAX_K}, not {k!r}")
        if mode not in MODES:
            raise InputError(f"mode must be one of {', '.join(MODES)}, not {mode!r:.60}")
        query = query[:MAX_QUERY_CHARS]
        depth = max(4 * k, MIN_DEPTH)
        rankings: dict[str, list[int]] = {}
        if mode != "bm25":
            rankings["vector"] = [row for row, _ in self.vector_index.search(self.embedder.embed_query(query), depth)]
        if mode != "vector":
            rankings["bm25"] = [row for row, _ in self.lexical.search(query, depth)]
        hits: list[Hit] = []
        seen: set[str] = set()
        for row, score, ranks in reciprocal_rank_fusion(rankings):
            record_index, chunk = self._rows[row]
            record = self.records[record_index]
            paragraphs = record.chunk_paragraphs(chunk)
            fingerprint = " ".join(passage_text(paragraphs).split()).casefold()
            if fingerprint in seen:  # the same passage in another file (copies, boilerplate)
                continue
            seen.add(fingerprint)
            hits.append(Hit(record.key, row, chunk, paragraphs, score, ranks))
            if len(hits) == k:
                break
        return hits

    # -- internals ---------------------------------------------------------------------------------------------

    def _vectors_by_hash(self) -> dict[str, tuple[FileRecord, Matrix]]:
        assert self.vectors is not None
        out: dict[str, tuple[FileRecord, Matrix]] = {}
        row = 0
        for record in self.records:
            out.setdefault(record.sha256, (record, self.vectors[row:row + len(record.chunks)]))
            row += len(record.chunks)
        return out

    @classmethod
    def _assemble(cls, records: list[FileRecord], vectors: Matrix, embedder: Embedder, chunk_tokens: int,
                  folder: Path | None, report: BuildReport) -> KnowledgeBase:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, embedder.dimension)
        texts = [record.chunk_text(c) for record in records for c in range(len(record.chunks))]
        manifest = Manifest(embedder.name, embedder.dimension, chunk_tokens, OVERLAP, kind_for(len(texts)), len(texts),
                            [FileEntry(r.key, r.source, r.sha256, len(r.chunks)) for r in records])
        return cls(manifest, records, vectors, VectorIndex.build(vectors), LexicalIndex.build(texts), embedder,
                   folder, report)

    def _write(self, folder: Path) -> None:
        """Save into `folder` under its lock: artifacts first (each through a rename), the manifest with their
        hashes last."""
        folder.mkdir(parents=True, exist_ok=True)
        with folder_lock(folder, exclusive=True):
            self._write_files(folder)

    def _write_files(self, folder: Path) -> None:
        from safetensors.numpy import save as save_tensors

        assert self.vectors is not None
        files = [{"key": r.key, "source": r.source, "sha256": r.sha256, "kind": r.kind,
                  "chunks": [list(c) for c in r.chunks],
                  "paragraphs": [[p.id, p.start, p.end, p.heading, p.text] for p in r.paragraphs]}
                 for r in self.records]
        write_atomic(folder / PASSAGES, passages_json(files))
        write_atomic(folder / VECTORS, save_tensors({"vectors": self.vectors}, metadata={"model": self.manifest.model}))
        artifacts = [PASSAGES, VECTORS]
        graph = folder / GRAPH
        if self.vector_index.kind == "hnsw":
            temp = folder / f".{GRAPH}.tmp"
            self.vector_index.save(temp)
            temp.chmod(FILE_MODE)
            temp.replace(graph)
            artifacts.append(GRAPH)
        else:
            graph.unlink(missing_ok=True)
        staging = Path(tempfile.mkdtemp(dir=folder, prefix=".bm25."))
        try:
            self.lexical.save(staging)
            staging.chmod(FOLDER_MODE)
            shutil.rmtree(folder / BM25_DIR, ignore_errors=True)
            staging.replace(folder / BM25_DIR)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        artifacts += sorted(f"{BM25_DIR}/{p.name}" for p in (folder / BM25_DIR).iterdir() if p.is_file())
        self.manifest.artifacts = {name: sha256_file(folder / name) for name in artifacts}
        write_atomic(folder / MANIFEST, self.manifest.to_json().encode("utf-8"))
        self.folder = folder

    @classmethod
    def _read(cls, folder: Path, embedder: Embedder, *, with_index: bool) -> KnowledgeBase:
        """`_read_once` from a folder that no build replaced a file of while it was read, else read again.

        The manifest's hashes are checked before the files are parsed, so a build writing the folder meanwhile
        could pair new passages with the old BM25 index (a later search raised IndexError) or remove a file being
        read (FileNotFoundError). A build holds the folder's lock while it writes (`lock.py`); a writer that does not
        (an older agentlib) is caught by comparing the files' identities before and after. A folder still changing
        after `LOAD_ATTEMPTS` reads is a KnowledgeBaseError with reason "changed".
        """
        for _ in range(LOAD_ATTEMPTS):
            before = folder_identity(folder)
            try:
                with folder_lock(folder, exclusive=False) if folder.is_dir() else nullcontext():
                    base = cls._read_once(folder, embedder, with_index=with_index)
            except (KnowledgeBaseError, OSError, ValueError) as error:
                if folder_identity(folder) != before:
                    continue
                if isinstance(error, KnowledgeBaseError):
                    raise
                raise KnowledgeBaseError(f"{folder}: cannot read the index ({error})", reason="layout") from None
            if folder_identity(folder) == before:
                return base
        raise KnowledgeBaseError(f"{folder} changed while it was read, {LOAD_ATTEMPTS} times: another process is "
                                 f"building it; load it once the build ends", reason="changed")

    @classmethod
    def _read_once(cls, folder: Path, embedder: Embedder, *, with_index: bool) -> KnowledgeBase:
        import json

        from safetensors.numpy import load_file

        manifest = read_manifest(folder, verify=True)
        if manifest.model != embedder.name:
            raise KnowledgeBaseError(
                f"{folder} was built with the embedding model {manifest.model!r}, not {embedder.name!r}: vectors of "
                f"different models cannot be compared. Load it with the model that built it, or re-index with "
                f"`agentlib index ... -o {folder} --rebuild`", reason="model")
        if manifest.dimension != embedder.dimension:
            raise KnowledgeBaseError(f"{folder} holds {manifest.dimension}-dimensional vectors; the embedder makes "
                                     f"{embedder.dimension}", reason="dimension")
        try:
            data = json.loads((folder / PASSAGES).read_text(encoding="utf-8"))
            records = [FileRecord(str(f["key"]), str(f["source"]), str(f["sha256"]), str(f["kind"]),
                                  tuple(Paragraph(str(p[0]), int(p[1]), int(p[2]), str(p[3]), str(p[4]))
                                        for p in f["paragraphs"]),
                                  tuple((int(a), int(b)) for a, b in f["chunks"])) for f in data["files"]]
            vectors = load_file(str(folder / VECTORS))["vectors"]
        except (OSError, ValueError, KeyError, TypeError, IndexError, RecursionError) as error:
            raise KnowledgeBaseError(f"{folder}: cannot read the passages or vectors ({error})",
                                     reason="layout") from None
        passages = sum(len(r.chunks) for r in records)
        if [(r.key, len(r.chunks)) for r in records] != [(f.key, f.chunks) for f in manifest.files] \
                or vectors.shape != (passages, manifest.dimension) or passages != manifest.passages:
            raise KnowledgeBaseError(f"{folder}: passages, vectors and manifest disagree; rebuild the base",
                                     reason="layout")
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if not with_index:
            return cls(manifest, records, vectors, VectorIndex.build(vectors[:0]), LexicalIndex.build([]), embedder,
                       folder)
        if manifest.index == "hnsw":
            vector_index = VectorIndex.load_hnsw(folder / GRAPH, manifest.dimension)
            kept: Matrix | None = None  # the graph holds its own copy; incremental builds reload the file
        else:
            vector_index, kept = VectorIndex.build(vectors), vectors
        if vector_index.rows != passages:
            raise KnowledgeBaseError(f"{folder}: the vector index holds {vector_index.rows} rows, not {passages}",
                                     reason="layout")
        return cls(manifest, records, kept, vector_index, LexicalIndex.load(folder / BM25_DIR, passages), embedder,
                   folder)


def _check_chunk_tokens(chunk_tokens: int, embedder: Embedder) -> None:
    whole = isinstance(chunk_tokens, int) and not isinstance(chunk_tokens, bool)
    if not whole or not 16 <= chunk_tokens <= embedder.max_tokens:
        raise InputError(f"chunk tokens must be a whole number from 16 to {embedder.max_tokens} (the longest passage "
                         f"{embedder.name} reads whole), not {chunk_tokens!r}")


def _unique_key(name: str, used: set[str], numbers: dict[str, int]) -> str:
    """`name`, else `name (2)`, `name (3)`, ...: the first not in `used`. The search for a name resumes at the number
    where its last one stopped (`numbers`), so n documents with one source name (every `Document(text)` is
    "<text>") cost n steps, not n**2 / 2 (100,000 of them took minutes)."""
    key, number = name, numbers.get(name, 1)
    while key in used:
        number += 1
        key = f"{name} ({number})"
    numbers[name] = number
    used.add(key)
    return key


class _Embedding:
    """Read, chunk and embed the files that need it, in windows of passages across files, under a deadline."""

    def __init__(self, embedder: Embedder, chunk_tokens: int, deadline: Deadline, progress: bool):
        self.embedder, self.chunk_tokens, self.deadline, self.progress = embedder, chunk_tokens, deadline, progress

    def run(self, planned: list[tuple[SourceFile, str]], reusable: dict[str, tuple[FileRecord, Matrix]],
            report: BuildReport) -> tuple[list[FileRecord], Matrix]:
        slots: list[tuple[FileRecord, Matrix | None]] = []
        fresh: dict[str, int] = {}  # sha256 -> slot of a file read in this run
        for source, sha in planned:
            if sha in reusable:
                record, vectors = reusable[sha]
                slots.append((record.renamed(source.key, str(source.path)), vectors))
                report.reused.append(source.key)
            elif sha in fresh:
                slots.append((slots[fresh[sha]][0].renamed(source.key, str(source.path)), None))
                report.embedded.append(source.key)
            else:
                try:
                    if self.deadline.expired:
                        raise DeadlineReached("the deadline passed before this file was read")
                    document = load_document(source.path)
                    record = chunk_record(document, source.key, sha, self.chunk_tokens, self.embedder.count_tokens,
                                          deadline=self.deadline)
                except InputError as error:
                    report.skipped.append((source.key, str(error)))
                    continue
                except DeadlineReached:  # cutting one huge paragraph into chunks can take minutes
                    report.status = "deadline"
                    report.unfinished.append(source.key)
                    continue
                fresh[sha] = len(slots)
                slots.append((record.renamed(source.key, str(source.path)), None))
                report.embedded.append(source.key)
        return self._embed(slots, fresh, report)

    def run_documents(self, planned: list[tuple[Document, str]], report: BuildReport
                      ) -> tuple[list[FileRecord], Matrix]:
        slots: list[tuple[FileRecord, Matrix | None]] = []
        fresh: dict[str, int] = {}
        for document, key in planned:
            record = chunk_record(document, key, text_sha256(document.text), self.chunk_tokens,
                                  self.embedder.count_tokens, deadline=self.deadline)
            fresh.setdefault(record.sha256 + key, len(slots))
            slots.append((record, None))
            report.embedded.append(key)
        return self._embed(slots, fresh, report)

    def _embed(self, slots: list[tuple[FileRecord, Matrix | None]], fresh: dict[str, int], report: BuildReport
               ) -> tuple[list[FileRecord], Matrix]:
        from tqdm import tqdm

        owners = sorted(set(fresh.values()))
        texts = [(slot, record_text) for slot in owners
                 for record_text in (slots[slot][0].chunk_text(c) for c in range(len(slots[slot][0].chunks)))]
        computed = np.zeros((len(texts), self.embedder.dimension), dtype=np.float32)
        done, size = 0, min(EMBED_FIRST_WINDOW, EMBED_WINDOW)
        with tqdm(total=len(texts), desc="embedding", unit="passage", disable=not self.progress,
                  file=sys.stderr) as bar:
            while done < len(texts):
                if self.deadline.expired:
                    report.status = "deadline"
                    break
                window = texts[done:done + size]
                began = time.monotonic()
                computed[done:done + len(window)] = self.embedder.embed_passages([t for _, t in window])
                done += len(window)
                bar.update(len(window))
                seconds_each = max(1e-6, (time.monotonic() - began) / len(window))
                size = max(1, min(EMBED_WINDOW, int(self.deadline.remaining() / seconds_each)))
        report.embedded_passages = done
        by_slot: dict[int, Matrix] = {}
        position = 0
        for slot in owners:
            count = len(slots[slot][0].chunks)
            if position + count <= done:
                by_slot[slot] = computed[position:position + count]
            position += count
        by_sha = {slots[slot][0].sha256: by_slot[slot] for slot in by_slot}
        records: list[FileRecord] = []
        blocks: list[Matrix] = []
        for record, vectors in slots:
            if vectors is None:
                vectors = by_sha.get(record.sha256)
            if vectors is None:
                report.unfinished.append(record.key)
                continue
            records.append(record)
            blocks.append(vectors)
        unfinished = set(report.unfinished)  # once: a set per key made a deadline on 10,000 files take minutes
        report.embedded = [key for key in report.embedded if key not in unfinished]
        matrix = np.concatenate(blocks) if blocks else np.zeros((0, self.embedder.dimension), dtype=np.float32)
        return records, matrix


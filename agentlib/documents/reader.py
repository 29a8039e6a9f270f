"""Load .txt, .md, .html and .pdf files into one text with positions.

Every character of `Document.text` has a place: offsets are into the extracted text, and for PDFs
`pages` maps offset ranges to page numbers, so any sentence traces back to a source span. HTML
headings become Markdown-style `#` lines so chunking sees the structure.
Left out: OCR of scanned PDFs, DOCX, tables as tables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from agentlib.errors import DependencyMissing, InputError

MAX_BYTES = 64 * 1024 * 1024
_SHOWN_PATH_CHARS = 200  # of a path echoed in an error: text passed as a path would make a message of megabytes
KINDS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
         ".htm": "html", ".pdf": "pdf"}


@dataclass(frozen=True)
class Span:
    """[start, end) in `Document.text`, with the PDF page (1-based) where it starts, if any."""

    start: int
    end: int
    page: int | None = None


@dataclass(frozen=True)
class Document:
    """Extracted text of one source, its kind, and page ranges for PDFs."""

    text: str
    source: str = "<text>"
    kind: str = "text"
    pages: tuple[Span, ...] = field(default=())

    def span(self, start: int, end: int) -> Span:
        """The span [start, end) with its page number."""
        if not 0 <= start <= end <= len(self.text):
            raise InputError(f"span [{start}, {end}) is outside the document (length {len(self.text)})")
        return Span(start, end, self.page_of(start))

    def page_of(self, offset: int) -> int | None:
        for page in self.pages:
            if page.start <= offset < page.end or (offset == page.end == len(self.text)):
                return page.page
        return None

    @classmethod
    def from_text(cls, text: str, source: str = "<text>") -> Document:
        """A document from text already in memory (checked like a file)."""
        if not isinstance(text, str):
            raise InputError(f"document text must be a string, got {type(text).__name__}")
        _require_text(text, source)
        return cls(text, source, "text")


def load_document(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read a .txt/.md/.html/.pdf file.

    Raises:
        InputError: not a path (bytes, a number, None), an empty path, text given as a path, a path the system
            cannot look up (too long); missing, empty, too large, binary, not UTF-8, broken PDF, or an unknown
            extension.
        DependencyMissing: beautifulsoup4 or pypdf is not installed for an .html or .pdf file.
    """
    path = _as_path(path)
    try:
        if not path.is_file():
            what = "is a folder" if path.is_dir() else "is not a regular file" if path.exists() else "does not exist"
            raise InputError(f"{_shown(path)} {what}; give a .txt, .md, .html or .pdf file{_text_hint(path)}")
        size = path.stat().st_size
    except OSError as error:  # a name too long for the system to look up
        raise InputError(f"{_shown(path)} cannot be looked up as a file ({error.strerror or error})"
                         f"{_text_hint(path)}") from None
    if size == 0:
        raise InputError(f"{path} is empty; give a document with text in it")
    if size > max_bytes:
        raise InputError(f"{path} is {size:,} bytes, over the {max_bytes:,}-byte limit; split it or raise max_bytes")
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        kinds = ", ".join(sorted(KINDS))
        raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'}; use one of {kinds}")
    try:
        data = path.read_bytes()
    except OSError as error:  # unreadable (permissions, I/O error), or gone since the checks above
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    if kind == "pdf":
        return _load_pdf(path, data)
    return document_from_text(_decode(path, data), kind, str(path))


def _as_path(path: object) -> Path:
    if isinstance(path, str) and not path.strip():  # Path("") is the current folder
        raise InputError("the document path is empty; give a file, or Document.from_text(text) for text")
    if isinstance(path, str | os.PathLike) and not isinstance(path, bytes):
        try:
            return Path(path)
        except TypeError:  # a PathLike whose fspath is bytes
            pass
    raise InputError(f"a document path must be a str or pathlib.Path, not {type(path).__name__}")


def _text_hint(path: Path) -> str:
    """A hint for a caller who passed the document's text as its path: several lines, or a sentence longer than
    any file name."""
    text = str(path)
    if "\n" in text or (len(text) > 255 and " " in text):
        return "; this looks like text, not a path: pass Document.from_text(text) instead"
    return ""


def _shown(path: Path) -> str:
    text = str(path)
    if len(text) <= _SHOWN_PATH_CHARS:
        return text
    return f"{text[:_SHOWN_PATH_CHARS]!r}... ({len(text):,} characters)"


def document_from_text(text: str, kind: str, source: str) -> Document:
    """A document from text already in memory, read as a file of that kind ("text", "markdown" or "html") is read;
    `source` names it in errors and citations (a request, not a file path: nothing is written to disk).

    Raises:
        InputError: only whitespace or markup, binary-looking text, or a kind other than text/markdown/html.
    """
    if kind not in ("text", "markdown", "html"):
        raise InputError(f"text can be read as text, markdown or html, not {kind!r}")
    if "\x00" in text[:8192]:  # as a file's NUL bytes are refused
        raise InputError(f"{source} looks binary (NUL characters); give a text, Markdown or HTML document")
    text = text.removeprefix("\ufeff")  # as utf-8-sig drops a file's byte-order mark
    if kind == "html":
        text = _html_to_text(text)
    _require_text(text, source)
    return Document(text, source, kind)


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(f"{path}: broken UTF-16 text ({error}); re-save it as UTF-8") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path} looks binary (NUL bytes); give a text, Markdown, HTML or PDF file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path} is not UTF-8 (byte {error.start}: {data[error.start:error.start + 1]!r}); "
            f"convert it, e.g. `iconv -f latin1 -t utf-8 {path.name} > fixed{path.suffix}`"
        ) from None


def _require_text(text: str, source: str) -> None:
    if not text.strip():
        raise InputError(f"{source} has no text to read (only whitespace or markup)")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 20):
        raise InputError(f"{source} looks binary ({controls} control characters); give a text document")


_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "blockquote", "td", "th", "dt", "dd", "caption")


def _html_to_text(html: str) -> str:
    try:
        from bs4 import BeautifulSoup
    except ImportError:
        raise DependencyMissing("reading .html needs beautifulsoup4: pip install beautifulsoup4") from None
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    parts: list[str] = []
    for element in soup.find_all(_BLOCKS):
        if element.find_parent(_BLOCKS) is not None:
            continue  # nested block: its text is already in its parent's
        text = " ".join(element.get_text(" ").split())
        if not text:
            continue
        if element.name[0] == "h" and element.name[1:].isdigit():
            text = "#" * int(element.name[1]) + " " + text
        elif element.name == "li":
            text = "- " + text
        parts.append(text)
    if not parts:
        parts = [" ".join(soup.get_text(" ").split())]
    return "\n\n".join(parts)


def _load_pdf(path: Path, data: bytes) -> Document:
    try:
        import pypdf
    except ImportError:
        raise DependencyMissing("reading .pdf needs pypdf: pip install pypdf") from None
    import io
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(f"{path} is not a PDF (no %PDF header); check the file")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError(f"{path} is encrypted; decrypt it first (e.g. qpdf --decrypt)")
        texts = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as error:  # pypdf raises many kinds on damaged files
        raise InputError(f"{path} is a broken PDF ({type(error).__name__}: {error}); repair or re-export it") from None
    pieces: list[str] = []
    pages: list[Span] = []
    offset = 0
    for number, text in enumerate(texts, 1):
        text = text.strip()
        if not text:
            continue
        if pieces:
            pieces.append("\n\n")
            offset += 2
        pages.append(Span(offset, offset + len(text), number))
        pieces.append(text)
        offset += len(text)
    full = "".join(pieces)
    if not full.strip():
        raise InputError(f"{path} has no extractable text (scanned images?); run OCR first")
    return Document(full, str(path), "pdf", tuple(pages))

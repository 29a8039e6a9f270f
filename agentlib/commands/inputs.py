"""The one reader of `TEXT|FILE|-` arguments that every command shares.

Rules, in order:
- `-` reads standard input as UTF-8, or UTF-16 after its byte-order mark (other bytes are an `InputError`, never
  guessed);
- an existing file is read the same way (a folder, a device or bytes that are neither are refused);
- an argument that looks like a path (one word that starts with `/`, `./`, `../` or `~/`, or ends with a
  text-file extension such as `.txt`, `.md`, `.json`) but names no file is an `InputError` "no such file",
  not text to solve (`1/2+1/3` is text: math has slashes too);
- anything else is the text itself.
Empty or whitespace-only text is an `InputError` naming what was empty. Reads are capped at
`MAX_INPUT_BYTES` so a huge file or stream cannot exhaust memory.
`read_document_argument` applies the same rules to documents (`summarize`, `ask`): `-` is standard input
read as text, an empty argument is empty input, a path that names no file is "no such file", and a file
is read by `agentlib.documents.reader` (which also knows PDF, HTML and Markdown).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from agentlib.errors import InputError

if TYPE_CHECKING:
    from agentlib.documents.reader import Document

MAX_INPUT_BYTES = 8 * 1024 * 1024
_TEXT_EXTENSIONS = (".txt", ".md", ".json", ".jsonl", ".tex", ".html", ".htm", ".pdf", ".csv")
_PATH_LIKE = re.compile(r"^[^\s]+$")
_SHOWN_CHARS = 200  # of an argument echoed in an error
_TEXT_HINT = "; to give a document's text, pipe it to standard input and pass -"


def read_text_argument(argument: str, what: str = "input") -> str:
    """The text that `argument` stands for (see the module rules); `what` names it in errors."""
    if argument == "-":
        return _decode(sys.stdin.buffer.read(MAX_INPUT_BYTES + 1), "standard input", what)
    if not argument.strip():  # before any path test: Path("") is ".", the current folder
        raise InputError(f"the {what} is empty")
    path = _as_existing_file(argument)
    if path is not None:
        return read_text_file(path, what)
    if looks_like_path(argument):
        raise InputError(f"no such file: {argument}")
    return argument


def read_text_file(path: Path, what: str = "input") -> str:
    """A UTF-8 text file, capped at `MAX_INPUT_BYTES`; `InputError` when it is missing, a folder or not text."""
    _require_regular_file(path, str(path))
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    return _decode(data, str(path), what)


def read_document_argument(argument: str, what: str = "document") -> Document:
    """The document `argument` names: `-` (standard input, as text) or a .txt/.md/.html/.pdf file."""
    from agentlib.documents.reader import Document, load_document

    if argument == "-" or not argument.strip():
        return Document.from_text(read_text_argument(argument, what), source="<stdin>")
    path = Path(argument)
    _require_regular_file(path, argument)
    return load_document(path)


def looks_like_path(argument: str) -> bool:
    """One word rooted like a path or ending in a text-file extension: what a person types to name a file."""
    if "\n" in argument or not _PATH_LIKE.match(argument):
        return False
    return argument.startswith(("/", "./", "../", "~/")) or argument.lower().endswith(_TEXT_EXTENSIONS)


def _require_regular_file(path: Path, given: str) -> None:
    """`InputError` unless `path` is a regular file: a folder, a missing path, a name the system cannot look up (too
    long: the document's text given in its place), and a device, pipe or socket (reading `/dev/zero` or a FIFO would
    never end) are each named as what they are."""
    shown = given if len(given) <= _SHOWN_CHARS else f"{given[:_SHOWN_CHARS]!r}... ({len(given):,} characters)"
    try:
        if path.is_dir():
            raise InputError(f"{shown} is a folder, not a file")
        if not path.exists():
            raise InputError(f"no such file: {shown}{_TEXT_HINT if ' ' in given.strip() else ''}")
        if not path.is_file():
            raise InputError(f"{shown} is not a regular file (a device, pipe or socket); give a text file")
    except OSError as error:  # a name too long for the file system
        raise InputError(f"no such file: {shown} ({error.strerror or error}){_TEXT_HINT}") from None


def _as_existing_file(argument: str) -> Path | None:
    if len(argument) >= 1024 or "\n" in argument or "\x00" in argument:
        return None
    path = Path(argument)
    try:
        return path if path.exists() else None
    except OSError:  # a name too long for the file system: it is text
        return None


def _decode(data: bytes, source: str, what: str) -> str:
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{source} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB; the {what} must be smaller")
    text = _text_of(data, source)
    if "\x00" in text:
        raise InputError(f"{source} is binary data, not text")
    if not text.strip():
        raise InputError(f"the {what} from {source} is empty")
    return text


def _text_of(data: bytes, source: str) -> str:
    """UTF-8 (a byte-order mark dropped), or UTF-16 when it starts with its byte-order mark: what Windows editors
    save as "Unicode". Documents (`agentlib.documents.reader`) accept the same two, so `solve notes.txt` and
    `summarize notes.txt` agree on which files are text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{source} is broken UTF-16 text; re-save it as UTF-8") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{source} is not UTF-8 text") from None

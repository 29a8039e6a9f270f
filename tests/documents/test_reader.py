"""Loading documents: every format, positions that trace back, and clear errors for bad input."""

from __future__ import annotations

import pytest

from agentlib.documents.reader import Document, load_document
from agentlib.errors import InputError

from documents_test_helpers import tiny_pdf


def test_text_and_markdown_keep_exact_offsets(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Title\n\nAlpha beta.\n\nGamma delta.", encoding="utf-8")
    document = load_document(path)
    assert document.kind == "markdown"
    start = document.text.index("Gamma")
    assert document.text[start : start + 12] == "Gamma delta."
    assert document.span(start, start + 5).page is None


def test_html_headings_become_markdown_and_scripts_vanish(tmp_path):
    path = tmp_path / "a.html"
    path.write_text("<html><script>evil()</script><h2>Intro</h2><p>First <b>bold</b> para.</p>"
                    "<ul><li>item one</li></ul></html>", encoding="utf-8")
    text = load_document(path).text
    assert text == "## Intro\n\nFirst bold para.\n\n- item one"


def test_pdf_pages_map_offsets_to_page_numbers(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(tiny_pdf(["Hello page one", "Second page text"]))
    document = load_document(path)
    assert "Hello page one" in document.text and "Second page text" in document.text
    assert document.page_of(document.text.index("Second")) == 2
    assert document.page_of(document.text.index("Hello")) == 1


@pytest.mark.parametrize("name, data, fragment", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n  ", "no text"),
    ("binary.txt", b"\x00\x01\x02binary\x00" * 50, "binary"),
    ("latin.txt", "caf\u00e9 cr\u00e8me".encode("latin-1"), "not UTF-8"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj garbage", "PDF"),
    ("fake.pdf", b"just text", "not a PDF"),
    ("a.docx", b"PK\x03\x04", "unsupported file type"),
])
def test_bad_input_raises_input_error_saying_what_to_do(tmp_path, name, data, fragment):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=fragment):
        load_document(path)


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(InputError, match="limit"):
        load_document(path, max_bytes=100)


def test_missing_file_and_utf16(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_document(tmp_path / "nope.txt")
    path = tmp_path / "u16.txt"
    path.write_bytes("hello world".encode("utf-16"))
    assert load_document(path).text == "hello world"


def test_from_text_rejects_non_text():
    with pytest.raises(InputError):
        Document.from_text(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        Document.from_text("   ")

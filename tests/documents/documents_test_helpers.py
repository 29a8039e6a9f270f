"""Shared fakes for the document tests: a marker-echoing scripted model and a tiny PDF writer."""

from __future__ import annotations

import re
from typing import Sequence

from agentlib.llm import GenerateOptions, Message, ScriptedModel

MARKER = re.compile(r"MARK\d{3}")


def echo_markers(messages: Sequence[Message], options: GenerateOptions) -> str:
    """Compress the fenced data block to one cited sentence per marker it holds (a faithful 'summary')."""
    body = messages[1].content
    found = re.findall(r"\[(P\d+)\][^\[]*?(MARK\d{3})", body)
    if found:
        return " ".join(f"The section notes {marker} [{pid}]." for pid, marker in found)
    return " ".join(dict.fromkeys(re.findall(r"The section notes MARK\d{3} \[P\d+\]\.", body)))


def marker_document(sections: int, filler: int = 20) -> str:
    """Markdown with a unique marker in every section, padded to make it long."""
    parts = []
    for i in range(sections):
        parts.append(f"# Section {i}\n\nThe section notes MARK{i:03d} in passing. "
                     + "Weather and other unrelated things were discussed at length. " * filler)
    return "\n\n".join(parts)


def scripted(script, context_length: int = 2048) -> ScriptedModel:
    return ScriptedModel(script, context_length=context_length)


def tiny_pdf(pages: list[str] | list[list[str]]) -> bytes:
    """A minimal valid PDF of Helvetica text, one string or a list of lines per page (pypdf extracts it)."""
    objects: list[bytes] = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    font = 3 + 2 * len(pages)
    for i, text in enumerate(pages):
        lines = [text] if isinstance(text, str) else text
        shown = " T* ".join(f"({line}) Tj" for line in lines)
        stream = f"BT /F1 12 Tf 14 TL 72 720 Td {shown} ET".encode()
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
                       f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)

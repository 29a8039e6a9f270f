"""The CLI's document and output-folder arguments: one `error:` line and exit 2, never a traceback.

Regressions: `agentlib summarize "<the text itself>"` and `agentlib ask "<text>" QUESTION` printed an OSError traceback
("File name too long") once the text was longer than a file name; `agentlib index FILE -o /dev/null/kb` embedded
every file, then died with a NotADirectoryError traceback at the first write.
"""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.cli import main

_WORDS = st.sampled_from(["The", "company", "earned", "$4", "million", "in", "2021.", "Revenue", "grew", "12%."])


def _one_error_line(argv: list[str]) -> str:
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        status = main(argv)
    lines = stderr.getvalue().strip().splitlines()
    assert (status, len(lines)) == (2, 1) and lines[0].startswith("error: "), lines
    return lines[0]


@settings(max_examples=15, deadline=None)
@given(st.lists(_WORDS, min_size=60, max_size=3_000).map(" ".join), st.sampled_from(["summarize", "ask"]))
def test_a_document_given_as_text_is_refused_with_a_hint(text, command):
    argv = [command, text, "--no-cache"] if command == "summarize" else [command, text, "What did it earn?"]
    line = _one_error_line(argv)
    assert "no such file" in line and "pass -" in line and len(line) < 600


@pytest.mark.parametrize("under", ["a-file.txt", "a-file.txt/deeper"])
def test_an_index_folder_under_a_file_is_refused_before_any_work(tmp_path, under):
    source = tmp_path / "notes.txt"
    source.write_text("The company earned $4 million in 2021.", encoding="utf-8")
    (tmp_path / "a-file.txt").write_text("not a folder", encoding="utf-8")
    line = _one_error_line(["index", str(source), "-o", str(tmp_path / under / "kb")])
    assert "is not a folder" in line

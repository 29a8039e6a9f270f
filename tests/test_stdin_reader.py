"""Every command that takes `-` reads standard input through one reader, so the same bytes get the same answer.

Regression: `check-trace -` had its own decoder, which accepted NUL bytes (binary data) that `solve -`, `analyze -`
and `math -` refuse."""

import subprocess
import sys

import pytest

COMMANDS = [["solve", "-"], ["analyze", "-"], ["math", "-"], ["check-trace", "-"]]


def _run(argv: list[str], stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "agentlib", *argv], input=stdin, capture_output=True, timeout=120)


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda argv: argv[0])
def test_binary_standard_input_is_refused_alike_by_every_command(argv):
    done = _run(argv, b"Step 1: 2 + 2 = 4\x00\x01\n")
    assert done.returncode == 2
    assert done.stderr.decode().strip() == "error: standard input is binary data, not text"


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda argv: argv[0])
def test_non_utf8_standard_input_is_refused_alike_by_every_command(argv):
    done = _run(argv, "Schritt 1: 2 + 2 = 4 \u00fc".encode("latin-1"))
    assert done.returncode == 2
    assert done.stderr.decode().strip() == "error: standard input is not UTF-8 text"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_a_file_saved_with_a_byte_order_mark_is_text_for_solve_as_for_summarize(tmp_path, encoding):
    # Regression: documents accepted UTF-16 files (Windows "Unicode") that solve/math refused as "not UTF-8".
    from agentlib.commands.inputs import read_text_argument
    from agentlib.documents.reader import load_document

    text = "All men are mortal. Socrates is a man. Is Socrates mortal?"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "question.txt"
    path.write_bytes(data)
    assert read_text_argument(str(path)) == text
    assert load_document(path).text.strip() == text


def test_broken_utf16_is_refused_with_one_line():
    done = _run(["solve", "-"], b"\xff\xfeA\x00\x00\xd8")  # a lone high surrogate
    assert done.returncode == 2
    assert done.stderr.decode().strip() == "error: standard input is broken UTF-16 text; re-save it as UTF-8"

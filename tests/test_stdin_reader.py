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

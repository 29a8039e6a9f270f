"""The CLI on what people hand it by mistake, run as a user runs it (a subprocess): every case ends within its
deadline with a documented exit status and, when it refuses the input, one `error:` line that says what is wrong;
never a Python traceback.

Special files (a folder, a pipe, a device, binary bytes, Windows-1252 text) are refused before anything is read;
text that is valid but not what the command is for (a pasted PDF, a CSV, a 300x300 matrix, `factorial(10^6)`)
ends in an answer, an abstention or a refusal of its size."""

import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agentlib.evals.fuzz import MISTAKES, TEMPLATES

pytestmark = pytest.mark.slow

DEADLINE_S = 5.0
START_S = 20.0  # a fresh interpreter's imports on a loaded machine, on top of the deadline
COMMANDS = {
    "solve": lambda source: ["solve", source],
    "analyze": lambda source: ["analyze", source],
    "math": lambda source: ["math", source],
    "check-trace": lambda source: ["check-trace", source, "--problem", "Compute 3 + 4, then double it."],
    "summarize": lambda source: ["summarize", source, "--no-cache", "--no-progress"],
    "ask": lambda source: ["ask", source, "What did the company earn?"],
}
EXIT_CODES = {"check-trace": (0, 1, 2, 3)}  # 3: a step was not checked (deadline); the others 0, 1 or 2


def _run(command: str, source: str, stdin: bytes = b"") -> tuple[subprocess.CompletedProcess[str], float]:
    argv = [sys.executable, "-m", "agentlib", *COMMANDS[command](source), "--deadline", str(DEADLINE_S)]
    started = time.monotonic()
    done = subprocess.run(argv, input=stdin.decode("latin-1"), capture_output=True, text=True, encoding="latin-1",
                          timeout=DEADLINE_S + START_S + 60)
    return done, time.monotonic() - started


def _assert_refused(done: subprocess.CompletedProcess[str], because: str) -> None:
    assert "Traceback" not in done.stderr, done.stderr[-1500:]
    lines = done.stderr.strip().splitlines()
    assert (done.returncode, len(lines)) == (2, 1), done.stderr[-1500:]
    assert lines[0].startswith("error: ") and re.search(because, lines[0]), lines[0]


def _special_file(kind: str, folder: Path) -> Path:
    """A path a person may pass as FILE by mistake; `.txt`, so no command refuses it for its extension alone."""
    path = folder / "input.txt"
    if kind == "folder":
        path.mkdir()
    elif kind == "pipe":
        os.mkfifo(path)  # reading it would wait for a writer forever
    elif kind == "device":
        path.symlink_to("/dev/zero")  # reading it would never end
    elif kind == "binary":
        path.write_bytes(random.Random(7).randbytes(4_000) + b"\x00")
    elif kind == "windows-1252":
        path.write_bytes("Renée paid 5 € for a café. How much is left of 20 €?".encode("cp1252"))
    return path


SPECIAL = {"folder": "is a folder", "pipe": "not a regular file", "device": "not a regular file",
           "binary": "UTF-8|binary|unsupported", "windows-1252": "UTF-8"}


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="needs POSIX special files")
@pytest.mark.parametrize("kind", list(SPECIAL))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_special_or_undecodable_file_is_refused_with_one_error_line(command, kind, tmp_path):
    done, _ = _run(command, str(_special_file(kind, tmp_path)))
    _assert_refused(done, SPECIAL[kind])


STDIN = {"binary": (random.Random(8).randbytes(3_000) + b"\xff\x00", "UTF-8|binary"), "empty": (b"", "empty"),
         "blank": (b" \n\t\n", "empty"), "windows-1252": ("Zoë owes 3 €.".encode("cp1252"), "UTF-8")}


@pytest.mark.parametrize("kind", list(STDIN))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_bad_standard_input_is_refused_with_one_error_line(command, kind):
    data, because = STDIN[kind]
    done, _ = _run(command, "-", stdin=data)
    _assert_refused(done, because)


# (mistake, command): each kind of mistaken text with the command a person would most likely send it to
MISTAKEN_TEXT = [("pasted PDF text", "summarize"), ("CSV", "ask"), ("HTML page", "solve"), ("base64 blob", "math"),
                 ("emoji chat", "math"), ("right-to-left text with math", "check-trace"),
                 ("Windows-1252 mojibake", "analyze"), ("one long line", "check-trace"),
                 ("a request repeated", "solve"), ("nested parentheses", "analyze"), ("hundreds of people", "solve"),
                 ("a large equation system", "math"), ("a large matrix", "math"), ("a huge power", "math"),
                 ("stacked factorials", "math"), ("a hard integral", "math")]


@pytest.mark.parametrize(("mistake", "command"), MISTAKEN_TEXT, ids=[m for m, _ in MISTAKEN_TEXT])
def test_mistaken_text_ends_within_the_deadline_without_a_traceback(mistake, command, tmp_path):
    kind = {"solve": "puzzle", "analyze": "puzzle", "math": "math", "check-trace": "trace"}.get(command, "document")
    rng = random.Random(f"cli:{mistake}")
    text = MISTAKES[mistake](rng, rng.choice(TEMPLATES[kind]))
    path = tmp_path / "input.txt"
    path.write_text(text, encoding="utf-8")
    on_stdin = len(text) % 2 == 1
    done, seconds = _run(command, "-" if on_stdin else str(path), stdin=text.encode("utf-8") if on_stdin else b"")
    assert "Traceback" not in done.stderr, done.stderr[-1500:]
    assert done.returncode in EXIT_CODES.get(command, (0, 1, 2)), done.stderr[-1500:]
    if done.returncode == 2:
        _assert_refused(done, ".")
    assert seconds < DEADLINE_S + START_S


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_index_skips_a_pipe_in_a_folder_and_ask_kb_reads_its_question_from_standard_input(tmp_path):
    # regression: `agentlib index FOLDER` opened a named pipe `*.txt` in FOLDER to hash it and waited for a writer
    # forever, past any --deadline; `ask --kb KB -` took "-" itself as the question
    pytest.importorskip("sentence_transformers")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ledger.txt").write_text("The Okafor bakery sold 412 loaves of rye in March.", encoding="utf-8")
    os.mkfifo(docs / "pipe.txt")
    (docs / "zero.txt").symlink_to("/dev/zero")
    (docs / "noise.txt").write_bytes(random.Random(9).randbytes(2_000) + b"\x00")
    argv = [sys.executable, "-m", "agentlib"]
    built = subprocess.run([*argv, "index", str(docs), "-o", str(tmp_path / "kb"), "--deadline", "60"],
                           capture_output=True, text=True, timeout=240)
    assert (built.returncode, "Traceback" in built.stderr) == (0, False), built.stderr[-1500:]
    assert "noise.txt" in built.stderr and "pipe.txt" not in built.stderr + built.stdout
    asked = subprocess.run([*argv, "ask", "--kb", str(tmp_path / "kb"), "-", "--json"], capture_output=True,
                           text=True, timeout=240, input="How many loaves of rye did the bakery sell?")
    assert asked.returncode == 0, asked.stderr[-1500:]
    assert "412 loaves" in asked.stdout and "How many loaves" in asked.stdout
    refused = subprocess.run([*argv, "ask", "--kb", str(tmp_path / "kb"), "-"], capture_output=True, text=True,
                             timeout=240, input="")
    _assert_refused(refused, "empty")

"""The command line as a user meets it (subprocess runs): one error line and exit 2 for bad input, JSON
errors for --json, standard input for every command that reads text, nothing a document says can
drive the terminal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DOC = "# Sales\n\nAcme sold 1,200 units in 2021 and 1,500 units in 2022.\n\n# People\n\nThe CEO of Acme is Jane Doe."


def agentlib(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "agentlib", *args], input=stdin, capture_output=True, text=True,
                          timeout=180, cwd=cwd)


@pytest.mark.parametrize("command", [["summarize", "-"], ["ask", "-", "Who is the CEO?"]])
def test_summarize_and_ask_read_standard_input(command):
    # Bug: `agentlib summarize -` and `agentlib ask -` refused stdin although solve and check-trace take it.
    out = agentlib(*command, "--json", stdin=DOC)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert "Jane Doe" in json.dumps(result)
    if command[0] == "summarize":
        assert result["source"] == "<stdin>"


@pytest.mark.parametrize("command", [["summarize", ""], ["ask", "", "q?"]])
def test_an_empty_document_argument_is_named_as_empty(command, tmp_path):
    # Bug: `agentlib summarize ""` named "." as the missing file.
    out = agentlib(*command, cwd=tmp_path)
    assert out.returncode == 2 and out.stderr == "error: the document is empty\n"


@pytest.mark.parametrize("command", [["summarize", "--json"], ["ask", "--json", "-", "q?"]])
def test_json_errors_print_a_json_object_too(command, tmp_path):
    # Bug: with --json, an error printed no JSON at all.
    missing = str(tmp_path / "missing.md")
    argv = [*command[:1], missing, *command[1:]] if command[0] == "summarize" else command
    out = agentlib(*argv, stdin="   ")
    assert out.returncode == 2
    error = json.loads(out.stdout)["error"]
    assert error["type"] == "InputError"
    assert out.stderr == f"error: {error['message']}\n"
    assert error["message"] in (f"no such file: {missing}", "the document from standard input is empty")


def test_usage_errors_with_json_are_json_too():
    out = agentlib("summarize", "--json", "--words", "many", "x.md")
    assert out.returncode == 2
    error = json.loads(out.stdout)["error"]
    assert error["type"] == "UsageError" and "--words" in error["message"]
    assert out.stderr.splitlines()[-1].startswith("error: agentlib summarize: argument --words")


@pytest.mark.parametrize("value", ["nan", "0", "-5", "inf"])
def test_bad_deadline_option_is_one_error_line(value, tmp_path):
    path = tmp_path / "doc.md"
    path.write_text(DOC, encoding="utf-8")
    out = agentlib("summarize", str(path), "--deadline", value)
    assert out.returncode == 2 and out.stderr.startswith("error: --deadline must be")


def test_terminal_control_from_a_document_never_reaches_stdout(tmp_path):
    # Bug: escape sequences in a document (screen clear, title change) were printed raw by summarize and ask.
    path = tmp_path / "evil.txt"
    path.write_text("The CEO of Acme is Jane Doe.\x1b[2J\x1b]0;pwned\x07 She joined in 2015.\r\n\n"
                    "Acme sold 1,200 units in 2021.\x9b31m\u202e", encoding="utf-8")
    for argv in (["summarize", str(path)], ["ask", str(path), "Who is the CEO?"], ["summarize", str(path), "--json"]):
        out = agentlib(*argv)
        assert out.returncode == 0, out.stderr
        assert not any(c in out.stdout for c in "\x1b\x07\r\x9b\u202e"), repr(out.stdout)
        assert "Jane Doe" in out.stdout


def test_a_closed_pipe_ends_quietly(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text(DOC * 50, encoding="utf-8")
    command = f"{sys.executable} -m agentlib summarize {path} --words 500 | head -c 10"
    out = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=180)
    assert "Traceback" not in out.stderr

"""The shared TEXT|FILE|- reader: files, stdin, paths that name nothing, binary and empty input."""

import io
import sys

import pytest

from agentlib.commands.inputs import looks_like_path, read_text_argument
from agentlib.errors import InputError


def test_text_file_and_stdin(tmp_path, monkeypatch):
    puzzle = tmp_path / "p.txt"
    puzzle.write_text("All men are mortal.", encoding="utf-8")
    assert read_text_argument(str(puzzle)) == "All men are mortal."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Is 91 prime?".encode())))
    assert read_text_argument("-") == "Is 91 prime?"
    assert read_text_argument("Alice is taller than Bob.") == "Alice is taller than Bob."


@pytest.mark.parametrize("argument", ["/nonexistent/file.txt", "notes.md", "./puzzles/one"])
def test_a_path_that_names_nothing_is_an_error_not_text(argument):
    # regression: `agentlib solve /nonexistent/file.txt` solved the path as if it were a puzzle
    with pytest.raises(InputError, match="no such file"):
        read_text_argument(argument)


def test_binary_stdin_folder_and_empty_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x7fELF\x02\x01\x01\x00\xff\xfe")))
    with pytest.raises(InputError, match="not UTF-8|binary"):
        read_text_argument("-")
    with pytest.raises(InputError, match="folder"):
        read_text_argument(str(tmp_path))
    for blank in ("", "   "):  # regression: "" was read as the folder "."
        with pytest.raises(InputError, match="the input is empty"):
            read_text_argument(blank)
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        read_text_argument(str(tmp_path / "empty.txt"))


def test_sentences_never_look_like_paths():
    assert not looks_like_path("Is x/2 = 3 true? Solve it.")
    assert not looks_like_path("x^2 - 5x + 6 = 0")
    assert not looks_like_path("1/2+1/3") and not looks_like_path("d/dx[x^2]")
    assert looks_like_path("trace.json")

"""The README tells the truth: its main-job command prints what it shows, CI runs its set-up and test commands."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, flags=re.S | re.M)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def _blocks(text: str, lang: str = "") -> list[str]:
    """Fenced blocks whose info string is exactly `lang` (fences taken in open/close pairs)."""
    found = re.findall(r"^```(\w*)\n(.*?)^```$", text, flags=re.S | re.M)
    return [body.strip() for info, body in found if info == lang]


def test_main_job_command_prints_the_verified_answer_shown():
    section = _section("The main job")
    command, shown = _blocks(section, "bash")[0], _blocks(section)[0]
    argv = shlex.split(command)
    assert argv[:2] == ["agentlib", "solve"]
    result = subprocess.run([sys.executable, "-m", "agentlib", *argv[1:]], capture_output=True, text=True,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == shown
    assert "status: verified" in result.stdout


def test_ci_runs_the_readme_setup_and_test_commands():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    setup = _blocks(_section("Install"), "bash")[0]
    for step in setup.split(" && "):
        if step.startswith(("python3 -m venv", ". .venv")):
            continue
        assert step in ci, f"CI does not run the README set-up step {step!r}"
    test_command = _blocks(_section("Test"), "bash")[0]
    assert test_command in ci

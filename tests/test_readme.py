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


def test_library_agent_example_runs_and_ends_verified(tmp_path):
    # Bug: the README's agent example (a tool returning a float) could never end "verified".
    block = next(b for b in _blocks(_section("Use it as a library"), "python") if "from agentlib import Agent" in b)
    script = tmp_path / "example.py"
    script.write_text(block, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "verified 12 m2"
    assert lines[1] == "certificate (cited certifying tool results, area):"
    assert lines[2].startswith('  - area({"height_m": 4, "width_m": 3}) -> {"answer": "12 m2", "certifies": true}: holds')
    section = _section("Use it as a library")
    assert '"certifies": True' in section and "What makes an answer `verified`" in section


def test_ci_runs_the_linter_and_the_type_checker_before_the_tests():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lint = _blocks(_section("Test"), "bash")[1]
    for step in lint.split(" && "):
        assert step in ci, step
        assert ci.index(step) < ci.index("python -m pytest")

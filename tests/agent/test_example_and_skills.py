"""The library example runs offline; the built-in skills load and validate."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from agentlib.agent.skills import load_skill, load_skills, parse_skill, select_skills
from agentlib.errors import InputError

ROOT = Path(__file__).resolve().parents[2]


def test_example_returns_a_certified_answer(tmp_path):
    trace = tmp_path / "run.jsonl"
    out = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "agent_with_tools.py"), "--trace", str(trace)],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert (answer["text"], answer["status"], answer["proof_steps"]) == ("x = 5", "verified", [5])
    assert answer["certificate"]["solver"] == "solve_equation"
    assert [c["result"] for c in answer["certificate"]["checks"]] == ["holds"]
    assert trace.read_bytes().isascii()


def test_builtin_skills_load_and_are_chosen_by_description():
    skills = load_skills()
    assert {"logic-puzzles", "math", "document-qa", "trace-repair"} <= set(skills)
    assert all(s.description and s.body for s in skills.values())
    chosen = select_skills("Knights and knaves: A says B is a knave. Who is who?", list(skills.values()))
    assert [s.name for s in chosen] == ["logic-puzzles"]
    assert select_skills("zzz qqq", list(skills.values())) == []


@pytest.mark.parametrize(
    "text, message",
    [
        ("no front matter", "must start with '---'"),
        ("---\nname: x\n", "front matter is not closed"),
        ("---\n[oops\n---\nbody", "not valid YAML"),
        ("---\nname: Bad Name\ndescription: d\n---\n", "field 'name'"),
        ("---\nname: ok\n---\n", "field 'description'"),
        ("---\nname: ok\ndescription: d\nallowed-tools: 3\n---\n", "field 'allowed-tools'"),
        ("---\nname: ok\ndescription: d\ncolour: red\n---\n", "unknown field"),
    ],
)
def test_skill_validation_names_file_and_field(text, message):
    with pytest.raises(InputError, match=message) as error:
        parse_skill(text, "my/SKILL.md")
    assert str(error.value).startswith("my/SKILL.md: ")


def test_user_skill_folders_override(tmp_path):
    folder = tmp_path / "math"
    folder.mkdir()
    (folder / "SKILL.md").write_text("---\nname: math\ndescription: my math\nallowed-tools: add, mul\n---\nBody.\n")
    skills = load_skills([tmp_path])
    assert skills["math"].allowed_tools == ("add", "mul") and skills["math"].body == "Body."
    assert load_skill(folder).name == "math"
    with pytest.raises(InputError, match="does not exist"):
        load_skills([tmp_path / "nope"])

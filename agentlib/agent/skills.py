"""Skills: `<name>/SKILL.md` folders with YAML front matter and a body of instructions.

    ---
    name: math
    description: Algebra and arithmetic word problems solved with exact SymPy tools.
    allowed-tools: [safe_eval, solve_equation]
    ---
    Instructions and worked examples ...

Skills load from the installed `agentlib.skills` package (the repository's `skills/` folder) and
from user folders. A task picks skills by a lexical score of its text against each description (or
asks the model); the chosen skill's `allowed-tools` bound the ToolSet. Nothing a task or a document
says can widen that set: the list comes only from SKILL.md files.
Left out: executable skill scripts (a skill here is instructions plus a tool allow-list).
"""

from __future__ import annotations

import importlib.resources
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from agentlib.errors import InputError, ModelRetry
from agentlib.llm import Message

NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    "a an and are as at be by for from how in is it of on or the this to with what which who your you".split()
)


@dataclass(frozen=True)
class Skill:
    """One skill: its name, when to use it, the tools it allows and its instructions."""

    name: str
    description: str
    allowed_tools: tuple[str, ...]
    body: str
    path: str


def parse_skill(text: str, path: str) -> Skill:
    """Parse a SKILL.md text; errors name the file and the field to fix."""
    if not text.startswith("---"):
        raise InputError(f"{path}: SKILL.md must start with '---' YAML front matter")
    parts = text.split("\n---", 1)
    if len(parts) != 2:
        raise InputError(f"{path}: front matter is not closed with a '---' line")
    try:
        meta = yaml.safe_load(parts[0][3:])
    except yaml.YAMLError as error:
        raise InputError(f"{path}: front matter is not valid YAML ({str(error).splitlines()[0]})") from None
    if not isinstance(meta, dict):
        raise InputError(f"{path}: front matter must be a mapping with name, description, allowed-tools")
    name = meta.get("name")
    if not isinstance(name, str) or not NAME.match(name):
        raise InputError(f"{path}: field 'name' must be lowercase letters, digits and '-', got {name!r}")
    description = meta.get("description")
    if not isinstance(description, str) or not description.strip():
        raise InputError(f"{path}: field 'description' must be a non-empty string")
    tools = meta.get("allowed-tools", [])
    if isinstance(tools, str):
        tools = tools.replace(",", " ").split()
    if not isinstance(tools, list) or not all(isinstance(t, str) for t in tools):
        raise InputError(f"{path}: field 'allowed-tools' must be a list of tool names")
    unknown = set(meta) - {"name", "description", "allowed-tools", "license", "metadata"}
    if unknown:
        raise InputError(f"{path}: unknown field(s) {', '.join(sorted(unknown))}")
    body = parts[1].split("\n", 1)[1].strip() if "\n" in parts[1] else ""
    return Skill(name, " ".join(description.split()), tuple(tools), body, path)


def load_skill(path: str | Path) -> Skill:
    """Load one SKILL.md file (or a folder holding one)."""
    path = Path(path)
    if path.is_dir():
        path = path / "SKILL.md"
    if not path.is_file():
        raise InputError(f"{path}: no SKILL.md here")
    return parse_skill(path.read_text(encoding="utf-8"), str(path))


def load_skills(extra_dirs: Iterable[str | Path] = (), *, builtin: bool = True) -> dict[str, Skill]:
    """The built-in skills plus every `<dir>/<name>/SKILL.md` under `extra_dirs` (later ones win)."""
    found: dict[str, Skill] = {}
    if builtin:
        root = importlib.resources.files("agentlib.skills")
        for entry in sorted(root.iterdir(), key=lambda e: e.name):
            skill_file = entry / "SKILL.md"
            if entry.is_dir() and skill_file.is_file():
                skill = parse_skill(skill_file.read_text(encoding="utf-8"), f"agentlib.skills/{entry.name}/SKILL.md")
                found[skill.name] = skill
    for directory in extra_dirs:
        directory = Path(directory)
        if not directory.is_dir():
            raise InputError(f"skills folder {directory} does not exist")
        for skill_file in sorted(directory.glob("*/SKILL.md")):
            skill = load_skill(skill_file)
            found[skill.name] = skill
    return found


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS]


def score_skill(task: str, skill: Skill) -> float:
    """Lexical overlap of the task with the skill's name and description (prefix-tolerant)."""
    task_words = set(_words(task))
    skill_words = set(_words(skill.description + " " + skill.name.replace("-", " ")))
    if not task_words or not skill_words:
        return 0.0
    hits = 0.0
    for word in skill_words:
        if word in task_words:
            hits += 1.0
        elif len(word) >= 5 and any(t.startswith(word[:5]) for t in task_words):
            hits += 0.5
    return hits / (len(skill_words) ** 0.5)


def select_skills(task: str, skills: Sequence[Skill], k: int = 1, min_score: float = 0.15) -> list[Skill]:
    """The `k` best-scoring skills whose score reaches `min_score` (best first, ties by name)."""
    scored = sorted(((score_skill(task, s), s.name, s) for s in skills), key=lambda t: (-t[0], t[1]))
    return [s for score, _, s in scored[:k] if score >= min_score]


def skill_choice_prompt(task: str, skills: Sequence[Skill]) -> list[Message]:
    """Messages asking the model to pick one skill by name (or none)."""
    listing = "\n".join(f"- {s.name}: {s.description}" for s in skills)
    return [
        Message("system", "Pick the skill that fits the task. Reply with JSON only: {\"skill\": NAME or null}."),
        Message("user", f"Skills:\n{listing}\n\nTask:\n{task}", trusted=False),
    ]


def parse_skill_choice(reply: str, skills: Sequence[Skill]) -> Skill | None:
    """The skill a model named in `{"skill": ...}`; raises ModelRetry on anything else."""
    start = reply.find("{")
    try:
        value, _ = json.JSONDecoder().raw_decode(reply, max(start, 0))
    except (ValueError, RecursionError):  # bad JSON, an integer past Python's digit limit, nesting too deep
        raise ModelRetry('reply with JSON only: {"skill": NAME or null}') from None
    if not isinstance(value, dict) or "skill" not in value:
        raise ModelRetry('reply with JSON only: {"skill": NAME or null}')
    if value["skill"] is None:
        return None
    by_name = {s.name: s for s in skills}
    if value["skill"] not in by_name:
        raise ModelRetry(f"unknown skill {str(value['skill'])[:40]!r}; choose one of {', '.join(by_name)} or null")
    return by_name[value["skill"]]

"""Errors planted in knights-and-knaves search traces, to measure the logic checker (`logic.py`).

A search trace assumes roles and excludes them ("Assume X is a knight. No contradiction is found in ...",
"X cannot be a knave, because this would contradict ..."). With a seeded generator `plant` changes what one
step asserts, so the step becomes false, and says which step it changed:
- "role": flip the role in the step's assumption or exclusion ("Assume X is a knight" -> "knave");
- "contradiction": turn "X cannot be R, because this would contradict P" into "Assume X is R. No
  contradiction is found in P", or the reverse.

Left out: errors in free-form traces, and reading any data set (`agentlib.evals.kk_traces` does).
"""

from __future__ import annotations

import random
import re

from agentlib.errors import InputError

PLANTINGS = ("role", "contradiction")


def plant(steps: list[str], kind: str, rng: random.Random, *, truthful: str = "knight",
          liar: str = "knave") -> tuple[list[str], int] | None:
    """A copy of `steps` with one error of `kind` planted; returns (steps, index) or None if none fits."""
    if kind == "role":
        pattern = rf"^(Assume .+? is an? |.+? cannot be an? )({truthful}|{liar})\b"
    elif kind == "contradiction":
        pattern = (r"^(Assume .+? is an? \w+\. No contradiction is found in "
                   r"|.+? cannot be an? \w+, because this would contradict )")
    else:
        raise InputError(f"unknown planting {kind!r}; choose from {', '.join(PLANTINGS)}")
    candidates = [i for i, s in enumerate(steps) if re.match(pattern, s)]
    if not candidates:
        return None
    index = rng.choice(candidates)
    step = steps[index]
    if kind == "role":
        match = re.match(pattern, step)
        assert match is not None  # the candidates matched it
        swapped = liar if match.group(2) == truthful else truthful
        planted = match.group(1) + swapped + step[match.end():]
    else:
        planted = _flip_contradiction(step)
    return [*steps[:index], planted, *steps[index + 1:]], index


def _flip_contradiction(step: str) -> str:
    assumed = re.match(r"^Assume (.+?) is (an? \w+)\. No contradiction is found in (?:their|the) (false )?claim"
                       r"(?: of (.+?))? that (.*)$", step)
    if assumed:
        name, role, false, speaker, rest = assumed.groups()
        return (f"{name} cannot be {role}, because this would contradict the {false or ''}claim of "
                f"{speaker or 'their own'} that {rest}")
    excluded = re.match(r"^(.+?) cannot be (an? \w+), because this would contradict the (false )?claim of (.+?) "
                        r"that (.*)$", step)
    if excluded is None:
        return step
    name, role, false, speaker, rest = excluded.groups()
    whose = "their" if speaker == "their own" else "the"
    of = "" if speaker == "their own" else f" of {speaker}"
    return f"Assume {name} is {role}. No contradiction is found in {whose} {false or ''}claim{of} that {rest}"

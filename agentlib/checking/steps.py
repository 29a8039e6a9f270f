"""Split a reasoning trace into steps: a list is taken as given; text is split on blank lines,
numbered markers ("Step 2:", "2.", "2)") and, inside a `<think>` block, on its paragraphs.

Left out: splitting one long paragraph into sentences (claims keep their step's index anyway).
"""

from __future__ import annotations

import re

from agentlib.errors import InputError

MAX_STEPS = 2_000


def split_steps(trace: str | list[str]) -> list[str]:
    """Steps of a trace, in order; raises `InputError` for a trace of the wrong type."""
    if isinstance(trace, list):
        if not all(isinstance(step, str) for step in trace):
            raise InputError("a trace given as a list must be a list of strings (one per step)")
        return [step for step in trace][:MAX_STEPS]
    if not isinstance(trace, str):
        raise InputError(f"a trace is text or a list of steps, not {type(trace).__name__}")
    text = re.sub(r"</?think>", "\n\n", trace)
    text = re.sub(r"\n(?=\s*(?:\*\*)?(?:Step\s+\d+\s*[:.)]|\d+[.)]\s))", "\n\n", text, flags=re.I)
    steps = [part.strip() for part in re.split(r"\n\s*\n", text)]
    return [step for step in steps if step][:MAX_STEPS]

"""Split a reasoning trace into steps: a list is taken as given; text is split on blank lines,
numbered markers ("Step 2:", "2.", "2)") and, inside a `<think>` block, on its paragraphs.

The trace's own marker at the start of a step ("Step 2:", "**Step 2:**", "2.") is removed once, so a report
that prints "Step 2: ..." does not print "Step 2: Step 2: ...". Splitting is linear in the trace's length.

Left out: splitting one long paragraph into sentences (claims keep their step's number anyway).
"""

from __future__ import annotations

import re

from agentlib.errors import InputError

# steps past this many are reported "unchecked" (step_limit), never dropped without a word
MAX_STEPS = 20_000
# a trace of more steps than this is refused before any work: listing a million steps back, each unchecked, took
# longer than any deadline (a 1,000,000-step list ran 16 s past a 3 s one)
MAX_TRACE_STEPS = 100_000
# the claims of a step are read from its first this many characters; a longer step is reported "unchecked"
# (step_length) beside the claims read there: a wrong line past the bound was reported as a trace with no error
MAX_STEP_CHARS = 20_000
_MARKER = re.compile(r"^\s*(?:\*\*\s*)?(?:Step\s+\d+\s*[:.)]|\d+[.)](?=\s))(?:\s*\*\*)?\s*", re.I)


def split_steps(trace: str | list[str]) -> list[str]:
    """Steps of a trace, in order, each without the trace's own leading step marker.

    Raises `InputError` for a trace of the wrong type (a list of non-strings, bytes, None, a number) or of more
    than `MAX_TRACE_STEPS` steps."""
    if isinstance(trace, list):
        _check_count(len(trace))
        if not all(isinstance(step, str) for step in trace):
            raise InputError("a trace given as a list must be a list of strings (one per step)")
        return [strip_marker(step) for step in trace]
    if not isinstance(trace, str):
        raise InputError(f"a trace is text or a list of steps, not {type(trace).__name__}")
    text = re.sub(r"</?think>", "\n\n", trace)
    text = re.sub(r"\n(?=[ \t]*(?:\*\*)?(?:Step\s+\d+\s*[:.)]|\d+[.)]\s))", "\n\n", text, flags=re.I)
    parts = re.split(r"\n\s*\n", text)
    _check_count(sum(1 for part in parts if part.strip()))
    steps = [strip_marker(part.strip()) for part in parts]
    return [step for step in steps if step]


def _check_count(count: int) -> None:
    if count > MAX_TRACE_STEPS:
        raise InputError(f"the trace has {count:,} steps; the limit is {MAX_TRACE_STEPS:,} (the first {MAX_STEPS:,} "
                         "are checked): split it into shorter traces")


def strip_marker(step: str) -> str:
    """`step` without one leading "Step 3:" / "**Step 3:**" / "3." marker (the report prints its own)."""
    stripped = _MARKER.sub("", step, count=1)
    return stripped if stripped.strip() else step

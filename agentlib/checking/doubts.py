"""Doubts a word-problem trace states itself: an assumption the problem does not give, or its result called impossible.

A solution of a word problem only needs what the problem says. When a step fills a gap ("assuming a
standard workweek of 5 days", "the problem does not say how many sofas Jenna has, so we assume...") or
reports that its result cannot be right ("a negative number of candies is not possible, we must have
made a mistake"), the trace has left the problem: either it misread it or an earlier value is wrong.
This is the step to review. The verdict is "unsupported", like an unknown operand (`grounding.py`): the
words are the trace's own, and no tool recomputed anything.

Only word and story problems are read this way (the callers gate on `is_word_problem`/`is_story_problem`):
in competition mathematics "assume", "suppose" and "impossible" are how proofs by cases and by
contradiction are written, not doubts.

Left out, because correct traces say them too: verification ("this seems right"), rounding ("half a bus is
not possible, so 23 buses"), hedges ("about 3.5") and readings of a phrase ("we interpret 'twice' as ...").
"""

from __future__ import annotations

import re

from agentlib.checking.report import ClaimResult, Rule

# filling a gap in the problem with something it does not state
_ASSUMPTION = re.compile(r"\b(?:assum(?:e|es|ed|ing|ption|ptions)|presum(?:e|ably|ing)|unclear|ambiguous)\b", re.I)
# the step reports that its own result cannot be right
_TROUBLE = re.compile(
    r"\b(?:mistake|(?<!trial and )error|incorrect|(?:does|do)(?:n['’]t| not) make sense|confus\w*|contradict\w*|"
    r"re-?(?:evaluat|examin|consider|think)\w*|wait|oops|misread|misinterpret\w*|typo|"
    r"negative (?:number|amount)|can(?:not|['’]t) be negative)\b",
    re.I)


def stated_doubt(step: str) -> list[ClaimResult]:
    """The step's first stated assumption or self-reported trouble, as one "unsupported" claim; [] when none."""
    found = [m for m in (_ASSUMPTION.search(step), _TROUBLE.search(step)) if m is not None]
    if not found:
        return []
    match = min(found, key=lambda m: m.start())
    kind = "states an assumption the problem does not give" if match.re is _ASSUMPTION else "doubts its own result"
    return [ClaimResult("doubt", _sentence_around(step, match.start(), match.end()), "unsupported", reason=kind,
                        rule=Rule.STATED_DOUBT,
                        correct=f"the step says \"{match.group(0)}\"; check it against the problem")]


def _sentence_around(text: str, start: int, end: int, *, limit: int = 160) -> str:
    """The sentence holding text[start:end]; display math and colons end sentences too."""
    marks = (". ", "\n", "? ", "! ", ": ", "\\]", "$$")
    left = max(text.rfind(mark, 0, start) + len(mark) - 1 if text.rfind(mark, 0, start) >= 0 else -1 for mark in marks)
    right = min((i for i in (text.find(mark, end) for mark in marks) if i >= 0), default=len(text))
    sentence = " ".join(text[left + 1:right + 1].split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"

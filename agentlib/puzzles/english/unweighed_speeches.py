"""What someone says in a puzzle that never speaks of truth or lies: "Mum said Zoe is older than Max and Max is older
than Ivy. Ivy says she is the oldest. Is Ivy the oldest?"

The grammar reads a speech as a claim its speaker may or may not be right about, which is how a puzzle of knights,
liars or "exactly one of them is lying" weighs it. A puzzle with none of those words leaves the weight to the reader:
a parent stating the facts of a sibling argument is believed, a cast member's boast is not. So where the speeches
were weighed as open claims and the question came out open ("cannot be determined", or a count of solutions, which
counts the speakers' truth too), the question is decided again with every speaker believed; if that settles it
otherwise, the answer turns on whom the reader trusts, and the puzzle abstains rather than answer "cannot be
determined" for a reader who takes the parent at her word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from agentlib.puzzles.english.logic import Atom

# words that make truth-telling part of the puzzle: then a speech is a claim to weigh, as the grammar reads it
_TRUTH_WORDS = re.compile(r"\b(?:knights?|knaves?|liars?|lie[sd]?|lying|truth\w*|truthful|honest\w*|dishonest\w*|"
                          r"spy|spies|normals?|true|false|wrong|right|correct\w*|mistaken|trust\w*|reliable|believ\w*|"
                          r"accurate|fib\w*)\b", re.I)
_TRUTHFUL_SPEAKER = "__truthful_speaker"


def unweighed_speech_doubt(world: Any, question: Any, verdict: Any, text: str, decide: Callable[..., Any],
                           open_answer: bool) -> str | None:
    """Why the verdict is withheld when believing every speaker would decide the question otherwise; None when the
    puzzle weighs its speeches itself (it speaks of truth or lies), has none, or the verdict is not an open one.

    Args:
        world: the puzzle's world, whose speeches read as `__truthful_speaker(X) <-> claim`.
        question: the parsed question; `decide(world, question, spec)` gives its verdict.
        verdict: the verdict with the speeches weighed as open claims.
        open_answer: whether that verdict leaves the question open (or counts solutions).
    """
    speakers = list(dict.fromkeys(speech.speaker for speech in world.reading.speeches))
    if not speakers or not verdict.verified or not open_answer or _TRUTH_WORDS.search(text):
        return None
    believed = [(f"__believed_{n}", Atom(_TRUTHFUL_SPEAKER, (speaker,))) for n, speaker in enumerate(speakers, 1)]
    trusting = replace(world, labelled=[*world.labelled, *believed])
    other = decide(trusting, question, trusting.spec())
    if (other.status, other.answer) == (verdict.status, verdict.answer):
        return None
    names = " and ".join(world.name(speaker) for speaker in speakers)
    settled = other.answer if other.verified else "no answer"
    return (f"the puzzle does not say whether to believe what {names} said: weighed as claims that may be false, "
            f"the answer is {verdict.answer}; believed, it is {settled}")

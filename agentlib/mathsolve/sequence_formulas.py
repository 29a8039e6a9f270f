"""A term of a sequence given by its formula: "What is the 10th term of the sequence defined by $a_n = 3n - 2$?",
"Find the 5th term of the sequence with $b_k = k^2 + 1$", "the 20th term of the sequence whose nth term is
$2^n - 1$". The request evaluates the formula at the index asked (the subscript's letter, or n); a formula with any
other letter abstains in the worker.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.request import MathRequest
from agentlib.tools.notation import NotationError, to_plain

_QUESTION = re.compile(
    r"^(?:(?:what\s+is|what's|find|compute|determine|calculate)\s+)?(?:the\s+)?(?P<index>\d{1,9})(?:st|nd|rd|th)\s+"
    r"term\s+of\s+the\s+sequence\s+(?:(?:defined|given)\s+by|with|where|whose\s+(?:nth|n-th|general)\s+term\s+is)\s+"
    r"\$(?:\s*[A-Za-z]_\{?\s*(?P<letter>[a-z])\s*\}?\s*=)?(?P<formula>[^$=]{1,300})\$\s*[?.]?$", re.I)


def read_sequence_formula(text: str) -> MathRequest | None:
    """The evaluation of the asked term, or None when `text` is not this question."""
    found = _QUESTION.match(" ".join(text.split()))
    if found is None:
        return None
    letter = found.group("letter") or "n"
    try:
        formula = to_plain(found.group("formula"))
    except NotationError:
        return None
    index = str(int(found.group("index")))
    return MathRequest(task="evaluate", items=(formula,), shown=(found.group("formula").strip(),),
                       at=((letter, index),), notes=(f"the term with {letter} = {index}",))

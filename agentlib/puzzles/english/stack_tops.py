"""A stack said with "on top of": "The red box is on top of the blue one." read as "The red box is above the blue
one.", a reading that says less than the text.

"On top of" may mean resting right on ("directly above") or only higher in the stack; which one the text means is
unsaid. "Above" is true under both, so an answer it entails stands under both; `solve` keeps an answer from this
reading only where more premises would keep it (an entailment, never "cannot be determined": "Three boxes are
stacked. A is on top of B. C is not at the top. Is C at the bottom?" is open read as "above" and "yes" read as
"directly"). The question keeps its words ("Is the green box on top of the blue box?" asks the very thing the
two readings part on), as does "directly on top of" said anywhere (exactly "directly above", read as typed).
"""

from __future__ import annotations

import re

_ON_TOP_OF = re.compile(r"(?<!directly )(?<!right )(?<!immediately )\bon top of\b(?! (?:each other|one another))")


def on_top_as_above(text: str) -> str | None:
    """`text` with the statements' "on top of" said as "above"; None when no statement says it."""
    question_at = text.rfind("?")
    cut = text.rfind(".", 0, question_at) + 1 if question_at > 0 else len(text)
    head, question = text[:cut], text[cut:]
    spelled = _ON_TOP_OF.sub("above", head)
    return None if spelled == head else spelled + question

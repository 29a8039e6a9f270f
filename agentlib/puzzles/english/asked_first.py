"""A question or instruction typed first and closed by a colon: "List them from shortest to tallest: Gina is taller
than Hank. Hank is taller than Iris.", "Who is the oldest: Ann is older than Bo. ...".

The colon hands the statements to what is asked, so the text says what it would say with the ask put last. Only a
lead that opens with a question word or an ordering verb moves, and only when every sentence after the colon is a
statement; an ask that offers options ("Which of the following ...:") is left to the reader of choices.
"""

from __future__ import annotations

import re

_LEAD = re.compile(r"^\s*(?P<lead>(?P<word>who|whom|whose|which|what|where|how many|list|rank|order|sort|put|arrange|"
                   r"name)\b[^.?!:\n\"]{1,120}):[ \t]*\n?[ \t]*(?P<rest>[A-Z][^?]*[.!])\s*$", re.I | re.S)
_OPTIONS = re.compile(r"\b(?:following|options?|choices?|statements?)\b", re.I)
_ASKING = ("who", "whom", "whose", "which", "what", "where", "how many")


def ask_put_last(text: str) -> str:
    """`text` with an opening "question:" moved after the statements it introduces; as typed otherwise."""
    lead = _LEAD.match(text)
    if lead is None or _OPTIONS.search(lead.group("lead")):
        return text
    ask = lead.group("lead").strip()
    ask = ask[0].upper() + ask[1:]
    mark = "?" if lead.group("word").lower() in _ASKING else "."
    return f"{lead.group('rest').strip()} {ask}{mark}"

"""Two slips of fast typing, written as meant before a puzzle or argument is read: "then" for "than" after a
comparative ("alice is taller then bob", "Ann has more books then Bo") and "r" for "are" between two words ("all
cats r animals", "r u sure").

Each is read only where one reading is possible: "then" becomes "than" right after a comparative word ("taller",
"more X", "less X", "fewer X", "better"), with no comma between (", then" starts a clause) and a word after it; "r"
becomes "are" only in a text with no other one-letter word (so "p, q and r" and "If P then R" stay letters) and only
between two words.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import comparative

_THEN = re.compile(r"\b(?P<before>(?:more|less|fewer) [a-z]+|[A-Za-z]+) then (?=[A-Za-z])")
_R = re.compile(r"(?<=[A-Za-z]{2} )r(?= [A-Za-z])")
_ONE_LETTER = re.compile(r"(?<![\w'])(?![aAI]\b)[A-Za-z](?![\w'])")


def spelled_chat(text: str) -> str:
    """`text` with "then" after a comparative spelled "than" and a lone "r" between words spelled "are"."""
    text = _THEN.sub(_than, text) if " then " in text else text
    if re.search(r"(?<![\w'])r(?![\w'])", text) and len(_ONE_LETTER.findall(text)) == len(
            re.findall(r"(?<![\w'])r(?![\w'])", text)):
        text = _R.sub("are", text)
    return text


def _than(match: re.Match[str]) -> str:
    before = match["before"]
    last = before.split()[-1]
    if before.split()[0] in ("more", "less", "fewer") or (comparative(last) or ("", ""))[1] == "er":
        return f"{before} than "
    return match.group(0)

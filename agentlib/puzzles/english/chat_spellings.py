"""Slips and shorthands of fast typing, written as meant before a puzzle or argument is read: "then" for "than" after
a comparative ("alice is taller then bob", "Ann has more books then Bo"), "r" for "are" between two words ("all
cats r animals", "what r A and B?"), "&" for "and", "w/" and "w/o" for "with" and "without", and misspelt function
words that are no English word ("teh", "adn", "thier").

Each is read only where one reading is possible: "then" becomes "than" right after a comparative word ("taller",
"more X", "less X", "fewer X", "better"), with no comma between (", then" starts a clause) and a word after it; "r"
becomes "are" only between two words, and only in a text with no other lower-case one-letter word but "a" and "i"
and no capital "R" (so "p, q and r" and "If P then R" stay letters, while the capital names of "A says ...", "what
r A and B?" leave a lower-case "r" the verb); "&" and "w/" only between two words; a misspelt function word only in
lower case (a capital "Teh" may be a name).
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import comparative

_THEN = re.compile(r"\b(?P<before>(?:more|less|fewer) [a-z]+|[A-Za-z]+) then (?=[A-Za-z])")
_R = re.compile(r"(?<=[A-Za-z]{2} )r(?= [A-Za-z])|(?<=[A-Za-z] )r(?= [A-Za-z]{2})")
_LONE_R = re.compile(r"(?<![\w'])r(?![\w'])")
# one-letter words that may be letters standing for something: any lower-case one but "a" and "i", and a capital "R"
_LETTER_BESIDE_R = re.compile(r"(?<![\w'])(?:(?![ai]\b)[b-qs-z]|R)(?![\w'])")
_AMPERSAND = re.compile(r"(?<=[A-Za-z]) & (?=[A-Za-z])")
_WITH = re.compile(r"(?<![\w/])[wW]/(?P<out>[oO](?![\w/]))?(?=\s*[A-Za-z])")
# typed function words that are no English word, each with the one word it can be
_FUNCTION_TYPOS = {"teh": "the", "hte": "the", "adn": "and", "thier": "their", "taht": "that",
                   "waht": "what", "wich": "which", "becuase": "because", "becasue": "because", "whta": "what"}
_TYPO = re.compile(r"\b(?:" + "|".join(_FUNCTION_TYPOS) + r")\b")


def spelled_chat(text: str) -> str:
    """`text` with the slips of the module notes written as meant; anything else as typed."""
    text = _THEN.sub(_than, text) if " then " in text else text
    if _LONE_R.search(text) and not _LETTER_BESIDE_R.search(text):
        text = _R.sub("are", text)
    text = _AMPERSAND.sub(" and ", text)
    text = _WITH.sub(lambda m: "without " if m.group("out") else "with ", text)
    text = re.sub(r"\b(with(?:out)?) {2,}", r"\1 ", text)
    return _TYPO.sub(lambda m: _FUNCTION_TYPOS[m.group(0)], text)


def _than(match: re.Match[str]) -> str:
    before = match["before"]
    last = before.split()[-1]
    if before.split()[0] in ("more", "less", "fewer") or (comparative(last) or ("", ""))[1] == "er":
        return f"{before} than "
    return match.group(0)

"""A relation stated before the question in one sentence: "If y = 2x + 1, find y when x = 3", "Given y = x^2 - 1,
what is y when x = 4?", "y = 3x - 2, what is y when x = 5".

The reader takes such a relation as an equation when it stands in its own sentence ("y = 2x + 1. Find y when x = 3."),
but the lead word ("if", "given", "suppose", "let") or the comma joining it to the question hides that. A letter set
equal to a formula with a letter in it is a relation, not a value, so the lead word drops and the comma becomes a
sentence break. "If x = 2, find 3x + 1" gives x a value (no letter on the right) and stays as typed.

"What is y (when x = 3)?" after an equation in y asks for y from it, as "find y" does; a lone letter asked with
"what is" would otherwise be a second formula to evaluate beside the equation.
"""

from __future__ import annotations

import re

_STATED = re.compile(r"^\s*(?:(?:if|given(?: that)?|suppose(?: that)?|let)\s+)?(?P<relation>[A-Za-z]\s*=\s*"
                     r"(?![^,]*(?:=|\band\b))(?=[^,]*[A-Za-z])[^,;.?]+?)\s*,\s*(?P<question>(?:then\s+)?(?:what|find|compute|calculate|"
                     r"evaluate|determine|solve|work out)\b.*)$", re.I | re.S)


_ASKED_LETTER = re.compile(r"\bwhat(?:'s| is)(?: the value of)? (?P<letter>[A-Za-z])"
                           r"(?=\s*(?:when|if|given|for|at|\?|$|,))", re.I)


def spell_stated_relation(text: str) -> str:
    """`text` with a leading relation set apart as its own sentence before the question, and "what is y" after an
    equation in y written "find y"."""
    match = _STATED.match(text)
    if match is not None:
        text = f"{match['relation'].strip()}. {match['question']}"
    asked = _ASKED_LETTER.search(text)
    if asked is not None and re.search(rf"(?<![A-Za-z]){asked['letter']}(?![A-Za-z])[^=]*=|=[^=]*"
                                       rf"(?<![A-Za-z]){asked['letter']}(?![A-Za-z])", text[:asked.start()]):
        text = f"{text[:asked.start()]}find {asked['letter']}{text[asked.end():]}"
    return text

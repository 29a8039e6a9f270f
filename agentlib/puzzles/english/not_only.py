""""Not only did Kai win, but he also broke the record": both clauses are stated; the "not" denies nothing.

A shallow reading sees "not" and negates the first clause. The construction asserts its two parts, so it is spelled
out as the conjunction the grammar reads: the first clause's inverted auxiliary goes back after its subject ("Not
only did Kai win the race" -> "Kai did win the race"), and "Not only Lee but also Max passed" becomes "Lee and Max
passed". Only a subject the grammar would take at face value is moved: one capitalized name, a subject pronoun, or
"the" and one noun; anything else is left as written (and then abstains).
"""

from __future__ import annotations

import re

_AUX = r"(?:did|does|do|is|was|are|were|has|have|had|can|could|will)"
_SUBJECT = r"(?:[A-Z][a-z]+|he|she|it|they|we|I|you|the [a-z]+)"
_INVERTED = re.compile(rf"^[Nn]ot only (?P<aux>{_AUX}) (?P<subject>{_SUBJECT}) (?P<rest>[^,;]+?),? but (?P<second>.+)$",
                       re.S)
_SUBJECTS = re.compile(r"^[Nn]ot only (?P<a>[A-Z][a-z]+),? but also (?P<b>[A-Z][a-z]+) (?P<rest>[a-z].+)$", re.S)


def unfold_not_only(sentence: str) -> str:
    """`sentence` with "not only ... but (also) ..." as a plain conjunction; unchanged when it has another shape."""
    text = sentence.strip()
    inverted = _INVERTED.match(text)
    if inverted is not None:
        subject = inverted.group("subject")
        subject = subject[0].upper() + subject[1:]
        return f"{subject} {inverted.group('aux')} {inverted.group('rest')}, and {inverted.group('second')}"
    subjects = _SUBJECTS.match(text)
    if subjects is not None:
        return f"{subjects.group('a')} and {subjects.group('b')} {subjects.group('rest')}"
    return sentence

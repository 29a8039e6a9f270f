"""An apposition in the question: "Is it possible that Sam, a student, failed?", "Did Ann, who is a nurse, pass?".

What the apposition says of the name is not what is asked: the asker takes it as given, as a sentence said before
the question would be ("Sam is a student. Is it possible that Sam failed?"), and that is how the text is read. Only
an indefinite noun phrase set off by commas after a name ("Sam, a student,", "Sam, who is a student,"), and never one
followed by "and" / "or", where the commas may list people ("Did Ann, a nurse, and Bo pass?").
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.text import split_sentences

_APPOSED = re.compile(r"\b(?P<name>[A-Z][a-z]+), (?:who (?P<verb>is|was) )?(?P<phrase>an? [a-z]+(?: [a-z]+)?),"
                      r" (?!and\b|or\b|nor\b)")


def apposition_as_statement(text: str) -> str | None:
    """`text` with the question's one apposition said as a sentence before it, or None when it has none."""
    sentences = split_sentences(text)
    if not sentences or not sentences[-1].strip().endswith("?"):
        return None
    question = sentences[-1].strip()
    found = list(_APPOSED.finditer(question))
    if len(found) != 1 or found[0].start() == 0:
        return None  # "Ann, a nurse, ...?" opening the question may be an address ("Ann, a nurse: ...")
    match = found[0]
    said = f"{match['name']} {match['verb'] or 'is'} {match['phrase']}."
    asked = question[:match.end("name")] + " " + question[match.end():]
    return " ".join([*(s.strip() for s in sentences[:-1]), said, asked])

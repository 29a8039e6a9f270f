"""People named together as members of a group someone owns: "Ann and Bo are my friends." says of each that they
are my friend, which the grammar reads one at a time ("Ann is my friend.") and meets with "All my friends like jazz."

"Are my friends" distributes over the names (each of them is one), so the rewrite says what the text says. Read
only for a sentence of names joined by "and", "are" / "were", a possessive ("my", "our", "your", "his", "her",
"their") and a plural noun the lexicon knows as a noun; the grammar reads or refuses each singular sentence.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import is_word, lemma

_NAME = r"[A-Z][a-z]+"
_MEMBERS = re.compile(
    rf"(?:^|(?<=[.!?])\s+)(?P<names>{_NAME}(?:, {_NAME})*,? and {_NAME}) (?P<be>are|were) "
    r"(?P<owner>my|our|your|his|her|their) (?P<noun>[a-z]+s)\.")


def members_one_by_one(text: str) -> str | None:
    """`text` with "Ann and Bo are my friends." said as "Ann is my friend. Bo is my friend."; None when nothing is."""
    def one_by_one(match: re.Match[str]) -> str:
        single = lemma(match["noun"], "NOUN")
        if single == match["noun"] or not is_word(single, "NOUN"):
            return match.group(0)
        be = "is" if match["be"] == "are" else "was"
        lead = match.group(0)[:match.start("names") - match.start()]
        names = re.split(r",? and |, ", match["names"])
        return lead + " ".join(f"{name} {be} {match['owner']} {single}." for name in names)

    rewritten = _MEMBERS.sub(one_by_one, text)
    return rewritten if rewritten != text else None

"""Birth order as age: "Zack was born before Yara" says Zack is older than Yara, "born after" / "born later than"
that he is younger. Only a clause of exactly the shape NAME was/were born before/after NAME is rewritten, so a date
or a place ("born in May", "born before the war") never is."""

from __future__ import annotations

import re

_NAME = r"[A-Z][a-z]+"
_BORN = re.compile(rf"\b(?P<first>{_NAME}) (?:was|were|is) born (?P<when>before|earlier than|after|later than) "
                   rf"(?P<second>{_NAME})\b(?!')")
_BORN_ASKED = re.compile(rf"^(?:was|were|is) (?P<first>{_NAME}) born (?P<when>before|earlier than|after|later than) "
                         rf"(?P<second>{_NAME})\?$", re.I)


def unfold_birth_order(sentence: str) -> str:
    """The sentence with every "A was born before B" read as "A is older than B" (after: younger); the question
    "Was A born before B?" as "Is A older than B?"."""
    def as_age(match: re.Match[str]) -> str:
        older = match.group("when") in ("before", "earlier than")
        return f"{match.group('first')} is {'older' if older else 'younger'} than {match.group('second')}"
    asked = _BORN_ASKED.match(sentence.strip())
    if asked is not None:  # "Was Bo born before Ann?" asks "Is Bo older than Ann?"
        return "Is " + as_age(asked) + "?"
    return _BORN.sub(as_age, sentence)

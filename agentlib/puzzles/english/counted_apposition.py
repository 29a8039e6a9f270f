"""A counted group named in apposition: "Three friends, Ann, Ben and Cal, have different heights." says what the
three named people do; the count and its noun introduce them.

Read as two sentences, "Ann, Ben and Cal are friends." and "Ann, Ben and Cal have different heights.", when the
count agrees with the names listed; a count that disagrees ("Two friends, Ann, Ben and Cal, ...") is left as it
is, for the grammar to refuse.
"""

from __future__ import annotations

import re

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_NAME = r"[A-Z][a-z]+"
_APPOSED = re.compile(
    rf"^(?P<count>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[2-8]) (?P<noun>[a-z]+s), "
    rf"(?P<names>{_NAME}(?:, {_NAME})*,? and {_NAME}), (?P<rest>[a-z].*)$")


def unfold_counted_apposition(sentence: str) -> list[str]:
    """ "Three friends, Ann, Ben and Cal, have different heights." -> ["Ann, Ben and Cal are friends.",
    "Ann, Ben and Cal have different heights."]; the sentence alone when it is not of that shape."""
    match = _APPOSED.match(sentence.strip())
    if match is None:
        return [sentence]
    names = re.split(r",? and |, ", match.group("names"))
    count = match.group("count").lower()
    if _COUNTS.get(count, int(count) if count.isdigit() else 0) != len(names):
        return [sentence]
    group = match.group("names")
    return [f"{group} are {match.group('noun')}.", f"{group} {match.group('rest')}"]

"""Something owned and named in one breath: "Sam has a dog named Rex." is said as "Rex is Sam's dog.", which every
reader already takes as two facts (Rex is a dog; Rex is Sam's dog), so rules about Sam's pets or about dogs reach
Rex. "Sam's dog is called Rex." and "I have a cat named Tom." ("Tom is my cat.") read the same way.

Only a named owner (or "I"), a verb of having, one indefinite noun (with at most one word before it) and a name are
turned; anything else ("Sam met a man named Rex") is left as written."""

from __future__ import annotations

import re

_OWNER = r"(?P<owner>I|[A-Z][a-z]+)"
_NOUN = r"(?P<noun>[a-z]+(?: [a-z]+)?)"
_NAMED = r"(?:named|called)"
_NAME = r"(?P<name>[A-Z][a-z]+)"
_START = r"(?P<lead>^|(?<=[.!?] )|(?<=\n))"
_HAS_ONE_NAMED = re.compile(
    rf"{_START}{_OWNER} (?:has|had|have|owns|owned|own|keeps|kept) an? {_NOUN},? {_NAMED} {_NAME}(?=[.!?])", re.M)
_ONES_IS_NAMED = re.compile(rf"{_START}(?P<owner>[A-Z][a-z]+)'s {_NOUN} (?:is|was) {_NAMED} {_NAME}(?=[.!?])", re.M)
_NOT_OWNERS = frozenset(("The", "A", "An", "This", "That", "Every", "Each", "No", "Some", "All", "If", "When", "It"))


def name_possessions(text: str) -> str:
    """`text` with each "X has a NOUN named Y" / "X's NOUN is called Y" said as "Y is X's NOUN"."""
    def said_as_ownership(match: re.Match[str]) -> str:
        owner = match.group("owner")
        if owner in _NOT_OWNERS:
            return match.group(0)
        possessive = "my" if owner == "I" else f"{owner}'s"
        return f"{match.group('lead')}{match.group('name')} is {possessive} {match.group('noun')}"
    return _ONES_IS_NAMED.sub(said_as_ownership, _HAS_ONE_NAMED.sub(said_as_ownership, text))

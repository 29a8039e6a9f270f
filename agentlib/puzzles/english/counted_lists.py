"""Things counted and then listed after a colon: "Zoe has two pets: a dog and a cat." says, among other things, that
Zoe has a dog and a cat, which the grammar reads ("Does Zoe have a cat?").

The rewrite keeps the list and drops the count and its noun ("pets"), so it says less than the text: it is a weaker
reading (`solve` keeps its answer only where more premises would keep it). Read only when the count agrees with the
items listed, each an indefinite thing ("a dog", "an old bike"), after a named owner and "has" / "owns"; a count
that disagrees ("two pets: a dog, a cat and a fish") is left for the grammar to refuse.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import NUMBER_WORDS

_ITEM = r"(?:an?|one) (?:[a-z]+ )?[a-z]+"
_COUNTED = re.compile(
    rf"(?:^|(?<=[.!?])\s+)(?P<owner>[A-Z][a-z]+ (?:has|had|owns|owned)) (?P<count>[a-z]+|\d) (?:[a-z]+ )?[a-z]+s: "
    rf"(?P<items>{_ITEM}(?:, {_ITEM})*,? and {_ITEM})\.")


def counted_as_listed(text: str) -> str | None:
    """`text` with "Zoe has two pets: a dog and a cat." said as "Zoe has a dog and a cat."; None when nothing is."""
    def listed(match: re.Match[str]) -> str:
        count = match["count"]
        size = int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower())
        items = re.split(r",? and |, ", match["items"])
        if size != len(items):
            return match.group(0)
        return f"{match.group(0)[:match.start('owner') - match.start()]}{match['owner']} {match['items']}."

    rewritten = _COUNTED.sub(listed, text)
    return rewritten if rewritten != text else None

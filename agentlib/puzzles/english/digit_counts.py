"""A count typed in digits that opens a sentence before a plural noun ("4 people sit around a round table: ...", "5
friends, Ann, Bo, ..., ran a race") spelled as the word the readers of a cast's count know ("Four people").

The same number in another spelling, so the change is sound; it is made only where a cast or a scene is counted
(the first word of a sentence or a line, from 2 to 12, before a plural noun), never inside a clause where a number
is an amount ("Ann has 3 more apples") and the readers of amounts want digits.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import NUMBER_WORDS, is_word, lemma

_SPELLED = {number: word for word, number in NUMBER_WORDS.items()}
_OPENING_COUNT = re.compile(r"(?P<lead>(?:^|[.!?]\s+|\n)[ \t]*)(?P<number>1[0-2]|[2-9]) (?P<noun>[a-z]+)\b")


def spelled_counts(text: str) -> str:
    """`text` with each sentence-opening count of a plural noun spelled as a word; as typed when it has none."""
    def spell(match: re.Match[str]) -> str:
        noun = match.group("noun")
        if not is_word(noun, "NOUN") or lemma(noun, "NOUN") == noun:
            return match.group(0)  # "3 more ...", "5 is ...": no counted plural
        return f"{match.group('lead')}{_SPELLED[int(match.group('number'))].capitalize()} {noun}"

    return _OPENING_COUNT.sub(spell, text)

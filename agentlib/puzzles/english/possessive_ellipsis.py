"""A possessive whose noun is left out because the sentence just said it: "Ann's car is faster than Bo's." is
"Ann's car is faster than Bo's car.", and "Is Wendy's birthday before Xena's?" asks of Xena's birthday.

English drops the head noun after a possessive when an earlier possessive of the same sentence names it (noun-phrase
ellipsis); the owner alone ("Bo's") is then no person but Bo's thing. The noun is copied only when the sentence's
earlier possessives name one noun ("Ann's car is faster than Bo's bike and Cy's" could mean either, and is left as
typed, to be unread). A bare possessive is one followed by the end of a clause, "and" / "or" / "but", or a copula
("Bo's is red": "Bo's" cannot be "Bo is" there); before any other word "Bo's" may be "Bo is" ("Bo's taller") and
is left alone.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import comparative, is_word

_OWNED = re.compile(r"\b(?P<owner>[A-Z][a-z]+)'s (?P<noun>[a-z]+)\b")
_BARE = re.compile(r"\b(?P<owner>[A-Z][a-z]+)'s(?=\s*(?:[.?!,;]|$)|\s+(?:and|or|but|is|was|isn't|wasn't)\b)")


def unfold_possessive_ellipsis(sentence: str) -> str:
    """`sentence` with each bare possessive given the noun its sentence's earlier possessives name, or unchanged."""
    pieces: list[str] = []
    last = 0
    for bare in _BARE.finditer(sentence):
        nouns = {m["noun"] for m in _OWNED.finditer(sentence[:bare.start()]) if _thing_noun(m["noun"])}
        if len(nouns) != 1:
            return sentence  # nothing named before it, or two nouns it could mean
        pieces.append(sentence[last:bare.end()] + " " + nouns.pop())
        last = bare.end()
    return "".join(pieces) + sentence[last:] if pieces else sentence


_AFTER_IS = frozenset({"not", "a", "an", "the", "been", "got", "sick", "right", "wrong", "fine", "home", "out", "in",
                       "on", "off", "up", "back", "first", "last", "ready", "done", "gone", "well", "late", "there"})


def _thing_noun(word: str) -> bool:
    """A noun and not a word "'s" ("is") may join to a name: "Ann's taller", "Ann's going", "Ann's home"."""
    return is_word(word, "NOUN") and comparative(word) is None and not word.endswith("ing") and word not in _AFTER_IS

"""A noun left out because the sentence just said it (noun-phrase ellipsis), spelled back in: "Ann's car is faster
than Bo's." is "... than Bo's car.", "Is Wendy's birthday before Xena's?" asks of Xena's birthday, and "The red house
is left of the blue one." is "... of the blue house.".

English drops the head noun after a possessive or an adjective when an earlier noun phrase of the same sentence
names it; the owner alone ("Bo's") is then no person but Bo's thing, and "the blue one" no new thing but the blue
house. The noun is copied only when the sentence's earlier noun phrases of that shape name one noun ("Ann's car is
faster than Bo's bike and Cy's" could mean either, and is left as typed, to be unread). A bare possessive is one
followed by the end of a clause, "and" / "or" / "but", or a copula ("Bo's is red": "Bo's" cannot be "Bo is"
there); before any other word "Bo's" may be "Bo is" ("Bo's taller") and is left alone. "the other one" is not an
adjective's noun (it means the one left) and stays.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import comparative, is_word, lemma

_OWNED = re.compile(r"\b(?P<owner>[A-Z][a-z]+)'s (?P<noun>[a-z]+)\b")
_BARE = re.compile(r"\b(?P<owner>[A-Z][a-z]+)'s(?=\s*(?:[.?!,;]|$)|\s+(?:and|or|but|is|was|isn't|wasn't)\b)")


_DESCRIBED = re.compile(r"\b[Tt]he (?P<adjective>[a-z]+) (?P<noun>[a-z]+)\b")
_ADJECTIVE_ONE = re.compile(r"\bthe (?P<adjective>[a-z]+) one\b(?! of\b)")


# "between the red and blue books", "between the red and the blue house": two things, the noun said once
_BETWEEN_SHARED = re.compile(r"\bbetween the (?P<first>[a-z]+) and (?:the )?(?P<second>[a-z]+) (?P<noun>[a-z]+)\b")


def unfold_noun_ellipsis(sentence: str) -> str:
    """`sentence` with its left-out nouns spelled in ("than Bo's" -> "than Bo's car", "the blue one" -> "the blue
    house", "between the red and blue books" -> "between the red book and the blue book"), or unchanged."""
    return _between_shared(_adjective_ones(_bare_possessives(sentence)))


def _between_shared(sentence: str) -> str:
    def spelled(match: re.Match[str]) -> str:
        first, second, noun = match["first"], match["second"], match["noun"]
        if not all(is_word(word, "ADJ") and comparative(word) is None for word in (first, second)) or \
                not is_word(noun, "NOUN"):
            return match.group(0)
        single = lemma(noun, "NOUN")
        return f"between the {first} {single} and the {second} {single}"
    return _BETWEEN_SHARED.sub(spelled, sentence)


def _adjective_ones(sentence: str) -> str:
    """ "the blue one" -> "the blue house" after "the red house" in the same sentence."""
    pieces: list[str] = []
    last = 0
    for one in _ADJECTIVE_ONE.finditer(sentence):
        if one["adjective"] in ("other", "only", "first", "last", "same", "next", "right", "wrong"):
            return sentence
        nouns = {m["noun"] for m in _DESCRIBED.finditer(sentence[:one.start()])
                 if is_word(m["adjective"], "ADJ") and m["noun"] != "one" and _thing_noun(m["noun"])}
        if len(nouns) != 1:
            return sentence
        pieces.append(sentence[last:one.start()] + f"the {one['adjective']} {nouns.pop()}")
        last = one.end()
    return "".join(pieces) + sentence[last:] if pieces else sentence


def _bare_possessives(sentence: str) -> str:
    """ "than Bo's." -> "than Bo's car." after "Ann's car" in the same sentence."""
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

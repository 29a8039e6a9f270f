"""Two wordings that cannot be one proposition: one says a word whose opposite or sibling the other says.

Sentence embeddings place "takes the early train" and "takes the late train" closer than most paraphrases
(one topic, one frame, one word apart), and shared words raise the score further, so a distractor rule one
word away from a proposition merged with it. What keeps them apart is grammar, not distance: a word the
other phrase lacks is the opposite of a word the first lacks (early / late, win / lose, open / close), or
both are different members of one closed class (left / right, first / second, morning / evening, red / blue,
Monday / Tuesday, two / three). Words both phrases share are left out, so "arrives early" and "gets to the
office early" stay comparable by meaning.

Verbs for different acts of one event ("borrows" / "returns", "buys" / "rents") contrast too (`sibling_acts.py`).

`Contrasted` wraps a `meaning.Similarity` and scores such pairs `APART`, below every floor, so they are never
grouped and a question phrase never matches its twin. Left out: open-class siblings (sauce / soup, train /
bus) -- a lexicon of those would need word senses, and an embedding does not separate them from synonyms
(course / class) -- and antonyms under a negation ("does not lose" / "wins"), which stay two propositions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from agentlib.puzzles.english.meaning import FUNCTION_WORDS, Similarity
from agentlib.puzzles.english.sibling_acts import different_acts
from agentlib.puzzles.english.words import NUMBER_WORDS, ORDINALS, is_word, lemma

APART = -1.0  # the score of two contrasting phrases: below every join and match floor

# Closed classes: two different members never name one thing.
CLASSES: list[frozenset[str]] = [frozenset(words) for words in (
    set(ORDINALS) | {"last", "final"},
    set(NUMBER_WORDS),
    {"left", "right"}, {"front", "back", "rear"}, {"top", "bottom"}, {"up", "down"}, {"upstairs", "downstairs"},
    {"inside", "outside"}, {"indoor", "outdoor", "indoors", "outdoors"}, {"north", "south", "east", "west"},
    {"northern", "southern", "eastern", "western"},
    {"morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "dusk"},
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
    {"weekday", "weekend"},
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"},
    {"spring", "summer", "autumn", "fall", "winter"},
    {"red", "blue", "green", "yellow", "black", "white", "orange", "purple", "pink", "brown", "grey", "gray"},
    {"yesterday", "today", "tomorrow"},
    {"last", "next", "previous"},  # "last week" / "next week"
)]

# Opposites: pairs of words (adjectives, adverbs, verbs) that say the contrary of each other.
OPPOSITES: frozenset[frozenset[str]] = frozenset(frozenset(pair.split("/")) for pair in (
    "early/late", "hot/cold", "warm/cool", "full/empty", "wet/dry", "clean/dirty", "open/closed", "open/close",
    "new/old", "young/old", "old/modern", "tall/short", "long/short", "big/small", "large/small", "heavy/light",
    "light/dark", "fast/slow", "quick/slow", "quickly/slowly", "fast/slowly", "carefully/carelessly",
    "careful/careless", "loud/quiet", "loudly/quietly", "easy/hard", "easy/difficult", "happy/sad", "rich/poor",
    "cheap/expensive", "safe/dangerous", "strong/weak", "high/low", "same/different", "true/false",
    "right/wrong", "correct/incorrect", "healthy/sick", "awake/asleep", "present/absent", "public/private",
    "before/after", "above/below", "over/under", "more/less", "most/least", "good/bad", "better/worse",
    "win/lose", "buy/sell", "pass/fail", "succeed/fail", "arrive/leave", "arrive/depart", "enter/exit",
    "start/stop", "start/finish", "begin/end", "begin/finish", "accept/reject", "accept/refuse",
    "remember/forget", "push/pull", "lock/unlock", "borrow/lend", "increase/decrease", "rise/fall", "gain/lose",
    "include/exclude", "agree/disagree", "like/dislike", "love/hate", "appear/disappear", "attach/detach",
    "raise/lower", "sink/float", "import/export", "first/last", "wake/sleep",
    "give/receive", "send/receive", "ask/answer", "teach/learn", "win/loss", "victory/defeat", "sunny/rainy",
    "cooked/raw", "inner/outer", "upper/lower", "maximum/minimum", "plus/minus", "clockwise/anticlockwise",
    "forward/backward", "forwards/backwards", "together/alone", "always/never", "odd/even", "male/female",
    "wide/narrow", "thick/thin", "deep/shallow", "sweet/sour", "soft/hard", "smooth/rough", "tight/loose",
    "near/far", "first/second", "on/off", "fill/empty", "assemble/disassemble",
))

# Words whose closed-class sense is rare next to their everyday one ("march" is mostly walking, "fall" and
# "spring" mostly verbs): two of them together are no contrast of seasons or months.
_AMBIGUOUS = frozenset({"march", "fall", "spring"})


def _forms(word: str) -> frozenset[str]:
    return frozenset({word, lemma(word, "VERB"), lemma(word, "NOUN"), lemma(word, "ADJ")})


def _key(word: str) -> str:
    """One spelling per word, so that "turns" and "turn", "jackets" and "jacket" count as the same word."""
    for pos in ("VERB", "NOUN", "ADJ"):
        base = lemma(word, pos)
        if base != word:
            return base
    return word


def _reverses(a: str, b: str) -> bool:
    """Whether verb `a` undoes verb `b` by its prefix: "unload" / "load", "unpack" / "pack", "untie" / "tie" (only
    "un-": "dis-" and "de-" also begin verbs that undo nothing, "discover", "design")."""
    return a == "un" + b and is_word(a, "VERB") and is_word(b, "VERB")


@lru_cache(maxsize=4096)
def opposed(a: str, b: str) -> bool:
    """Whether two different words are opposites or different members of one closed class."""
    if a == b:
        return False
    left, right = _forms(a), _forms(b)
    if left & right:
        return False
    if any(frozenset((x, y)) in OPPOSITES for x in left for y in right):
        return True
    if any(_reverses(x, y) or _reverses(y, x) for x in left for y in right):
        return True
    if different_acts(left, right):  # "borrows" / "returns": one event, two acts (`sibling_acts.py`)
        return True
    if a in _AMBIGUOUS and b in _AMBIGUOUS:
        return False
    return any(left & members and right & members for members in CLASSES)


def _content_words(phrase: str) -> dict[str, str]:
    """key -> the word as written, for the content words of a phrase ("more" and "on" kept: "more" / "less",
    "switches on" / "switches off" contrast;
    particles left out: "work out" is no contrast of "work in")."""
    words = re.findall(r"[a-z]+", phrase.lower())
    return {_key(w): w for w in words if w not in FUNCTION_WORDS or w in ("more", "over", "on")}


def opposed_words(left: Iterable[str], right: Iterable[str]) -> bool:
    """Whether a word of `left` that `right` lacks opposes a word of `right` that `left` lacks."""
    a = {_key(w): w for w in left}
    b = {_key(w): w for w in right}
    return any(opposed(x, y) for k, x in a.items() if k not in b for j, y in b.items() if j not in a)


@lru_cache(maxsize=16384)
def contrasting(a: str, b: str) -> bool:
    """Whether phrase `a` says a word that opposes a word of phrase `b`, among the words they do not share."""
    return opposed_words(_content_words(a).values(), _content_words(b).values())


class Contrasted:
    """A similarity whose scores for contrasting phrases are `APART`; and a phrase whose closest wording is one it
    contrasts with ("finishes in second place" beside "finishes in first place") is `APART` from every phrase of
    that call: it is about the twin's topic but not the twin, so the next-closest wording, far behind, must not
    win by the twin's absence."""

    def __init__(self, inner: Similarity):
        self.inner = inner
        self.name = inner.name

    def matrix(self, left: Sequence[str], right: Sequence[str]) -> list[list[float]]:
        out = []
        for a, row in zip(left, self.inner.matrix(left, right)):
            twins = [contrasting(a, b) for b in right]
            closest_twin = max((s for s, t in zip(row, twins) if t), default=None)
            closest_other = max((s for s, t in zip(row, twins) if not t), default=None)
            if closest_twin is not None and (closest_other is None or closest_twin > closest_other):
                out.append([APART] * len(row))
            else:
                out.append([APART if t else s for s, t in zip(row, twins)])
        return out

"""A label before a colon that opens a puzzle ("Whiteboard: Lu is taller than Mo. ...", "Office party seating: Tara,
Umar and ... sat in a row.", "Our Sunday league: the Tigers ..."), which the reader would otherwise take for a speaker
whose words may be false, so that "Whiteboard: all cats are black. Tom is a cat. Is Tom black?" came out "cannot be
determined".

The label is dropped when it can only be a label: at most four words, each one the lexicon knows, a weekday, or two
known words written as one ("whiteboard"; so no name such as "Kenji"), none of them a quantifier, a negation, a
pronoun other than "my" / "our", a number other than a label's ("#3"), and none of them (by lemma) used anywhere
else in the text, where it could be a speaker or a word the label defines; and the puzzle speaks of no truth-tellers
or liars, whose puzzles are the ones where what someone says is a claim to weigh ("Host: I am a knave."). The
sentence after the colon keeps everything it says.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import is_word, lemma

_LEAD = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z-]*(?:[ \t]+(?:[A-Za-z-]+|#\d{1,3}))*)[ \t]*:[ \t]+(?P<rest>\S)")
_KEEPS = {"all", "every", "each", "some", "any", "no", "none", "not", "never", "nobody", "everyone", "everybody",
          "someone", "only", "both", "either", "neither", "there", "he", "she", "they", "it", "we", "you", "i", "his",
          "her", "their", "its", "your", "says", "said", "asks", "asked", "tells", "told", "reasoned", "knew", "noted",
          "writes", "wrote", "claims", "thinks", "believes"}
_TRUTH_WORDS = re.compile(r"\b(?:knights?|knaves?|liars?|lie[sd]?|lying|truth\w*|truthful|honest|dishonest|spy|spies|"
                          r"normals?|true|false)\b", re.I)
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_WORD = re.compile(r"[A-Za-z]+")


def without_label_colon(text: str) -> str:
    """`text` without the label before the colon that opens it (see the module notes); as typed otherwise."""
    lead = _LEAD.match(text)
    if lead is None or _TRUTH_WORDS.search(text):
        return text
    words = [w.lower() for w in _WORD.findall(lead.group("label"))]
    if not 1 <= len(lead.group("label").split()) <= 4 or any(w in _KEEPS or not _known(w) for w in words):
        return text
    rest = text[lead.start("rest"):]
    elsewhere = {key for w in _WORD.findall(rest) for key in _keys(w.lower())}
    if any(_keys(w) & elsewhere for w in words if w not in ("my", "our")):
        return text
    return rest[:1].upper() + rest[1:]


def _known(word: str) -> bool:
    """A word of the lexicon, a weekday, or two words of at least three letters written as one ("whiteboard")."""
    return is_word(word) or word in _WEEKDAYS or any(is_word(word[:k]) and is_word(word[k:])
                                                      for k in range(3, len(word) - 2))


def _keys(word: str) -> set[str]:
    return {word, lemma(word, "NOUN"), lemma(word, "VERB"), lemma(word, "ADJ")}

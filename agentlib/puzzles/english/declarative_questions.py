"""A yes/no question typed in the order of a statement, its question mark doing the asking, as people type in chat
or in a second language: "Kenji has a car?", "Tweety is an animal?", "Bo danced?", "So it is raining or not?".

Written as the inverted question it asks ("Does Kenji have a car?", "Is Tweety an animal?", "Did Bo dance?", "Is it
raining?"), which the grammar reads; the words and their meaning stay, only their order and the auxiliary change
(an asked "X or not?" asks X). Only the last sentence is rewritten, and only when its subject is plain: a name (with
its title: "Mrs. Wang"), "it", or a noun phrase opened by an article or a possessive ("the lead actor", "my
sister"), followed by its verb. The verb is the first auxiliary (is, can, will, ...) or, after a noun phrase of at
least one noun, the first word inflected as a verb ("has", "danced"); a negated or otherwise unclear sentence is left
as typed, for the grammar to read or abstain on.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.meaning import FUNCTION_WORDS
from agentlib.puzzles.english.words import COPULAS, MODALS_ABILITY, MODALS_ASSERT, MODALS_POSSIBLE, is_word, lemma

_AUXILIARIES = COPULAS | MODALS_ASSERT | MODALS_ABILITY | MODALS_POSSIBLE
_DETERMINERS = {"the", "a", "an", "my", "your", "his", "her", "our", "their"}
_QUANTIFIERS = {"no", "none", "every", "everyone", "everybody", "everything", "someone", "somebody", "something",
                "nobody", "nothing", "anyone", "anybody", "most", "many", "few", "both", "either", "neither", "only"}
_TITLES = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"}
_OPENERS = re.compile(r"^(?:(?:so|and|then|right|ok(?:ay)?|well)\b,?\s*)+", re.I)
_TITLE_END = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr)\.$")
_NOT_PLAIN = re.compile(r"[^\w\s'.-]|\s-\s|\btrue\b|\bfalse\b", re.I)
_OR_NOT = re.compile(r",?\s+or not\s*\?$", re.I)
_BOUNDARY = re.compile(r"[.!?]\s+")
_WH = {"who", "whom", "whose", "what", "which", "where", "when", "how", "why", "what's", "who's"}
_ASKING = {"who", "whom", "whose", "what", "which", "where", "when", "how", "why", "do", "does", "did", "has", "have",
           "had"} | _AUXILIARIES


def inverted_question(text: str) -> str:
    """`text` with a last question typed as a statement written as the question it asks; as typed otherwise."""
    if not text.rstrip().endswith("?"):
        return text
    # the last sentence starts after the last full stop, "!" or "?" that ends no title ("Mrs. Wang sings?")
    ends = [m.end() for m in _BOUNDARY.finditer(text.rstrip()[:-1]) if not _TITLE_END.search(text[:m.start() + 1])]
    start = max(ends, default=0)
    last = text[start:].strip()
    if re.search(r"[\"\u201c\u201d]|(?<![A-Za-z])'|'(?![A-Za-z])", last):
        return text  # a quotation's words are someone's, not the question's
    inverted = _inverted(_OR_NOT.sub("?", _OPENERS.sub("", last)).removesuffix("?").strip())
    if inverted is None:
        return text
    return f"{text[:start]}{inverted}?"


def _inverted(sentence: str) -> str | None:
    words = sentence.split()
    if len(words) < 2 or words[0].lower() in _ASKING or any(w.lower() in _WH or w.lower() in ("not", "never") or
                                                             w.lower().endswith("n't") for w in words) \
            or _NOT_PLAIN.search(sentence):  # "Baze is Galsu's what?" asks its wh-word where the answer goes
        return None  # "Ann is older than Bo - true or false?" asks about a claim (`choices.py`), not this way
    verb = _verb_index(words)
    if verb is None:
        return None
    subject, word, rest = " ".join(words[:verb]), words[verb], words[verb + 1:]
    subject = subject if _is_name(words[0]) or words[0].lower() in _TITLES else subject[0].lower() + subject[1:]
    low = word.lower()
    if low in _AUXILIARIES:
        return " ".join([low.capitalize(), subject, *rest])
    base = lemma(low, "VERB")
    if low == base + "s" or low == base + "es" or low == "has" or low.endswith("ies") and base.endswith("y"):
        aux = "Does"
    elif low.endswith("ed") or not low.endswith("s") and low != base:
        aux = "Did"
    else:
        return None  # a base form ("they dance?"): "do" or a subjunctive, left to the grammar
    return " ".join([aux, subject, base, *rest])


def _verb_index(words: list[str]) -> int | None:
    """Where the verb of a plain subject stands: right after a name or "it", or after an article's noun phrase."""
    first = words[0]
    if first.lower() in _TITLES and len(words) > 2 and _is_name(words[1]):
        start = 2
    elif _is_name(first) or first.lower() == "it":
        start = 1
    elif first.lower() in _DETERMINERS:
        start = 2  # at least one word of the noun phrase
    else:
        return None
    for k in range(start, min(len(words), start + 4)):
        low = words[k].lower()
        if low in _AUXILIARIES:
            return k
        if start == 1 or first.lower() in _TITLES:
            return k if _inflected_verb(low) else None
        if _inflected_verb(low) and not words[k][:1].isupper():
            return k
    return None


def _inflected_verb(word: str) -> bool:
    return is_word(word, "VERB") and lemma(word, "VERB") != word


def _is_name(word: str) -> bool:
    """A capitalised word that is no function word or quantifier ("Kenji", "Tweety", "Max"; not "All", "Nobody")."""
    return word[:1].isupper() and word.isalpha() and word.lower() not in FUNCTION_WORDS | _QUANTIFIERS

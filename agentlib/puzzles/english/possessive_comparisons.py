"""Comparisons between people's things, one thing each: "Nadia's cat is older than Omar's, and Omar's cat is older
than Pia's. Whose cat is the youngest?", "wendy's birthday is before xena's ... whose birthday comes first".

When every mention of each person is "X's N" for one singular noun N (or "X's" with N left out after "than" /
"before" / "after"), and the question asks "whose N" or about "X's N", the people and their things pair off one to
one: whatever is said or asked of the things is said or asked of their owners, with the same scale. So the text reads
as the same puzzle about the owners ("Nadia is older than Omar ... Who is the youngest?"), and "whose" is answered by
the owner. Anything else stays as typed: two nouns ("Ann's dog is older than Bo's cat"), a person named bare as well
("Nadia is older than Omar's cat"), a plural ("Ann's dogs"), kin ("Ann's sister" may be another person of the
puzzle), or an adjective before the noun ("Yuki's older sister").

Beside `noun_ellipsis.py`: both meet "Ann's car is faster than Bo's", but they are two steps, not two mechanisms for
one thing. `noun_ellipsis` spells a left-out noun back in, one sentence at a time, for the grammar to read the things
themselves ("Bo's" -> "Bo's car"); it knows nothing of owners. This module, tried only after the text as typed
abstains, trades the things for their owners across the whole text when they pair off one to one, so "whose car"
and a superlative over things can be asked of people. Folding one into the other would either make the sentence
step look at the whole text or make the owners step guess nouns, and the tests of each read differently.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.meaning import FUNCTION_WORDS
from agentlib.puzzles.english.words import PREPOSITIONS, is_word

# kin and roles may themselves be people of the puzzle: "Ann's sister is older than Bo's sister" where Bo is Ann's
_PEOPLE_NOUNS = {"mother", "father", "mom", "dad", "mum", "sister", "brother", "son", "daughter", "aunt", "uncle",
                 "cousin", "niece", "nephew", "wife", "husband", "friend", "boss", "teacher", "neighbor",
                 "neighbour", "grandmother", "grandfather", "grandma", "grandpa", "partner", "child", "kid", "parent",
                 "sibling", "twin", "baby", "coach", "doctor", "student", "roommate", "girlfriend", "boyfriend"}
_NOT_OWNERS = {"it", "that", "what", "who", "there", "here", "let", "he", "she", "where", "how", "everyone",
               "someone", "nobody", "one", "today", "tomorrow", "yesterday", "this", "which", "when", "why"}
_POSSESSIVE = re.compile(r"\b(?:(?P<the>[Tt]he) )?(?P<owner>[A-Za-z]+)'s\b(?:\s+(?P<noun>[a-z]+))?")
# a possessor after one of these is a common noun's ("my dog's bowl"), never a name typed in lower case
_DETERMINERS = {"a", "an", "my", "your", "his", "her", "our", "their", "its", "this", "that", "every", "each", "no",
                "some", "any"}
_WHOSE = re.compile(r"\bwhose\s+([a-z]+)\b", re.I)
_ELIDED_BEFORE = re.compile(r"(?:than|before|after|as|and|or|nor)\s*$", re.I)
_BARE_AFTER = re.compile(r"^\s*(?:[,.;!?)]|$|and\b|but\b|or\b|is\b|was\b|comes?\b|came\b)")


def owners_for_possessions(text: str) -> str | None:
    """`text` about the owners instead of their things, or None when it does not have that shape."""
    heads: set[str] = set()
    owners: set[str] = set()
    spans: list[tuple[int, int, str]] = []
    for found in _POSSESSIVE.finditer(text):
        owner, noun = _owner(text, found), found.group("noun")
        if owner is None:
            continue
        if noun and is_word(noun, "NOUN") and not _BARE_AFTER.match(noun):
            heads.add(noun.lower())
            spans.append((found.start(), found.end(), owner))
        elif _ELIDED_BEFORE.search(text[:found.start()]) or _BARE_AFTER.match(text[found.end("owner") + 2:]):
            spans.append((found.start(), found.end("owner") + 2, owner))
        else:
            return None
        owners.add(owner.lower())
    asked = _WHOSE.findall(text)
    if len(heads) != 1 or len(owners) < 2 or {a.lower() for a in asked} - heads:
        return None
    head = heads.pop()
    if head in _PEOPLE_NOUNS or is_plural(head):
        return None
    pointed = {m.start("noun") for m in _POSSESSIVE.finditer(text) if m.group("noun")}
    pointed |= {m.start(1) for m in _WHOSE.finditer(text)}
    if any(m.start() not in pointed for m in re.finditer(rf"\b{re.escape(head)}\b", text, re.I)):
        return None  # "the cat" said on its own: which one is not a matter of owners
    possessed = {start for start, _, _ in spans}
    for owner in owners:  # every mention is a possessive one
        for mention in re.finditer(rf"\b{re.escape(owner)}\b", text, re.I):
            if mention.start() not in possessed:
                return None
    if _someone_else(text, owners):
        return None
    if not asked and "?" not in text[max(end for _, end, _ in spans) - 1:]:
        return None  # the question is neither "whose N" nor about someone's N
    rewritten, cursor = [], 0
    for start, end, owner in spans:
        # a name gets its capital; "the baker" keeps the case of its "the" as typed
        said = text[start:start + 3] + owner[3:] if owner.startswith("the ") else owner[:1].upper() + owner[1:]
        rewritten += [text[cursor:start], said]
        cursor = end
    rewritten.append(text[cursor:])
    return _WHOSE.sub(lambda m: "Who" if m.group(0)[0].isupper() else "who", "".join(rewritten))


def _owner(text: str, found: re.Match[str]) -> str | None:
    """Who owns in "X's": a name ("Nadia's"; "lee's" typed in lower case with no determiner before it, which only a
    name can lack), or "the baker" for "the baker's" (a common noun with its article); None for anything else."""
    owner = found.group("owner")
    if owner.lower() in _NOT_OWNERS:
        return None
    if found.group("the"):
        return f"the {owner}" if owner.islower() and is_word(owner, "NOUN") and not is_plural(owner) else None
    if owner[:1].isupper() or not is_word(owner):
        return owner
    before = re.findall(r"[A-Za-z]+", text[:found.start()])
    return owner if owner.islower() and (not before or before[-1].lower() not in _DETERMINERS) else None


def is_plural(noun: str) -> bool:
    """ "cats", "dogs": a plural would give each owner several things, not one."""
    from agentlib.puzzles.english.words import lemma

    return lemma(noun, "NOUN") != noun


# chat words no dictionary lists, which name nobody
_CHAT = {"u", "ur", "r", "lol", "omg", "pls", "plz", "ngl", "tbh", "btw", "rn", "idk", "imo", "lmao", "ppl", "whos",
         "thx", "ty", "sry", "k", "ok", "gonna", "wanna", "gotta", "hmm", "eli5", "tia", "than", "whose", "nor"}


def _someone_else(text: str, owners: set[str]) -> bool:
    """Whether the text may name a person who owns nothing in it ("Huplo is older than Galjin's house"): a word with a
    capital inside a sentence, or one no dictionary knows, that is no owner."""
    for found in re.finditer(r"(?<![A-Za-z'])([A-Za-z]+)(?:'s)?", text):
        word = found.group(1)
        low = word.lower()
        if low in owners or low in _CHAT or low in FUNCTION_WORDS or low in PREPOSITIONS or word in ("a", "A", "I"):
            continue
        opens = re.search(r"(?:^|[.!?:]\s*|\n\s*)$", text[:found.start()]) is not None
        if word[:1].isupper() and not opens or not is_word(word):
            return True
    return False

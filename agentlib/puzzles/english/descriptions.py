"""Someone introduced by a noun and referred to by it later: "my neighbor Sam ... my neighbor", "Ruth, a retired
teacher, ... the teacher", "a new intern named Ruth ... the intern".

Prose names a person once and then uses a shorter noun phrase for them; read as a clause's words, "the intern
passed" would be a proposition about no one with "intern" in its content. `introduction` finds the noun a name
is introduced with (the name is the subject), `reference` finds a later definite noun phrase whose head noun one
individual was introduced with (that individual is the subject).

Words are lower-case tokens as `paraphrase._words` gives them (commas kept). Left out: a noun two people were
introduced with (no reference is read then: the description is ambiguous), and descriptions that were never
introduced ("the manager" with no manager named stays a proposition about the thing named).
"""

from __future__ import annotations

from agentlib.puzzles.english.words import is_word, lemma

DETERMINERS = {"my", "our", "his", "her", "their", "your", "the", "a", "an", "this", "that"}
MAX_MODIFIERS = 2  # "a retired teacher", "my next-door neighbor": the head noun is at most this far in


def _head_noun(words: list[str]) -> str | None:
    """The noun of "[adjective...] noun" (up to `MAX_MODIFIERS` modifiers), or None."""
    if not words or len(words) > MAX_MODIFIERS + 1:
        return None
    *modifiers, noun = words
    if not is_word(noun, "NOUN") or lemma(noun, "NOUN") != noun:
        return None  # a plural is a class, not one person
    if any(not (is_word(m, "ADJ") or is_word(m, "NOUN") or "-" in m) for m in modifiers):
        return None
    return noun


def introduction(words: list[str], names: set[str]) -> tuple[str, str, list[str]] | None:
    """(name, noun, the words after the subject) for "my neighbor sam ...", "the new intern ruth ..." and "ruth , a
    retired teacher , ..."; None when the clause does not introduce a name with a noun."""
    if words and words[0] in names and len(words) > 3 and words[1] == "," and words[2] in ("a", "an"):
        for end in range(4, min(len(words), 4 + MAX_MODIFIERS + 1)):
            if words[end] == ",":
                noun = _head_noun(words[3:end])
                return (words[0], noun, words[end + 1:]) if noun is not None else None
        return None
    if words and words[0] in DETERMINERS - {"a", "an", "this", "that"}:
        for at in range(2, min(len(words), 2 + MAX_MODIFIERS + 1)):
            if words[at] in names:
                noun = _head_noun(words[1:at])
                return (words[at], noun, words[at + 1:]) if noun is not None else None
    return None


def kind_said(words: list[str]) -> str:
    """The noun phrase an apposition says its name is ("ruth , a retired teacher , ..." -> "retired teacher"), or ""
    when `words` do not open with such an introduction."""
    if len(words) > 3 and words[1] == "," and words[2] in ("a", "an") and "," in words[3:]:
        return " ".join(words[3:words.index(",", 3)])
    return ""


def reference(words: list[str], introduced: dict[str, str]) -> tuple[str, list[str]] | None:
    """(the individual, the words after the subject) for "the intern ..." / "my neighbor ..." when exactly one
    individual was introduced with that noun (`introduced`: noun -> individual, "" for a noun two share)."""
    if not words or words[0] not in DETERMINERS - {"a", "an"}:
        return None
    for end in range(2, min(len(words), 2 + MAX_MODIFIERS) + 1):
        noun = _head_noun(words[1:end])
        if noun is not None and introduced.get(noun):
            return introduced[noun], words[end:]
    return None


def remember(introduced: dict[str, str], noun: str, individual: str) -> None:
    """Record that `individual` was introduced as `noun`; a noun two individuals share refers to neither."""
    if introduced.get(noun, individual) != individual:
        introduced[noun] = ""
    else:
        introduced[noun] = individual

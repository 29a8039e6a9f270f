"""A name in apposition to a noun inside a sentence: "Jake is older than his sister Mia.", "The baker Tom is taller
than Bo.", "Ann beat my friend Sam.", "Ann is taller than Bo's cousin Cy.", "My dog Rex is older than her cat Tom."
The phrase is the named one, so the sentence is said of the name ("Jake is older than Mia."); left as typed, "his
sister Mia" was an individual of its own, apart from the "Mia" of the next sentence, and "Is Mia older than Jake?"
came out a verified, wrong "cannot be determined".

What the phrase also says ("Mia is his sister", "Tom is the baker") is kept as a sentence of its own wherever the
rest of the text could use it: the same noun elsewhere ("Who is the baker?", "Which dog is older?"), and for kin any
kin word, a word for a sex or a personal pronoun. The grammar reads "Mia is Jake's sister."; one it cannot read ("Mia
is his sister.") makes the puzzle abstain, never answer without it. Where nothing else in the text could use it, it
cannot bear on the answer and is not said again.

The noun must be one (never an adjective: "the tall Tom" is left alone), and a name followed by "'s" is only read so
after a kin noun ("his sister Mia's car" is Mia's car; "showed the class Tom's drawing" is not about a class Tom).
Titles written with a capital ("Coach Tom", "Uncle Tom") are the same person as the bare name used elsewhere in the
text (`merge_titled_names`), when only one title goes with that name.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.kinship import KIN
from agentlib.puzzles.english.words import is_word

_NAME = r"[A-Z][a-z]+"
_APPOSED = re.compile(
    rf"\b(?P<owner>[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|{_NAME}'s) (?P<noun>[a-z-]+)"
    rf"(?: (?P<name>{_NAME})\b(?P<possessive>'s)?|, (?P<set_off>{_NAME}),)")
# words through which a kinship could matter elsewhere in the text
_KIN_TALK = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself|girls?|boys?|wom[ae]n|m[ae]n|females?|"
                       r"males?|ladies|lady|gentlem[ae]n|related|relatives?|family|siblings?|kin|twins?)\b", re.I)
# capitalized words before a name that say who the person is, not another person ("Coach Tom" is Tom)
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mister", "dr", "doctor", "prof", "professor", "coach", "captain",
                    "officer", "detective", "inspector", "sergeant", "constable", "nurse", "judge", "chef", "uncle",
                    "aunt", "auntie", "grandma", "grandpa", "granny", "grandad", "cousin", "sir", "madam", "dame",
                    "principal", "pastor", "reverend", "agent", "private", "lieutenant", "major", "colonel",
                    "general", "admiral", "chief", "farmer", "teacher", "mayor", "king", "queen", "prince",
                    "princess", "lord", "lady", "count", "baron", "duke"})
_TITLED = re.compile(rf"\b(?P<title>{'|'.join(sorted((t.capitalize() for t in TITLES), key=len, reverse=True))}) "
                     rf"(?P<name>[A-Z][a-z]+)\b")


def _is_noun(word: str) -> bool:
    return word in KIN or (is_word(word, "NOUN") and not is_word(word, "ADJ"))


def unfold_named_appositions(sentences: list[str]) -> list[str]:
    """`sentences` with each "his sister Mia" said as "Mia", and "Mia is his sister." added after its sentence where
    the rest of the text could use it (see the module docstring)."""
    found: list[tuple[int, str, str]] = []  # (sentence index, what the phrase also says, its noun)
    rewritten: list[str] = []
    for k, sentence in enumerate(sentences):
        def said_as_name(match: re.Match[str], k: int = k) -> str:
            # "my sister Mia", or set off by two commas ("my sister, Mia, sings"): "in the lake, Galgal will" is no
            # apposition
            noun, owner = match.group("noun"), match.group("owner")
            name = match.group("name") or match.group("set_off")
            if not _is_noun(noun) or owner.removesuffix("'s") == name or \
                    (match.group("possessive") and noun not in KIN):
                return match.group(0)
            said_owner = owner if owner.endswith("'s") else owner.lower()
            found.append((k, f"{name} is {said_owner} {noun}.", noun))
            return name + (match.group("possessive") or "")
        rewritten.append(_APPOSED.sub(said_as_name, sentence))
    if not found:
        return sentences
    rest = " ".join(rewritten)
    words = set(re.findall(r"[a-z-]+", rest.lower()))
    kin_talk = any(w in KIN or w.rstrip("s") in KIN for w in words) or _KIN_TALK.search(rest) is not None
    out: list[str] = []
    for k, sentence in enumerate(rewritten):
        out.append(sentence)
        for at, said, noun in found:
            if at == k and (noun in words or noun + "s" in words or (noun in KIN and kin_talk)):
                out.append(said)
    return out


def merge_titled_names(text: str) -> str:
    """ "Ann is taller than Coach Tom. Is Tom taller than Ann?": "Coach Tom" is the Tom asked about, so the title is
    dropped where the bare name also stands alone in the text and no other title goes with it ("Mr Li" and "Mrs Li"
    are two people, and a bare "Li" stays as typed)."""
    titled: dict[str, set[str]] = {}
    for match in _TITLED.finditer(text):
        titled.setdefault(match.group("name"), set()).add(match.group("title"))
    if not titled:
        return text
    merged = {name for name, titles in titled.items()
              if len(titles) == 1 and re.search(rf"\b{name}\b", _without_titled(text))}
    if not merged:
        return text
    return _TITLED.sub(lambda m: m.group("name") if m.group("name") in merged else m.group(0), text)


def _without_titled(text: str) -> str:
    """`text` less each titled name ("Coach Tom"), to see which names also stand alone."""
    return _TITLED.sub(" ", text)

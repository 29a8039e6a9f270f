"""Things introduced as a list of kinds of one noun: "A red, a blue and a green ball are in a bag.", "There are three
boxes on the shelf: a red one, a blue one and a green one.", "There are three cups: small, medium and large."

The clues then speak of "the red ball", "the small cup"; the list says which things there are, so a question over
all of them ("Which ball is the heaviest?") must weigh the one no clue mentions too (answered only if the clues
place it). The list is said as one sentence per thing ("The red ball is a ball."), which the grammar reads as a
thing of that kind; a count must match the list, and where they are ("in a bag") is left out, as no clue asks it.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import NUMBER_WORDS, lemma

_WORD = r"[a-z][a-z-]{1,20}"
_ITEM = rf"(?:an? )?(?P<{{}}>{_WORD})(?: one)?"
_LIST = r"(?P<list>(?:an? )?[a-z][a-z-]{1,20}(?: one)?(?:, (?:an? )?[a-z][a-z-]{1,20}(?: one)?){0,6},? and " \
        r"(?:an? )?[a-z][a-z-]{1,20}(?: one)?)"
_PLACE = r"(?: (?:in|on|at|under|inside|behind) (?:a|an|the|my|our|his|her) [a-z]+(?: [a-z]+)?)?"
_LISTED = [
    # "A red, a blue and a green ball are in a bag."
    re.compile(rf"^{_LIST} (?P<noun>{_WORD}) (?:are|were|sit|lie|stand)(?: all)?{_PLACE}\.$", re.I),
    # "There are three boxes on the shelf: a red one, a blue one and a green one."
    re.compile(rf"^there (?:are|were) (?P<count>\w+) (?P<nouns>{_WORD}s){_PLACE}[:,-] {_LIST}\.$", re.I),
]
_SENTENCE = re.compile(r"[^.!?]+[.!?]")


def things_one_by_one(text: str) -> str | None:
    """`text` with each list of things said one sentence per thing (see the module notes), and "the red one" said
    after the list as "the red ball"; None when it has no list."""
    out: list[str] = []
    listed: dict[str, str] = {}
    for sentence in _SENTENCE.findall(text):
        said = _listed(sentence.strip())
        if said is not None:
            out.append(said[0])
            listed.update(said[1])
        else:
            out.append(_ones_named(sentence.strip(), listed))
    rest = text[sum(len(s) for s in _SENTENCE.findall(text)):]  # nothing is lost after the last stop
    return " ".join(out) + rest if listed else None


def _ones_named(sentence: str, listed: dict[str, str]) -> str:
    """ "The blue one is next to the red one." -> "The blue book is next to the red book." where the list said a
    blue and a red book: "one" after a listed kind stands for the list's noun (and only then)."""
    if not listed:
        return sentence
    pattern = re.compile(r"\b(?P<det>the) (?P<kind>" + "|".join(map(re.escape, listed)) + r") one\b", re.I)
    return pattern.sub(lambda m: f"{m['det']} {m['kind']} {listed[m['kind'].lower()]}", sentence)


def _listed(sentence: str) -> tuple[str, dict[str, str]] | None:
    for pattern in _LISTED:
        match = pattern.match(sentence)
        if match is None:
            continue
        kinds = [re.sub(r"^(?:an? )", "", item.lower()).removesuffix(" one")
                 for item in re.split(r",? and |, ", match["list"])]
        groups = match.groupdict()
        noun = (groups.get("noun") or lemma(groups["nouns"].lower(), "NOUN")).lower()
        count = groups.get("count")
        if count is not None and NUMBER_WORDS.get(count.lower(), int(count) if count.isdigit() else -1) != len(kinds):
            return None
        if len(set(kinds)) != len(kinds) or noun in kinds or any(k in NUMBER_WORDS for k in kinds):
            return None
        article = "an" if noun[0] in "aeiou" else "a"
        return " ".join(f"The {kind} {noun} is {article} {noun}." for kind in kinds), dict.fromkeys(kinds, noun)
    return None

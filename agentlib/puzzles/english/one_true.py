"""How many of a list of statements are true: "Exactly one of these is true: Ann took it, or Bo took it.", "Only
one of the following statements is true: (1) Ann took the cake. (2) Bo took the cake.".

The header speaks of the statements, not of the world, so it is never a premise itself (read word by word, "Exactly
one of the following statements is true" was a rule about things called "exactly one", and the listed statements
became facts). The list is the rest of the header's sentence after its colon, split at semicolons or commas and
"or", or the numbered sentences right after it ("(1) ...", "1. ...", "a) ..."); each item must be a sentence of its
own with no "and", "or", "if" or "but" inside (those would make the split ambiguous). Then the header is spelled as
sentences the grammar reads: at least one is "Either A or B or C."; at most one is "It is not the case that both A
and B." for each pair; "exactly one" and "only one" are both. A header whose list cannot be found this way, or one
that counts false statements, stays unread (`about_statements` tells the reader), so the text abstains.
"""

from __future__ import annotations

import itertools
import re

_HEAD = (r"(?P<count>exactly|only|just|precisely|at least|at most) one of (?:these|those|the following|the "
         r"(?:statements|sentences|claims|facts|clues) (?:below|above|that follow))(?: (?:\w+ )?(?:statements|"
         r"sentences|claims|facts|clues))? (?:is|was|are|holds|can be) (?P<value>true|false)")
_HEADER = re.compile(rf"^(?:so,?\s+)?{_HEAD}\s*[:.]?\s*(?P<inline>.*?)\s*$", re.I)
# in the text as typed, before the layout is tidied: the header and its numbered items, one after another
_NUMBERED_LIST = re.compile(rf"(?<![\w,])(?P<header>{_HEAD})\s*[:.]?(?P<items>(?:\s*(?:\(\s*\w\s*\)|\b\w[.)])"
                            rf"[^.?!\n]+[.!]?)+)", re.I)
_NUMBERED = re.compile(r"^\s*(?:\(\s*(?P<a>\d+|[a-h])\s*\)|(?P<b>\d+|[a-h])[.)])\s*(?P<item>.*)$", re.I)
_JOINED = re.compile(r"\b(?:and|or|if|but|unless|either|neither|nor|then)\b", re.I)
_LOWER_FIRST = {"the", "a", "an", "it", "he", "she", "they", "there", "this", "that", "each", "every", "no", "some"}


def about_statements(sentence: str) -> bool:
    """Whether `sentence` counts how many of a list of statements are true or false (never a premise itself)."""
    return _HEADER.match(sentence.strip()) is not None


def spell_numbered_one_true(text: str) -> str:
    """`text` with a header followed by numbered items ("... is true: (1) Ann took it. (2) Bo took it.") spelled as
    sentences, read before the layout is tidied (which takes the numbers off and with them the list's end)."""
    def spell(match: re.Match[str]) -> str:
        header = match.group(0)[:match.start("items") - match.start()]
        items = [piece for piece in re.split(r"\s*(?:\(\s*\w\s*\)|\b\w[.)])\s*", match.group("items")) if piece.strip()]
        numbered, _ = _numbered([f"({k + 1}) {item}" for k, item in enumerate(items)])
        labels = re.findall(r"\(\s*(\w)\s*\)|\b(\w)[.)]", match.group("items"))
        said = [a or b for a, b in labels]
        in_order = said in ([str(k + 1) for k in range(len(said))], list("abcdefgh"[:len(said)]))
        head = _HEADER.match(header.strip())
        if head is None or not in_order or numbered is None or head.group("value").lower() == "false":
            return match.group(0)
        spelled = _spelled(head.group("count").lower(), numbered)
        return match.group(0) if spelled is None else " ".join(spelled)
    return _NUMBERED_LIST.sub(spell, text)


def spell_one_true(sentences: list[str]) -> list[str]:
    """`sentences` with each header and its list spelled as sentences the grammar reads (module notes); a header
    whose list is not found is left as it is, for the reader to leave unread."""
    out: list[str] = []
    k = 0
    while k < len(sentences):
        match = _HEADER.match(sentences[k].strip())
        if match is None or match.group("value").lower() == "false":
            out.append(sentences[k])
            k += 1
            continue
        items, used = _inline(match.group("inline")), 1
        if items is None and not match.group("inline"):
            items, used = _numbered(sentences[k + 1:])
            used += 1
        spelled = _spelled(match.group("count").lower(), items) if items else None
        if spelled is None:
            out.append(sentences[k])
            k += 1
            continue
        out += spelled
        k += used
    return out


def _inline(rest: str) -> list[str] | None:
    """ "Ann took it, or Bo took it." -> the two sentences; None when nothing follows the colon."""
    rest = rest.strip().rstrip(".")
    if not rest:
        return None
    parts = re.split(r"\s*;\s*(?:or\s+)?|\s*,\s*(?:or\s+)?|\s+or\s+", rest)
    return [p for p in parts if p] if len(parts) >= 2 else None


def _numbered(following: list[str]) -> tuple[list[str] | None, int]:
    """The numbered items right after the header, and how many sentences they take ("1." and its sentence may come
    split in two)."""
    items: list[str] = []
    k = 0
    while k < len(following):
        match = _NUMBERED.match(following[k])
        if match is None or (match.group("a") or match.group("b")).lower() not in (str(len(items) + 1),
                                                                                   "abcdefgh"[len(items)]):
            break
        item = match.group("item").strip()
        if not item and k + 1 < len(following):  # "1." | "Ann took the cake."
            k += 1
            item = following[k].strip()
        items.append(item.rstrip("."))
        k += 1
    return (items if len(items) >= 2 else None), k


def _spelled(count: str, items: list[str]) -> list[str] | None:
    if any(not item or _JOINED.search(item) or item.endswith("?") for item in items):
        return None
    clauses = [_clause(item) for item in items]
    at_least = [f"Either {' or '.join(clauses)}."]
    at_most = [f"It is not the case that both {a} and {b}." for a, b in itertools.combinations(clauses, 2)]
    if count == "at least":
        return at_least
    if count == "at most":
        return at_most
    return at_least + at_most


def _clause(item: str) -> str:
    first, _, rest = item.strip().partition(" ")
    return f"{first.lower()} {rest}" if first.lower() in _LOWER_FIRST else item.strip()

"""Scene sentences that count the cast: "Five runners finished a race.", "Four friends sat in a row.".

Such a sentence makes no claim about any one person; it says how many there are. The reader skips it as a premise
and keeps the count, and the solver checks it against the individuals the text names (people, "the red car" ...):
a count that disagrees (five runners, four names) makes the puzzle abstain, because an unnamed runner could hold
any place. What it leaves out: counts inside claims ("Two of them are liars", "Three students passed") -- those
name no event or place and stay premises; counts of things that are not the cast ("Ann has three cats").
"""

from __future__ import annotations

import re

from agentlib.numwords import small_number

# the event or place a scene sentence sets: "finished a race", "sat in a row", "are on a shelf"
SCENE_OBJECTS = frozenset({
    "race", "marathon", "contest", "competition", "tournament", "game", "match", "quiz", "test", "exam", "relay",
    "row", "line", "queue", "circle", "shelf", "table", "bench", "street", "road", "block", "corridor", "hallway",
    "lot", "garage", "building", "floor", "office", "class", "team", "club", "party", "meeting", "event", "show",
    "photo", "picture", "lineup", "podium", "floors",
})
_PLURAL_IRREGULAR = frozenset({"people", "children", "men", "women", "persons", "folks"})
_CLAIM_WORDS = frozenset({"not", "n't", "no", "never", "only", "than", "if", "says", "said", "each", "different",
                          "both", "all", "exactly", "least", "most", "of", "who", "which", "that", "before", "after"})

_SCENE_COUNT_RE = re.compile(
    r"^(?:there (?:are|were) )?(?P<count>\w+) (?:[a-z-]+ )??(?P<noun>[a-z]+) (?P<verb>[a-z]+)(?: [a-z]+)?"
    r"(?:(?: (?:in|on|at|for|into|around|along|across|inside))? (?:a|an|one|the same) (?:[a-z-]+ )?(?P<object>[a-z]+)"
    r"| in (?P<bare>line|single file))"
    r"(?: (?:at|in|on|of|for|outside) (?:the|a|an) [a-z]+(?: [a-z]+)?)?"  # "... in line at the post office"
    r"\s*[.!]?$", re.I)
_APPOSITIVE_RE = re.compile(r"^(?P<head>(?:there (?:are|were) )?\w+ [a-z]+), (?P<names>[A-Z]\w*(?:, [A-Z]\w*)*,? and "
                            r"[A-Z]\w*), (?P<rest>[a-z].*)$")


def _plural(noun: str) -> bool:
    return noun in _PLURAL_IRREGULAR or (noun.endswith("s") and not noun.endswith("ss"))


def scene_count(sentence: str, named: bool) -> int | None:
    """The cast size a scene sentence declares ("Five runners finished a race." -> 5), else None.
    `named`: the sentence mentions a name the text uses (then it is a claim, not a scene)."""
    text = sentence.strip()
    match = _SCENE_COUNT_RE.match(text)
    if match is None or named:
        return None
    words = set(re.findall(r"[a-z']+", text.lower()))
    if words & _CLAIM_WORDS or any(w.endswith("n't") for w in words):
        return None
    count = small_number(match.group("count"))
    if count is None or count < 2 or not _plural(match.group("noun").lower()):
        return None
    if match.group("bare") is None and match.group("object").lower() not in SCENE_OBJECTS:
        return None
    return count


def cast_scene(sentence: str) -> tuple[int, list[str]] | None:
    """ "Four girls, Ivy, Jo, Kim and Liv, stand in a line." -> (4, the names): a scene sentence with its cast named
    in apposition; the count must be the number of names, else None (and the sentence is read as a claim)."""
    match = _APPOSITIVE_RE.match(sentence.strip())
    if match is None:
        return None
    names = [n for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("names")) if n]
    count = scene_count(f"{match.group('head')} {match.group('rest')}", named=False)
    if count is None or count != len(names):
        return None
    return count, names


def leading_count(sentence: str) -> int | None:
    """The count a cast sentence opens with ("You meet three inhabitants: A, B and C." -> 3), else None."""
    opening = re.sub(r"^(?:there (?:are|were)|(?:you|we) meet|meet) ", "", sentence.strip().lower())
    words = re.findall(r"[a-z]+|\d+", opening)  # "There are 5 houses in a row": digits count too
    count = small_number(words[0]) if words else None
    if count is None or count < 2 or not any(_plural(noun) for noun in words[1:3]):
        return None
    return count


__all__ = ["SCENE_OBJECTS", "scene_count", "leading_count", "cast_scene"]


_ITEM = r"(?:an?|one) [a-z]+(?: [a-z]+)?"
_ITEMS = rf"(?P<items>{_ITEM}(?:, {_ITEM})*,? and {_ITEM})"
_LISTED_RE = re.compile(rf"^{_ITEMS} (?:are|were|stand|stood|sit|sat|ran|run|raced|race|competed|compete|took part)"
                        r"(?: (?:in|on|at|along|around))? (?:a|an|the) (?:[a-z-]+ )?(?P<object>[a-z]+)\s*[.!]?$", re.I)
_LISTED_AFTER_COLON_RE = re.compile(rf"^(?P<head>[^:]+):\s*{_ITEMS}\s*[.!]?$", re.I)


def listed_scene(sentence: str) -> int | None:
    """The cast size of a scene that lists its cast as things: "A cat, a dog and a mouse are in a race." -> 3,
    "Three books are on a shelf: a red book, a blue book and a green book." -> 3 (the count and the list must
    agree). The things are then named as "the cat", "the red book" by the clues, and the solver checks the count
    against them as it does for any scene."""
    text = sentence.strip()
    match = _LISTED_RE.match(text)
    if match is not None:
        if match.group("object").lower() not in SCENE_OBJECTS:
            return None
        return _item_count(match.group("items"))
    match = _LISTED_AFTER_COLON_RE.match(text)
    if match is None:
        return None
    count = scene_count(match.group("head") + ".", named=False)
    return count if count is not None and count == _item_count(match.group("items")) else None


def _item_count(items: str) -> int:
    return len([item for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", items) if item.strip()])


_COLOURED = re.compile(r"^(?P<head>(?P<count>\w+) (?P<plural>[a-z]+) [^,:;]+?),? (?:painted|coloured|colored|in) "
                       r"(?P<colours>[a-z]+(?:, [a-z]+)*,? and [a-z]+)\s*(?P<end>[.!]?)$", re.I)
_ONE = r"(?:an?|one) [a-z]+ one"
_ONE_SHARED = r"(?:an?|one) [a-z]+"  # "a red, a blue and a green one": "one" said once, at the end
_ONES = re.compile(rf"^(?P<head>(?:there (?:are|were) )?(?P<count>\w+) (?P<plural>[a-z]+)(?: [^:]+)?):\s*"
                   rf"(?P<items>{_ONE}(?:, {_ONE})*,? and {_ONE}|{_ONE_SHARED}(?:, {_ONE_SHARED})*,? and {_ONE})"
                   rf"\s*(?P<end>[.!]?)$", re.I)


def spell_listed_things(sentence: str) -> str:
    """A scene that lists its things by a property, spelled as `listed_scene` reads it: "Three houses stand in a
    row, painted red, blue and green." and "Three houses stand in a row: a red one, a blue one and a green one." are
    "Three houses stand in a row: a red house, a blue house and a green house." (the noun is the scene's plural;
    the number of properties must be its count, else the sentence is left as typed)."""
    from agentlib.puzzles.english.words import lemma

    text = sentence.strip()
    coloured, ones = _COLOURED.match(text), _ONES.match(text)
    match = coloured or ones
    if match is None or scene_count(match["head"] + ".", named=False) is None:
        return sentence
    noun = lemma(match["plural"].lower(), "NOUN")
    if coloured is not None:
        properties = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", coloured["colours"]) if p]
    else:
        properties = [item.split()[1] for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", match["items"]) if item]
    if small_number(match["count"]) != len(properties) or len(set(properties)) != len(properties):
        return sentence
    items = [f"{'an' if p[0] in 'aeiou' else 'a'} {p} {noun}" for p in properties]
    return f"{match['head']}: {', '.join(items[:-1])} and {items[-1]}{match['end'] or '.'}"


def listed_things(sentence: str) -> list[str]:
    """The things a listing scene names, as the clues will say them ("the red house", ...), or []."""
    text = sentence.strip()
    match = _LISTED_RE.match(text) or _LISTED_AFTER_COLON_RE.match(text)
    if match is None or listed_scene(sentence) is None:
        return []
    items = [item.strip() for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", match["items"]) if item.strip()]
    return ["the " + item.split(" ", 1)[1] for item in items]

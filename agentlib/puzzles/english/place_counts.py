"""A count of places given as a size: "There are 6 chairs in a row.", "a building of 5 floors", "a 5-storey building",
"In a class of 20 students, ...", "The row has 8 seats.", "Three crates are stacked." (a level each).

The count is the number of places on the text's one order (seats, floors, ranks in the class); the people named
take different places among them, and where the places outnumber them the others are empty or held by people not
named (`SpecBuilder.open_scales`: only answers every such filling keeps may stand). The size phrase is taken off
the sentence, which is then read as it would be without it ("Five people live in a building, one per floor." is
"Five people live in a building.": a cast of five, counted against the names as any cast is). ", one per floor"
says no more than the different places already do.

Left out: counts of places in a question ("Which of the 6 seats ...?"), two different counts, and a count beside
no order or several (`family.build_world` refuses those).
"""

from __future__ import annotations

import re

from agentlib.numwords import small_number

_NUMBER = r"(?P<count>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_PLACES = r"(?:chairs|seats|houses|floors|storeys|stories|levels|spots|positions|places|rooms|desks|lockers|lanes|" \
          r"apartments|flats|cabins|benches|stalls|spaces|parking spaces)"
# the participants of a ranking, whose number is the number of its places
_RANKED = r"(?:students|pupils|runners|racers|competitors|contestants|participants|entrants|players|swimmers|riders|" \
          r"drivers|cyclists|athletes|candidates|horses|cars|teams)"
_SETTING = r"(?:building|house|tower|block|hotel|row|line|class|race|contest|competition|tournament|queue|street|" \
           r"theater|theatre|cinema|car park|parking lot|hallway|corridor)"

_WHOLE = [
    re.compile(rf"^there (?:are|were) {_NUMBER} {_PLACES}(?: (?:in|on|along|around|at|of) [a-z' ]+)?\.?$", re.I),
    re.compile(rf"^(?:the|our|my|their|a|an) [a-z]+(?: [a-z]+)? (?:has|had) {_NUMBER} {_PLACES}\.?$", re.I),
    # "Three crates are stacked.": a stack, each thing one level of it
    re.compile(rf"^{_NUMBER} [a-z]+ (?:are|were) (?:stacked|piled)(?: up)?(?: (?:in a (?:pile|stack)|on top of "
               rf"(?:each other|one another)|one on top of (?:another|the other)))?\.?$", re.I),
]
# "In a class of 20 students, ...": a scene-setting adjunct that is only the size
_LEADING = re.compile(rf"^(?:in|on|at|of|for) (?:a|an|the) {_SETTING} (?:of|with) {_NUMBER} "
                      rf"(?:{_PLACES}|{_RANKED}),\s*", re.I)
# "in a building of 5 floors", "a row with 8 seats": the size after the setting, which stays
_TRAILING = re.compile(rf"\b(?P<setting>(?:a|an|the) {_SETTING}) (?:of|with) {_NUMBER} (?:{_PLACES}|{_RANKED})\b", re.I)
# "a 5-storey building", "a five-floor tower"
_HYPHENATED = re.compile(rf"\b(?:a|an|the) {_NUMBER}[- ](?:storey|story|floor|level) (?P<head>building|house|tower|"
                         rf"block|hotel)\b", re.I)
_ONE_EACH = re.compile(r",? one (?:per|on each|on every|to a|to each|in each|in every) "
                       r"(?:floor|storey|story|level|seat|chair|house|room|place|spot)\b", re.I)


def counted_places(sentences: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """The sentences with their size phrases taken off (a sentence that was only a size is dropped), and each count
    of places with the sentence it was said in; statements only (a question keeps its words)."""
    kept: list[str] = []
    counts: list[tuple[int, str]] = []
    for sentence in sentences:
        stripped = sentence.strip()
        if stripped.endswith("?"):
            kept.append(sentence)
            continue
        whole = next((m for pattern in _WHOLE if (m := pattern.match(stripped))), None)
        if whole is not None and _count(whole) is not None:
            counts.append((_count(whole), stripped))  # type: ignore[arg-type]
            continue
        rest, found = stripped, None
        for pattern, replace in ((_LEADING, lambda m: ""), (_TRAILING, lambda m: m["setting"]),
                                 (_HYPHENATED, lambda m: f"a {m['head']}")):
            match = pattern.search(rest)
            if match is not None and _count(match) is not None:
                found = _count(match)
                rest = rest[:match.start()] + replace(match) + rest[match.end():]
                break
        if found is None:
            kept.append(sentence)
            continue
        counts.append((found, stripped))
        rest = _ONE_EACH.sub("", rest).strip()
        kept.append(rest[:1].upper() + rest[1:])
    return kept, counts


def _count(match: re.Match[str]) -> int | None:
    count = small_number(match["count"].lower())
    return count if count is not None and count >= 2 else None

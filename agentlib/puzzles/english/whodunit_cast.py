"""The suspects of a whodunit named apart from its deed: "Someone broke the window. The suspects are Ava, Ben and Cal."
or "A cake went missing. Eli, Fae and Guy were the only ones home. ... Who took the cake?".

Both say what "One of Ava, Ben and Cal broke the window." says, the form `knights_deed.py` reads: the deed happened,
and its doer is one of the people listed. The deed is the past verb and object of "Someone <verb> <object>.", or,
without such a sentence, of the question "Who <verb> <object>?"; then a sentence that only reports the object gone
("A cake went missing.") says nothing more and drops. The list must name the suspects as a closed set ("the suspects
are", "were the only ones home", "it was A, B or C", a heading "Three suspects: A, B and C." before "Who did
it?"); anything else ("Ann and Bo were home.") is left as written.
Typed in one sentence, the deed and its list read the same: "someone ate the cake, it was Mo, Ned or Ola." and "One
of four kids broke the window: Pat, Quin, Rae or Sam." (a count that disagrees with the names is left as typed).
So does "Dan, Eve or Finn took the car." when the question asks who did that deed ("Who took the car?"): names joined
by "or" doing a deed the text treats as one person's are its suspects, one of whom did it; joined by "and" they did
it together, and are left as written.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import NUMBER_WORDS, is_word, lemma

_NAMES = r"(?P<names>[A-Z][a-z]\w*(?:, [A-Z][a-z]\w*)*,? (?:and|or) [A-Z][a-z]\w*)"
_PLACE = r"(?:home|at home|there|in the (?:house|room|office|kitchen|classroom|building))"
_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))"  # a list opens a sentence: scanning from each sentence start stays linear
_SUSPECTS = [
    re.compile(rf"{_START}The (?:only )?suspects (?:are|were) {_NAMES}\."),
    re.compile(rf"{_START}{_NAMES} (?:are|were) the (?:only )?suspects\."),
    re.compile(rf"{_START}{_NAMES} (?:are|were) the only (?:ones|people|kids|children) {_PLACE}\."),
    re.compile(rf"{_START}The only (?:ones|people|kids|children) {_PLACE} (?:are|were) {_NAMES}\."),
    re.compile(rf"{_START}Only {_NAMES} (?:are|were) {_PLACE}\."),
    re.compile(rf"{_START}It (?:was|is) (?:either )?{_NAMES}\."),
    # a casebook's heading: "Three suspects: Al, Bea and Cid.", "The suspects: ...", "Suspects: ..."
    re.compile(rf"{_START}(?:The |There are )?(?:(?i:two|three|four|five|six|\d) )?(?i:suspects): {_NAMES}\."),
]
_OBJECT = r"(?P<object>(?:the|a|an|my|our|his|her|their) [a-z]+(?: [a-z]+)?)"
_SOMEONE = re.compile(rf"(?:^|(?<=[.!?]\s))(?:Someone|Somebody) (?P<verb>[a-z]+) {_OBJECT}\.\s*")
_ASKED = re.compile(rf"\bWho (?P<verb>[a-z]+) (?:{_OBJECT}|(?P<pro>it))\?")
_GONE = r"(?:went missing|is missing|was missing|disappeared|vanished|is gone|was gone|was stolen|got stolen)"


# "someone ate the cake, it was Mo, Ned or Ola.": the deed and the list in one sentence, split in two
_SOMEONE_THEN_LIST = re.compile(rf"{_START}(?P<deed>[Ss]ome(?:one|body) [a-z]+ {_OBJECT}),? (?:and )?it "
                                rf"(?P<verb>was|is) (?P<rest>(?:either )?{_NAMES}\.)")
# "One of four kids broke the window: Pat, Quin, Rae or Sam.": the deed, then its doers after a colon
_DEED_THEN_LIST = re.compile(rf"{_START}One of (?:the |these |those )?(?:(?P<count>\w+) )?(?:[a-z]+) (?P<verb>[a-z]+) "
                             rf"{_OBJECT}: {_NAMES}\.")
# "Dan, Eve or Finn took the car.": the list is the sentence's subject, joined by "or"
_EITHER_DID = re.compile(rf"{_START}(?:Either )?(?P<names>[A-Z][a-z]\w*(?:, [A-Z][a-z]\w*)*,? or [A-Z][a-z]\w*) "
                         rf"(?P<verb>[a-z]+) (?P<object>the [a-z]+(?: [a-z]+)?)\.")


def gather_suspects(text: str) -> str:
    """`text` with a separate suspects list and deed read as "One of <suspects> <deed>." (see the module notes);
    unchanged without exactly one such list and one deed."""
    text = _SOMEONE_THEN_LIST.sub(lambda m: f"{m.group('deed')[0].upper()}{m.group('deed')[1:]}. "
                                            f"It {m.group('verb')} {m.group('rest')}", text)
    text = _DEED_THEN_LIST.sub(_deed_of_listed, text)
    text = _EITHER_DID.sub(lambda m: _one_of_asked(m, text), text)
    lists = [match for pattern in _SUSPECTS for match in pattern.finditer(text)]
    if len(lists) != 1:
        return text
    suspects = lists[0]
    someone = [m for m in _SOMEONE.finditer(text) if _is_past(m.group("verb"))]
    asked = [m for m in _ASKED.finditer(text) if _is_past(m.group("verb"))]
    drop: tuple[int, int] | None
    if len(someone) == 1:
        deed, drop = someone[0], someone[0].span()
    elif not someone and len(asked) == 1:
        deed = asked[0]
        drop = _gone_span(text, deed.group("object")) if deed.group("object") else None
    else:
        return text
    names = re.sub(r",? or ", " and ", suspects.group("names"))
    listed = [name for name in re.split(r",? and |, ", names) if name]
    counted = re.match(r"(?:The |There are )?(?i:(two|three|four|five|six|\d)) (?i:suspects):", suspects.group(0))
    if counted and NUMBER_WORDS.get(counted.group(1).lower(), int(counted.group(1)) if counted.group(1).isdigit()
                                    else -1) != len(listed):
        return text  # "Three suspects: Al and Bo." counts someone it does not name
    done = deed.group("object") or "it"  # "Who did it?": the deed the suspects' own words speak of
    merged = f"One of {names} {deed.group('verb')} {_the(done)}."
    edits = sorted([(suspects.start(), suspects.end(), merged), *([(drop[0], drop[1], "")] if drop else [])])
    if len(edits) == 2 and edits[0][1] > edits[1][0]:
        return text
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text


def _deed_of_listed(match: re.Match[str]) -> str:
    names = [name for name in re.split(r",? (?:and|or) |, ", match.group("names")) if name]
    count = match.group("count")
    if not _is_past(match.group("verb")) or count is not None and NUMBER_WORDS.get(count.lower()) != len(names):
        return match.group(0)
    listed = ", ".join(names[:-1]) + f" and {names[-1]}"
    return f"One of {listed} {match.group('verb')} {match.group('object')}."


def _one_of_asked(match: re.Match[str], text: str) -> str:
    """ "One of X, Y and Z <deed>." for "X, Y or Z <deed>.", when the question asks who did just that deed."""
    deed = f"{match.group('verb')} {match.group('object')}"
    asked = [m for m in _ASKED.finditer(text) if f"{m.group('verb')} {m.group('object')}" == deed]
    if not _is_past(match.group("verb")) or lemma(match.group("verb"), "VERB") in ("be", "have", "do") \
            or len(asked) != 1:  # "Either Ann or Bo is the baker." is a grid clue, no deed
        return match.group(0)
    names = re.split(r",? or |, ", match.group("names"))
    return f"One of {', '.join(names[:-1])} and {names[-1]} {deed}."


def _is_past(verb: str) -> bool:
    base = lemma(verb, "VERB")
    return base != verb and is_word(base, "VERB")


def _the(object_phrase: str) -> str:
    """ "a cake" -> "the cake": the deed's object is the one already spoken of."""
    return re.sub(r"^(?:a|an) ", "the ", object_phrase)


def _gone_span(text: str, object_phrase: str) -> tuple[int, int] | None:
    noun = object_phrase.split()[-1]
    gone = re.search(rf"(?:^|(?<=[.!?]\s))(?:A|An|The|My|Our|Some) {re.escape(noun)} {_GONE}"
                     rf"(?: from [a-z ]{{1,40}})?\.\s*", text)
    return gone.span() if gone is not None else None

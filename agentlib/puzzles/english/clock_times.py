"""Events stamped with a time of day: "Ali left the pub at 11pm, Bea left at 10:30pm and Col left at 11:15pm. Who
left first?", "Anna arrived at 7:15. Ben arrived at 6:45. Who arrived last?"

Times of one day are ordered, so the stamps say the same as "Bea left before Ali. Ali left before Col." for every
question that asks only who came first, last or before whom; the grammar reads that. The rewrite is made only where
it keeps all that matters: every clock time of the text is in such a clause (a name, a verb, perhaps its object,
"at" a time), all of one verb and object (or the object left out: "Bea left at 10:30pm"), with no two at the same
time (a tie is no "before"), and the question names no time (it would ask about a stamp the rewrite leaves out). A
stamp is a time only with its minutes or am / pm ("at 3" may be a house number). A time is read on one clock:
either every stamp says am or pm, or none does and they fall within six hours of each other before noon, or every
stamp is on the 24-hour clock ("07:15", "18:30"); otherwise whether "1:00" is before "11:30" is not said, and the
text stays as typed.
"""

from __future__ import annotations

import re

_STAMP = r"(?P<hour>\d{1,2})(?::(?P<minute>[0-5]\d))?\s*(?P<half>[ap]\.?m\.?)?"
_CLAUSE = re.compile(rf"(?P<name>[A-Z][a-z]+) (?P<verb>[a-z]+)(?P<rest>(?: [a-z]+){{0,3}}?) at {_STAMP}(?![\w:])")
_ANY_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b\.?|\bat \d{1,2}\b", re.I)
_SEPARATOR = re.compile(r"^\s*(?:(?:,|\band\b|[.;])\s*)*$")
_NOT_NAMES = {"The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "This", "That", "Who", "What", "When"}


def clock_order(text: str) -> str | None:
    """`text` with its time-stamped clauses as a chain of "before" sentences (see the module notes); None when it has
    none or they cannot be ordered on one clock."""
    question_at = max(text.rfind("?"), 0)
    head = text[:text.rfind(".", 0, question_at) + 1] if question_at else text
    if not head or _ANY_TIME.search(text[len(head):]):
        return None
    clauses = list(_CLAUSE.finditer(head))
    if len(clauses) < 2 or {c.group("verb") for c in clauses} != {clauses[0].group("verb")}:
        return None
    if any(not (c.group("minute") or c.group("half")) for c in clauses):
        return None  # "at 3": an hour, a house number or a place in a list
    names = [c.group("name") for c in clauses]
    if set(names) & _NOT_NAMES or len(set(names)) != len(names):
        return None
    minutes = _on_one_clock(clauses)
    if minutes is None or len(set(minutes)) != len(minutes):
        return None
    start, end = clauses[0].start(), clauses[-1].end()
    between = [head[a.end():b.start()] for a, b in zip(clauses, clauses[1:])]
    if not all(_SEPARATOR.match(gap) for gap in between) or _ANY_TIME.search(head[:start] + head[end:]):
        return None
    rests = {c.group("rest") for c in clauses} - {""}
    if len(rests) > 1:
        return None  # "got up at 7", "got home at 6": different events, one verb
    verb = clauses[0].group("verb") + (rests.pop() if rests else "")
    order = [name for _, name in sorted(zip(minutes, names))]
    chain = " ".join(f"{first} {verb} before {then}." for first, then in zip(order, order[1:]))
    after = head[end:].lstrip(" .")
    return (head[:start] + chain + (" " + after if after else "") + text[len(head):]).strip()


def _on_one_clock(clauses: list[re.Match[str]]) -> list[int] | None:
    """Minutes after midnight of each stamp, or None when the stamps do not say which half of the day they are in."""
    hours = [int(c.group("hour")) for c in clauses]
    minutes = [int(c.group("minute") or 0) for c in clauses]
    halves = [(c.group("half") or "").replace(".", "").lower() for c in clauses]
    if any(h > 23 for h in hours):
        return None
    if all(halves):
        if any(not 1 <= h <= 12 for h in hours):
            return None
        return [(h % 12 + (12 if half == "pm" else 0)) * 60 + m for h, m, half in zip(hours, minutes, halves)]
    if any(halves):
        return None
    stamps = [c.group("hour") for c in clauses]
    if all(len(s) == 2 for s in stamps) and any(s.startswith("0") or int(s) >= 13 for s in stamps):
        return [h * 60 + m for h, m in zip(hours, minutes)]  # the 24-hour clock
    if all(1 <= h <= 11 for h in hours) and max(hours) - min(hours) < 6:
        return [h * 60 + m for h, m in zip(hours, minutes)]
    return None

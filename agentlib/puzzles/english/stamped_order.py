"""Events stamped with a year or a clock time, read as their order: "Ann was born in 1990. Bo was born in 1987." says
Bo was born before Ann (so Bo is older); "Ann left at 3pm. Bo left at 2:30 pm." says Bo left before Ann.

The stamps of one verb phrase ("was born", "left", "arrived at the gym") are sorted and the sentences that carry them
are replaced by the "before" comparisons the grammar reads ("Bo was born before Ann.", which `birth_order` reads as
age). Only the order is kept, so the rewrite says less than the text: `solve` keeps its answer only when more
premises would keep it (an entailment, never "cannot be determined"), and a question about the stamps themselves
("Who left at 3pm?") finds nothing to read.

A clock time is placed on one day only when the text fixes its half: "am" / "pm", "noon", or a 24-hour form
("14:30", "09:15"). A schedule typed without either ("arrived at 9:15", "at 8:50") is read within one half-day,
the way people type one, and beside a 24-hour time ("10:00" beside "06:00") on the same clock, except when an hour
of 12 is among bare ones ("11:50" and "12:10": noon or midnight) or other times of the same verb are marked ("3pm"
beside "9:15"); then that verb's stamps are not read. Equal stamps give no
order between their events (the same year says nothing of who is older). Left out: dates, "half past three",
midnight, and an event with two stamps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"[A-Z][a-z]+"
_YEAR = re.compile(rf"^(?P<name>{_NAME}) (?P<verb>[a-z]+(?: [a-z]+){{0,4}}?) in (?P<year>1[5-9]\d\d|20\d\d)\.$")
# the name keeps its capital (a case-blind match took "Then" or "The" for one); only "PM" / "Noon" may be typed loud
_CLOCK = re.compile(rf"^(?P<name>{_NAME}) (?P<verb>[a-z]+(?: [a-z]+){{0,4}}?) at (?:(?P<noon>(?i:noon|midday))|"
                    r"(?P<hour>\d{1,2})(?::(?P<minute>[0-5]\d))? ?(?P<half>(?i:am|pm))?)\.$")
# "2:30 p.m." as "2:30 pm", its last point also ending the sentence where one follows (or the text ends)
_MERIDIEM = re.compile(r"\b(?P<half>[ap])\.\s?m\.(?P<ends>(?=\s+[A-Z]|\s*$))?", re.I)
_SENTENCE = re.compile(r"[^.!?]+[.!?]+")
_BARE_HOURS = range(1, 12)  # an unmarked hour read within one half-day; 12 may be noon or midnight


@dataclass(frozen=True)
class _Stamp:
    name: str
    verb: str
    kind: str  # "year" or "clock": stamps of different kinds are never compared
    form: str  # "half" (am / pm / noon), "24h" ("14:30", "09:15") or "bare" ("9:15": either half of the day)
    value: int  # the year, or the minutes after midnight (an unmarked hour as written)


def stamped_as_order(text: str) -> str | None:
    """`text` with each verb's stamped events replaced by the order of their stamps; None when no verb has two."""
    text = _MERIDIEM.sub(lambda m: f"{m['half'].lower()}m" + ("." if m["ends"] is not None else ""), text)
    spans = [m.span() for m in _SENTENCE.finditer(text)]
    stamps = {k: _stamp(text[start:end].strip()) for k, (start, end) in enumerate(spans)}
    groups: dict[tuple[str, str], list[_Stamp]] = {}
    where: dict[tuple[str, str], list[int]] = {}
    for k, stamp in stamps.items():
        if stamp is not None:
            groups.setdefault((stamp.verb, stamp.kind), []).append(stamp)
            where.setdefault((stamp.verb, stamp.kind), []).append(k)
    replaced: dict[int, str] = {}
    for key, group in groups.items():
        members = where[key]
        chain = _chain(key[0], group)
        if chain is not None:
            replaced |= {k: "" for k in members} | {members[0]: chain}
    if not replaced:
        return None
    pieces, cursor = [], 0
    for k, (start, end) in enumerate(spans):
        if k in replaced:
            pieces += [text[cursor:start], replaced[k]]
            cursor = end
    pieces.append(text[cursor:])
    return re.sub(r"[ \t]{2,}", " ", "".join(pieces)).strip()


def _stamp(sentence: str) -> _Stamp | None:
    year = _YEAR.match(sentence)
    if year is not None:
        return _Stamp(year["name"], year["verb"], "year", "24h", int(year["year"])) if _plain(year["verb"]) else None
    clock = _CLOCK.match(sentence)
    if clock is None or not _plain(clock["verb"]):
        return None
    if clock["noon"]:
        return _Stamp(clock["name"], clock["verb"], "clock", "half", 12 * 60)
    hour, minute, half = int(clock["hour"]), int(clock["minute"] or 0), (clock["half"] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        minutes = (hour % 12 + (12 if half == "pm" else 0)) * 60 + minute
        return _Stamp(clock["name"], clock["verb"], "clock", "half", minutes)
    if clock["minute"] is None or hour > 23:
        return None  # "left at 3": an hour alone may be a count or an age
    form = "24h" if hour >= 13 or clock["hour"].startswith("0") else "bare"
    return _Stamp(clock["name"], clock["verb"], "clock", form, hour * 60 + minute)


def _plain(verb: str) -> bool:
    """A verb phrase with no negation or modal, which would make the stamp no event's time."""
    return not set(verb.split()) & {"not", "never", "may", "might", "could", "would", "should", "will", "must"}


def _chain(verb: str, stamps: list[_Stamp]) -> str | None:
    """ "A VERB before B." for every pair whose stamps differ; None when the stamps cannot be put in one order."""
    names = [s.name for s in stamps]
    if len(stamps) < 2 or len(set(names)) < len(names):
        return None
    forms = {s.form for s in stamps}
    if forms == {"bare"} and any(s.value // 60 not in _BARE_HOURS for s in stamps) or forms >= {"bare", "half"}:
        return None  # beside "14:30" or "09:15" a bare "10:00" is on the same 24-hour clock
    levels = sorted({s.value for s in stamps})
    if len(levels) < 2:
        return None
    sentences = [f"{a.name} {verb} before {b.name}." for low, high in zip(levels, levels[1:])
                 for a in stamps if a.value == low for b in stamps if b.value == high]
    return " ".join(sentences)

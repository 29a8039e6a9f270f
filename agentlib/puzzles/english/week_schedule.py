"""Events placed in one week: "The meeting is on a weekday. It is not on Monday. It is after Wednesday. What day is
the meeting?", "Three meetings (sales, design and budget) are on Monday, Tuesday and Wednesday, one per day. ...
Which meeting is on Wednesday?", "Ann, Ben and Cy each have a dentist appointment on a different day: Monday, Tuesday
or Wednesday. Ann's appointment is before Ben's. When is Ben's appointment?".

Each event is a weekday, 0 (Monday) to 6. Read: a declared set of events spread one per day over listed days; "on
(a) D", "not on D", "on a weekday / weekend"; "the day / N days before / after E" (a step around the week, as in
`order_days.py`); "before / after D or E" (earlier or later in the same week). Whether a week starts on Monday or on
Sunday changes what "after Wednesday" says about Sunday, so a puzzle that orders within the week is solved under both
starts and answered only when both give the same single answer. "It" is the event when the text has only one.
Questions: the day of an event, or which declared event (or whose) is on a day. Any sentence outside this grammar
gives the text back (None) to the other readers, so a sentence is never half read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agentlib.numwords import small_number
from agentlib.puzzles.english.order_days import DAYS
from agentlib.puzzles.english.words import lemma
from agentlib.puzzles.verdict import Certificate, Check, Verdict

_DAY = "|".join(DAYS)
_DAY_LIST = rf"(?P<days>(?:{_DAY})(?:, (?:{_DAY}))*,? (?:and|or) (?:{_DAY}))"
_WORD_LIST = r"(?P<values>[a-z]+(?:, [a-z]+)*,? and [a-z]+)"
_NAME_LIST = r"(?P<names>[a-z]+(?:, [a-z]+)*,? and [a-z]+)"
_SPREAD = r"(?:,? one (?:per|each|a) day|,? each on a different day|,? on different days)"
_EVENTS_LISTED = [  # "three meetings (sales, design and budget) are on monday, tuesday and wednesday, one per day"
    re.compile(rf"^(?:the )?(?:\w+ )?(?P<noun>[a-z]+s) \({_WORD_LIST}\) (?:are|were|will be) "
               rf"(?:on|scheduled (?:on|for)) {_DAY_LIST}{_SPREAD}$"),
    re.compile(rf"^(?:the )?{_WORD_LIST} (?P<noun>[a-z]+s) (?:are|were|will be) (?:on|scheduled (?:on|for)) "
               rf"{_DAY_LIST}{_SPREAD}$"),
]
_EVENTS_OWNED = re.compile(rf"^{_NAME_LIST} each (?:have|had|has) (?:a|an) (?P<np>[a-z]+(?: [a-z]+)?) on a different "
                           rf"day(?::|,)? {_DAY_LIST}$")
_VERB = r"(?:is|was|will be|falls|takes place|is held|was held)"
_PLACE = [
    ("weekday", re.compile(rf"^(?P<e>.+?) {_VERB} (?P<neg>not )?on a weekday$")),
    ("weekend", re.compile(rf"^(?P<e>.+?) {_VERB} (?P<neg>not )?on a weekend$")),
    ("day", re.compile(rf"^(?P<e>.+?) {_VERB} (?P<neg>not )?on (?:a )?(?P<day>{_DAY})$")),
    ("step", re.compile(rf"^(?P<e>.+?) {_VERB} (?:the day|(?P<count>\w+) days?) (?P<dir>before|after) (?P<o>.+)$")),
    ("order", re.compile(rf"^(?P<e>.+?) {_VERB} (?:sometime |some time )?(?P<dir>before|after|earlier than|later than)"
                         rf" (?:on )?(?P<o>.+)$")),
]
_ASK_DAY = re.compile(r"^(?:(?:on )?(?:what|which) day(?: of the week)? (?:is|was|will be)|when (?:is|was|will be)) "
                      r"(?P<e>.+?)(?: on| held| scheduled)?$")
_ASK_EVENT = re.compile(rf"^(?:which|what) (?P<noun>[a-z]+) (?:is|was|will be) (?:on|held on) (?P<day>{_DAY})$")
_ASK_OWNER = re.compile(rf"^(?:whose (?P<noun>[a-z]+) is|who has (?:a |an |the |their |his |her )?"
                        rf"(?:[a-z]+ )?(?P<noun2>[a-z]+)) on (?P<day>{_DAY})$")
_DETERMINERS = re.compile(r"^(?:the|my|our|his|her|their|your|a|an) ")


@dataclass
class _Week:
    events: dict[str, Any] = field(default_factory=dict)  # key -> z3 Int
    labels: dict[str, str] = field(default_factory=dict)  # key -> how an answer names it ("design", "Ann")
    nouns: set[str] = field(default_factory=set)  # the declared events' head nouns ("meeting", "appointment")
    owned: bool = False
    closed: bool = False  # declared events only

    def event(self, phrase: str) -> Any:
        import z3

        key = self.key(phrase)
        if key is None:
            return None
        if key not in self.events:
            self.events[key] = z3.Int(f"day of {key}")
        return self.events[key]

    def key(self, phrase: str) -> str | None:
        phrase = _DETERMINERS.sub("", phrase.strip())
        if phrase in ("it", "that") and len(self.events) == 1:
            return next(iter(self.events))
        if phrase in self.events:
            return phrase
        owner = re.fullmatch(r"(?P<who>[a-z]+)'s(?: [a-z]+)*?(?: (?P<noun>[a-z]+))?", phrase)
        if self.owned and owner is not None and (owner.group("noun") is None or owner.group("noun") in self.nouns):
            key = f"{owner.group('who')}'s {next(iter(self.nouns))}"
            return key if key in self.events else None
        if self.closed or not re.fullmatch(r"[a-z]+(?: [a-z]+){0,2}", phrase) or phrase in ("it", "that", "today"):
            return None
        return phrase


def solve_week_schedule(text: str) -> Verdict | None:
    """The verdict on a puzzle of events in one week, or None when the text is not one this reader reads whole."""
    from agentlib.puzzles.english.text import normalize, split_sentences

    sentences = [s.strip().rstrip(".!").strip().lower() for s in split_sentences(normalize(text)) if s.strip()]
    if len(sentences) < 2 or not sentences[-1].endswith("?") or not re.search(rf"\b(?:{_DAY})\b", text, re.I):
        return None
    import z3

    week = _Week()
    constraints: list = []
    ordered: list[tuple[Any, str, Any]] = []  # (left, "<", right) within the week: read under both starts
    for sentence in sentences[:-1]:
        declared = _declaration(sentence, week)
        if declared is None:
            return None
        if declared:
            constraints += declared
            continue
        read = _placement(sentence, week, ordered)
        if read is None:
            return None
        constraints += read
    question = sentences[-1].rstrip("?").strip()
    asked = _question(question, week)
    if asked is None:
        return None
    ranges = [z3.And(day >= 0, day <= 6) for day in week.events.values()]
    answers = {_answer(asked, week, [*constraints, *ranges, *_ordered(ordered, start)])
               for start in ((0, 6) if ordered else (0,))}
    refusals = sorted(a[1:] for a in answers if a.startswith("!"))
    if refusals or len(answers) != 1:
        reason = refusals[0] if refusals else "the answer depends on whether the week starts on Monday or Sunday"
        return Verdict("english", "abstained", failure="unsat" if "fits every" in reason else "ambiguous",
                       reason=reason)
    answer = answers.pop()
    checks = (Check("the statements as days of one week" + (" (a week from Monday and from Sunday)" if ordered
                                                             else ""), "sat"),
              Check(f"the statements + the answer is not {answer}", "unsat", "every week that fits gives it"))
    return Verdict("english", "verified", answer=answer, reason=f"{answer} in every week that fits",
                   certificate=Certificate("entailment over the days of the week", checks))


def _declaration(sentence: str, week: _Week) -> list | None:
    """Constraints of a sentence declaring events spread one per day; [] if the sentence declares none; None when
    it declares them in a way this reader cannot hold (a count that disagrees, a second declaration)."""
    import z3

    listed = next((m for pattern in _EVENTS_LISTED if (m := pattern.match(sentence)) is not None), None)
    owned = _EVENTS_OWNED.match(sentence)
    if listed is None and owned is None:
        return []
    if week.events:
        return None
    days = [DAYS.index(d) for d in re.split(r",? (?:and|or) |, ", (listed or owned).group("days"))]  # type: ignore
    if listed is not None:
        values = re.split(r",? and |, ", listed.group("values"))
        noun = lemma(listed.group("noun"), "NOUN")  # "classes" -> "class"
        count = re.match(r"^(?:the )?(?P<count>\w+) ", sentence)
        stated = small_number(count.group("count")) if count is not None else None
        if stated is not None and stated != len(values):
            return None
        keys = {f"{value} {noun}": value for value in values}
    else:
        assert owned is not None
        values = re.split(r",? and |, ", owned.group("names"))
        noun = owned.group("np").split()[-1]
        keys = {f"{value}'s {noun}": value.capitalize() for value in values}
        week.owned = True
    if len(days) != len(keys) or len(set(days)) != len(days):
        return None
    week.nouns.add(noun)
    week.closed = True
    for key, label in keys.items():
        week.events[key] = z3.Int(f"day of {key}")
        week.labels[key] = label
    variables = list(week.events.values())
    return [z3.Distinct(*variables), *(z3.Or(*(v == d for d in days)) for v in variables)]


def _placement(sentence: str, week: _Week, ordered: list) -> list | None:
    import z3

    for kind, pattern in _PLACE:
        m = pattern.match(sentence)
        if m is None:
            continue
        day = week.event(m.group("e"))
        if day is None:
            return None
        if kind in ("weekday", "weekend", "day"):
            held = {"weekday": z3.And(day >= 0, day <= 4), "weekend": z3.Or(day == 5, day == 6)}.get(kind)
            if held is None:
                held = day == DAYS.index(m.group("day"))
            return [z3.Not(held) if m.group("neg") else held]
        other = m.group("o").strip()
        if kind == "step":
            steps = 1 if m.group("count") is None else small_number(m.group("count"))
            later = week.event(other)
            if steps is None or later is None or later is day:
                return None
            sign = -1 if m.group("dir") == "before" else 1
            return [day == (later + sign * steps) % 7]
        target = DAYS.index(other) if other in DAYS else week.event(other)
        if target is None or target is day:
            return None
        ordered.append((day, "<", target) if m.group("dir") in ("before", "earlier than") else (target, "<", day))
        return []
    return None


def _ordered(ordered: list, start: int) -> list:
    """`a < b` within a week that starts on day `start` (0 Monday, 6 Sunday)."""
    return [(left - start + 7) % 7 < (right - start + 7) % 7 for left, _, right in ordered]


def _question(question: str, week: _Week) -> tuple[str, Any] | None:
    if (m := _ASK_DAY.match(question)) is not None:
        day = week.event(m.group("e"))
        return ("day", day) if day is not None and any(day is v for v in week.events.values()) else None
    if (m := _ASK_EVENT.match(question)) is not None and m.group("noun") in week.nouns and not week.owned:
        return ("event", DAYS.index(m.group("day")))
    if (m := _ASK_OWNER.match(question)) is not None and week.owned and \
            (m.group("noun") or m.group("noun2")) in week.nouns:
        return ("event", DAYS.index(m.group("day")))
    return None


def _answer(asked: tuple[str, Any], week: _Week, constraints: list) -> str:
    """The one answer under `constraints`, or a reason prefixed with "!" (no week fits, or more than one answer)."""
    import z3

    solver = z3.Solver()
    solver.set("timeout", 5000)
    solver.add(*constraints)
    if solver.check() != z3.sat:
        return "!no week fits every statement"
    model = solver.model()
    kind, target = asked
    if kind == "day":
        value = model.eval(target, model_completion=True).as_long()
        solver.add(target != value)
        return "!the statements do not fix the day" if solver.check() != z3.unsat else DAYS[value].capitalize()
    holders = [key for key, day in week.events.items() if model.eval(day, model_completion=True).as_long() == target]
    if len(holders) != 1 or not week.closed:
        return "!no single event is on that day in every week that fits"
    solver.add(week.events[holders[0]] != target)
    return "!the statements do not fix it" if solver.check() != z3.unsat else week.labels[holders[0]]

"""Days of the week: "My dentist appointment is the day before my haircut. The haircut is on Thursday. What day is
the dentist appointment?"

Events happen ("is", "falls", "came", "arrived", "started"; "What day did the plumber come?"), and an owner's
event may drop its noun where the text names it once ("Cal's party is three days after Ben's."). Each event is a
weekday, a number 0-6; "N days before / after" is a step around the week (modulo 7), and "on
Thursday" fixes one. Events are the noun phrases without their determiner ("my haircut" and "the haircut" are one
event). Days told from today ("tomorrow", "the day before yesterday", "in 10 days", "3 days ago") are today's day
plus a step, so "Today is Monday. What day will it be in 10 days?" and "If the day after tomorrow is Friday, what day
was yesterday?" (the "if" clause is a statement) read in the same grammar. Z3 proves the asked day is the same in
every solution. A text with any sentence outside this small grammar is given back (None) to the general reader, so
a sentence is never half read.
"""

from __future__ import annotations

import re
from typing import Any

from agentlib.puzzles.english.words import NUMBER_WORDS
from agentlib.puzzles.verdict import Certificate, Check, Verdict

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = "|".join(DAYS)
_EVENT = r"(?:(?:my|the|her|his|our|their|your) )?(?P<{0}>[a-z0-9][a-z0-9' -]*?)"
_VERB = r"(?:is|was|will be|falls|fell|happens|happened|takes place|took place|meets|met|is held|was held|is due|" \
        r"came|comes|arrived|arrives|left|leaves|started|starts|began|begins|ended|ends|finished|finishes|visited)"
# the same verbs after "did" / "does" in the question: "What day did the plumber come?"
_BASE_VERBS = "fall|happen|take place|meet|be held|come|arrive|leave|start|begin|end|finish|visit"
_FIXED = re.compile(rf"^{_EVENT.format('event')} {_VERB}(?: on)?(?: a)? (?P<day>{_DAY})$")
_STEP = re.compile(rf"^{_EVENT.format('event')} {_VERB} (?:the day|(?P<count>\w+) days?) (?P<direction>before|after) "
                   rf"{_EVENT.format('other')}$")
_FROM_TODAY = re.compile(r"^(?:(?P<word>today|tomorrow|yesterday|day after tomorrow|day before yesterday)"
                         r"|in (?P<ahead>\w+) days?|(?P<count>\w+) days? (?P<direction>ago|from (?:now|today)|"
                         r"after today|before today))$")
_WORD_STEPS = {"today": 0, "tomorrow": 1, "yesterday": -1, "day after tomorrow": 2, "day before yesterday": -2}
_SUPPOSED = re.compile(r"^(?:if )?(?P<statement>[^,]+), (?:(?:so|then) )?"
                       r"(?P<question>(?:what|which|on what|on which) day[^,]*\?)$", re.I)
# "Two days ago it was Friday", "It was Friday two days ago": a day told from today, with the empty subject "it"
_IT_FRONTED = re.compile(rf"^(?P<when>[a-z0-9 ]+?),? it (?P<verb>is|was|will be) (?P<day>{_DAY})$")
_IT_TRAILING = re.compile(rf"^it (?P<verb>is|was|will be) (?P<day>{_DAY}),? (?P<when>[a-z0-9 ]+)$")
_QUESTIONS = (re.compile(rf"^(?:what|which) day(?: of the week)? (?:is|was|will) it(?: be)? "
                         rf"(?:(?:the|my) )?(?P<event>{_FROM_TODAY.pattern[1:-1]})$"),
              re.compile(r"^(?:what|which) day(?: of the week)? is it(?P<event>)(?: today)?$"),
              re.compile(rf"^(?:what|which) day(?: of the week)? (?:is|was|will be|does|did) "
                         rf"{_EVENT.format('event')}(?: (?:on|{_BASE_VERBS}))?$"),
              re.compile(rf"^on (?:what|which) day(?: of the week)? (?:is|was|does|did|will) {_EVENT.format('event')}"
                         rf"(?: (?:{_BASE_VERBS}|be))?$"),
              re.compile(rf"^when (?:is|was|will be) {_EVENT.format('event')}$"))


def _count(word: str | None) -> int | None:
    if word is None:
        return 1  # "the day before"
    value = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    return value if isinstance(value, int) and 0 < value < 100 else None


def _from_today(phrase: str) -> int | None:
    """The step from today that a phrase names ("in 10 days" -> 10, "the day before yesterday" -> -2), or None."""
    m = _FROM_TODAY.match(phrase)
    if m is None:
        return None
    if m.group("word") is not None:
        return _WORD_STEPS[m.group("word")]
    if m.group("ahead") is not None:
        return _count(m.group("ahead"))
    steps = _count(m.group("count"))
    if steps is None:
        return None
    return -steps if m.group("direction") in ("ago", "before today") else steps


def _owned_in_full(phrase: str, text: str) -> str:
    """ "ben's" -> "ben's party" where the text owns one thing of Ben's ("Cal's party is three days after Ben's."):
    the noun dropped after a possessive is the one said before it; with none or two, the phrase as it is."""
    if not phrase.endswith("'s") or " " in phrase:
        return phrase
    owned = set(re.findall(rf"\b{re.escape(phrase)} ([a-z]+)", text))
    return f"{phrase} {owned.pop()}" if len(owned) == 1 else phrase


def _supposition(sentences: list[str]) -> list[str]:
    """ "If the day after tomorrow is Friday, what day was yesterday?" (or the same without "if", a statement and
    its question joined by a comma) -> the statement, then the question."""
    m = _SUPPOSED.match(sentences[-1]) if sentences else None
    if m is None:
        return sentences
    statement = m.group("statement")
    return [*sentences[:-1], statement[0].upper() + statement[1:] + ".", m.group("question").capitalize()]


def _without_empty_it(words: str) -> str:
    """ "two days ago it was friday" -> "two days ago was friday": the time phrase as the subject, where it names
    a day told from today; other words unchanged."""
    m = _IT_FRONTED.match(words) or _IT_TRAILING.match(words)
    if m is None or _from_today(m.group("when").removeprefix("the ")) is None:
        return words
    return f"{m.group('when')} {m.group('verb')} {m.group('day')}"


def solve_weekdays(text: str) -> Verdict | None:
    """The verdict on a days-of-the-week puzzle, or None when the text is not one this reader reads whole."""
    from agentlib.puzzles.english.text import normalize, split_sentences

    sentences = _supposition([s.strip() for s in split_sentences(normalize(text)) if s.strip()])
    if len(sentences) < 2 or not sentences[-1].endswith("?"):
        return None
    question = sentences[-1].rstrip("?").strip().lower()
    if not re.search(rf"\b(?:{_DAY})\b", text, re.I) or not re.search(r"\bday\b|\bwhen\b", question):
        return None
    import z3

    events: dict[str, Any] = {}
    lowered = " ".join(sentences).lower()

    def event(phrase: str):  # type: ignore[no-untyped-def]
        phrase = _owned_in_full(phrase, lowered)
        steps = _from_today(phrase)
        if steps is not None and phrase != "today":
            return (event("today") + steps) % 7
        if phrase not in events:
            events[phrase] = z3.Int(f"day of {phrase}")
        return events[phrase]

    constraints: list = []
    for sentence in sentences[:-1]:
        words = _without_empty_it(sentence.rstrip(".!").strip().lower())
        if (m := _FIXED.match(words)) is not None:
            constraints.append(event(m.group("event")) == DAYS.index(m.group("day")))
            continue
        if (m := _STEP.match(words)) is not None:
            steps = _count(m.group("count"))
            if steps is None or m.group("event") == m.group("other"):
                return None
            sign = -1 if m.group("direction") == "before" else 1
            constraints.append(event(m.group("event")) == (event(m.group("other")) + sign * steps) % 7)
            continue
        return None
    asked = next((m.group("event") or "today" for pattern in _QUESTIONS
                  if (m := pattern.match(question)) is not None), None)
    if asked is None or (asked not in events and (_from_today(asked) is None or "today" not in events)):
        return None
    asked_day = event(asked)
    name = asked if _from_today(asked) is not None else f"the {asked}"
    solver = z3.Solver()
    solver.set("timeout", 5000)
    solver.add(*constraints, *(z3.And(day >= 0, day <= 6) for day in events.values()))
    if solver.check() != z3.sat:
        return Verdict("english", "abstained", failure="unsat", reason="no week fits every statement")
    value = solver.model().eval(asked_day, model_completion=True).as_long()
    solver.add(asked_day != value)
    if solver.check() != z3.unsat:
        return Verdict("english", "abstained", failure="ambiguous",
                       reason=f"the statements do not fix the day of {name}")
    day = DAYS[value].capitalize()
    checks = (Check("the statements as days of the week (steps modulo 7)", "sat"),
              Check(f"the statements + {name} is not on {day}", "unsat", "every week that fits gives it"))
    return Verdict("english", "verified", answer=day, reason=f"{name} is on {day} in every week that fits",
                   certificate=Certificate("entailment over the days of the week", checks))

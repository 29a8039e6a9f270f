"""A question that asks which thing someone has, outside a grid: "Pete has a cat, a dog or a parrot. Pete does not
have a cat. Pete does not have a dog. What pet does Pete have?" (a parrot).

The things are those the statements about that person (and the general ones: "Everyone in the club likes chess or
checkers") name after the question's verb ("has a cat, a dog or a parrot", "plays either the piano or the
violin"). Each is asked as a yes/no question ("Does Pete have a cat?") and solved; the answer is the things he
certainly has when every one of them is settled either way. One left open makes the answer depend on the case, so
the puzzle abstains saying what is certain; an unread or abstained yes/no question makes it abstain too, and so does
a text that rules every thing out (what else there may be, it does not say). "What pet" does not restrict the
things to pets (the grammar knows no kinds of things): only things the text names after that verb are asked about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agentlib.puzzles.english.words import lemma, third_person
from agentlib.puzzles.verdict import Verdict

MAX_THINGS = 12
_GENERAL = re.compile(r"^\s*(?:every|everyone|everybody|all|each|anyone|anybody|no one|nobody|none|whoever)\b", re.I)
_ASKED = re.compile(r"(?:^|(?<=[.!?]\s))[Ww]hat (?:(?P<noun>[a-z]+) )?(?P<aux>does|did) (?P<who>[A-Z][a-z]+) "
                    r"(?P<verb>[a-z]+)\?\s*$")


_DAY_ASKED = re.compile(r"(?:^|(?<=[.!?]\s))[Ww]hat (?:day|weekday|month) is (?P<thing>the [a-z]+)(?: (?P<prep>on|in))?"
                        r"\?\s*$")
_DAY_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
              "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def object_question_verdict(text: str, solve: Callable[[str], Verdict], family: str) -> Verdict | None:
    """The things someone certainly has (see the module notes), or None when the text asks no such question."""
    asked = _ASKED.search(text)
    if asked is None:
        return _day_verdict(text, solve, family)
    statements = text[:asked.start()].strip()
    verb, who, aux = asked["verb"], asked["who"], asked["aux"]
    forms = {verb, third_person(verb), lemma(verb, "VERB")} | ({"had"} if verb == "have" else set())
    said = "|".join(re.escape(f) for f in sorted(forms))
    things: dict[str, str] = {}  # the thing -> how the text says it ("a cat", "the piano", "chess")
    # the sentences about that person, and the general ones ("Everyone in the club likes chess or checkers")
    own = [s for s in re.split(r"(?<=[.!?])\s+", statements)
           if re.search(rf"\b{re.escape(who)}\b", s) or _GENERAL.match(s)]
    item = r"(?:(?:an?|the) )?(?!(?:but|or|and|nor|not|yet|so|both)\b)[a-z]+"  # ", but not both" ends the list
    for sentence in own:
        for match in re.finditer(rf"\b(?:{said})\s+(?:either\s+)?((?:{item}(?:,\s*|,?\s+(?:or|and)\s+))*{item})\b",
                                 sentence):
            for phrase in re.split(r",\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+", match.group(1)):
                words = phrase.split()
                things.setdefault(words[-1], phrase)
    if not things or len(things) > MAX_THINGS or not statements:
        return None
    answers = _asked_in_turn({thing: f"{statements} {aux.capitalize()} {who} {verb} {phrase}?"
                              for thing, phrase in things.items()}, solve)
    if answers is None:
        return None
    certain = [t for t, a in answers.items() if a == "yes"]
    open_ = [t for t, a in answers.items() if a == "cannot be determined"]
    does = third_person(lemma(verb, "VERB"))
    if open_:
        return Verdict(family, "abstained", failure="ambiguous", reason=f"more than one answer fits: {who} certainly "
                       f"{does} {', '.join(certain) or 'none of them'}; undetermined: {', '.join(open_)}",
                       shared={"certainly": certain, "undetermined": open_,
                               "certainly not": [t for t, a in answers.items() if a == "no"]})
    if not certain:
        return None  # none of the things named: what else there may be, the text does not say
    answer = certain[0] if len(certain) == 1 else certain
    rest = ", and the others are ruled out" if len(certain) < len(things) else ""
    return Verdict(family, "verified", answer=answer, reason=f"each of {', '.join(things)} was asked: {who} {does} "
                   f"{' and '.join(certain)}{rest}")


def _day_verdict(text: str, solve: Callable[[str], Verdict], family: str) -> Verdict | None:
    """ "The meeting is on Monday, Tuesday or Wednesday. ... What day is the meeting?": each day the statements about
    the meeting name, asked in turn ("Is the meeting on Monday?"), as for things above."""
    asked = _DAY_ASKED.search(text)
    if asked is None:
        return None
    statements, thing = text[:asked.start()].strip(), asked["thing"]
    about = " ".join(s for s in re.split(r"(?<=[.!?])\s+", statements) if thing.lower() in s.lower())
    days = [d for d in _DAY_WORDS if re.search(rf"\b{d}\b", about)]
    if not days or not statements:
        return None
    answers = _asked_in_turn({day: f"{statements} Is {thing} {asked['prep'] or _preposition(day)} {day}?"
                              for day in days}, solve)
    if answers is None:
        return None
    certain = [d for d, a in answers.items() if a == "yes"]
    open_ = [d for d, a in answers.items() if a == "cannot be determined"]
    if open_ or len(certain) != 1:
        return Verdict(family, "abstained", failure="ambiguous", reason=f"more than one answer fits: {thing} is "
                       f"certainly on {', '.join(certain) or 'none of them'}; undetermined: {', '.join(open_)}",
                       shared={"certainly": certain, "undetermined": open_})
    return Verdict(family, "verified", answer=certain[0], reason=f"each of {', '.join(days)} was asked: {thing} is "
                   f"on {certain[0]}, and the others are ruled out")


def _preposition(day: str) -> str:
    return "in" if _DAY_WORDS.index(day) >= 7 else "on"  # "on Monday", "in May"


def _asked_in_turn(questions: dict[str, str], solve: Callable[[str], Verdict]) -> dict[str, str] | None:
    """Each candidate's yes/no question solved: candidate -> "yes" / "no" / "cannot be determined"; None when one
    of them is not answered so (unread, abstained)."""
    answers = {}
    for candidate, question in questions.items():
        verdict = solve(question)
        if not verdict.verified or verdict.answer not in ("yes", "no", "cannot be determined"):
            return None
        answers[candidate] = verdict.answer
    return answers

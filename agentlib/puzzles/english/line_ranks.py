"""Places counted along a line of N people, most of them unnamed: "Lucy is the third oldest of five sisters. How many
of them are older than Lucy?", "Twelve people are waiting in a queue. Rosa is fourth from the front. Sven is three
places behind Rosa. How many people are behind Sven?", "Yoel is 7th from the left and 4th from the right. How many
children are in the row?".

Everyone in the line holds one place, 1 to N, counted from its head: the front of a queue or a race (the winner
first), the left of a row, the top of a class, the tall end of "the second tallest". A place counted from the other
end ("2nd from the back", "second to last", "the youngest") is N + 1 - k; "three places behind Rosa" adds 3 to
Rosa's place; "Exactly two runners finished behind him" says N minus his place is 2. N is given ("of five
sisters", "There are 10 children in a line", "in a race with eight runners") or left open. Places are distinct
(worksheet lines have no ties). A question asks for a count on one side of a person ("How many are older than
Lucy?", "How many finished ahead of him?"), between two people, a place from an end, or N; Z3 over integers proves
the asked number is the same in every solution.

Every sentence must be read by this small grammar, or the text is given back (None) to the other readers, so a
sentence is never half read. Left out: two lines in one text (front/back and left/right both said: which line is
which is unsaid), a question's noun other than the line's ("How many boys ...?" of five sisters), a pronoun with
more than one person named, ties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agentlib.numwords import compound_number
from agentlib.puzzles.english.words import ORDINALS, comparative, lemma, scale_of
from agentlib.puzzles.verdict import Certificate, Check, Verdict

_NAME = r"[A-Z][a-z]+"
_WHO = rf"{_NAME}|he|she|him|her"
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
_COUNT = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)"
_NOUN = r"[a-z]+"
_CONTAINER = r"(?:line|queue|row|race|class|group|team|contest|competition)"
# the end a place is counted from, and the line it belongs to; True: the head end (place 1)
_ENDS = {"front": ("order", True), "back": ("order", False), "start": ("order", True), "end": ("order", False),
         "left": ("row", True), "right": ("row", False), "top": ("rank", True), "bottom": ("rank", False)}
# a side of a person said with a preposition: the line, and whether it is the head's side
_SIDES = {"ahead of": ("order", True), "in front of": ("order", True), "before": ("order", True),
          "behind": ("order", False), "after": ("order", False), "left of": ("row", True),
          "to the left of": ("row", True), "right of": ("row", False), "to the right of": ("row", False),
          "above": ("rank", True), "below": ("rank", False)}
_SIDE = "|".join(sorted(_SIDES, key=len, reverse=True))
_END = "|".join(_ENDS)
_PLACE_VERB = r"(?:is|was|stands|stood|sits|sat|finished|finishes|came|comes|ended up|waits|waited)"
_AT_PLACE = r"(?: at the [a-z]+| in (?:the |a |her |his )?(?:line|queue|row|race|class))?"

# sentences that give the line and its size
_THERE_ARE = re.compile(rf"^there (?:are|were) (?P<n>{_COUNT}) (?P<noun>{_NOUN})(?: (?:waiting|standing|sitting))? "
                        rf"in (?:a|the) (?P<line>{_CONTAINER})(?: at the [a-z]+)?$", re.I)
_N_ARE_IN = re.compile(rf"^(?P<n>{_COUNT}) (?P<noun>{_NOUN}) (?:are|were)(?: (?:waiting|standing|sitting|lined up))? "
                       rf"in (?:a|the) (?P<line>{_CONTAINER})(?: at the [a-z]+)?$", re.I)
_RAN_A_RACE = re.compile(rf"^(?P<n>{_COUNT}) (?P<noun>{_NOUN}) (?:ran|run|swam|rode|took part in|entered) "
                         rf"(?:a|the) (?P<line>race|contest|competition)$", re.I)
# "In a race of seven runners, ...", "In a class of 30 pupils, ...", "In a row of children, ...": a lead-in
_LEAD_IN = re.compile(rf"^in (?:a|the) (?P<line>{_CONTAINER}) (?:of|with) (?:(?P<n>{_COUNT}) )?(?P<noun>{_NOUN}), "
                      rf"(?P<rest>.+)$", re.I)
# "... in a race with eight runners" after a place: the same line, said after it
_TAIL = re.compile(rf"^(?P<rest>.+?) in (?:a|the) (?P<line>{_CONTAINER})(?: (?:of|with) (?P<n>{_COUNT}) "
                   rf"(?P<noun>{_NOUN}))?$")

# sentences that place one person
_FROM_END = re.compile(rf"^(?P<who>{_WHO}) {_PLACE_VERB} (?:the )?(?P<k>{_ORDINAL}) from the (?P<end>{_END})"
                       rf"(?: of the (?:{_CONTAINER}))?$")
_SUPERLATIVE = re.compile(rf"^(?P<who>{_WHO}) (?:is|was) the (?:(?P<k>{_ORDINAL}) )?(?P<adj>[a-z]+est|eldest|best|"
                          rf"worst)(?: of (?:the )?(?P<n>{_COUNT}) (?P<noun>{_NOUN})"
                          rf"(?: in (?:the|his|her|their) (?:{_CONTAINER}|family))?)?$")
_FINISHED = re.compile(rf"^(?P<who>{_WHO}) (?:finished|came|come|comes|finishes|was|is|ended up) "
                       rf"(?:in )?(?:the )?(?P<k>{_ORDINAL})(?: place)?(?P<last> (?:to|from) last)?$")
_LAST = re.compile(rf"^(?P<who>{_WHO}) (?:finished|came|comes|finishes|was|is|stands|stood|ended up) "
                   rf"(?:in )?(?:the )?last(?: place)?$")
_AT_END = re.compile(rf"^(?P<who>{_WHO}) (?:is|was|stands|stood|waits|waited|sits|sat) at the "
                     rf"(?P<end>front|back|start|end)(?: of the (?:{_CONTAINER}))?$")
_OFFSET = re.compile(rf"^(?P<who>{_WHO}) {_PLACE_VERB} (?:(?P<d>{_COUNT}) (?:places?|spots?|positions?) "
                     rf"|(?P<directly>directly |right |just |immediately ))(?P<side>{_SIDE}) (?P<other>{_WHO})$")
_SIDE_COUNT = re.compile(rf"^(?:exactly |only )?(?P<d>{_COUNT}) (?P<noun>{_NOUN}) (?:finished|came|are|were|stand|"
                         rf"stood|sit|sat|waited|wait|is|was) (?P<side>{_SIDE}) (?P<other>{_WHO})$")

# questions
_HOW_MANY_SIDE = re.compile(rf"^how many (?:(?:of )?(?:them|us|(?:his|her|their|the) (?P<of>{_NOUN}))|"
                            rf"(?P<noun>{_NOUN}))? ?(?:are|were|is|was|finished|came|stand|stood|sit|sat|wait|waited)"
                            rf" (?:(?P<side>{_SIDE})|(?P<adj>[a-z]+er) than) (?P<other>{_WHO})$")
_HOW_MANY_BETWEEN = re.compile(rf"^how many (?:(?P<noun>{_NOUN}) )?(?:are|were|stand|stood|sit|sat|is|was) "
                               rf"between (?P<a>{_WHO}) and (?P<b>{_WHO})$")
_PLACE_FROM = re.compile(rf"^what is (?P<who>{_NAME}'s|his|her) (?:rank|place|position) from the (?P<end>{_END})"
                         rf"(?: of the (?:{_CONTAINER}))?$")
_WHICH_PLACE = re.compile(rf"^(?:in )?(?:which|what) (?:place|position) did (?P<who>{_WHO}) (?:finish|come)"
                          rf"(?: in)?(?: the (?:race|contest|competition))?$")
_HOW_MANY_IN = re.compile(rf"^how many (?P<noun>{_NOUN}) (?:are|were) (?:there )?in the (?P<line>{_CONTAINER})$")


@dataclass
class _Line:
    """What the sentences say of the line: its kind, its size and noun when said, each place as a constraint."""
    axis: str | None = None
    size: int | None = None
    noun: str | None = None
    people: list[str] = field(default_factory=list)
    said: list[tuple[str, ...]] = field(default_factory=list)  # ("at", who, k, head) / ("apart", who, other, d, ...)

    def agree(self, axis: str | None = None, size: int | None = None, noun: str | None = None) -> bool:
        """Record one more thing said of the line; False when it differs from what was said before."""
        for name, value in (("axis", axis), ("size", size), ("noun", noun)):
            if value is None:
                continue
            if getattr(self, name) not in (None, value):
                return False
            setattr(self, name, value)
        return True

    def person(self, who: str) -> str | None:
        """A named person (recorded), or the one person a pronoun can mean; None when a pronoun has no one."""
        if who in ("he", "she", "him", "her", "his"):
            return self.people[0] if len(self.people) == 1 else None
        if who.endswith("'s"):
            who = who[:-2]
        if who not in self.people:
            self.people.append(who)
        return who


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    value = int(word) if word.isdigit() else compound_number(word)
    return value if value is not None and 0 <= value <= 999 else None


def _ordinal(word: str) -> int | None:
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    digits = word[:-2]
    return int(digits) if digits.isdigit() and int(digits) >= 1 else None


def _noun(word: str | None) -> str | None:
    return None if word is None else lemma(word.lower(), "NOUN")


def _adjective_side(adjective: str) -> tuple[str, bool] | None:
    """"older" -> ("age", True): the age line, on the side its head (the old end) is; None for a word not a
    comparative of a scale."""
    split = comparative(adjective)
    if split is None:
        return None
    scale, direction = scale_of(split[0])
    return scale, direction > 0


def _line_said(sentence: str, line: _Line) -> str | None:
    """The sentence without a line said before or after it ("In a race of seven runners, ..."), the line recorded;
    None when what it says of the line contradicts an earlier sentence."""
    lead = _LEAD_IN.match(sentence)
    if lead is not None:
        if not line.agree(size=_count(lead["n"]) if lead["n"] else None, noun=_noun(lead["noun"])):
            return None
        return lead["rest"]
    tail = _TAIL.match(sentence)
    if tail is not None and not _OFFSET.match(sentence) and not _SIDE_COUNT.match(sentence):
        if not line.agree(size=_count(tail["n"]) if tail["n"] else None, noun=_noun(tail["noun"])):
            return None
        return tail["rest"]
    return sentence


def _read_sentence(sentence: str, line: _Line) -> bool:
    """Record what one statement says of the line; False when it is not one this grammar reads."""
    for pattern in (_THERE_ARE, _N_ARE_IN, _RAN_A_RACE):
        match = pattern.match(sentence)
        if match is not None:
            size = _count(match["n"])
            return size is not None and line.agree(size=size, noun=_noun(match["noun"]))
    clause = _line_said(sentence, line)
    if clause is None:
        return False
    if _read_place(clause, line):
        return True
    joined = clause.split(" and ")  # "Tomas is 3rd from the front and Uli is 2nd from the back"
    if len(joined) != 2 or not joined[1]:
        return False
    first, second = joined
    if not second[0].isupper():  # "Yoel is 7th from the left and 4th from the right": the same subject and verb
        subject_verb = re.match(rf"^{_NAME} {_PLACE_VERB} ", first)
        if subject_verb is None:
            return False
        second = subject_verb.group(0) + second
    return _read_place(first, line) and _read_place(second, line)


def _read_place(clause: str, line: _Line) -> bool:
    """Record one clause that places a person; False when it is not one."""
    match = _FROM_END.match(clause)
    if match is not None:
        axis, head = _ENDS[match["end"]]
        return _placed(line, match["who"], _ordinal(match["k"]), head, axis)
    match = _SUPERLATIVE.match(clause)
    if match is not None:
        side = _adjective_side(match["adj"])
        size = _count(match["n"]) if match["n"] else None
        if side is None or (match["n"] and size is None):
            return False
        if not line.agree(size=size, noun=_noun(match["noun"])):
            return False
        return _placed(line, match["who"], _ordinal(match["k"]) if match["k"] else 1, side[1], side[0])
    match = _FINISHED.match(clause)
    if match is not None:
        return _placed(line, match["who"], _ordinal(match["k"]), not match["last"], "order")  # "second to last"
    match = _LAST.match(clause)
    if match is not None:
        return _placed(line, match["who"], 1, False, "order")
    match = _AT_END.match(clause)
    if match is not None:
        axis, head = _ENDS[match["end"]]
        return _placed(line, match["who"], 1, head, axis)
    match = _OFFSET.match(clause)
    if match is not None:
        distance = 1 if match["directly"] else _count(match["d"])
        axis, head = _SIDES[match["side"]]
        who, other = line.person(match["who"]), line.person(match["other"])
        if distance is None or distance < 1 or who is None or other is None or who == other:
            return False
        line.said.append(("apart", who, other, str(distance if head else -distance)))
        return line.agree(axis=axis)
    match = _SIDE_COUNT.match(clause)
    if match is not None:
        count = _count(match["d"])
        axis, head = _SIDES[match["side"]]
        other = line.person(match["other"])
        if count is None or other is None or not line.agree(axis=axis, noun=_noun(match["noun"])):
            return False
        line.said.append(("side", other, str(count), "head" if head else "tail"))
        return True
    return False


def _placed(line: _Line, who: str, k: int | None, head: bool, axis: str) -> bool:
    person = line.person(who)
    if person is None or k is None or k < 1 or not line.agree(axis=axis):
        return False
    line.said.append(("at", person, str(k), "head" if head else "tail"))
    return True


@dataclass(frozen=True)
class _Asked:
    """The number a question asks: on one side of a person, between two, a place from an end, or the line's size."""
    kind: str  # "side", "between", "place", "size"
    people: tuple[str, ...] = ()
    head: bool = True
    noun: str | None = None


def _read_question(question: str, line: _Line) -> _Asked | None:
    match = _HOW_MANY_SIDE.match(question)
    if match is not None:
        if match["side"]:
            axis, head = _SIDES[match["side"]]
        else:
            side = _adjective_side(match["adj"])
            if side is None:
                return None
            axis, head = side
        other = line.person(match["other"])
        noun = _noun(match["of"] or match["noun"])
        if other is None or not line.agree(axis=axis):
            return None
        return _Asked("side", (other,), head, noun)
    match = _HOW_MANY_BETWEEN.match(question)
    if match is not None:
        a, b = line.person(match["a"]), line.person(match["b"])
        return None if a is None or b is None or a == b else _Asked("between", (a, b), noun=_noun(match["noun"]))
    match = _PLACE_FROM.match(question)
    if match is not None:
        axis, head = _ENDS[match["end"]]
        who = line.person(match["who"])
        return None if who is None or not line.agree(axis=axis) else _Asked("place", (who,), head)
    match = _WHICH_PLACE.match(question)
    if match is not None:
        who = line.person(match["who"])
        return None if who is None or not line.agree(axis="order") else _Asked("place", (who,), True)
    match = _HOW_MANY_IN.match(question)
    if match is not None:
        return _Asked("size", noun=_noun(match["noun"]))
    return None


def _sentences(text: str) -> list[str] | None:
    from agentlib.puzzles.english.text import normalize, split_sentences

    sentences = [s.strip().rstrip(".!").strip() for s in split_sentences(normalize(text)) if s.strip()]
    if len(sentences) < 2 or not sentences[-1].endswith("?") or any(s.endswith("?") for s in sentences[:-1]):
        return None
    return [_lower_lead(s) for s in sentences]


def solve_line_ranks(text: str) -> Verdict | None:
    """The verdict on places counted along one line, or None when the text is not one this reader reads whole."""
    sentences = _sentences(text)
    if sentences is None:
        return None
    line = _Line()
    if not all(_read_sentence(s, line) for s in sentences[:-1]):
        return None
    asked = _read_question(sentences[-1].rstrip("?").strip(), line)
    if asked is None or not line.people or line.axis is None:
        return None
    if asked.noun is not None and asked.noun not in ("people", "person", line.noun):
        return None  # "How many boys ...?" of five sisters: a kind the line does not count
    verdict = _verdict(line, asked)
    return verdict if verdict.verified else None  # left open here: the other readers may know more of the cast


def _lower_lead(sentence: str) -> str:
    """"There are ...", "In a race ...", "How many ...": function words at the start in lower case (a name keeps
    its capital)."""
    first, _, rest = sentence.partition(" ")
    if first in ("There", "In", "How", "What", "Which", "Exactly", "Only") or (first[:1].isupper() and
                                                                             _count(first.lower()) is not None):
        return first.lower() + " " + rest
    return sentence


def _verdict(line: _Line, asked: _Asked) -> Verdict:
    import z3

    size = z3.Int("N")
    places = {person: z3.Int(f"place of {person}") for person in line.people}
    constraints: list[Any] = [size >= len(places)] + [z3.And(p >= 1, p <= size) for p in places.values()]
    if line.size is not None:
        constraints.append(size == line.size)
    constraints.append(z3.Distinct(*places.values()) if len(places) > 1 else z3.BoolVal(True))
    for said in line.said:
        if said[0] == "at":
            _, person, k, end = said
            constraints.append(places[person] == (int(k) if end == "head" else size + 1 - int(k)))
        elif said[0] == "apart":
            _, person, other, d = said
            constraints.append(places[person] == places[other] - int(d))
        else:
            _, person, count, end = said
            constraints.append((places[person] - 1 if end == "head" else size - places[person]) == int(count))
    value = _asked_value(asked, places, size)
    solver = z3.Solver()
    solver.set("timeout", 5000)
    solver.add(*constraints)
    if solver.check() != z3.sat:
        return Verdict("english", "abstained", failure="unsat", reason="no line fits every statement")
    answer = solver.model().eval(value, model_completion=True).as_long()
    solver.add(value != answer)
    if solver.check() != z3.unsat:
        return Verdict("english", "abstained", failure="ambiguous",
                       reason="the statements leave the asked number open (more than one line fits them)")
    checks = (Check("the statements as places 1..N along one line, all different", "sat"),
              Check(f"the statements + the asked number is not {answer}", "unsat", "every line gives it"))
    return Verdict("english", "verified", answer=answer, reason=f"{answer} in every line that fits the statements",
                   certificate=Certificate("linear equations over places in a line", checks))


def _asked_value(asked: _Asked, places: dict[str, Any], size: Any) -> Any:
    import z3

    if asked.kind == "size":
        return size
    if asked.kind == "between":
        a, b = (places[p] for p in asked.people)
        return z3.If(a > b, a - b, b - a) - 1
    place = places[asked.people[0]]
    if asked.kind == "place":
        return place if asked.head else size + 1 - place
    return place - 1 if asked.head else size - place

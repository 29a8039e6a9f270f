"""Seats around a round (or square) table: "Ana, Bo, Cy and Dee sit around a round table. Ana sits opposite Bo."
("around the table" with no shape is a ring, as at a round table; "at a table" with no shape is not read.)

A table has no ends, so the row grammar's places (first, left end, middle) do not apply; what a statement says is
how far apart two people sit, counted in seats around the table:

    opposite / across from B        half the table away (an even number of seats only)
    to B's left / on the left of B  the next seat on B's left; "two seats to B's left": two seats on
    to B's right                    the next seat on B's right
    next to / beside B              either neighbouring seat
    between B and C                 next to both
    not ...                         the negation of any of these

Seats are numbered clockwise seen from above, and a diner faces the middle, so B's left is the next seat clockwise.
Every answer is the same under the mirror convention (a mirrored seating turns every "left" into "right", in the
statements and the question alike), so the choice decides nothing. The first person named sits in seat 0 (turning
the table changes no statement). Questions: "Who sits opposite X?", "Who sits to X's left / right?", "Who sits
between X and Y?". Every sentence must be read, or the puzzle abstains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agentlib.puzzles.english.grammar import NotUnderstood
from agentlib.puzzles.english.grid_reciprocal import unfold_reciprocal
from agentlib.puzzles.english.logic import slug
from agentlib.puzzles.english.text import normalize, split_sentences, strip_titles
from agentlib.puzzles.english.words import NUMBER_WORDS
from agentlib.puzzles.verdict import Certificate, Check, Verdict

_NAME = r"[A-Z][\w'-]*"
_NAMES = rf"{_NAME}(?:, {_NAME})*,? and {_NAME}"
_TABLE = re.compile(
    rf"^(?:(?P<count>\w+) (?:people|children|men|women|[a-z]+s)"  # "Four cousins", "Five diners": the count is checked
    rf"(?:, (?P<names_a>{_NAMES}),)? |(?P<names_b>{_NAMES}) )"
    r"(?:sit|are sitting|are seated|sat|were sitting|were seated|are|have dinner|eat)(?: evenly spaced| evenly)? "
    r"(?:(?:around|round) (?:a|the) (?:(?P<shape>round|circular|square) )?table|"
    r"at (?:a|the) (?P<shape_at>round|circular|square) table)"
    r"(?: with (?P<seats>\w+) (?:(?:evenly|equally) spaced )?(?:seats|chairs|places))?"  # checked: no empty seat
    rf"(?:, one (?:on|at) each side)?(?:: (?P<names_c>{_NAMES}))?\.?$")
_SEATED = r"(?:sits|is sitting|is seated|is|sat|was sitting|was seated|was)"
_NEGATED = r"(?:does not sit|did not sit|is not sitting|is not seated|is not|was not|sits not|never sits)"
_RELATION = (r"(?P<how>(?:directly |immediately |right |exactly )?)(?:(?P<steps>\w+) seats? )?"
             r"(?P<relation>opposite(?: to)?|across(?: the table)? from|facing|"
             r"(?:next to|beside|adjacent to) (?:both|each of)|next to|beside|adjacent to|"
             r"(?:to|on|at) (?P<owner>" + _NAME + r")'s (?:immediate )?(?P<side>left|right)(?: hand side)?|"
             r"(?:to|on) the (?:immediate )?(?P<side2>left|right) of|between)")
_STATEMENT = re.compile(rf"^(?P<a>{_NAME}) (?:(?P<negated>{_NEGATED})|{_SEATED}) {_RELATION}"
                        rf"(?: (?P<b>{_NAME})(?: and (?P<c>{_NAME}))?)?\.?$")
_QUESTION = re.compile(rf"^who (?:sits|is sitting|is seated|is|sat) {_RELATION}(?: (?P<b>{_NAME})(?: and "
                       rf"(?P<c>{_NAME}))?)?\?$", re.I)
_ALSO = re.compile(rf"^(?P<a>{_NAME}) (?P<verb>{_SEATED}|{_NEGATED}) (?P<first>[^,]+?),? and (?P<second>(?:not )?"
                   r"(?:directly |immediately |right )?(?:opposite|across|next to|beside|adjacent to|to |on ).+)$")


@dataclass
class Table:
    people: list[str]  # display names, in the order the text lists them
    shape: str

    @property
    def size(self) -> int:
        return len(self.people)


def read_table(sentence: str) -> Table | None:
    """The cast of a table-seating sentence, or None."""
    match = _TABLE.match(normalize(sentence).strip())
    if match is None:
        return None
    listed = match.group("names_a") or match.group("names_b") or match.group("names_c")
    if listed is None:
        return None
    people = [n for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed) if n]
    count = match.group("count")
    if count is not None and NUMBER_WORDS.get(count.lower(), -1) != len(people):
        return None
    seats = match.group("seats")
    if seats is not None and NUMBER_WORDS.get(seats.lower(), int(seats) if seats.isdigit() else -1) != len(people):
        return None  # an empty seat is a place nobody named holds: not this reading
    # "around the table" with no shape: people around a table sit in a ring, as at a round one
    shape = match.group("shape") or match.group("shape_at") or "round"
    if len(set(people)) != len(people) or (shape == "square" and len(people) != 4):
        return None
    return Table(people, shape)


def solve_round_table(text: str) -> Verdict | None:
    """A verdict for a puzzle of seats around a table; None when the text seats nobody around a table."""
    sentences = [unfold_reciprocal(s) for s in split_sentences(normalize(strip_titles(text)))]
    found = [(k, table) for k, s in enumerate(sentences) for table in [read_table(s)] if table is not None]
    if len(found) != 1:
        return None
    index, table = found[0]
    question = sentences[-1] if sentences[-1].strip().endswith("?") else None
    reader = _Reader(table)
    constraints: list[tuple[str, str, str]] = []
    unparsed: list[str] = []
    for number, sentence in enumerate(sentences):
        if number == index or sentence is question:
            continue
        try:
            for part, expr in enumerate(reader.statement(sentence)):
                constraints.append((f"s{number + 1}_{part}", expr, sentence))
        except NotUnderstood as error:
            unparsed.append(sentence + (f" ({error.why})" if error.why else ""))
    asked = None
    if question is None:
        unparsed.append("(no question: end with one such as 'Who sits opposite Ana?')")
    else:
        try:
            asked = reader.question(question)
        except NotUnderstood as error:
            unparsed.append(question + (f" ({error.why})" if error.why else ""))
    if unparsed or asked is None:
        return Verdict("english", "abstained", failure="not_parsed", unparsed=unparsed,
                       reason=f"{len(unparsed)} sentence(s) not understood")
    return _answer(table, constraints, asked)


class _Reader:
    def __init__(self, table: Table):
        self.table = table
        self.names = {p.lower(): p for p in table.people}

    def seat(self, name: str | None) -> str:
        if name is None or name.lower() not in self.names:
            raise NotUnderstood(str(name), "not one of the people at the table")
        return f"seat_{slug(name)}"

    def statement(self, sentence: str) -> list[str]:
        text = normalize(sentence).strip()
        also = _ALSO.match(text)
        if also is not None:  # "Iris sits next to Finn and next to Gail": two statements about one person
            verb = also.group("verb")
            return [*self.statement(f"{also.group('a')} {verb} {also.group('first')}."),
                    *self.statement(f"{also.group('a')} {verb} {also.group('second')}")]
        match = _STATEMENT.match(text)
        if match is None:
            raise NotUnderstood(sentence, "not a seat around the table")
        expr = self.relation(match, self.seat(match.group("a")))
        return [f"not ({expr})" if match.group("negated") else expr]

    def relation(self, match: re.Match[str], a: str) -> str:
        """The seat arithmetic of a relation between `a` (a seat variable) and the person(s) it names."""
        n = self.table.size
        relation = match.group("relation")
        steps_word = match.group("steps")
        steps = 1
        if steps_word is not None:
            steps = int(steps_word) if steps_word.isdigit() else NUMBER_WORDS.get(steps_word.lower(), 0)
            if not 1 <= steps < n:
                raise NotUnderstood(match.group(0), "a number of seats the table does not have")
        side = match.group("side") or match.group("side2")
        if side is not None:
            b = self.seat(match.group("owner") if match.group("owner") else match.group("b"))
            if match.group("owner") and match.group("b"):
                raise NotUnderstood(match.group(0), "a side of two people")
            return f"({a} - {b}) % {n} == {steps}" if side == "left" else f"({b} - {a}) % {n} == {steps}"
        if steps_word is not None:
            raise NotUnderstood(match.group(0), "a count of seats without a side")
        if relation == "between" or relation.endswith(("both", "each of")):  # next to both: a seat between them
            b, c = self.seat(match.group("b")), self.seat(match.group("c"))
            return f"({_next(a, b, n)}) and ({_next(a, c, n)})"
        if match.group("c") is not None:
            raise NotUnderstood(match.group(0), "more than one person for a relation of two")
        b = self.seat(match.group("b"))
        if relation.startswith(("opposite", "across", "facing")):
            if n % 2:
                raise NotUnderstood(match.group(0), f"no seat is opposite another at a table of {n}")
            return f"({a} - {b}) % {n} == {n // 2}"
        return _next(a, b, n)

    def question(self, sentence: str) -> _Asked:
        match = _QUESTION.match(normalize(sentence).strip())
        if match is None or match.group("relation") in ("next to", "beside", "adjacent to"):
            raise NotUnderstood(sentence, "a question this reader does not ask of a table")
        return _Asked(match, self)


class _Asked:
    """A "who" question: the relation said of each candidate seat."""

    def __init__(self, match: re.Match[str], reader: _Reader):
        self.match = match
        self.reader = reader
        self.reader.relation(match, "seat_probe")  # read it once now, so a question it cannot read abstains
        self.named = {x.lower() for x in (match.group("owner"), match.group("b"), match.group("c")) if x}

    def said_of(self, person: str) -> str:
        return self.reader.relation(self.match, f"seat_{slug(person)}")


def _next(a: str, b: str, n: int) -> str:
    return f"(({a} - {b}) % {n} == 1) or (({b} - {a}) % {n} == 1)"


def _answer(table: Table, constraints: list[tuple[str, str, str]], asked: _Asked) -> Verdict:
    from agentlib.tools import constraints as cl

    n = table.size
    seats = [f"seat_{slug(p)}" for p in table.people]
    rules = [{"label": "seats", "expr": " and ".join(f"0 <= {s} and {s} < {n}" for s in seats)},
             {"label": "one_each", "expr": f"distinct({', '.join(seats)})"},
             {"label": "turned", "expr": f"{seats[0]} == 0"}]
    spec = {"variables": {s: "Int" for s in seats},
            "constraints": rules + [{"label": label, "expr": expr} for label, expr, _ in constraints]}
    if cl.check(spec).status == "unsat":
        core = cl.unsat_core(spec).core
        said = {label: sentence for label, _, sentence in constraints}
        return Verdict("english", "abstained", failure="unsat", spec=spec, reason="the statements contradict each "
                       "other: " + " / ".join(dict.fromkeys(said.get(label, label) for label in core)))
    candidates = [p for p in table.people if p.lower() not in asked.named]
    forced = [p for p in candidates if cl.entails(spec, asked.said_of(p)).status == "true"]
    possible = [p for p in candidates if cl.entails(spec, asked.said_of(p)).status != "false"]
    if len(forced) != 1 or len(possible) != 1:
        return Verdict("english", "abstained", failure="ambiguous", spec=spec,
                       reason=f"several answers remain: {', '.join(possible)}" if possible else "no one fits",
                       shared={"possible": possible})
    checks = (Check(f"all {len(constraints)} statements and the seating rules together (read as seats around the "
                    "table)", "sat"),
              Check(f"statements + (the answer is not {forced[0]})", "unsat", "no other answer fits"))
    return Verdict("english", "verified", answer=forced[0], spec=spec,
                   reason="the only answer consistent with every statement",
                   certificate=Certificate("entailment (negation unsat)", checks))


__all__ = ["Table", "read_table", "solve_round_table"]

"""People given a listed set of values, one each, with clues that compare them: "Ava, Ben and Cole are 8, 10 and 12
years old, in some order. Ava is older than Ben. Cole is the youngest. How old is Ava?", "Three kids, Ava, Ben and
Cole, got different scores: 70, 80 and 90. Ava scored more than Ben. Cole scored the lowest. What did Ava score?".

One measure per puzzle, an age, a score or a number of things ("Mia, Nia and Ola have 10, 15 and 20 marbles in some
order. Mia has more than Nia. Ola has the fewest. How many does Mia have?"; a clue naming other things, "more cats
than", is not read). The people are named in the declaration (or in "Ava, Ben and Cole are kids." before "Their ages
are 8, 10 and 12."), and there are as many distinct values as people, so each value goes to exactly one person;
"respectively" / "in that order" gives them in the order of the names. Clues compare two people ("older than",
"scored more than", "has a higher score than", "N years older than", "N points more than"), put one at an end ("the
youngest", "scored the highest"), or fix or deny a value ("Ben is 10", "Cole did not score 80"). Questions ask a
person's value, who has a value, who is at an end, or whether one is above another. Z3 finds one assignment and
proves the asked thing is the same in every other.

A text with any sentence outside this small grammar is given back (None) to the general reader, so a sentence is
never half read.
"""

from __future__ import annotations

import re
from typing import Any

from agentlib.puzzles.verdict import Certificate, Check, Verdict

_NAME = r"[A-Z][a-z]+"
_NAMES = rf"(?P<names>{_NAME}(?:, {_NAME})*,? and {_NAME})"
_VALUES = r"(?P<values>\d{1,4}(?:, \d{1,4})*,? (?:and|or) \d{1,4})"
_ORDER = r"(?:,? (?:in some order|in no particular order|but not necessarily in that order|not in that order)|" \
         r"(?P<respectively>,? respectively|,? in that order))?"
_COUNTED = r"(?:(?:[Tt]he )?(?:two|three|four|five|six|[2-6]) [a-z]+,? )?"
_AGE, _SCORE, _AMOUNT = "age", "score", "amount"
_SCORE_VERB = r"(?:scored|got|earned|received|have|had|get)"
# how many things each one has: "Mia, Nia and Ola have 10, 15 and 20 marbles in some order" (the measure is named
# "number of marbles", and a clue may name the things or leave them out: "Mia has more than Nia")
_HAVE = r"(?:has|have|had|owns|own|owned|collected|collects|collect|caught|catches|catch|picked|picks|pick|found|" \
        r"finds|find|sold|sells|sell|bought|buys|buy|ate|eats|eat|baked|bakes|bake|made|makes|make|won|wins|win)"
_NOT = r"(?P<neg>does not |did not |doesn't |didn't )"
_THING = r"(?: (?P<thing>[a-z]+))?"

_DECLARATIONS = (
    (_AGE, re.compile(rf"^{_COUNTED}{_NAMES},? (?:are|were) (?:aged )?{_VALUES}(?: years old)?{_ORDER}$")),
    (_SCORE, re.compile(rf"^{_COUNTED}{_NAMES},? (?:each )?{_SCORE_VERB} (?:a )?(?:different|distinct)? ?"
                        rf"(?:scores?|points|marks?)(?: of|:)? {_VALUES}(?: points)?{_ORDER}$")),
    (_SCORE, re.compile(rf"^{_COUNTED}{_NAMES},? (?:scored|got|earned) {_VALUES} (?:points|marks){_ORDER}$")),
    # the order said outright: "have 10, 15 and 20 marbles." alone may as well give them respectively
    (_AMOUNT, re.compile(rf"^{_COUNTED}{_NAMES},? (?:each )?{_HAVE} {_VALUES} (?P<noun>[a-z]+)"
                         rf"(?=,? (?:in|but|not|respectively)){_ORDER}$")),
)
_CAST = re.compile(rf"^{_NAMES} (?:are|were) (?:[a-z]+)$")
_LISTED = re.compile(rf"^(?:[Tt]heir|[Tt]he) (?P<measure>ages|scores) (?:are|were) {_VALUES}{_ORDER}$")

# clues: (measure, kind, pattern); kinds: "compare" (a above b, an optional difference), "end", "value"
_CLUES = (
    (_AGE, "compare", re.compile(rf"^(?P<a>{_NAME}) is (?P<neg>not )?(?:(?P<n>\d{{1,4}}) years? )?"
                                 rf"(?P<dir>older|younger) than (?P<b>{_NAME})$")),
    (_SCORE, "compare", re.compile(rf"^(?P<a>{_NAME}) (?P<neg>did not )?(?:scored?|got|get|earned|earn) "
                                   rf"(?:(?P<n>\d{{1,4}}) (?:points? |marks? )?)?"
                                   rf"(?P<dir>more|fewer|less|higher|lower)(?: points| marks)? than (?P<b>{_NAME})$")),
    (_SCORE, "compare", re.compile(rf"^(?P<a>{_NAME}) (?:has|had|got) a (?P<dir>higher|lower|better|worse) score "
                                   rf"than (?P<b>{_NAME})$")),
    (_SCORE, "compare", re.compile(rf"^(?P<a>{_NAME})'s score (?:is|was) (?P<neg>not )?(?P<dir>higher|lower) than "
                                   rf"(?P<b>{_NAME})'s$")),
    (_AGE, "end", re.compile(rf"^(?P<a>{_NAME}) is (?P<neg>not )?the (?P<dir>oldest|youngest)$")),
    (_SCORE, "end", re.compile(rf"^(?P<a>{_NAME}) (?P<neg>did not )?(?:scored?|got|get|has|had) the "
                               rf"(?P<dir>highest|lowest|most|least|top|best|worst)(?: score| points)?$")),
    (_AGE, "value", re.compile(rf"^(?P<a>{_NAME}) is (?P<neg>not )?(?P<v>\d{{1,4}})(?: years old)?$")),
    (_SCORE, "value", re.compile(rf"^(?P<a>{_NAME}) (?P<neg>did not )?(?:scored?|got|get|earned|earn) "
                                 rf"(?P<v>\d{{1,4}})(?: points| marks)?$")),
    (_SCORE, "value", re.compile(rf"^(?P<a>{_NAME})'s score (?:is|was) (?P<neg>not )?(?P<v>\d{{1,4}})$")),
    (_AMOUNT, "compare", re.compile(rf"^(?P<a>{_NAME}) {_NOT}?{_HAVE} (?:(?P<n>\d{{1,4}}) )?(?P<dir>more|fewer|less)"
                                    rf"{_THING} than (?P<b>{_NAME})(?: does| did)?$")),
    (_AMOUNT, "end", re.compile(rf"^(?P<a>{_NAME}) {_NOT}?{_HAVE} the (?P<dir>most|fewest|least){_THING}$")),
    (_AMOUNT, "value", re.compile(rf"^(?P<a>{_NAME}) {_NOT}?{_HAVE} (?P<v>\d{{1,4}}){_THING}$")),
)
_UP = {"older", "more", "higher", "better", "oldest", "highest", "most", "top", "best"}

# questions: (measure or None for either, kind, pattern)
_QUESTIONS = (
    (_AGE, "value", re.compile(rf"^(?:how old is|what is the age of) (?P<a>{_NAME})$", re.I)),
    (_AGE, "value", re.compile(rf"^what is (?P<a>{_NAME})'s age$", re.I)),
    (_SCORE, "value", re.compile(rf"^(?:what|which score|what score|how many points) did (?P<a>{_NAME}) "
                                 rf"(?:score|get|earn|receive)$", re.I)),
    (_SCORE, "value", re.compile(rf"^what (?:is|was) (?P<a>{_NAME})'s score$", re.I)),
    (_AGE, "who_value", re.compile(r"^who is (?P<v>\d{1,4})(?: years old)?$", re.I)),
    (_SCORE, "who_value", re.compile(r"^who (?:scored|got|earned|received) (?P<v>\d{1,4})(?: points| marks)?$",
                                     re.I)),
    (_AGE, "who_end", re.compile(r"^who is the (?P<dir>oldest|youngest)$", re.I)),
    (_SCORE, "who_end", re.compile(r"^who (?:scored|got|has|had) the (?P<dir>highest|lowest|most|least|top|best|"
                                   r"worst)(?: score| points)?$", re.I)),
    (_AGE, "pair", re.compile(rf"^is (?P<a>{_NAME}) (?P<dir>older|younger) than (?P<b>{_NAME})$", re.I)),
    (_SCORE, "pair", re.compile(rf"^did (?P<a>{_NAME}) (?:score|get) (?P<dir>more|less|fewer|higher|lower)"
                                rf"(?: points)? than (?P<b>{_NAME})$", re.I)),
    (_AMOUNT, "value", re.compile(rf"^how many{_THING} (?:does|did) (?P<a>{_NAME}) {_HAVE}$", re.I)),
    (_AMOUNT, "who_value", re.compile(rf"^who {_HAVE} (?P<v>\d{{1,4}}){_THING}$", re.I)),
    (_AMOUNT, "who_end", re.compile(rf"^who {_HAVE} the (?P<dir>most|fewest|least){_THING}$", re.I)),
    (_AMOUNT, "pair", re.compile(rf"^(?:does|did) (?P<a>{_NAME}) {_HAVE} (?P<dir>more|fewer|less){_THING} than "
                                 rf"(?P<b>{_NAME})$", re.I)),
)


def _listed(values: str) -> list[int]:
    return [int(v) for v in re.findall(r"\d+", values)]


def _names(names: str) -> list[str]:
    return re.split(r",? and |, ", names)


def solve_value_assignment(text: str) -> Verdict | None:
    """The verdict on a puzzle of listed values given one to each person, or None when the text is not one this
    reader reads whole (see the module docstring)."""
    from agentlib.puzzles.english.text import normalize, split_sentences

    sentences = [s.strip().rstrip(".!").strip() for s in split_sentences(normalize(text)) if s.strip()]
    if len(sentences) < 3 or not sentences[-1].endswith("?"):
        return None
    people: list[str] = []
    values: list[int] = []
    measure = ""
    respectively = False  # "have 10, 15 and 20 marbles respectively": the first value is the first name's
    clues: list[str] = []
    for sentence in sentences[:-1]:
        declared = next(((m, found) for m, pattern in _DECLARATIONS if (found := pattern.match(sentence))), None)
        cast, listed = _CAST.match(sentence), _LISTED.match(sentence)
        if declared is not None and not values:
            measure, people, values = declared[0], _names(declared[1].group("names")), _listed(
                declared[1].group("values"))
            if measure == _AMOUNT:
                measure = f"number of {declared[1].group('noun')}"
            respectively = declared[1].group("respectively") is not None
        elif listed is not None and not values and people:
            measure, values = (_AGE if listed.group("measure") == "ages" else _SCORE), _listed(listed.group("values"))
        elif cast is not None and not people:
            people = _names(cast.group("names"))
        else:
            clues.append(sentence)
    if not values or len(values) != len(people) or len(set(values)) != len(values) or len(set(people)) != len(people):
        return None
    return _decide(people, values, measure, clues, sentences[-1].rstrip("?").strip(), respectively)


def _decide(people: list[str], values: list[int], measure: str, clues: list[str], question: str,
            respectively: bool = False) -> Verdict | None:
    import z3

    value = {p: z3.Int(f"{measure} of {p}") for p in people}
    constraints: list[Any] = [z3.Distinct(*value.values())]
    constraints += [z3.Or(*(value[p] == v for v in values)) for p in people]
    if respectively:
        constraints += [value[p] == v for p, v in zip(people, values)]
    for clue in clues:
        read = _clue(clue, measure, value, values)
        if read is None:
            return None
        constraints.append(read)
    asked = next(((kind, m) for m_measure, kind, pattern in _QUESTIONS
                  if m_measure == _kind(measure) and (m := pattern.match(question))), None)
    if asked is None or not _same_things(asked[1], measure):
        return None
    kind, found = asked
    solver = z3.Solver()
    solver.set("timeout", 5000)
    solver.add(*constraints)
    if solver.check() != z3.sat:
        return Verdict("english", "abstained", failure="unsat",
                       reason=f"no way of giving {', '.join(map(str, values))} one to each fits every statement")
    premises = Check(f"each of {', '.join(people)} has one of {', '.join(map(str, values))}, no two the same, "
                     f"and the {len(clues)} clues", "sat")

    def forced(claim: Any) -> bool:
        check = z3.Solver()
        check.set("timeout", 5000)
        check.add(*constraints, z3.Not(claim))
        return check.check() == z3.unsat

    if kind == "pair":
        a, b = found.group("a"), found.group("b")
        if a not in value or b not in value or a == b:
            return None
        up = found.group("dir").lower() in _UP
        claim = value[a] > value[b] if up else value[a] < value[b]
        holds, fails = forced(claim), forced(z3.Not(claim))
        answer = "yes" if holds else "no" if fails else "cannot be determined"
        said = f"{a}'s {measure} {'>' if up else '<'} {b}'s"
        return Verdict("english", "verified", answer=answer, reason=f"{said}: {answer} in every assignment",
                       certificate=Certificate("entailment over listed values given one each (Z3)", (
                           premises, Check(f"the clues + not({said})", "unsat" if holds else "sat"),
                           Check(f"the clues + {said}", "unsat" if fails else "sat"))))
    model = solver.model()
    if kind == "value":
        a = found.group("a")
        if a not in value:
            return None
        answer_value = model.eval(value[a]).as_long()
        if not forced(value[a] == answer_value):
            return Verdict("english", "abstained", failure="ambiguous", reason=f"the clues do not fix {a}'s {measure}")
        return Verdict("english", "verified", answer=answer_value,
                       reason=f"{a}'s {measure} is {answer_value} in every assignment",
                       certificate=Certificate("entailment over listed values given one each (Z3)", (
                           premises, Check(f"the clues + {a}'s {measure} is not {answer_value}", "unsat"))))
    if kind == "who_value":
        wanted = int(found.group("v"))
        if wanted not in values:
            return None
        holder = next(p for p in people if model.eval(value[p]).as_long() == wanted)
        claim = value[holder] == wanted
    else:
        up = found.group("dir").lower() in _UP
        end = max(values) if up else min(values)
        holder = next(p for p in people if model.eval(value[p]).as_long() == end)
        claim = value[holder] == end
        wanted = end
    if not forced(claim):
        return Verdict("english", "abstained", failure="ambiguous",
                       reason=f"the clues do not fix who has {measure} {wanted}")
    return Verdict("english", "verified", answer=holder, reason=f"{holder}'s {measure} is {wanted} in every assignment",
                   certificate=Certificate("entailment over listed values given one each (Z3)", (
                       premises, Check(f"the clues + {holder}'s {measure} is not {wanted}", "unsat"))))


def _kind(measure: str) -> str:
    """ "age", "score", or "amount" for "number of marbles"."""
    return _AMOUNT if measure.startswith("number of ") else measure


def _same_things(found: re.Match[str], measure: str) -> bool:
    """Whether the things a clue or question names (if any) are the ones counted: "marbles" or "marble"."""
    thing = found.groupdict().get("thing")
    if thing is None:
        return True
    noun = measure.removeprefix("number of ")
    return thing.lower() in (noun, noun.removesuffix("s"), noun.removesuffix("es"))


def _clue(clue: str, measure: str, value: dict[str, Any], values: list[int]) -> Any:
    """The Z3 constraint one clue says, or None when it is not one of the shapes above or names someone unknown."""
    import z3

    for clue_measure, kind, pattern in _CLUES:
        if clue_measure != _kind(measure):
            continue
        found = pattern.match(clue)
        if found is None:
            continue
        if not _same_things(found, measure):
            return None  # "Mia has more cats than Nia" beside marbles: another amount
        groups = found.groupdict()
        a = found.group("a")
        if a not in value:
            return None
        negated = bool(groups.get("neg"))
        if kind == "value":
            said = value[a] == int(found.group("v"))
        elif kind == "end":
            up = found.group("dir") in _UP
            said = value[a] == (max(values) if up else min(values))
        else:
            b = found.group("b")
            if b not in value or b == a:
                return None
            up = found.group("dir") in _UP
            difference = groups.get("n")
            if difference is not None:
                if negated:
                    return None  # "is not 2 years older than": not read
                step = int(difference)
                said = value[a] == value[b] + (step if up else -step)
            else:
                said = value[a] > value[b] if up else value[a] < value[b]
        return z3.Not(said) if negated else said
    return None

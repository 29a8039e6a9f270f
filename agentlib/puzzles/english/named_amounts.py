"""Numbers about named people: "Ann is 3 years older than Bob. Bob is 10. How old is Ann?", "Sue has 5 more apples
than Tim. Tim has 4 apples. How many apples does Sue have?", "Eve has 3 apples. Fay has 5. Who has more apples?".

Each person has one amount per measure: an age, or a count of one thing ("apple" and "apples" are one thing). A
sentence is a linear equation between two amounts ("N years older / younger than", "N more / fewer X than",
"twice / N times as old as", "twice / N times as many X as", "half as old as"), adds two ("Leo and Mia have 20
stamps between them") or fixes one ("Bob is 10", "is 10 years old", "has 4 apples"); a question asks for one amount
or for two added ("How many marbles do Gwen and Hugo have together?"). Amounts are never negative, ages are
positive, and counts of things come out whole (else the text is abstained on). Z3 proves the asked amount is the
same in every solution. A text with any sentence outside this small grammar is given back (None) to the general
reader, so a sentence is never half read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from agentlib.puzzles.english.amount_references import HOLDER, TIMES_WORDS, spell_references
from agentlib.puzzles.english.measures import GREATER, POINTS, POSITIVE, measure_question, measured
from agentlib.puzzles.english.words import NUMBER_WORDS, lemma
from agentlib.puzzles.verdict import Certificate, Check, Verdict

_NAME = HOLDER  # "Kate", or "Kate's brother" (`amount_references.py`)
_NUMBER = r"\d+|" + "|".join(NUMBER_WORDS)
_FACTOR = TIMES_WORDS  # "twice", "half", "thrice", "four times", "4 times"


def _times(said: str) -> Fraction:
    """The factor of a multiple as `_FACTOR` matches it: "twice" 2, "half" 1/2, "4 times" / "four times" 4."""
    fixed = {"twice": Fraction(2), "half": Fraction(1, 2), "thrice": Fraction(3)}
    if said.lower() in fixed:
        return fixed[said.lower()]
    return _number(said.split()[0])
# "Leo and Mia have 20 stamps between them": one sum (a bare "Leo and Mia have 20 stamps" may say each has 20, so
# the word that says "the two counts added" is required)
_TOGETHER = r" (?:between them|together|altogether|in total|in all|combined)"
_SENTENCES = (
    ("older", re.compile(rf"^(?P<a>{_NAME}) is (?P<n>{_NUMBER}) years? (?P<dir>older|younger) than (?P<b>{_NAME})$")),
    ("more", re.compile(rf"^(?P<a>{_NAME}) has (?P<n>{_NUMBER}) (?P<dir>more|fewer|less) (?P<thing>[a-z]+) than "
                        rf"(?P<b>{_NAME})(?: has| does)?$")),
    ("more", re.compile(rf"^(?P<a>{_NAME}) has (?P<n>{_NUMBER}) (?P<thing>[a-z]+) (?P<dir>more|fewer|less) than "
                        rf"(?P<b>{_NAME})(?: has| does)?$")),  # "5 sweets fewer than Lea": the same difference
    ("times", re.compile(rf"^(?P<a>{_NAME}) is (?P<k>{_FACTOR}) as old as (?P<b>{_NAME})(?: is)?$")),
    ("times", re.compile(rf"^(?P<a>{_NAME}) has (?P<k>{_FACTOR}) as many (?P<thing>[a-z]+) as (?P<b>{_NAME})"
                         rf"(?: has| does)?$")),
    ("fixed", re.compile(rf"^(?P<a>{_NAME}) is (?P<n>{_NUMBER})(?: years? old)?$")),
    ("fixed", re.compile(rf"^(?P<a>{_NAME}) has (?P<n>{_NUMBER}) (?P<thing>[a-z]+)$")),
    ("sum", re.compile(rf"^(?P<a>{_NAME}) and (?P<b>{_NAME}) have (?P<n>{_NUMBER}) (?P<thing>[a-z]+){_TOGETHER}$")),
    # an age some years from now or ago: "Lola will be 12 in two years", "Four years ago, Mick was 8"
    ("later", re.compile(rf"^(?P<a>{_NAME}) will be (?P<n>{_NUMBER})(?: years? old)? in (?P<m>{_NUMBER}) years?"
                         rf"(?: time)?$")),
    ("later", re.compile(rf"^(?i:in) (?P<m>{_NUMBER}) years?(?: time)?,? (?P<a>{_NAME}) will be "
                         rf"(?P<n>{_NUMBER})(?: years? old)?$")),
    ("earlier", re.compile(rf"^(?P<a>{_NAME}) was (?P<n>{_NUMBER})(?: years? old)? (?P<m>{_NUMBER}) years? ago$")),
    ("earlier", re.compile(rf"^(?P<m>(?i:{_NUMBER})) years? ago,? (?P<a>{_NAME}) was (?P<n>{_NUMBER})"
                           rf"(?: years? old)?$")),
    # twins are born together, so are the same age: "Sam and Tia are twins"
    ("twins", re.compile(rf"^(?P<a>{_NAME}) and (?P<b>{_NAME}) are (?:twins|twin (?:brothers|sisters))$")),
    # a year of birth: "Hal was born in 2010", "Gia was born two years before Hal"
    ("born", re.compile(rf"^(?P<a>{_NAME}) was born in (?P<n>\d{{3,4}})$")),
    ("born", re.compile(rf"^(?P<a>{_NAME}) was born (?P<n>{_NUMBER}) years? (?P<dir>before|after|earlier than|"
                        rf"later than) (?P<b>{_NAME})$")),
)
BIRTH = "year of birth"
_BIRTH_QUESTION = re.compile(rf"^(?:(?:in )?(?:what|which) year was (?P<a>{_NAME}) born(?: in)?|"
                             rf"when was (?P<a2>{_NAME}) born)$", re.I)
# "Together they have 30 marbles.", "They have 30 marbles between them.": the sum of every holder's count
# "Together they have 20.", "How many does Yolanda have?": the thing left unsaid is the one thing the statements count
_THEY_TOGETHER = re.compile(rf"^they (?:both |all )?have (?P<n>{_NUMBER})(?: (?P<thing>[a-z]+))?{_TOGETHER}$", re.I)
_TOGETHER_THEY = re.compile(rf"^(?:together|altogether|in total|between them|combined),? they (?:both |all )?have "
                            rf"(?P<n>{_NUMBER})(?: (?P<thing>[a-z]+))?$", re.I)
_UNSAID = "*"  # the measure of "20" in "Together they have 20.": resolved to the one thing counted
_QUESTIONS = (re.compile(rf"^how old is (?P<a>{_NAME})(?: now)?$", re.I),
              re.compile(rf"^how many (?:(?P<thing>[a-z]+) )?does (?P<a>{_NAME}) have$", re.I),
              re.compile(rf"^how many (?P<thing>[a-z]+) do (?P<a>{_NAME}) and (?P<b>{_NAME}) have{_TOGETHER}$", re.I),
              # "How many stickers do they have together?", "... are there altogether?": everyone who has some
              re.compile(rf"^how many (?P<thing>[a-z]+) (?:do (?:they|they both|both of them|the two of them|"
                         rf"all of them|they all) have{_TOGETHER}|are there{_TOGETHER})$", re.I))
# an age asked at another time: "How old will Ann be in 5 years?", "How old was Bo 3 years ago?", "In two years, how
# old will Cy be?": the age now plus (or less) the years between
_LATER = r"(?: time| from now)?"
_SHIFTED_AGE = ((1, re.compile(rf"^how old will (?P<a>{_NAME}) be (?:in (?P<m>{_NUMBER}) years?{_LATER}|"
                               rf"(?P<m2>{_NUMBER}) years? from now)$", re.I)),
                (1, re.compile(rf"^in (?P<m>{_NUMBER}) years?{_LATER},? how old will (?P<a>{_NAME}) be$", re.I)),
                (-1, re.compile(rf"^how old was (?P<a>{_NAME}) (?P<m>{_NUMBER}) years? ago$", re.I)),
                (-1, re.compile(rf"^(?P<m>{_NUMBER}) years? ago,? how old was (?P<a>{_NAME})$", re.I)))
# questions that compare the amounts: "Who is older?", "Who has the most apples?", "Does Ann have more pens than Bo?"
_RANKED = (re.compile(r"^who (?:is|was) (?P<degree>older|younger|the oldest|the youngest)"
                      r"(?: (?:of|among) (?:the \w+|them|them all|all|us))?$", re.I),
           re.compile(r"^who has (?P<degree>more|fewer|less|the most|the fewest|the least) (?P<thing>[a-z]+)$", re.I))
_PAIRED = (re.compile(rf"^(?:is|was) (?P<a>{_NAME}) (?P<degree>older|younger) than (?P<b>{_NAME})$", re.I),
           re.compile(rf"^does (?P<a>{_NAME}) have (?P<degree>more|fewer|less) (?P<thing>[a-z]+) than (?P<b>{_NAME})$",
                      re.I))
_GREATER = ("older", "the oldest", "more", "the most")
AGE = "age"
# "Ann is 3 years older than Bob, Bob is 10": a comma (or "and") before a named person's own "is" / "has" opens a
# second sentence
_CLAUSE_BREAK = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?={_NAME} (?:is|has|weighs|scored)\b)")


def _floors(amounts: dict[tuple[str, str], Any]) -> list[Any]:
    """Counts are never negative; a living person's age is more than nothing, so "twice as old as Bo" is older."""
    return [value > 0 if kind == AGE or kind in POSITIVE else value >= 0 for (_, kind), value in amounts.items()]


def _number(word: str) -> Fraction:
    return Fraction(int(word)) if word.isdigit() else Fraction(NUMBER_WORDS[word.lower()])  # "Four years ago"


def _measure(thing: str | None) -> str:
    return AGE if thing is None else lemma(thing, "NOUN")


def _decimal(value: Fraction) -> str:
    """ "1.25" for 5/4, "155" for 155; a value whose decimal never ends stays a fraction ("7/3")."""
    rest = value.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    if rest != 1 or value.denominator == 1:
        return str(value)
    return format(Decimal(value.numerator) / Decimal(value.denominator), "f")


def _what(measure: str, units: dict[str, str]) -> str:
    """How a measure is named in a reason: "age", "number of apples", "height in cm"."""
    if measure in (AGE, BIRTH):
        return measure
    if measure in POSITIVE:
        return measure  # the unit goes with the value ("155 cm")
    return f"number of {measure}s"


def solve_named_amounts(text: str) -> Verdict | None:
    """The verdict on a puzzle of people's ages or counts, or None when the text is not one this reader reads whole."""
    from agentlib.puzzles.english.text import normalize, split_sentences

    sentences = [part.strip().rstrip(".!").strip() for s in split_sentences(normalize(text)) if s.strip()
                 for part in _CLAUSE_BREAK.split(s)]
    if len(sentences) < 2 or not sentences[-1].endswith("?"):
        return None
    sentences = spell_references(sentences)  # "Her brother is 3 years older.": Kate's brother, than Kate
    question = sentences[-1].rstrip("?").strip()
    asked = next((m for pattern in _QUESTIONS if (m := pattern.match(question))), None)
    shifted = next(((sign, m) for sign, pattern in _SHIFTED_AGE if (m := pattern.match(question))), None)
    years = Fraction(0)
    if shifted is not None:  # the age now is what the statements fix; the years between are added after
        asked, years = shifted[1], shifted[0] * _number(shifted[1].group("m") or shifted[1].group("m2"))
    compared = next((m for pattern in (*_RANKED, *_PAIRED) if (m := pattern.match(question))), None)
    born = _BIRTH_QUESTION.match(question)
    about = measure_question(question) if asked is None and compared is None else None  # "Who is the heaviest?"
    if asked is None and compared is None and about is None and born is None:
        return None
    import z3

    amounts: dict[tuple[str, str], Any] = {}

    def amount(name: str, measure: str):  # type: ignore[no-untyped-def]
        if (name, measure) not in amounts:
            amounts[name, measure] = z3.Real(f"{measure} of {name}")
        return amounts[name, measure]

    constraints: list = []
    units: dict[str, str] = {}  # a measure -> the one unit its values are in
    shared_totals: list[tuple[str, Fraction]] = []  # "Together they have 30 marbles": (measure, total)
    for sentence in sentences[:-1]:
        shared = _THEY_TOGETHER.match(sentence) or _TOGETHER_THEY.match(sentence)
        if shared is not None:
            thing = shared.group("thing")
            shared_totals.append((_measure(thing) if thing else _UNSAID, _number(shared.group("n"))))
            continue
        found = next(((kind, m) for kind, pattern in _SENTENCES if (m := pattern.match(sentence))), None)
        if found is None:
            said = measured(sentence)  # "Rex weighs 10 kg.", "Bo is 5 cm taller than Ann."
            if said is None or units.setdefault(said.measure, said.unit) != said.unit or said.a == said.b:
                return None  # not read, or two units for one measure (never converted here)
            value = amount(said.a, said.measure)
            number = z3.RealVal(str(said.n))
            constraints.append(value == number if said.b is None else
                               value == amount(said.b, said.measure) + said.sign * number)
            continue
        kind, m = found
        groups = m.groupdict()
        measure = BIRTH if kind == "born" else _measure(groups.get("thing"))
        if kind == "born" and groups.get("b") is not None:  # born N years before Y: the earlier year
            if m.group("a") == m.group("b"):
                return None
            sign = -1 if m.group("dir") in ("before", "earlier than") else 1
            constraints.append(amount(m.group("a"), BIRTH) == amount(m.group("b"), BIRTH)
                               + sign * z3.RealVal(str(_number(m.group("n")))))
            continue
        if kind == "born":
            constraints.append(amount(m.group("a"), BIRTH) == z3.RealVal(m.group("n")))
            continue
        if kind == "twins":
            if m.group("a") == m.group("b"):
                return None
            constraints.append(amount(m.group("a"), AGE) == amount(m.group("b"), AGE))
            continue
        a = amount(m.group("a"), measure)
        if kind == "fixed":
            constraints.append(a == z3.RealVal(str(_number(m.group("n")))))
            continue
        if kind in ("later", "earlier"):  # the age then, less (or plus) the years between: the age now
            shift = _number(m.group("m")) * (-1 if kind == "later" else 1)
            constraints.append(a == z3.RealVal(str(_number(m.group("n")) + shift)))
            continue
        if m.group("a") == m.group("b"):
            return None
        b = amount(m.group("b"), measure)
        if kind == "sum":
            constraints.append(a + b == z3.RealVal(str(_number(m.group("n")))))
            continue
        if kind == "times":
            constraints.append(a == z3.RealVal(str(_times(m.group("k")))) * b)
        else:
            sign = 1 if m.group("dir") in ("older", "more") else -1
            constraints.append(a == b + sign * z3.RealVal(str(_number(m.group("n")))))
    if about is not None:
        if about.measure != POINTS and about.measure not in units:
            return None  # "Who is the tallest?" where no sentence gives a height in numbers
        if about.kind != "asked":
            return _compared(_Compared(about.degree, about.a, about.b, about.measure, about.kind == "between"),
                             amounts, constraints, units)
    counted = {kind for _, kind in amounts if kind != AGE and kind not in POSITIVE}
    unsaid_asked = asked is not None and "thing" in asked.groupdict() and asked.group("thing") is None
    if unsaid_asked or any(measure == _UNSAID for measure, _ in shared_totals):
        if len(counted) != 1:
            return None  # "How many does Bo have?" where the statements count no thing, or several
        shared_totals = [(next(iter(counted)) if measure == _UNSAID else measure, total)
                         for measure, total in shared_totals]
    for measure, total in shared_totals:  # "they": every holder of the thing the other sentences name
        holders = [value for (_, kind), value in amounts.items() if kind == measure]
        if len(holders) < 2:
            return None
        constraints.append(sum(holders[1:], holders[0]) == z3.RealVal(str(total)))
    if compared is not None:
        groups = compared.groupdict()
        return _compared(_Compared(compared.group("degree").lower(), groups.get("a"), groups.get("b"),
                                   _measure(groups.get("thing"))), amounts, constraints, units)
    measure = about.measure if about is not None else _measure(asked.groupdict().get("thing")) if asked else AGE
    if unsaid_asked:
        measure = next(iter(counted))
    if born is not None:  # "In what year was Gia born?"
        measure, owners = BIRTH, [born.group("a") or born.group("a2")]
    elif about is None and asked is not None and asked.groupdict().get("a") is None:
        # "they": every holder of the thing the statements name
        owners = [name for name, kind in amounts if kind == measure]
        if len(owners) < 2:
            return None
    elif about is not None:
        owners = [about.a] if about.a is not None else []
    else:
        assert asked is not None
        owners = [asked.group("a"), *([asked.group("b")] if asked.groupdict().get("b") else [])]
    if any((owner, measure) not in amounts for owner in owners) or len(set(owners)) != len(owners):
        return None
    key = (" and ".join(owners), measure)
    target = sum((amounts[owner, measure] for owner in owners[1:]), amounts[owners[0], measure])
    solver = z3.Solver()
    solver.set("timeout", 5000)
    solver.add(*constraints, *_floors(amounts))
    if solver.check() != z3.sat:
        return Verdict("english", "abstained", failure="unsat", reason="no amounts fit every statement")
    if measure != AGE and measure not in POSITIVE and any(
            Fraction(solver.model().eval(v, model_completion=True).as_fraction()).denominator != 1
            for (_, kind), v in amounts.items() if kind == measure):
        return Verdict("english", "abstained", failure="unsat", reason=f"the {measure}s do not come out whole")
    value = solver.model().eval(target, model_completion=True)
    solver.add(target != value)
    if solver.check() != z3.unsat:
        return Verdict("english", "abstained", failure="ambiguous", reason=f"the statements do not fix {key[0]}'s "
                       f"{key[1]}")
    exact = Fraction(value.as_fraction()) + years
    if exact <= 0:
        return Verdict("english", "abstained", failure="unsat", reason=f"{key[0]} was not yet born then")
    answer: int | str = int(exact) if exact.denominator == 1 else str(exact)
    if measure in POSITIVE:  # "155 cm", "1.25 m": a height or weight is given in the unit the text uses
        answer = f"{_decimal(exact)} {units[measure]}"
    what = _what(key[1], units)
    checks = (Check("the statements as linear equations on non-negative amounts", "sat"),
              Check(f"the statements + {key[0]}'s {what} is not {exact - years}", "unsat", "every solution gives it"))
    if years:
        what += f" {abs(years)} years {'from now' if years > 0 else 'ago'}"  # the age now, plus the years between
    return Verdict("english", "verified", answer=answer, reason=f"{key[0]}'s {what} is {answer} in every solution",
                   certificate=Certificate("linear equations over named amounts", checks))


def _entailed(constraints: list, amounts: dict[tuple[str, str], Any], claim: Any) -> bool:
    """Whether the statements (amounts never negative) force `claim`."""
    import z3

    solver = z3.Solver()
    solver.set("timeout", 5000)
    solver.add(*constraints, *_floors(amounts), z3.Not(claim))
    return solver.check() == z3.unsat


@dataclass(frozen=True)
class _Compared:
    """A comparing question: its degree word ("older", "the heaviest"), the two named (a yes/no) or None (who)."""

    degree: str
    a: str | None
    b: str | None
    measure: str
    between: bool = False  # "Which is heavier, Rex or Sky?": who, of the two named


def _compared(asked: _Compared, amounts: dict[tuple[str, str], Any], constraints: list,
              units: dict[str, str]) -> Verdict | None:
    """ "Who is older?" (of exactly two), "Who has the most apples?", "Is Ann older than Bob?": decided over every
    solution of the statements; a comparison they leave open is "cannot be determined" (yes/no) or abstains (who)."""
    import z3

    measure, degree = asked.measure, asked.degree
    greater = degree in _GREATER or degree in GREATER
    people = [name for name, kind in amounts if kind == measure]
    if not people:
        return None
    what = _what(measure, units)
    solver = z3.Solver()
    solver.add(*constraints, *_floors(amounts))
    if solver.check() != z3.sat:
        return Verdict("english", "abstained", failure="unsat", reason="no amounts fit every statement")
    if asked.between:
        if asked.a == asked.b or any((name, measure) not in amounts for name in (asked.a, asked.b)):
            return None
        people = [name for name in (asked.a, asked.b) if name is not None]
    elif asked.a is not None and asked.b is not None:
        a, b = asked.a, asked.b
        if (a, measure) not in amounts or (b, measure) not in amounts or a == b:
            return None
        first, second = amounts[a, measure], amounts[b, measure]
        claim = first > second if greater else first < second
        said = f"{a}'s {what} {'>' if greater else '<'} {b}'s"
        holds, fails = _entailed(constraints, amounts, claim), _entailed(constraints, amounts, z3.Not(claim))
        answer = "yes" if holds else "no" if fails else "cannot be determined"
        checks: tuple[Check, ...] = (Check("the statements as linear equations on non-negative amounts", "sat"),
                                     Check(f"the statements + not({said})", "unsat" if holds else "sat"),
                                     Check(f"the statements + {said}", "unsat" if fails else "sat"))
        where = "every solution" if holds else "no solution" if fails else "some solutions and not in others"
        return Verdict("english", "verified", answer=answer, reason=f"{said} in {where}",
                       certificate=Certificate("linear equations over named amounts", checks))
    if not degree.startswith("the") and len(people) != 2:
        return Verdict("english", "abstained", failure="ambiguous",
                       reason=f"'{degree}' compares two people, and {len(people)} have a {what}")
    winners = [p for p in people if _entailed(constraints, amounts, z3.And(*(
        amounts[p, measure] > amounts[q, measure] if greater else amounts[p, measure] < amounts[q, measure]
        for q in people if q != p)))]
    if len(winners) != 1:
        return Verdict("english", "abstained", failure="ambiguous",
                       reason=f"the statements do not say who has the {'largest' if greater else 'smallest'} {what}")
    checks = (Check("the statements as linear equations on non-negative amounts", "sat"),
              Check(f"the statements + {winners[0]}'s {what} is not strictly the "
                    f"{'largest' if greater else 'smallest'}", "unsat", "every solution gives it"))
    return Verdict("english", "verified", answer=winners[0],
                   reason=f"{winners[0]}'s {what} is the {'largest' if greater else 'smallest'} in every solution",
                   certificate=Certificate("linear equations over named amounts", checks))


__all__ = ["solve_named_amounts"]

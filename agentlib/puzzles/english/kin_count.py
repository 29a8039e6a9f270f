"""Counting the children of one family: "Rita has two brothers and one sister. How many children do her parents
have?", "Each boy has as many sisters as brothers, and each girl has twice as many brothers as sisters."

The family is two numbers, its boys and its girls. A child named in the text is one of them, a boy or a girl (a
pronoun, "her" / "his", says which; a name alone only where nothing else settles the count, and then only a name
borne overwhelmingly by one sex: `given_names.py`); a parent named ("Vera has three sons") is outside
them. Each sentence is a linear constraint on the two numbers, read from one child's side: that child's brothers are
the boys less the child if a boy, its sisters the girls less the child if a girl. "Each boy ..." speaks of every boy
and presupposes there is one. Z3 proves the asked number is the same in every solution (the constraints with
another value are unsat); anything outside this small grammar makes the reader give the text back (None) to the
general puzzle reader, so a sentence is never half read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agentlib.puzzles.english.words import NUMBER_WORDS
from agentlib.puzzles.verdict import Certificate, Check, Verdict

MAX_CHILDREN = 40
_COUNT = {**{k: v for k, v in NUMBER_WORDS.items() if isinstance(v, int)}, "a": 1, "an": 1, "no": 0}
_TIMES = {"twice": 2, "two times": 2, "three times": 3, "thrice": 3, "four times": 4}
_SIBLING = {"brother": "boy", "brothers": "boy", "sister": "girl", "sisters": "girl"}
_OFFSPRING = {"son": "boy", "sons": "boy", "daughter": "girl", "daughters": "girl"}
_NAME = r"[A-Z][a-z]+"


@dataclass(frozen=True)
class _Side:
    """Whose siblings a clause counts: a named child (gender unknown until said), every boy, or every girl."""

    who: str  # a child's name, or "boy" / "girl" for "each boy" / "each girl"


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else _COUNT.get(word)


def _sibling_amount(side: _Side, kind: str, z3, boys, girls, is_girl: dict):  # type: ignore[no-untyped-def]
    """The z3 term for how many brothers ("boy") or sisters ("girl") the side has."""
    total = boys if kind == "boy" else girls
    if side.who in ("boy", "girl"):
        return total - 1 if side.who == kind else total
    girl = is_girl[side.who]
    self_counted = z3.If(girl, 1, 0) if kind == "girl" else z3.If(girl, 0, 1)
    return total - self_counted


_HAS_COUNTS = re.compile(r"^has (?P<n1>\w+) (?P<k1>brothers?|sisters?|sons?|daughters?|children|child|kids?)"
                         r"(?: and (?P<n2>\w+) (?P<k2>brothers?|sisters?|sons?|daughters?))?$")
_AS_MANY = re.compile(r"^has (?:(?P<times>twice|thrice|two times|three times|four times) )?as many "
                      r"(?P<k1>brothers|sisters) as (?P<k2>brothers|sisters)$")
_MORE = re.compile(r"^has (?P<n>\w+) more (?P<k1>brothers|sisters) than (?P<k2>brothers|sisters)$")
_SUBJECT = re.compile(rf"^(?:(?P<each>each|every) (?:one of (?:the|his|her|my) |of (?:the|his|her|my) )?"
                      rf"(?P<group>boys?|girls?|sons?|daughters?|brothers?|sisters?)|(?P<name>{_NAME})) (?P<rest>.+)$")


class _Reading:
    def __init__(self, text: str) -> None:
        import z3

        self.z3 = z3
        self.boys, self.girls = z3.Int("boys"), z3.Int("girls")
        self.constraints: list = [self.boys >= 0, self.girls >= 0, self.boys + self.girls <= MAX_CHILDREN]
        self.children: dict[str, object] = {}
        self.parents: set[str] = set()
        self.pronoun_of: dict[str, str] = {}
        self.text = text

    def child(self, name: str):  # type: ignore[no-untyped-def]
        if name not in self.children:
            girl = self.z3.Bool(f"{name}_is_girl")
            self.children[name] = girl
            self.constraints.append(self.z3.If(girl, self.girls >= 1, self.boys >= 1))
        return self.children[name]

    def clause(self, clause: str, last_name: str | None) -> str | None:
        """Reads one clause into constraints; the name it is about (for a later "her" / "his"), or raises."""
        if clause.startswith(("Each ", "Every ")):
            clause = clause[0].lower() + clause[1:]
        match = _SUBJECT.match(clause)
        if match is None:
            raise ValueError(clause)
        rest = match.group("rest")
        if match.group("name"):
            name = match.group("name")
            if (m := re.fullmatch(r"is an? (boy|girl)", rest)) is not None:
                self.constraints.append(self.child(name) == (m.group(1) == "girl"))
                return name
            counts = _HAS_COUNTS.match(rest)
            if counts is not None and counts.group("k1") in ("sons", "son", "daughters", "daughter", "children",
                                                              "child", "kids", "kid"):
                self.parent_counts(name, counts)
                return name
            side = _Side(name)
            self.child(name)
        else:
            group = match.group("group").rstrip("s")
            gender = {"boy": "boy", "son": "boy", "brother": "boy", "girl": "girl", "daughter": "girl",
                      "sister": "girl"}[group]
            if group in ("brother", "sister"):  # "each of her brothers": the siblings of the one named before
                owned = re.search(r"\b(?:of (?:his|her|my)|his|her)\b", clause)
                # "Each sister has one brother." after "Tom has three sisters.": Tom's, the one child named
                if last_name is None or not owned and (list(self.children) != [last_name] or
                                                       re.search(r"\b(?:of (?:their|our|your))\b", clause)):
                    raise ValueError(clause)
                self.constraints.append(_sibling_amount(_Side(last_name), gender, self.z3, self.boys, self.girls,
                                                        self.children) >= 1)
            else:
                self.constraints.append((self.boys if gender == "boy" else self.girls) >= 1)
            side = _Side(gender)
            name = last_name
        self.sibling_clause(side, rest)
        return name

    def sibling_clause(self, side: _Side, rest: str) -> None:
        z3, amount = self.z3, _sibling_amount
        if (m := _HAS_COUNTS.match(rest)) is not None:
            for n, k in ((m.group("n1"), m.group("k1")), (m.group("n2"), m.group("k2"))):
                if k is None:
                    continue
                number = _number(n)
                if number is None or k not in _SIBLING:
                    raise ValueError(rest)
                self.constraints.append(amount(side, _SIBLING[k], z3, self.boys, self.girls, self.children) == number)
            return
        if (m := _AS_MANY.match(rest)) is not None:
            factor = _TIMES.get(m.group("times") or "", 1)
            first = amount(side, _SIBLING[m.group("k1")], z3, self.boys, self.girls, self.children)
            second = amount(side, _SIBLING[m.group("k2")], z3, self.boys, self.girls, self.children)
            self.constraints.append(first == factor * second)
            return
        if (m := _MORE.match(rest)) is not None and _number(m.group("n")) is not None:
            first = amount(side, _SIBLING[m.group("k1")], z3, self.boys, self.girls, self.children)
            second = amount(side, _SIBLING[m.group("k2")], z3, self.boys, self.girls, self.children)
            self.constraints.append(first == second + _number(m.group("n")))
            return
        raise ValueError(rest)

    def parent_counts(self, name: str, counts: re.Match) -> None:
        if self.children:
            raise ValueError(name)  # one family: a parent beside a named child is another reading
        self.parents.add(name)
        for n, k in ((counts.group("n1"), counts.group("k1")), (counts.group("n2"), counts.group("k2"))):
            if k is None:
                continue
            number = _number(n)
            if number is None:
                raise ValueError(n)
            if k.startswith(("child", "kid")):
                self.constraints.append(self.boys + self.girls == number)
            else:
                self.constraints.append((self.boys if _OFFSPRING[k] == "boy" else self.girls) == number)


_FAMILY_SETTING = re.compile(r"^in (?:the|this|that|a|our|my|one) (?:[A-Z]\w+ )?family,? ", re.I)
_CLAUSE_SPLIT = re.compile(r",? and (?=(?:each|every)\b)|, and |; ")
_QUESTION_TOTAL = re.compile(rf"^how many (?:children|kids) (?:(?:do|does) (?:(?P<pronoun>her|his|my|their) parents|"
                             rf"(?P<owner>{_NAME})'s parents|(?P<parent>{_NAME})) have|are (?:there|in the family)"
                             rf"(?: in the family| in all| altogether)?"
                             rf"|are (?:there )?in (?P<in_pronoun>her|his) family|does the family have)$")
_QUESTION_SIBLINGS = re.compile(rf"^how many (?P<kind>brothers|sisters|siblings) does (?P<name>{_NAME}) have$")
_QUESTION_GROUP = re.compile(r"^how many (?P<kind>boys|girls|sons|daughters) (?:are there|are in the family|"
                             r"does the family have)$")


def solve_family_count(text: str) -> Verdict | None:
    """The verdict on a family-counting puzzle, or None when the text is not one this reader reads whole."""
    from agentlib.puzzles.english.text import normalize, split_sentences

    sentences = [s.strip().rstrip(".!").strip() for s in split_sentences(normalize(text)) if s.strip()]
    if len(sentences) < 2 or not sentences[-1].endswith("?"):
        return None
    question = sentences[-1].rstrip("?").strip()
    question = question[0].lower() + question[1:]
    if not question.startswith("how many"):
        return None
    reading = _Reading(text)
    last_name: str | None = None
    try:
        for sentence in sentences[:-1]:
            if re.search(r"\b(?:half|step|twin|adopted|only child)\b", sentence, re.I):
                return None  # half siblings, step-children, twins: a family this count does not model
            sentence = _FAMILY_SETTING.sub("", sentence)
            for clause in _CLAUSE_SPLIT.split(sentence):
                clause = clause.strip()
                pronoun = clause.split(" ", 1)[0].lower()
                if pronoun in ("she", "he") and last_name is not None:  # "Kim has a sister, and she has ..."
                    clause = last_name + clause[len(pronoun):]
                last_name = reading.clause(clause, last_name)
                for pronoun, gender in (("her", "girl"), ("his", "boy"), ("she", "girl"), ("he", "boy")):
                    if re.search(rf"\b{pronoun}\b", clause) and last_name in reading.children:
                        reading.pronoun_of[last_name] = gender
    except ValueError:
        return None
    if len(reading.children) > 1 and reading.pronoun_of:
        return None  # "her" could be either named child
    for name, gender in reading.pronoun_of.items():
        reading.constraints.append(reading.children[name] == (gender == "girl"))
    asked = _asked(question, reading)
    if asked is None:
        return None
    return _prove(reading, asked, question)


def _asked(question: str, reading: _Reading):  # type: ignore[no-untyped-def]
    z3 = reading.z3
    if (m := _QUESTION_TOTAL.match(question)) is not None:
        pronoun, owner, parent = m.group("pronoun") or m.group("in_pronoun"), m.group("owner"), m.group("parent")
        if parent is not None and parent not in reading.parents:
            return None
        if owner is not None and owner not in reading.children:
            return None
        if pronoun in ("her", "his"):
            if len(reading.children) != 1:
                return None
            name = next(iter(reading.children))
            reading.constraints.append(reading.children[name] == (pronoun == "her"))
        if pronoun == "my":
            return None  # the speaker is a child the text never counts
        return reading.boys + reading.girls
    if (m := _QUESTION_SIBLINGS.match(question)) is not None:
        name = m.group("name")
        if name not in reading.children:
            return None
        side, kind = _Side(name), m.group("kind")
        if kind == "siblings":
            return reading.boys + reading.girls - 1
        return _sibling_amount(side, _SIBLING[kind], z3, reading.boys, reading.girls, reading.children)
    if (m := _QUESTION_GROUP.match(question)) is not None:
        if m.group("kind") in ("sons", "daughters") and not reading.parents and not reading.children:
            return None
        return reading.boys if m.group("kind") in ("boys", "sons") else reading.girls
    return None


def _by_usual_sex(reading: _Reading) -> list[str]:
    """ "Sally (a girl)" for each named child no pronoun placed whose name is usually one sex (`given_names`); the
    constraints are added to `reading`. Empty when there is none."""
    from agentlib.puzzles.english.given_names import usual_sex

    said = []
    for name, is_girl in reading.children.items():
        sex = usual_sex(name) if name not in reading.pronoun_of else None
        if sex is not None:
            reading.constraints.append(is_girl == (sex == "girl"))
            said.append(f"{name} as a {sex}")
    return said


def _prove(reading: _Reading, asked, question: str,  # type: ignore[no-untyped-def]
           named_sex: list[str] | None = None) -> Verdict:
    z3 = reading.z3
    solver = z3.Solver()
    solver.set("timeout", 5000)
    solver.add(*reading.constraints)
    said = question[0].upper() + question[1:] + "?"
    first = solver.check()
    if first != z3.sat:
        failure = "unsat" if first == z3.unsat else "error"
        return Verdict("english", "abstained", reason="no family fits every statement" if first == z3.unsat else
                       "the solver gave up", failure=failure)  # type: ignore[arg-type]
    model = solver.model()
    value = model.eval(asked, model_completion=True).as_long()
    boys = model.eval(reading.boys, model_completion=True).as_long()
    girls = model.eval(reading.girls, model_completion=True).as_long()
    solver.add(asked != value)
    other = solver.check()
    if other == z3.sat and not named_sex:
        named = _by_usual_sex(reading)  # "Sally has three brothers ...": read as the girl her name usually is
        if named:
            return _prove(reading, asked, question, named_sex=named)
    if other == z3.sat:
        return Verdict("english", "abstained", failure="ambiguous",
                       reason=f"more than one family fits every statement: '{said}' has more than one answer")
    if other != z3.unsat:
        return Verdict("english", "abstained", failure="error", reason="the solver gave up")
    family = f"{boys} {'boy' if boys == 1 else 'boys'} and {girls} {'girl' if girls == 1 else 'girls'}"
    checks = (Check("the statements as counts of boys and girls", "sat", f"e.g. {family}"),
              Check(f"the statements + the answer is not {value}", "unsat", "every family that fits gives it"))
    read_as = f" (reading {', '.join(named_sex)}, as the name usually is; a pronoun would settle it)" \
        if named_sex else ""
    return Verdict("english", "verified", answer=value,
                   reason=f"every family that fits the statements gives {value} (e.g. {family}){read_as}",
                   certificate=Certificate("entailment over the counts of boys and girls", checks))

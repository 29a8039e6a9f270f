"""Exceptives: "Everyone except Ann passed", "Nobody but Bo came", "All of them passed except Cy"; and "Only Ann
passed" / "Ann is the only one who passed", which say what "Nobody but Ann passed" says.

"Everyone except Ann passed" says two things: each of the others passed, and Ann did not (the exception is an
exception, not a gap: "except" denies the predicate of what it takes out). The rest of the sentence is read by the
grammar as the plain quantified sentence ("Everyone passed", "Everyone in my class likes pizza"), and its body is
said of each named person: the others get it, the excepted get its negation (with the restriction kept: "everyone
in my class except Ann" puts Ann in the class). Negative quantifiers ("nobody", "no one", "none of them") swap the
two. The people are the puzzle's named cast, so the rule is about them (an unnamed person is never asked about).

Read only when every excepted word is a name of the puzzle; a restriction must be a prepositional phrase or a
relative clause ("in my class", "who entered"), so "Everyone came but Ann left" is not taken for an exceptive.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.logic import And, Const, Formula, Implies, Not, Quantified, Var, map_terms

_POSITIVE = r"everyone|everybody|every one|all of (?:them|us)|each of (?:them|us)|all"
_NEGATIVE = r"no one|nobody|none of (?:them|us)|noone"
# "every student", "all the students", "no player": the noun stays in the plain sentence as its restriction
_NOT_A_NOUN = r"(?!(?:one|body|of|thing|the|them|us|other)\b)"  # "each of them", "every one", "no one"
_NOUN_POSITIVE = rf"every {_NOT_A_NOUN}[a-z]+|each {_NOT_A_NOUN}[a-z]+|all (?:of )?(?:the )?{_NOT_A_NOUN}[a-z]+s"
_NOUN_NEGATIVE = rf"no {_NOT_A_NOUN}[a-z]+|none of the [a-z]+s"
_QUANTIFIER = rf"(?P<q>(?P<noun>{_NOUN_POSITIVE}|{_NOUN_NEGATIVE})|{_POSITIVE}|{_NEGATIVE})"
_RESTRICTION = r"(?P<restriction>(?: (?:in|at|on|from|of|with|who|that|whose)\b[^,]*?)?)"
_EXCEPT = r"(?:except(?: for)?|but|other than|apart from|besides|save for|excluding)"
_NAMES = r"(?P<names>[A-Z][\w'-]*(?:(?:, | and |, and )[A-Z][\w'-]*)*)"
_BEFORE = re.compile(rf"^{_QUANTIFIER}{_RESTRICTION},? {_EXCEPT} {_NAMES},? (?P<vp>[a-z].*?)\.?$", re.I)
# A restriction before the verb phrase is part of what the plain sentence says either way ("Everyone in my class
# passed"), so one group holds both: two adjacent lazy groups would try every split of a long sentence (quadratic).
_AFTER = re.compile(rf"^{_QUANTIFIER} (?P<vp>[a-z][^,]*?),? (?:{_EXCEPT}|but not) {_NAMES}\.?$", re.I)
# "Only Ann passed", "Ann is the only one who passed": nobody but Ann passed (and Ann did); "only" before a name is
# never a kind ("only members" is, and the grammar reads that one)
_ONLY = re.compile(rf"^(?:only|just) {_NAMES} (?P<vp>[a-z].*?)\.?$", re.I)
_THE_ONLY = re.compile(rf"^{_NAMES} (?:is|was|are|were) the only (?:one|ones|person|people)(?: who| that)? "
                       r"(?P<vp>[a-z].*?)\.?$", re.I)


def _positive(quantifier: str) -> str:
    """The positive quantifier over the same noun ("no student" -> "every student"): the negation is the flag's."""
    words = quantifier.split()
    if words[0].lower() == "no":
        return f"every {' '.join(words[1:])}"
    if words[0].lower() == "none":
        return f"all {' '.join(words[2:])}"
    return quantifier


class Exceptive:
    """A sentence read as an exceptive: the plain sentence to parse and who is taken out."""

    def __init__(self, plain: str, excepted: list[str], negative: bool):
        self.plain, self.excepted, self.negative = plain, excepted, negative


def find_exceptive(sentence: str, names: dict[str, str]) -> Exceptive | None:
    """The exceptive reading of `sentence`, when its excepted words are all names (`names`: lower -> display)."""
    text = sentence.strip()
    for pattern in (_ONLY, _THE_ONLY):
        match = pattern.match(text)
        named = [n for n in re.split(r", and |, | and ", match.group("names")) if n] if match else []
        if named and all(n.lower() in names for n in named):
            return Exceptive(f"Everyone {match.group('vp')}.", [names[n.lower()] for n in named], True)  # type: ignore[union-attr]
    for pattern in (_BEFORE, _AFTER):
        match = pattern.match(text)
        if match is None:
            continue
        excepted = [n for n in re.split(r", and |, | and ", match.group("names")) if n]
        if not excepted or any(n.lower() not in names for n in excepted):
            continue  # "except for Ann." read with "for" as the name: the other shape may still fit
        quantifier = match.group("q").lower()
        negative = re.fullmatch(f"{_NEGATIVE}|{_NOUN_NEGATIVE}", quantifier) is not None
        head = _positive(match.group("q")) if match.group("noun") else "Everyone"
        plain = f"{head[0].upper()}{head[1:]}{match.groupdict().get('restriction') or ''} {match.group('vp')}."
        return Exceptive(plain, [names[n.lower()] for n in excepted], negative)
    return None


def instantiate(formula: Formula, people: list[Const], excepted: list[Const], negative: bool) -> list[Formula] | None:
    """What the exceptive says of each person: `formula` is the plain "Everyone ..." reading (`Quantified` all);
    None when it is not one (then the sentence is not understood)."""
    if not isinstance(formula, Quantified) or formula.kind != "all" or not set(excepted) <= set(people):
        return None
    var: Var = formula.var
    body = formula.body
    restriction, claim = (body.left, body.right) if isinstance(body, Implies) else (And(()), body)
    out: list[Formula] = []
    for person in people:
        def said(f: Formula, person: Const = person) -> Formula:
            return map_terms(f, lambda t: person if t == var else t)
        holds = (person in excepted) == negative  # the others get the claim, the excepted its denial
        stated = said(claim) if holds else Not(said(claim))
        if person in excepted:
            out.append(And((said(restriction), stated)) if restriction != And(()) else stated)
        else:
            out.append(Implies(said(restriction), stated) if restriction != And(()) else stated)
    return out

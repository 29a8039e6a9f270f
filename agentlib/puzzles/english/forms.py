"""Names of argument forms and fallacies, recognised on the logical form of premises and conclusion.

Propositional forms match the premises' skeleton, each distinct atom (or quantified statement) a
letter: modus ponens / tollens, hypothetical and disjunctive syllogism, constructive and destructive
dilemma, and the fallacies affirming the consequent, denying the antecedent, affirming a disjunct.
Forms with one universal rule and a fact about an individual get the same names ("All M are P; a is
M; so a is P" is modus ponens on a universal rule). Categorical syllogisms (two premises and a
conclusion of the forms A "all S are P", E "no S is P", I "some S are P", O "some S are not P" over
three terms) get their mood and figure, the medieval name when valid (Barbara, Celarent, ...), and
otherwise the rule they break: undistributed middle, illicit major or minor, exclusive premises, a
negative conclusion from affirmative premises (or the reverse), the existential fallacy.

The name is a description for people; validity itself is always Z3's verdict, never the name's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from agentlib.puzzles.english.logic import (
    And,
    Atom,
    Const,
    Formula,
    Implies,
    Not,
    Or,
    Quantified,
    Var,
    Xor,
    substitute,
)


@dataclass(frozen=True)
class FormName:
    name: str
    fallacy: bool  # True: a named fallacy (the form is invalid)


# -- propositional skeletons -----------------------------------------------------------------------

Shape = object  # a letter ("P") or a tuple ("if", shape, shape)


def _skeleton(formula: Formula, letters: dict[str, str]) -> Shape:
    """A hashable shape with atoms replaced by letters A, B, C... (shared across one argument)."""
    if isinstance(formula, Not):
        return _neg(_skeleton(formula.body, letters))
    if isinstance(formula, Implies):
        return ("if", _skeleton(formula.left, letters), _skeleton(formula.right, letters))
    if isinstance(formula, (Or, Xor)) and (len(formula.parts) == 2 if isinstance(formula, Or) else True):
        parts = formula.parts if isinstance(formula, Or) else (formula.left, formula.right)
        return ("or", _skeleton(parts[0], letters), _skeleton(parts[1], letters))
    key = _alpha_key(formula)
    letters.setdefault(key, "PQRSTUVW"[len(letters) % 8])
    return letters[key]


def _alpha_key(formula: Formula) -> str:
    """A formula's text with its bound variables numbered in order, so "taxes rise" in a rule and in the conclusion
    (each read with its own variable) are one letter."""
    order: dict[str, str] = {}
    return re.sub(r"Var\(name='([^']*)'\)", lambda m: order.setdefault(m.group(1), f"Var(name='v{len(order)}')"),
                  repr(formula))


def _neg(x: Shape) -> Shape:
    """not-x, with a double negation cancelled: "the car won't start" denied is "the car starts"."""
    if isinstance(x, tuple) and x[0] == "not":
        return x[1]
    return ("not", x)


def propositional_form(premises: list[Formula], conclusion: Formula) -> FormName | None:
    letters: dict[str, str] = {}
    shapes = [_skeleton(p, letters) for p in premises]
    goal = _skeleton(conclusion, letters)
    if len(shapes) == 2:
        for rule, fact in (shapes, shapes[::-1]):
            if isinstance(rule, tuple) and rule[0] == "if":
                p, q = rule[1], rule[2]
                if fact == p and goal == q:
                    return FormName("modus ponens", False)
                if fact == _neg(q) and goal == _neg(p):
                    return FormName("modus tollens", False)
                if fact == q and goal == p:
                    return FormName("affirming the consequent", True)
                if fact == _neg(p) and goal == _neg(q):
                    return FormName("denying the antecedent", True)
                if isinstance(fact, tuple) and fact[0] == "if" and goal == ("if", p, fact[2]) and fact[1] == q:
                    return FormName("hypothetical syllogism", False)
            if isinstance(rule, tuple) and rule[0] == "or":
                p, q = rule[1], rule[2]
                if (fact == _neg(p) and goal == q) or (fact == _neg(q) and goal == p):
                    return FormName("disjunctive syllogism", False)
                if (fact == p and goal == _neg(q)) or (fact == q and goal == _neg(p)):
                    return FormName("affirming a disjunct", True)
    if len(shapes) == 3:
        rules = [s for s in shapes if isinstance(s, tuple) and s[0] == "if"]
        other = [s for s in shapes if s not in rules]
        if len(rules) == 2 and len(other) == 1 and isinstance(other[0], tuple) and other[0][0] == "or":
            (p, q), (r, s) = (rules[0][1], rules[0][2]), (rules[1][1], rules[1][2])
            either = {other[0][1], other[0][2]}
            if either == {p, r} and isinstance(goal, tuple) and goal[0] == "or" and {goal[1], goal[2]} == {q, s}:
                return FormName("constructive dilemma", False)
            if either == {_neg(q), _neg(s)} and isinstance(goal, tuple) and goal[0] == "or" and \
                    {goal[1], goal[2]} == {_neg(p), _neg(r)}:
                return FormName("destructive dilemma", False)
    return None


# -- a universal rule applied to an individual --------------------------------------------------------

def _rule(formula: Formula) -> tuple[Var, Formula, Formula] | None:
    if isinstance(formula, Quantified) and formula.kind == "all" and isinstance(formula.body, Implies):
        return formula.var, formula.body.left, formula.body.right
    return None


def instance_form(premises: list[Formula], conclusion: Formula) -> FormName | None:
    if len(premises) != 2:
        return None
    for rule_formula, fact in (premises, premises[::-1]):
        rule = _rule(rule_formula)
        if rule is None:
            continue
        var, antecedent, consequent = rule
        constants = [a for n in _atoms(fact) for a in n.args if isinstance(a, Const)]
        if not constants:
            continue
        c = constants[0]
        p, q = substitute(antecedent, var, c), substitute(consequent, var, c)
        name = propositional_form([Implies(p, q), fact], conclusion)
        if name is not None:
            base = {"modus ponens": "modus ponens on a universal rule (universal instantiation)",
                    "modus tollens": "modus tollens on a universal rule",
                    "affirming the consequent": "affirming the consequent (undistributed middle)",
                    "denying the antecedent": "denying the antecedent (illicit major)"}.get(name.name, name.name)
            return FormName(base, name.fallacy)
    return None


def _atoms(formula: Formula) -> list[Atom]:
    from agentlib.puzzles.english.logic import walk

    return [n for n in walk(formula) if isinstance(n, Atom)]


# -- categorical syllogisms -----------------------------------------------------------------------

Kind = Literal["A", "E", "I", "O"]
_VALID = {
    ("AAA", 1): "Barbara", ("EAE", 1): "Celarent", ("AII", 1): "Darii", ("EIO", 1): "Ferio",
    ("EAE", 2): "Cesare", ("AEE", 2): "Camestres", ("EIO", 2): "Festino", ("AOO", 2): "Baroco",
    ("IAI", 3): "Disamis", ("AII", 3): "Datisi", ("OAO", 3): "Bocardo", ("EIO", 3): "Ferison",
    ("AEE", 4): "Camenes", ("IAI", 4): "Dimaris", ("EIO", 4): "Fresison",
}
_NEEDS_IMPORT = {
    ("AAI", 1): "Barbari", ("EAO", 1): "Celaront", ("AEO", 2): "Camestros", ("EAO", 2): "Cesaro",
    ("AAI", 3): "Darapti", ("EAO", 3): "Felapton", ("AEO", 4): "Camenos", ("AAI", 4): "Bramantip",
    ("EAO", 4): "Fesapo",
}


def categorical(formula: Formula) -> tuple[Kind, str, str] | None:
    """(kind, subject term, predicate term) of an A/E/I/O statement over one-place atoms, or None."""
    negated = False
    if isinstance(formula, Not) and isinstance(formula.body, Quantified):  # "not all S are P" is O
        inner = categorical(formula.body)
        if inner is None:
            return None
        flip = {"A": "O", "O": "A", "E": "I", "I": "E"}
        return flip[inner[0]], inner[1], inner[2]  # type: ignore[return-value]
    if not isinstance(formula, Quantified):
        return None
    body = formula.body
    if formula.kind == "all" and isinstance(body, Implies):
        subject, claim = body.left, body.right
    elif formula.kind == "some" and isinstance(body, And) and len(body.parts) == 2:
        subject, claim = body.parts
    else:
        return None
    if isinstance(claim, Not):
        negated, claim = True, claim.body
    if not (isinstance(subject, Atom) and isinstance(claim, Atom) and subject.args == (formula.var,)
            and claim.args == (formula.var,)):
        return None
    kind: Kind = ("E" if negated else "A") if formula.kind == "all" else ("O" if negated else "I")
    return kind, subject.predicate, claim.predicate


def _distributed(kind: Kind, subject: str, predicate: str) -> set[str]:
    return {"A": {subject}, "E": {subject, predicate}, "I": set(), "O": {predicate}}[kind]


def syllogism_form(premises: list[Formula], conclusion: Formula) -> FormName | None:
    if len(premises) != 2:
        return None
    parsed = [categorical(p) for p in premises]
    goal = categorical(conclusion)
    if goal is None or any(p is None for p in parsed):
        return None
    c_kind, minor, major = goal
    first, second = parsed
    assert first is not None and second is not None
    major_premise = next((p for p in (first, second) if major in p[1:]), None)
    minor_premise = next((p for p in (first, second) if minor in p[1:] and p is not major_premise), None)
    if major_premise is None or minor_premise is None:
        return None
    middle_terms = (set(major_premise[1:]) & set(minor_premise[1:])) - {major, minor}
    if len(middle_terms) != 1:
        return None
    middle = middle_terms.pop()
    figure = {(True, False): 1, (False, False): 2, (True, True): 3, (False, True): 4}[
        (major_premise[1] == middle, minor_premise[1] == middle)]
    mood = major_premise[0] + minor_premise[0] + c_kind
    label = f"categorical syllogism {mood}-{figure}"
    if (mood, figure) in _VALID:
        return FormName(f"{label} ({_VALID[(mood, figure)]})", False)
    if (mood, figure) in _NEEDS_IMPORT:
        return FormName(f"{label} ({_NEEDS_IMPORT[(mood, figure)]}: valid only if the subject class is not empty;"
                        " existential fallacy)", True)
    d_major = _distributed(major_premise[0], *major_premise[1:])
    d_minor = _distributed(minor_premise[0], *minor_premise[1:])
    d_goal = _distributed(c_kind, minor, major)
    negatives = sum(k in "EO" for k in (major_premise[0], minor_premise[0]))
    if middle not in d_major and middle not in d_minor:
        return FormName(f"{label}: undistributed middle", True)
    if major in d_goal and major not in d_major:
        return FormName(f"{label}: illicit major", True)
    if minor in d_goal and minor not in d_minor:
        return FormName(f"{label}: illicit minor", True)
    if negatives == 2:
        return FormName(f"{label}: exclusive premises (two negative premises)", True)
    if negatives == 1 and c_kind in "AI":
        return FormName(f"{label}: affirmative conclusion from a negative premise", True)
    if negatives == 0 and c_kind in "EO":
        return FormName(f"{label}: negative conclusion from affirmative premises", True)
    if c_kind in "IO" and major_premise[0] in "AE" and minor_premise[0] in "AE":
        return FormName(f"{label}: existential fallacy", True)
    return FormName(label, False)


def _flat(premises: list[Formula]) -> list[Formula]:
    """Premises joined by "and" in one sentence count as separate premises ("All A are B, and all B are C")."""
    return [part for p in premises for part in (_flat(list(p.parts)) if isinstance(p, And) else [p])]


def immediate_form(premises: list[Formula], conclusion: Formula) -> FormName | None:
    """The immediate inferences of one categorical statement: conversion ("No S is P, so no P is S"; "All S are P,
    so all P are S" is illicit), and subalternation ("All S are P, so some S are P"), valid only when there are S
    (the existential fallacy where nothing says so)."""
    if len(premises) != 1:
        return None
    premise, goal = categorical(premises[0]), categorical(conclusion)
    if premise is None or goal is None:
        return None
    (kind, subject, predicate), (c_kind, c_subject, c_predicate) = premise, goal
    if (c_subject, c_predicate) == (predicate, subject) and c_kind == kind:
        if kind in "EI":
            return FormName(f"conversion ({kind}: '{_KIND_WORDS[kind]}' reads both ways)", False)
        return FormName(f"illicit conversion ({kind}: '{_KIND_WORDS[kind]}' does not read both ways)", True)
    if (c_subject, c_predicate) == (subject, predicate) and (kind, c_kind) in (("A", "I"), ("E", "O")):
        return FormName(f"subalternation ({kind} to {c_kind}: valid only if {_some(subject)} "
                        "exists; existential fallacy)", True)
    if (c_subject, c_predicate) == (predicate, subject) and (kind, c_kind) == ("A", "I"):
        return FormName(f"conversion by limitation (valid only if {_some(subject)} exists; existential fallacy)",
                        True)
    return None


def _some(term: str) -> str:
    return f"some {term.replace('_', ' ')}"


_KIND_WORDS = {"A": "all ... are", "E": "no ... is", "I": "some ... are", "O": "some ... are not"}


def name_form(premises: list[Formula], conclusion: Formula) -> FormName | None:
    premises = _flat(premises)
    return (propositional_form(premises, conclusion) or syllogism_form(premises, conclusion)
            or immediate_form(premises, conclusion) or instance_form(premises, conclusion))

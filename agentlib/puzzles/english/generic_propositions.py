"""Bare plurals said only of the kind, read as whole propositions: "If roads are icy, drivers slow down. Drivers do
not slow down. So roads are not icy."

A bare plural in a law about the kind ("roads are icy", "drivers slow down") is read by the grammar as every member
("every road is icy"), and its denial as every member denied ("no road is icy"). Read so, the modus tollens above
had two readings of its conclusion ("no road" / "not every road") and abstained, and "If roads are not icy, drivers
speed. Drivers do not speed. So roads are icy." was verified "invalid" (from "no driver speeds" only "not every road
is not icy" follows). The speaker means one proposition about the kind, affirmed or denied as a whole: "roads are
icy" is p, "roads are not icy" is not p, and the argument is propositional logic over them.

That reading is taken only where nothing on the page speaks of the members one by one: every statement about the
kind is a bare plural with one plain predicate ("drivers slow down", not "drivers who speed slow down"), every
sentence that mentions the kind's noun uses it bare (no "all", "some", "no", "the", "this", number before it), and
neither the kind nor the predicate is said of a named individual or inside any other quantifier. "All roads are
icy" and "No road is icy" have the same formulas as the bare plurals, so it is the wording that decides.

Left out: a bare plural with an adjective ("icy roads are dangerous") or a relative clause, and a predicate with an
object ("cats chase mice"): those keep the grammar's reading of every member.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agentlib.puzzles.english.logic import TRUE, Atom, Formula, Implies, Not, Quantified, Var, map_formula, walk

_DETERMINERS = {"all", "every", "each", "some", "no", "any", "the", "this", "these", "those", "that", "most", "many",
                "few", "a", "an", "several", "both", "either", "neither", "my", "your", "his", "her", "our", "their",
                "its", "other", "such", "none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "of", "certain", "only", "whose", "which", "what"}


def _generic(node: Formula) -> tuple[str, str, bool] | None:
    """(kind, predicate, denied) of "Ks are P" / "Ks are not P" read as every member: forall x (K(x) -> [not] P(x))."""
    if not (isinstance(node, Quantified) and node.kind == "all" and isinstance(node.body, Implies)):
        return None
    kind, said = node.body.left, node.body.right
    denied = isinstance(said, Not)
    core = said.body if isinstance(said, Not) else said
    if _unary_of(kind, node.var) and _unary_of(core, node.var):
        assert isinstance(kind, Atom) and isinstance(core, Atom)
        return kind.predicate, core.predicate, denied
    return None


def _unary_of(node: Formula, var: Var) -> bool:
    return isinstance(node, Atom) and node.args == (var,)


def _presupposed_kind(node: Formula) -> str | None:
    """The kind of "there are Ks", which the grammar adds for a bare plural's statement."""
    if isinstance(node, Quantified) and node.kind == "some" and _unary_of(node.body, node.var):
        assert isinstance(node.body, Atom)
        return node.body.predicate
    return None


def proposition_name(kind: str, predicate: str) -> str:
    # the leading "__" keeps the helper out of counter-model descriptions, which have no words for it
    return f"__generic_{kind}__{predicate}"


def propositional_reading(formulas: list[Formula], texts: Iterable[str],
                          nouns: dict[str, str]) -> list[Formula] | None:
    """`formulas` with every bare-plural statement about a kind as one proposition (see the module notes), or None
    where the reading does not apply. `texts` are the argument's sentences, `nouns` a kind predicate's noun."""
    found = [g for f in formulas for n in walk(f) if (g := _generic(n)) is not None]
    if not found:
        return None
    kinds = {kind for kind, _, _ in found}
    predicates = {predicate for _, predicate, _ in found}
    if kinds & predicates or not all(kind in nouns and _only_bare(nouns[kind], texts) for kind in kinds):
        return None

    def as_proposition(node: Formula) -> Formula | None:
        generic = _generic(node)
        if generic is not None:
            kind, predicate, denied = generic
            atom = Atom(proposition_name(kind, predicate))
            return Not(atom) if denied else atom
        if _presupposed_kind(node) in kinds:
            return TRUE
        return None

    read = [map_formula(f, as_proposition) for f in formulas]
    left = {n.predicate for f in read for n in walk(f) if isinstance(n, Atom)}
    return None if left & (kinds | predicates) else read


def _only_bare(noun: str, texts: Iterable[str]) -> bool:
    """Every use of `noun` (singular or plural) in `texts` is a bare plural: nothing that counts or picks members."""
    word = re.compile(rf"(?P<before>\b[\w']+\s+)?\b(?P<noun>{re.escape(noun)}(?:s|es)?)\b", re.I)
    seen = False
    for text in texts:
        for match in word.finditer(text):
            seen = True
            if match.group("noun").lower() == noun.lower() and not noun.lower().endswith("s"):
                return False  # the singular: one member ("a road", "the road")
            before = (match.group("before") or "").strip().lower()
            if before in _DETERMINERS or before.isdigit():
                return False
    return seen

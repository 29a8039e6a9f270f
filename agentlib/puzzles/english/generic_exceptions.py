"""A bare generic tolerates exceptions: "Cats purr" does not say that every cat purrs.

The grammar reads a stated bare plural ("Birds sing") as every member ("every bird sings"), which is how people
use it of the individuals they name: "Birds sing. Tweety is a bird. So Tweety sings." But the generic is true even
where a few members are exceptions, so a conclusion that speaks of the kind's members at large ("every bird sings",
"no bird is silent", "some bird sings") cannot rest on it: "Birds sing. So every bird sings." is not valid.

The reading that says so is the open default of default logic (Reiter 1980): a generic applies to each named
individual of its kind, presumed normal, and says nothing of the unnamed ones. Each stated generic
forall x (K(x) -> P(x)) is read as forall x (K(x) and not E(x) -> P(x)), with E a fresh "exception" predicate and
not E(c) for every named individual c. Where the conclusion has a quantifier of its own (not a bare plural) and
follows on the every-member reading but not on this one, it rests on the generic's holding of members nobody
named, and the callers abstain.

Left out: a generic inside a rule ("If roads are icy, ...") keeps its reading (`generic_propositions.py` reads
those as propositions); a generic conclusion from generic premises ("Cats are mammals. Mammals are animals. So
cats are animals.") is not weakened, since both sides then speak loosely alike.
"""

from __future__ import annotations

from typing import Any

from agentlib.puzzles.english.grammar import NotUnderstood
from agentlib.puzzles.english.logic import (
    Atom,
    Const,
    Formula,
    Implies,
    Not,
    Quantified,
    conj,
    constants_of,
    walk,
)

EXCEPTION_PREFIX = "__exception_"  # "__": helpers have no words, so counter-model descriptions leave them out


def _matching(formula: Formula, laws: list[Formula], rewrite: Any) -> bool:
    for law in laws:
        if formula == law:
            return True
        try:
            if formula == rewrite(law):
                return True
        except NotUnderstood:  # a law the rewrite does not take is simply not this formula
            continue
    return False


def speaks_of_members(goal: Formula, asked_generics: list[Formula]) -> bool:
    """Whether the conclusion has a quantifier that is not a bare plural's ("every bird", "no bird", "some bird")."""
    return any(isinstance(node, Quantified) and node not in asked_generics for node in walk(goal))


def tolerant_labelled(labelled: list[tuple[str, Formula]], goal: Formula, grammar: Any,
                      rewrite: Any) -> list[tuple[str, Formula]] | None:
    """`labelled` with each stated generic read as holding of named members only (see the module notes), or None
    where no stated generic is among the premises or the conclusion speaks of no members at large."""
    laws = list(getattr(grammar, "generic_laws", []))
    if not laws or not speaks_of_members(goal, list(getattr(grammar, "generic_asked", []))):
        return None
    names = constants_of([f for _, f in labelled] + [goal])
    read: list[tuple[str, Formula]] = []
    weakened = 0
    for label, formula in labelled:
        if isinstance(formula, Quantified) and isinstance(formula.body, Implies) and \
                _matching(formula, laws, rewrite):
            exception = f"{EXCEPTION_PREFIX}{weakened}"
            weakened += 1
            normal = Not(Atom(exception, (formula.var,)))
            read.append((label, Quantified("all", formula.var,
                                           Implies(conj([formula.body.left, normal]), formula.body.right))))
            read += [(f"{label}_normal_{name}", Not(Atom(exception, (Const(name),)))) for name in names]
        else:
            read.append((label, formula))
    return read if weakened else None

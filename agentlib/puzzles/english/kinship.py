"""Kinship by possessives: "Adam is Bill's father.", "Who is Carl's grandfather?", "Is Dora Fiona's grandmother?".

A small vocabulary over two relations among the people a text names, "parent of" and "grandparent of", plus
"male": father = a male parent, daughter = a female child, grandmother = a female grandparent, and so on. Axioms
(`kinship_axioms`) make the words compose the way people read them: a parent's parent is a grandparent; each person
has at most one father and one mother among those named; generations keep the relations one-way (a parent is one
generation above, a grandparent two), so nobody is their own grandparent and a father is not also a grandfather of
the same child. Nothing is said about people the text does not name: "Dora is Fiona's grandmother" does not make
any named person Fiona's parent (the parent in between may be unnamed), so such questions stay undetermined.
What it leaves out: siblings, cousins, aunts and uncles (whole versus half siblings, by marriage or by blood: two
readings), in-laws, "the father of X", and gender from first names.
"""

from __future__ import annotations

from collections.abc import Callable

from agentlib.puzzles.english.logic import Atom, Compare, Const, Count, Formula, Implies, Not, Term, conj, walk

PARENT = "parent_of"
GRANDPARENT = "grandparent_of"
MALE = "male"
GENERATION = "generation"  # a free integer scale: ties allowed, never ranked
MAX_PEOPLE = 12  # the axioms grow with the cube of the people named

KIN_FORMS = ((PARENT, "rel", "a parent of"), (GRANDPARENT, "rel", "a grandparent of"), (MALE, "adj", "male"))
# noun -> (relation, the owner is the younger one?, gender: True male, False female, None either)
KIN: dict[str, tuple[str, bool, bool | None]] = {
    "father": (PARENT, True, True), "mother": (PARENT, True, False), "parent": (PARENT, True, None),
    "dad": (PARENT, True, True), "mom": (PARENT, True, False), "mum": (PARENT, True, False),
    "son": (PARENT, False, True), "daughter": (PARENT, False, False), "child": (PARENT, False, None),
    "grandfather": (GRANDPARENT, True, True), "grandmother": (GRANDPARENT, True, False),
    "grandparent": (GRANDPARENT, True, None), "grandpa": (GRANDPARENT, True, True),
    "grandma": (GRANDPARENT, True, False), "grandson": (GRANDPARENT, False, True),
    "granddaughter": (GRANDPARENT, False, False), "grandchild": (GRANDPARENT, False, None),
}


def kin_predicate(noun: str, owner: Const) -> Callable[[Term], Formula] | None:
    """ "Bill's father" -> lambda t: parent_of(t, bill) and male(t); None when the noun is no kinship word."""
    found = KIN.get(noun)
    if found is None:
        return None
    relation, owner_younger, male = found

    def kin(t: Term) -> Formula:
        related = Atom(relation, (t, owner)) if owner_younger else Atom(relation, (owner, t))
        if male is None:
            return related
        return conj([related, Atom(MALE, (t,)) if male else Not(Atom(MALE, (t,)))])
    return kin


def uses_kinship(formulas: list[Formula]) -> bool:
    return any(isinstance(node, Atom) and node.predicate in (PARENT, GRANDPARENT) for f in formulas for node in walk(f))


def kinship_axioms(people: list[Const]) -> list[tuple[str, Formula, str]]:
    """How the kinship words compose, over the people named (labelled premises with what they say)."""
    axioms: list[tuple[Formula, str]] = []
    for x in people:
        for y in people:
            axioms.append((Implies(Atom(PARENT, (x, y)), Compare(GENERATION, y, "==", x, 1)),
                           "a parent is one generation above their child"))
            axioms.append((Implies(Atom(GRANDPARENT, (x, y)), Compare(GENERATION, y, "==", x, 2)),
                           "a grandparent is two generations above their grandchild"))
            for z in people:
                axioms.append((Implies(conj([Atom(PARENT, (x, z)), Atom(PARENT, (z, y))]), Atom(GRANDPARENT, (x, y))),
                               "a parent's parent is a grandparent"))
        fathers = tuple(conj([Atom(PARENT, (p, x)), Atom(MALE, (p,))]) for p in people)
        mothers = tuple(conj([Atom(PARENT, (p, x)), Not(Atom(MALE, (p,)))]) for p in people)
        axioms.append((Count(fathers, 0, 1), "each person has one father"))
        axioms.append((Count(mothers, 0, 1), "each person has one mother"))
    return [(f"kin_{k}", formula, said) for k, (formula, said) in enumerate(axioms)]


__all__ = ["KIN", "KIN_FORMS", "GENERATION", "MAX_PEOPLE", "kin_predicate", "kinship_axioms", "uses_kinship"]

"""Kinship by possessives: "Adam is Bill's father.", "Who is Carl's grandfather?", "Is Dora Fiona's grandmother?".

A small vocabulary over two relations among the people a text names, "parent of" and "grandparent of", plus
"male": father = a male parent, daughter = a female child, grandmother = a female grandparent, and so on. Axioms
(`kinship_axioms`) make the words compose the way people read them: a parent's parent is a grandparent; each person
has at most one father and one mother among those named; generations keep the relations one-way (a parent is one
generation above, a grandparent two), so nobody is their own grandparent and a father is not also a grandfather of
the same child. Nothing is said about people the text does not name: "Dora is Fiona's grandmother" does not make
any named person Fiona's parent (the parent in between may be unnamed), so such questions stay undetermined.
Siblings, aunts and uncles, cousins, spouses and in-laws are relations of their own, tied to the others by
one-way rules only: two named people with a named parent in common are siblings; a sibling of a parent is an aunt or
uncle; children of siblings are cousins; a parent of a spouse is a parent-in-law; a spouse's sibling and a sibling's
spouse are siblings-in-law. The converse is never assumed (a
sibling may share an unnamed parent, or be a half sibling), so "Ann is Ben's sister" says nothing about Ben's parents.
A great-grandparent is a grandparent's parent or a parent's grandparent (for up to eight people named). What it
leaves out: step and half relations by name, great-great relations, and gender from first names.
"""

from __future__ import annotations

from collections.abc import Callable

from agentlib.puzzles.english.logic import Atom, Compare, Const, Count, Formula, Implies, Not, Term, conj, walk

PARENT = "parent_of"
GRANDPARENT = "grandparent_of"
GREAT_GRANDPARENT = "great_grandparent_of"
SIBLING = "sibling_of"
PIBLING = "aunt_or_uncle_of"
COUSIN = "cousin_of"
SPOUSE = "spouse_of"
PARENT_IN_LAW = "parent_in_law_of"
SIBLING_IN_LAW = "sibling_in_law_of"
SYMMETRIC = (SIBLING, COUSIN, SPOUSE, SIBLING_IN_LAW)
RELATIONS = (PARENT, GRANDPARENT, GREAT_GRANDPARENT, SIBLING, PIBLING, COUSIN, SPOUSE, PARENT_IN_LAW, SIBLING_IN_LAW)
MALE = "male"
GENERATION = "generation"  # a free integer scale: ties allowed, never ranked
MAX_PEOPLE = 12  # the axioms grow with the cube of the people named
MAX_PEOPLE_COUSINS = 10  # cousins: four relations of the cube
MAX_PEOPLE_GREAT = 8  # great-grandparents: one more cubic rule, kept to small families

KIN_FORMS = ((PARENT, "rel", "a parent of"), (GRANDPARENT, "rel", "a grandparent of"),
             (GREAT_GRANDPARENT, "rel", "a great-grandparent of"), (MALE, "adj", "male"),
             (SIBLING, "rel", "a sibling of"), (PIBLING, "rel", "an aunt or uncle of"), (COUSIN, "rel", "a cousin of"),
             (SPOUSE, "rel", "married to"), (PARENT_IN_LAW, "rel", "a parent-in-law of"),
             (SIBLING_IN_LAW, "rel", "a sibling-in-law of"))
# noun -> (relation, the owner is the younger one?, gender: True male, False female, None either)
KIN: dict[str, tuple[str, bool, bool | None]] = {
    "father": (PARENT, True, True), "mother": (PARENT, True, False), "parent": (PARENT, True, None),
    "dad": (PARENT, True, True), "mom": (PARENT, True, False), "mum": (PARENT, True, False),
    "son": (PARENT, False, True), "daughter": (PARENT, False, False), "child": (PARENT, False, None),
    "grandfather": (GRANDPARENT, True, True), "grandmother": (GRANDPARENT, True, False),
    "grandparent": (GRANDPARENT, True, None), "grandpa": (GRANDPARENT, True, True),
    "grandma": (GRANDPARENT, True, False), "grandson": (GRANDPARENT, False, True),
    "granddaughter": (GRANDPARENT, False, False), "grandchild": (GRANDPARENT, False, None),
    "great-grandfather": (GREAT_GRANDPARENT, True, True), "great-grandmother": (GREAT_GRANDPARENT, True, False),
    "great-grandparent": (GREAT_GRANDPARENT, True, None), "great-grandson": (GREAT_GRANDPARENT, False, True),
    "great-granddaughter": (GREAT_GRANDPARENT, False, False), "great-grandchild": (GREAT_GRANDPARENT, False, None),
    "brother": (SIBLING, True, True), "sister": (SIBLING, True, False), "sibling": (SIBLING, True, None),
    "uncle": (PIBLING, True, True), "aunt": (PIBLING, True, False), "nephew": (PIBLING, False, True),
    "niece": (PIBLING, False, False), "cousin": (COUSIN, True, None),
    "husband": (SPOUSE, True, True), "wife": (SPOUSE, True, False), "spouse": (SPOUSE, True, None),
    "father-in-law": (PARENT_IN_LAW, True, True), "mother-in-law": (PARENT_IN_LAW, True, False),
    "son-in-law": (PARENT_IN_LAW, False, True), "daughter-in-law": (PARENT_IN_LAW, False, False),
    "brother-in-law": (SIBLING_IN_LAW, True, True), "sister-in-law": (SIBLING_IN_LAW, True, False),
    "sibling-in-law": (SIBLING_IN_LAW, True, None),
}
# "Ann and Ben are siblings": a plural noun said of a pair -> (relation, gender of both)
PAIR_NOUNS: dict[str, tuple[str, bool | None]] = {
    "siblings": (SIBLING, None), "brothers": (SIBLING, True), "sisters": (SIBLING, False), "cousins": (COUSIN, None),
    "married": (SPOUSE, None), "spouses": (SPOUSE, None),
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


def pair_relation(noun: str, a: Const, b: Const) -> Formula | None:
    """ "Ann and Ben are siblings" -> sibling_of(ann, ben); "... are sisters" adds that both are female."""
    found = PAIR_NOUNS.get(noun)
    if found is None:
        return None
    relation, male = found
    parts: list[Formula] = [Atom(relation, (a, b))]
    if male is not None:
        parts += [Atom(MALE, (t,)) if male else Not(Atom(MALE, (t,))) for t in (a, b)]
    return conj(parts)


def uses_kinship(formulas: list[Formula]) -> bool:
    return bool(kinship_relations(formulas))


def kinship_relations(formulas: list[Formula]) -> set[str]:
    return {node.predicate for f in formulas for node in walk(f)
            if isinstance(node, Atom) and node.predicate in RELATIONS}


def _wider_axioms(people: list[Const], used: set[str]) -> list[tuple[Formula, str]]:
    """Siblings, aunts and uncles, cousins, spouses, in-laws: only for the relations a text uses (each is cubic)."""
    axioms: list[tuple[Formula, str]] = []
    pairs = [(x, y) for x in people for y in people]
    if used & {SIBLING, PIBLING, COUSIN, SIBLING_IN_LAW}:
        for x, y in pairs:
            axioms.append((Implies(Atom(SIBLING, (x, y)), conj([Atom(SIBLING, (y, x)),
                                                                Compare(GENERATION, x, "==", y, 0)])),
                           "siblings are siblings of each other, in one generation"))
            for p in people:
                if x != y:
                    axioms.append((Implies(conj([Atom(PARENT, (p, x)), Atom(PARENT, (p, y))]), Atom(SIBLING, (x, y))),
                                   "children of one parent are siblings"))
        axioms += [(Not(Atom(SIBLING, (x, x))), "no one is their own sibling") for x in people]
    if used & {PIBLING, COUSIN}:
        for x, y in pairs:
            axioms.append((Implies(Atom(PIBLING, (x, y)), Compare(GENERATION, y, "==", x, 1)),
                           "an aunt or uncle is one generation above"))
            for p in people:
                axioms.append((Implies(conj([Atom(PARENT, (p, y)), Atom(SIBLING, (x, p))]), Atom(PIBLING, (x, y))),
                               "a parent's sibling is an aunt or uncle"))
    if used & {COUSIN}:
        for x, y in pairs:
            axioms.append((Implies(Atom(COUSIN, (x, y)), conj([Atom(COUSIN, (y, x)), Compare(GENERATION, x, "==", y, 0),
                                                              Not(Atom(SIBLING, (x, y)))])),
                           "cousins are cousins of each other, in one generation, and not siblings"))
            for p in people:  # x's parent is an aunt or uncle of y: the parents are siblings (cubic, not quartic)
                axioms.append((Implies(conj([Atom(PARENT, (p, x)), Atom(PIBLING, (p, y))]), Atom(COUSIN, (x, y))),
                               "children of siblings are cousins"))
    if used & {SPOUSE, PARENT_IN_LAW, SIBLING_IN_LAW}:
        for x, y in pairs:
            axioms.append((Implies(Atom(SPOUSE, (x, y)), Atom(SPOUSE, (y, x))), "spouses are married to each other"))
            for s in people:
                axioms.append((Implies(conj([Atom(PARENT, (x, s)), Atom(SPOUSE, (s, y))]), Atom(PARENT_IN_LAW, (x, y))),
                               "a spouse's parent is a parent-in-law"))
        axioms += [(Not(Atom(SPOUSE, (x, x))), "no one is married to themselves") for x in people]
    if SIBLING_IN_LAW in used or {SPOUSE, SIBLING} <= used:
        for x, y in pairs:
            axioms.append((Implies(Atom(SIBLING_IN_LAW, (x, y)), conj([Atom(SIBLING_IN_LAW, (y, x)),
                                                                       Compare(GENERATION, x, "==", y, 0)])),
                           "siblings-in-law are siblings-in-law of each other, in one generation"))
            in_law = Atom(SIBLING_IN_LAW, (x, y))
            for s in people:
                axioms.append((Implies(conj([Atom(SIBLING, (x, s)), Atom(SPOUSE, (s, y))]), in_law),
                               "a spouse's sibling is a sibling-in-law"))
                axioms.append((Implies(conj([Atom(SPOUSE, (x, s)), Atom(SIBLING, (s, y))]), in_law),
                               "a sibling's spouse is a sibling-in-law"))
        axioms += [(Not(Atom(SIBLING_IN_LAW, (x, x))), "no one is their own sibling-in-law") for x in people]
    return axioms


def kinship_axioms(people: list[Const], used: set[str] | None = None) -> list[tuple[str, Formula, str]]:
    """How the kinship words compose, over the people named (labelled premises with what they say)."""
    axioms: list[tuple[Formula, str]] = _wider_axioms(people, set(RELATIONS) if used is None else used)
    for x in people:
        for y in people:
            axioms.append((Implies(Atom(PARENT, (x, y)), Compare(GENERATION, y, "==", x, 1)),
                           "a parent is one generation above their child"))
            axioms.append((Implies(Atom(GRANDPARENT, (x, y)), Compare(GENERATION, y, "==", x, 2)),
                           "a grandparent is two generations above their grandchild"))
            for z in people:
                axioms.append((Implies(conj([Atom(PARENT, (x, z)), Atom(PARENT, (z, y))]), Atom(GRANDPARENT, (x, y))),
                               "a parent's parent is a grandparent"))
            if len(people) <= MAX_PEOPLE_GREAT:
                axioms.append((Implies(Atom(GREAT_GRANDPARENT, (x, y)), Compare(GENERATION, y, "==", x, 3)),
                               "a great-grandparent is three generations above"))
                for z in people:
                    axioms.append((Implies(conj([Atom(PARENT, (x, z)), Atom(GRANDPARENT, (z, y))]),
                                           Atom(GREAT_GRANDPARENT, (x, y))),
                                   "a grandparent's parent is a great-grandparent"))
                    axioms.append((Implies(conj([Atom(GRANDPARENT, (x, z)), Atom(PARENT, (z, y))]),
                                           Atom(GREAT_GRANDPARENT, (x, y))),
                                   "a parent's grandparent is a great-grandparent"))
        fathers = tuple(conj([Atom(PARENT, (p, x)), Atom(MALE, (p,))]) for p in people)
        mothers = tuple(conj([Atom(PARENT, (p, x)), Not(Atom(MALE, (p,)))]) for p in people)
        axioms.append((Count(fathers, 0, 1), "each person has one father"))
        axioms.append((Count(mothers, 0, 1), "each person has one mother"))
    return [(f"kin_{k}", formula, said) for k, (formula, said) in enumerate(axioms)]


__all__ = ["KIN", "KIN_FORMS", "GENERATION", "GREAT_GRANDPARENT", "MAX_PEOPLE", "MAX_PEOPLE_COUSINS", "COUSIN",
           "PAIR_NOUNS", "kin_predicate", "kinship_axioms", "kinship_relations", "pair_relation", "uses_kinship"]

""""Ann has a key" and "Ann has the key": one property or two, and the verdict only where both agree; and "cooks the
soup" as the relation "cooks" to the soup, where the text speaks of both.

The grammar reads a verb's object without its article, so "takes an umbrella" and "takes the umbrella" are one
predicate (`take_umbrella`): a text that introduces an umbrella and then speaks of the umbrella means that one.
But "the key" may also be a specific key the text never introduced, and then "Ann has a key. So Ann has the key."
does not follow (having some key does not give having the key). Both readings are English, so where a text says
one property with both articles, it is read a second time with the "the" form apart (its own predicate, which
gives the plain one: the key is a key) and an answer stands only when the two readings agree.

A verb with a definite object is one property ("Mia cooks the soup" -> cook_soup(mia)); where the same verb is also
read as a relation ("Every dish Mia cooks is spicy" -> cook(mia, x)) and the thing as an individual ("The soup is a
dish"), the two say one fact, and `thing_links` states it: cook_soup(x) <-> cook(x, the_soup).
"""

from __future__ import annotations

from agentlib.puzzles.english.grammar import Grammar
from agentlib.puzzles.english.logic import Atom, Const, Formula, Iff, Implies, Quantified, Var


def said_both_ways(grammar: Grammar) -> frozenset[str]:
    """The verb-and-object properties the text says both with "a"/"an" and with "the" (or a possessive), where "the"
    came first: after "If it rains, Lu takes an umbrella", "the umbrella" refers back to it (the reading English
    gives a definite after its indefinite), and only a "the" with no "a" before it may be a specific one."""
    return frozenset((grammar.definite_objects & grammar.indefinite_objects) - grammar.introduced_objects)


def definite_links(grammar: Grammar) -> list[tuple[str, Formula, str]]:
    """(label, formula, wording) for each "the" form read apart: having the key is having a key."""
    links: list[tuple[str, Formula, str]] = []
    forms = grammar.lexicon.forms
    for definite, plain in sorted(grammar.definite_of.items()):
        x = Var("x_definite_link")
        links.append((f"definite_{definite}", Quantified("all", x, Implies(Atom(definite, (x,)), Atom(plain, (x,)))),
                      f"'{forms.get(definite, ('', definite))[1]}' gives '{forms.get(plain, ('', plain))[1]}'"))
    return links


def thing_links(grammar: Grammar, constants: set[str]) -> list[tuple[str, Formula, str]]:
    """(label, formula, wording) for each property "<verb> the <thing>" whose verb is also a relation of the text
    and whose thing is one of its individuals (`constants`)."""
    links: list[tuple[str, Formula, str]] = []
    forms = grammar.lexicon.forms
    for predicate, (relation, thing) in sorted(grammar.definite_things.items()):
        if forms.get(relation, ("", ""))[0] != "verb" or thing not in constants:
            continue
        x = Var("x_thing_link")
        link = Quantified("all", x, Iff(Atom(predicate, (x,)), Atom(relation, (x, Const(thing)))))
        said = f"'{forms.get(predicate, ('', predicate))[1]}' is '{forms[relation][1]}' {thing.replace('_', ' ')}"
        links.append((f"thing_{predicate}", link, said))
    return links

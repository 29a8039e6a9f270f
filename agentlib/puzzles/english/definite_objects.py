""""Ann has a key" and "Ann has the key": one property or two, and the verdict only where both agree.

The grammar reads a verb's object without its article, so "takes an umbrella" and "takes the umbrella" are one
predicate (`take_umbrella`): a text that introduces an umbrella and then speaks of the umbrella means that one.
But "the key" may also be a specific key the text never introduced, and then "Ann has a key. So Ann has the key."
does not follow (having some key does not give having the key). Both readings are English, so where a text says
one property with both articles, it is read a second time with the "the" form apart (its own predicate, which
gives the plain one: the key is a key) and an answer stands only when the two readings agree.
"""

from __future__ import annotations

from agentlib.puzzles.english.grammar import Grammar
from agentlib.puzzles.english.logic import Atom, Formula, Implies, Quantified, Var


def said_both_ways(grammar: Grammar) -> frozenset[str]:
    """The verb-and-object properties the text says both with "a"/"an" and with "the" (or a possessive)."""
    return frozenset(grammar.definite_objects & grammar.indefinite_objects)


def definite_links(grammar: Grammar) -> list[tuple[str, Formula, str]]:
    """(label, formula, wording) for each "the" form read apart: having the key is having a key."""
    links: list[tuple[str, Formula, str]] = []
    forms = grammar.lexicon.forms
    for definite, plain in sorted(grammar.definite_of.items()):
        x = Var("x_definite_link")
        links.append((f"definite_{definite}", Quantified("all", x, Implies(Atom(definite, (x,)), Atom(plain, (x,)))),
                      f"'{forms.get(definite, ('', definite))[1]}' gives '{forms.get(plain, ('', plain))[1]}'"))
    return links

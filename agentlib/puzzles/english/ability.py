"""What one does, one can do: "Only members can use the pool. Ravi used the pool." makes Ravi a member.

"can X" and "X" are different predicates (an ability need not be used), but the step from the act to the ability
is sound (ab esse ad posse): for every predicate read both ways, each individual that does X can do X. The reverse
is never added: "Rex can swim" does not say Rex swims.
"""

from __future__ import annotations

from typing import Any

from agentlib.puzzles.english.logic import Atom, Formula, Implies, Quantified, Var, walk

_CAN = "can_"


def ability_pairs(formulas: list[Formula]) -> list[str]:
    """The predicates X (one-place) that occur alongside "can X" among `formulas`."""
    unary = {n.predicate for f in formulas for n in walk(f) if isinstance(n, Atom) and len(n.args) == 1}
    return sorted(p[len(_CAN):] for p in unary if p.startswith(_CAN) and p[len(_CAN):] in unary)


def with_ability(world: Any, goal: Formula | None) -> Any:
    """`world` with "whoever does X can do X" for each pair the premises use both ways (the world itself when
    there is none). A pair completed only by the question or conclusion ("Birds can fly. ... Does Tweety fly?") gets
    no axiom: the question then asks about what no statement says, and the reader says so."""
    from agentlib.puzzles.english.family import World

    pairs = ability_pairs([f for _, f in world.labelled])
    if not pairs:
        return world
    labelled = list(world.labelled)
    sentences = dict(world.sentences)
    forms = world.reading.lexicon.forms
    for k, predicate in enumerate(pairs):
        one = Var(f"x_ability{k}")
        labelled.append((f"ability{k}", Quantified("all", one, Implies(Atom(predicate, (one,)),
                                                                         Atom(_CAN + predicate, (one,))))))
        phrase = forms.get(predicate, ("", predicate.replace("_", " ")))[1]
        sentences[f"ability{k}"] = f"whoever does '{phrase}' can do it"
    return World(world.reading, labelled, sentences, world.builder, world.scale_alias)

"""What one does, one can do: "Only members can use the pool. Ravi used the pool." makes Ravi a member.

"can X" and "X" are different predicates (an ability need not be used; "can be a member" is not "is a member"), but
the step from the act to the ability is sound (ab esse ad posse): for every predicate read both ways, each individual
that does X can do X. The reverse is never added: "Rex can swim" does not say Rex swims.
"""

from __future__ import annotations

from typing import Any

from agentlib.puzzles.english.logic import Atom, Formula, Implies, Quantified, Var, walk

_CAN = "can_"
ASKED_ABILITY = "asked_ability"  # the label of a law whose pair only the question completes: no premise of its own


def stated(labelled: list[tuple[str, Formula]]) -> list[Formula]:
    """The formulas of `labelled` that the text states or presupposes, without the laws only the question needs."""
    return [f for label, f in labelled if not label.startswith(ASKED_ABILITY)]


def ability_pairs(formulas: list[Formula]) -> list[str]:
    """The predicates X (one-place) that occur alongside "can X" among `formulas`."""
    unary = {n.predicate for f in formulas for n in walk(f) if isinstance(n, Atom) and len(n.args) == 1}
    return sorted(p[len(_CAN):] for p in unary if p.startswith(_CAN) and p[len(_CAN):] in unary)


def with_ability(world: Any, goal: Formula | None) -> Any:
    """`world` with "whoever does X can do X" for each pair the premises and the question or conclusion use both
    ways (the world itself when there is none). A pair completed by the question ("Only adults can be members. Lia is
    a child. Is Lia a member?") proves only what the one-way law proves (no: she cannot be one); where it proves
    nothing ("Birds can fly. ... Does Tweety fly?") the question still asks about what no statement says, and the
    reader says so."""
    from agentlib.puzzles.english.family import World

    premises = [f for _, f in world.labelled]
    said = set(ability_pairs(premises))
    pairs = ability_pairs(premises + ([goal] if goal is not None else []))
    if not pairs:
        return world
    labelled = list(world.labelled)
    sentences = dict(world.sentences)
    forms = world.reading.lexicon.forms
    for k, predicate in enumerate(pairs):
        one = Var(f"x_ability{k}")
        label = f"ability{k}" if predicate in said else f"{ASKED_ABILITY}{k}"
        law = Quantified("all", one, Implies(Atom(predicate, (one,)), Atom(_CAN + predicate, (one,))))
        labelled.append((label, law))
        phrase = forms.get(predicate, ("", predicate.replace("_", " ")))[1]
        sentences[label] = f"whoever does '{phrase}' can do it"
    return World(world.reading, labelled, sentences, world.builder, world.scale_alias)

"""A stated sentence that, as read, is true whatever happens: a sign the reading merged what the speaker told apart.

People do not state rules that say nothing. "Nobody who is honest lies" is a real claim to its speaker (honesty and
lying as two properties), but the truth-teller vocabulary reads "honest" and "lies" as one property and its negation,
so the rule becomes "nobody who tells the truth fails to tell the truth" and then "Tim doesn't lie" would settle
"Is Tim honest?". When a sentence is valid on its own, the words it relates were collapsed; the other reading keeps
the negated word as a property of its own ("lies" apart from "honest", linked only by the rule), and an answer stands
only where both readings give it ("Sam lies. Is Sam honest?": no either way). Sentences about places and orders are
left out, since a redundant clue there ("Ann is not both first and last") is still the speaker's own claim, made
valid only by the arrangement's structure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from agentlib.puzzles.english.logic import Adjacent, Atom, Compare, Formula, Not, Rank, map_formula, walk

if TYPE_CHECKING:
    from agentlib.puzzles.english.family import World

NEGATED_WORD = "_said_negated"  # suffix of a predicate that stands for the negated word on its own ("lies")


def vacuous_statement(world: World, timeout_ms: int) -> tuple[str, set[str]]:
    """The first stated sentence that is valid on its own as read and relates a word to a negated one ("honest" /
    "lies" as "not truthful"), with the negated predicates; ("", set()) when there is none."""
    from agentlib.tools import constraints as cl

    for label, formula in world.labelled:
        if not re.fullmatch(r"s\d+", label):
            continue  # axioms the reader adds (kinship, roles) are structure, not something said
        if any(isinstance(n, (Compare, Rank, Adjacent)) for n in walk(formula)):
            continue
        alone = world.builder.spec([], (formula,))
        if cl.entails(alone, world.expr(formula), timeout_ms=timeout_ms).status == "true":
            negated = {n.body.predicate for n in walk(formula) if isinstance(n, Not) and isinstance(n.body, Atom)}
            if negated:  # "Every knight tells the truth": two positive words, one property by definition
                return world.sentences.get(label, label), negated
    return "", set()


def negated_words_apart(formula: Formula, predicates: set[str]) -> Formula:
    """`formula` with each negated use of `predicates` ("lies" as "not truthful") read as a property of its own."""
    def apart(node: Formula) -> Formula | None:
        if isinstance(node, Not) and isinstance(node.body, Atom) and node.body.predicate in predicates:
            return Atom(node.body.predicate + NEGATED_WORD, node.body.args)
        return None
    return map_formula(formula, apart)


def world_apart(world: World, predicates: set[str]) -> World:
    """The world read with the negated words apart (see `negated_words_apart`)."""
    return replace(world, labelled=[(label, negated_words_apart(f, predicates)) for label, f in world.labelled])

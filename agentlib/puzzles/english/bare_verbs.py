"""A verb said bare beside the same verb with its complement: "Liz will go to the party if and only if Max goes. Max
will go to the party only if Ned goes. Ned won't go. Will Liz go to the party?"

`ellipsis.complete_bare_verbs` gives a bare verb the complement it took before only where the text marks it as an
echo, and leaves the rest bare ("he will pass the exam" ... "Sam passed": the tense may differ). Left bare, "go" and
"go to the party" are two properties, and an answer may come from that split alone ("cannot be determined" above,
where a reader who hears "Max goes" as "goes to the party" answers "no"). `completed` gives the other reading: each
bare verb read as the one complemented form of it the text uses, so the caller can abstain where the two differ.
A verb with two complemented forms ("goes to school", "goes to the gym") is not merged: which one is meant is open.
"""

from __future__ import annotations

from typing import Any

from agentlib.puzzles.english.logic import Atom, Formula, map_formula, walk
from agentlib.puzzles.english.words import lemma


def bare_merges(formulas: list[Formula], forms: dict[str, tuple[str, str]]) -> dict[str, str]:
    """bare verb predicate -> its one complemented form, over the one-place predicates of `formulas`."""
    unary = {n.predicate for f in formulas for n in walk(f) if isinstance(n, Atom) and len(n.args) == 1}
    verbs = {p: forms[p][1].split() for p in unary if p in forms and forms[p][0] == "verb" and forms[p][1]}
    merges = {}
    for bare, words in verbs.items():
        if len(words) != 1:
            continue
        head = lemma(words[0], "VERB")
        fuller = [p for p, other in verbs.items() if len(other) > 1 and lemma(other[0], "VERB") == head]
        if len(fuller) == 1:
            merges[bare] = fuller[0]
    return merges


def completed(world: Any, goal: Formula | None) -> tuple[Any, Formula | None, str] | None:
    """(world, goal, what was merged) with each bare verb read as its complemented form; None when there is none."""
    from agentlib.puzzles.english.family import World

    forms = world.reading.lexicon.forms
    merges = bare_merges([f for _, f in world.labelled] + ([goal] if goal is not None else []), forms)
    if not merges:
        return None

    def merge(node: Formula) -> Formula | None:
        if isinstance(node, Atom) and node.predicate in merges:
            return Atom(merges[node.predicate], node.args)
        return None

    labelled = [(label, map_formula(f, merge)) for label, f in world.labelled]
    said = ", ".join(f"'{forms[b][1]}' as '{forms[f][1]}'" for b, f in sorted(merges.items()))
    return (World(world.reading, labelled, world.sentences, world.builder, world.scale_alias),
            map_formula(goal, merge) if goal is not None else None, said)

"""An act beside its permission: "Only people with a ticket may enter the hall. ... Omar entered the hall. Does Omar
have a ticket?"

"may enter the hall" is its own predicate (`permission.py`): a rule with "may" grants leave, and doing a thing does
not prove one was allowed to (people break rules). Read so, the question is open. But a person who states the rule
and then the act means the everyday reading, that people keep the rules, and then the answer is "yes". When both
"may X" and plain "X" are said and the two readings answer differently, the text does not settle which was meant,
and the caller abstains. `kept_rules` gives the second reading: for each such pair, whoever does X may do X.
"should X" is the same (its own predicate, an obligation): "Only staff should park here. Kim parked here." leaves
Kim's being staff open only for a reader who thinks Kim broke the rule.
"""

from __future__ import annotations

from typing import Any

from agentlib.puzzles.english.logic import Atom, Formula, Implies, Quantified, Var, walk

_RULE_MODALS = ("may_", "should_")  # the predicates a rule grants or asks, not facts


def permission_pairs(formulas: list[Formula]) -> list[tuple[str, str, int]]:
    """(modal, X, arity) for each predicate X said both plainly and after "may" / "should" among `formulas`."""
    arity = {n.predicate: len(n.args) for f in formulas for n in walk(f) if isinstance(n, Atom)}
    return sorted((modal, p[len(modal):], k) for p, k in arity.items() for modal in _RULE_MODALS
                  if p.startswith(modal) and arity.get(p[len(modal):]) == k)


def kept_rules(world: Any) -> Any | None:
    """`world` read with the rules kept: "whoever does X may (should) do X" for each pair (see the module notes);
    None when no predicate is said both ways."""
    from agentlib.puzzles.english.family import World

    pairs = permission_pairs([f for _, f in world.labelled])
    if not pairs:
        return None
    labelled = list(world.labelled)
    sentences = dict(world.sentences)
    for k, (modal, predicate, arity) in enumerate(pairs):
        args = tuple(Var(f"x_kept{k}_{j}") for j in range(arity))
        rule: Formula = Implies(Atom(predicate, args), Atom(modal + predicate, args))
        for var in reversed(args):
            rule = Quantified("all", var, rule)
        labelled.append((f"kept{k}", rule))
        sentences[f"kept{k}"] = f"whoever does '{predicate.replace('_', ' ')}' kept the rules"
    return World(world.reading, labelled, sentences, world.builder, world.scale_alias)

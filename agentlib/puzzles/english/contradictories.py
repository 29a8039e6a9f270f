"""Complementary adjectives and verbs: "the lights are off" says "the lights are not on", "I failed" says "I did
not pass".

Some adjective pairs split their subjects with no middle ground: a lamp that is not on is off, a shop that is not
open is closed, a fish that is not alive is dead. Where an argument uses both words of such a pair, the second word
is the negation of the first ("If the heater is on, the room is warm. The room isn't warm. So the heater is off."
is modus tollens). Only complementaries are listed: contraries with a middle ("hot" / "cold", "happy" / "unhappy",
"full" / "empty") and pairs that need a context ("open" / "locked") are not, so "not hot" never becomes "cold".
"""

from __future__ import annotations

from typing import Any

from agentlib.puzzles.english.affixed_negation import negated
from agentlib.puzzles.english.logic import And, Atom, Formula, Not, Quantified, Var, map_formula, walk

# the word read as a negation -> the word it negates
NEGATING = {
    "off": "on", "closed": "open", "shut": "open", "dead": "alive", "asleep": "awake", "absent": "present",
    "unlocked": "locked", "unlit": "lit", "false": "true", "innocent": "guilty", "invisible": "visible",
    "illegal": "legal", "incorrect": "correct", "impossible": "possible", "odd": "even", "unmarried": "married",
    "unemployed": "employed", "unavailable": "available", "disconnected": "connected", "unplugged": "plugged_in",
    "unarmed": "armed", "unpaid": "paid", "unsold": "sold", "unfinished": "finished", "incomplete": "complete",
}


# contraries: no one thing is both at once, yet it may be neither ("warm" excludes "cold"; "not warm" is not "cold");
# an adjective and the word denying it by an affix are added wherever both occur (`exclusive_used`)
EXCLUSIVE = [("hot", "cold"), ("warm", "cold"), ("full", "empty"), ("up", "down"), ("wet", "dry"), ("happy", "sad"),
             ("early", "late"), ("young", "old"), ("tall", "short"), ("rich", "poor"), ("clean", "dirty")]


# contraries that many subjects split with no middle ground ("the server is down" says it is not up, "the floor is
# dry" that it is not wet), where others have one ("prices are not up" is not "down"): which is meant is the
# speaker's, so an answer that differs between the two readings is not given. The rest ("not hot" is never "cold")
# stay contraries only.
MAYBE_COMPLEMENTARY = frozenset({("up", "down"), ("wet", "dry"), ("clean", "dirty")})


def exclusive_used(formulas: list[Formula], adjectives: set[str]) -> list[tuple[str, str]]:
    """The contrary pairs whose two words both occur as one-place adjectives among `formulas`."""
    unary = {n.predicate for f in formulas for n in walk(f) if isinstance(n, Atom) and len(n.args) == 1}
    used = unary & adjectives
    listed = [(a, b) for a, b in EXCLUSIVE if {a, b} <= used]
    # "healthy" / "unhealthy", "patient" / "impatient", "likes jazz" / "dislikes jazz": a property and the one that
    # denies it by an affix on its first word exclude each other (`affixed_negation`, which knows that "invaluable"
    # and "discover" deny nothing)
    prefixed = [(base, name) for name, base in affixed_pairs(unary).items() if (base, name) not in listed]
    return listed + prefixed


# verbs of one attempt that either comes off or does not: "I failed" says "I did not pass", "missed the bus" says
# "did not catch the bus"; "lose" is not here (a game may be drawn), nor "refuse" / "accept" (one may do neither)
NEGATING_VERBS = {"fail": ("pass", "succeed"), "forget": ("remember",), "miss": ("catch", "hit", "make")}


def affixed_pairs(unary: set[str]) -> dict[str, str]:
    """{property: the property it denies by an affix on its first word} among the one-place predicates `unary`
    ("impatient" -> "patient", "dislike_jazz" -> "like_jazz"); complementaries (`NEGATING`) left out."""
    pairs = {}
    for name in sorted(unary - set(NEGATING)):
        head, joint, rest = name.partition("_")
        base = negated(head)
        if base is not None and f"{base}{joint}{rest}" in unary:
            pairs[name] = f"{base}{joint}{rest}"
    return pairs


def contraries_as_complements(world: Any, goal: Formula) -> tuple[Any, Formula, list[tuple[str, str]]] | None:
    """The premises and conclusion with the second word of each contrary pair in use read as the plain negation of
    the first ("down" as "not up", "impatient" as "not patient"), and the pairs; None when no pair is used. The
    pairs are read as contraries (one may be neither); where the validity differs between the two readings, it
    rests on which one the speaker meant ("The site doesn't work. So the server is down." of a server)."""
    from agentlib.puzzles.english.family import World

    forms = world.reading.lexicon.forms
    adjectives = {p for p, (kind, _) in forms.items() if kind == "adj"}
    formulas = [f for _, f in world.labelled] + [goal]
    listed = set(EXCLUSIVE)
    pairs = [pair for pair in exclusive_used(formulas, adjectives) if pair not in listed or pair in MAYBE_COMPLEMENTARY]
    if not pairs:
        return None
    negating = {second: first for first, second in pairs}
    labelled = [(label, as_negations(f, negating)) for label, f in world.labelled]
    return World(world.reading, labelled, dict(world.sentences), world.builder, world.scale_alias), \
        as_negations(goal, negating), pairs


def pairs_used(formulas: list[Formula], adjectives: set[str], verbs: frozenset[str] = frozenset()) -> dict[str, str]:
    """{negating word: negated word} for each complementary pair whose two words both occur as one-place
    adjectives among `formulas` (`adjectives`: the predicates the lexicon knows as adjectives), or as one-place
    verb phrases that differ only in their verb (`verbs`: "fail_the_test" and "pass_the_test")."""
    unary = {n.predicate for f in formulas for n in walk(f) if isinstance(n, Atom) and len(n.args) == 1}
    found = {neg: pos for neg, pos in NEGATING.items() if {neg, pos} <= unary & adjectives}
    for predicate in sorted(unary & verbs):
        verb, _, rest = predicate.partition("_")
        partners = [f"{pos}_{rest}" if rest else pos for pos in NEGATING_VERBS.get(verb, ())]
        present = [p for p in partners if p in unary & verbs]
        if len(present) == 1:
            found[predicate] = present[0]
    return found


def as_negations(formula: Formula, pairs: dict[str, str]) -> Formula:
    """`formula` with every one-place atom of a negating word replaced by the negation of its partner."""
    def swap(node: Formula) -> Formula | None:
        if isinstance(node, Atom) and len(node.args) == 1 and node.predicate in pairs:
            return Not(Atom(pairs[node.predicate], node.args))
        return None

    return map_formula(formula, swap)


def read_complements(world: Any, goal: Formula) -> tuple[Any, Formula, str]:
    """(world, goal, note): the premises and conclusion with complementary words read as negations, and what was
    read so in words ("'off' read as 'not on'"); the inputs unchanged and an empty note when no pair is used."""
    from agentlib.puzzles.english.family import World

    forms = world.reading.lexicon.forms
    adjectives = {p for p, (kind, _) in forms.items() if kind == "adj"}
    verbs = frozenset(p for p, (kind, _) in forms.items() if kind == "verb")
    formulas = [f for _, f in world.labelled] + [goal]
    pairs = pairs_used(formulas, adjectives, verbs)
    contraries = exclusive_used(formulas, adjectives)
    if not pairs and not contraries:
        return world, goal, ""
    labelled = [(label, as_negations(f, pairs)) for label, f in world.labelled]
    sentences = dict(world.sentences)
    for k, (a, b) in enumerate(contraries):
        thing = Var(f"x_contrary{k}")
        labelled.append((f"contrary{k}", Quantified("all", thing, Not(And((Atom(a, (thing,)), Atom(b, (thing,))))))))
        sentences[f"contrary{k}"] = f"nothing is both {a} and {b}"
    rewritten = World(world.reading, labelled, sentences, world.builder, world.scale_alias)
    notes = [f"'{neg}' read as 'not {pos.replace('_', ' ')}', the two words having no middle ground"
             for neg, pos in sorted(pairs.items())]
    notes += [f"'{a}' and '{b}' read as exclusive: nothing is both, though it may be neither" for a, b in contraries]
    return rewritten, as_negations(goal, pairs), ", ".join(notes)

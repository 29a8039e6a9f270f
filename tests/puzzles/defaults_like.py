"""Default (non-monotonic) reasoning questions from the general definitions, in vocabulary of our own.

Written from the definitions LogicBench takes from Lifschitz's benchmark problems for nonmonotonic reasoning, not
from its items: a default "Xs normally P" ("usually", "typically", "most") applies to each X unless a fact about
that individual or a more specific default contradicts it. Kinds:

- basic: a default and a member stated not to P; the other member Ps;
- irrelevant: the same with a sentence that bears on nothing;
- disabled: a member "may be an exception": nothing follows about it, the default still reaches the others;
- unknown expectations: "at least one of A and B does not P": C, the third member, Ps;
- several defaults about one class, each failing for a different member;
- specificity: "Xs normally do not P. Ys are Xs. Ys normally P." (two or three levels): the default of the most
  specific class an individual is known to belong to wins.

Answers come from brute force over worlds: the preferred worlds minimise the violated default instances level by
level, most specific level first (inclusion, not counting); "yes" when the statement holds in every preferred
world. The reader under test never sees them.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass

# (class plural, singular) from general to specific, the property (base, third person), and whether the most general
# class has it by default; each level below flips it
HIERARCHIES = [
    ([("vehicles", "vehicle"), ("boats", "boat"), ("amphibious boats", "amphibious boat")],
     ("have wheels", "has wheels"), True),
    ([("students", "student"), ("teaching assistants", "teaching assistant"),
      ("volunteer assistants", "volunteer assistant")], ("earn a salary", "earns a salary"), False),
    ([("musicians", "musician"), ("drummers", "drummer"), ("jazz drummers", "jazz drummer")],
     ("read sheet music", "reads sheet music"), True),
    ([("plants", "plant"), ("cacti", "cactus"), ("rainforest cacti", "rainforest cactus")],
     ("need frequent watering", "needs frequent watering"), True),
    ([("employees", "employee"), ("night guards", "night guard"), ("weekend guards", "weekend guard")],
     ("work during the day", "works during the day"), True),
    ([("restaurants", "restaurant"), ("breakfast diners", "breakfast diner"), ("all-day diners", "all-day diner")],
     ("serve dinner", "serves dinner"), True),
    ([("mammals", "mammal"), ("platypuses", "platypus")], ("lay eggs", "lays eggs"), False),
    ([("metals", "metal"), ("liquid metals", "liquid metal")], ("are solid at room temperature",
                                                                 "is solid at room temperature"), True),
]
# a second property for defaults about one class: (base, third person)
SECOND = [("keep a logbook", "keeps a logbook"), ("wear a uniform", "wears a uniform"),
          ("get inspected every year", "gets inspected every year"), ("have a nickname", "has a nickname")]
NAMES = ["Ysolde", "Caradoc", "Mireille", "Anzhela", "Torvald", "Ifeoma", "Quillon", "Bexley", "Odalys", "Ramiro",
         "Sefton", "Tamsin", "Eulalie", "Gaspard"]
HEDGES = ["normally", "usually", "typically", "generally"]


@dataclass(frozen=True)
class Item:
    kind: str
    context: str
    question: str
    answer: str


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _do_not(base: str, rng: random.Random) -> str:
    if base.startswith("are "):
        return "are not " + base[4:]
    return rng.choice(["do not", "don't"]) + " " + base


def _does_not(base: str, rng: random.Random) -> str:
    if base.startswith("are "):
        return "is not " + base[4:]
    return rng.choice(["does not", "doesn't"]) + " " + base


def default(plural: str, base: str, positive: bool, rng: random.Random) -> str:
    """ "Xs normally P." / "Xs usually do not P." in one of several wordings."""
    verb = base if positive else _do_not(base, rng)
    hedge = rng.choice(HEDGES)
    if base.startswith("are "):  # the copula comes before the adverb
        verb = verb[4:] if positive else verb[8:]
        copula = "are" if positive else "are not"
        return rng.choice([f"{_cap(plural)} {copula} {hedge} {verb}.", f"Typically, {plural} {copula} {verb}."])
    return rng.choice([f"{_cap(plural)} {hedge} {verb}.", f"Typically, {plural} {verb}.", f"Most {plural} {verb}."])


def said(name: str, third: str, base: str, positive: bool, rng: random.Random) -> str:
    return f"{name} {third}" if positive else f"{name} {_does_not(base, rng)}"


def ask(statement: str, rng: random.Random) -> str:
    return f"{rng.choice(['Does this mean', 'Does this imply', 'Does this entail'])} that {statement}?"


# ---------------------------------------------------------------------------------------------
# Preferred worlds
# ---------------------------------------------------------------------------------------------

World = tuple[bool, ...]


@dataclass
class Theory:
    """Atoms numbered from 0; hard facts; default instances as (level, satisfied-in-world), level 0 first."""

    atoms: int
    facts: list[Callable[[World], bool]]
    defaults: list[tuple[int, Callable[[World], bool]]]

    def answer(self, goal: Callable[[World], bool]) -> str:
        worlds = [w for w in itertools.product((False, True), repeat=self.atoms) if all(f(w) for f in self.facts)]
        assert worlds, "the generated context must be consistent"
        levels = sorted({level for level, _ in self.defaults})

        def violated(w: World) -> list[frozenset[int]]:
            return [frozenset(k for k, (lv, ok) in enumerate(self.defaults) if lv == level and not ok(w))
                    for level in levels]

        scores = {w: violated(w) for w in worlds}

        def better(v: World, w: World) -> bool:
            for a, b in zip(scores[v], scores[w]):
                if a != b:
                    return a < b  # strictly fewer violations (by inclusion) at the first level that differs
            return False

        preferred = [w for w in worlds if not any(better(v, w) for v in worlds)]
        return "yes" if all(goal(w) for w in preferred) else "no"


# ---------------------------------------------------------------------------------------------
# Kinds
# ---------------------------------------------------------------------------------------------


def basic(rng: random.Random, irrelevant: bool) -> list[Item]:
    levels, (base, third), top = rng.choice(HIERARCHIES)
    plural, _singular = rng.choice(levels[:2])
    positive = top if (plural, _singular) == levels[0] else not top
    a, b = rng.sample(NAMES, 2)
    # atoms: 0 a has P, 1 b has P
    sentences = [rng.choice([f"{a} and {b} are {plural}.", f"{a} and {b} are both {plural}."]),
                 default(plural, base, positive, rng), said(a, third, base, not positive, rng) + "."]
    if irrelevant:
        sentences.insert(rng.randrange(1, 4), rng.choice([f"{b} was born in the spring.", f"{a} likes crossword "
                                                          "puzzles.", f"{b} has a sister in Lisbon."]))
    theory = Theory(2, [lambda w: w[0] != positive], [(0, lambda w, k=k: w[k] == positive) for k in (0, 1)])
    questions = [(said(b, third, base, positive, rng), lambda w: w[1] == positive),
                 (said(b, third, base, not positive, rng), lambda w: w[1] != positive),
                 (said(a, third, base, positive, rng), lambda w: w[0] == positive)]
    kind = "irrelevant" if irrelevant else "basic"
    return [Item(kind, " ".join(sentences), ask(q, rng), theory.answer(f)) for q, f in questions]


def disabled(rng: random.Random) -> list[Item]:
    levels, (base, third), top = rng.choice(HIERARCHIES)
    plural, _ = levels[0]
    a, b = rng.sample(NAMES, 2)
    exception = rng.choice([f"{a} may be an exception to this.", f"{a} might be an exception.",
                            f"It is possible that {a} is an exception."])
    context = f"{a} and {b} are {plural}. {default(plural, base, top, rng)} {exception}"
    theory = Theory(2, [], [(0, lambda w: w[1] == top)])  # a is taken out of the default: left open
    questions = [(said(b, third, base, top, rng), lambda w: w[1] == top),
                 (said(b, third, base, not top, rng), lambda w: w[1] != top),
                 (said(a, third, base, top, rng), lambda w: w[0] == top)]
    return [Item("disabled", context, ask(q, rng), theory.answer(f)) for q, f in questions]


def unknown_expectations(rng: random.Random) -> list[Item]:
    levels, (base, third), top = rng.choice(HIERARCHIES)
    plural, _ = levels[0]
    a, b, c = rng.sample(NAMES, 3)
    opposite = _do_not(base, rng) if top else base
    opposite_one = _does_not(base, rng) if top else third
    unknown = rng.choice([f"At least one of {a} and {b} {opposite}.", f"Either {a} or {b} {opposite_one}, or both.",
                          f"{a} or {b} {opposite_one}, or maybe both."])
    context = f"{a}, {b} and {c} are {plural}. {default(plural, base, top, rng)} {unknown}"
    theory = Theory(3, [lambda w: w[0] != top or w[1] != top], [(0, lambda w, k=k: w[k] == top) for k in range(3)])
    questions = [(said(c, third, base, top, rng), lambda w: w[2] == top),
                 (said(c, third, base, not top, rng), lambda w: w[2] != top),
                 (said(a, third, base, top, rng), lambda w: w[0] == top),
                 (f"exactly one of {a} and {b} {opposite_one}", lambda w: (w[0] != top) + (w[1] != top) == 1)]
    return [Item("unknown expectations", context, ask(q, rng), theory.answer(f)) for q, f in questions]


def several(rng: random.Random) -> list[Item]:
    levels, (base, third), top = rng.choice(HIERARCHIES)
    plural, _ = levels[0]
    base2, third2 = rng.choice(SECOND)
    a, b = rng.sample(NAMES, 2)
    context = (f"{a} and {b} are {plural}. {default(plural, base, top, rng)} {default(plural, base2, True, rng)} "
               f"{said(a, third, base, not top, rng)}. {said(b, third2, base2, False, rng)}.")
    # atoms: 0 a-P, 1 b-P, 2 a-second, 3 b-second
    theory = Theory(4, [lambda w: w[0] != top, lambda w: not w[3]],
                    [(0, lambda w: w[0] == top), (0, lambda w: w[1] == top), (0, lambda w: w[2]), (0, lambda w: w[3])])
    questions = [(f"{a} {third2} and {said(b, third, base, top, rng)}", lambda w: w[2] and w[1] == top),
                 (f"{said(a, third2, base2, False, rng)}", lambda w: not w[2]),
                 (said(b, third, base, not top, rng), lambda w: w[1] != top)]
    return [Item("several", context, ask(q, rng), theory.answer(f)) for q, f in questions]


def specific(rng: random.Random, depth: int) -> list[Item]:
    """ "Xs normally P. Ys are Xs. Ys normally do not P. (Zs are Ys. Zs normally P.)" and one member per class."""
    levels, (base, third), top = rng.choice([h for h in HIERARCHIES if len(h[0]) >= depth])
    levels = levels[:depth]
    names = rng.sample(NAMES, depth)
    sentences = [default(levels[0][0], base, top, rng)]
    for k in range(1, depth):
        (sub, sub_one), (sup, sup_one) = levels[k], levels[k - 1]
        sentences.append(rng.choice([f"{_cap(sub)} are {sup}.", f"All {sub} are {sup}.",
                                     f"Every {sub_one} is {_a(sup_one)}."]))
        sentences.append(default(sub, base, top if k % 2 == 0 else not top, rng))
    members = [rng.choice([f"{n} is {_a(levels[k][1])}.", f"{n} is one of the {levels[k][0]}."])
               for k, n in enumerate(names)]
    order = rng.random()
    context = " ".join(sentences + members if order < 0.5 else members + sentences)
    # atoms: per member k, classes 0..depth-1 (membership) then P; member k is in class k and, by the inclusions,
    # every class above it; the classes below it are left open
    size = depth + 1

    def cls(w: World, member: int, level: int) -> bool:
        return w[member * size + level]

    def has(w: World, member: int) -> bool:
        return w[member * size + depth]

    facts: list[Callable[[World], bool]] = []
    defaults: list[tuple[int, Callable[[World], bool]]] = []
    for m in range(depth):
        facts.append(lambda w, m=m: cls(w, m, m))
        for k in range(1, depth):
            facts.append(lambda w, m=m, k=k: not cls(w, m, k) or cls(w, m, k - 1))
        for k in range(depth):
            expected = top if k % 2 == 0 else not top
            defaults.append((depth - 1 - k, lambda w, m=m, k=k, e=expected: not cls(w, m, k) or has(w, m) == e))
    theory = Theory(depth * size, facts, defaults)
    questions = []
    for m, n in enumerate(names):
        for positive in (True, False):
            questions.append((said(n, third, base, positive, rng), lambda w, m=m, p=positive: has(w, m) == p))
    rng.shuffle(questions)
    return [Item(f"specificity {depth}", context, ask(q, rng), theory.answer(f)) for q, f in questions[:4]]


def generate_default_reasoning(seed: int) -> list[Item]:
    """Every kind once per seed (about 27 items): fresh classes, names, hedges, orders."""
    rng = random.Random(130_000 + seed)
    return [*basic(rng, False), *basic(rng, True), *disabled(rng), *unknown_expectations(rng), *several(rng),
            *specific(rng, 2), *specific(rng, 3)]


def outcome(item: Item) -> str:
    """right / wrong / abstained for the reader (`entailment.answer_about`) on one item."""
    from agentlib.puzzles.english.entailment import answer_about

    verdict = answer_about(item.context, item.question)
    if verdict.status == "abstained" or verdict.answer is None:
        return "abstained"
    return "right" if verdict.answer == item.answer else "wrong"

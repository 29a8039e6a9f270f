"""LogicBench-shaped BQA items from the paper's definitions, in a vocabulary of our own, both labels per context.

LogicBench (Parmar et al., 2024) builds each BQA context from one inference form and asks whether its conclusion
follows; the "no" questions negate the conclusion or the premise the question restates. This generator does the
same from the definitions, never from items:

- propositional, about one named person: modus ponens / tollens, hypothetical and disjunctive syllogism,
  constructive / destructive / bidirectional dilemma, commutation, material implication;
- first-order: the same rules stated of anyone ("if someone ..., they ...", "anyone who ...", "whoever ...") with
  the facts about a named person;
- non-monotonic (Lifschitz's problems): a default with a named exception, the same with an irrelevant fact, two
  defaults each failing for another member, the open domain ("all Ns other than A"), unknown exceptions ("at least
  one of A and B does not", "a certain N does not"; "one N named A does not": exactly one N does not), and
  priority between two reports.

The question's proposition is negated the ways English does: "does not", "doesn't", "won't", "will not", "is not
going to", "never", "no longer", "fails to", and an antonym where the positive is what follows (so the antonym is
false whatever else it means). Answers come from truth tables (propositional and first-order: "yes" when every
model of the premises satisfies the statement) or from brute force over preferred worlds (defaults: the worlds
that violate a set of default instances minimal by inclusion); the reader under test never sees them.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass

World = tuple[bool, ...]
Formula = Callable[[World], bool]


@dataclass(frozen=True)
class Item:
    kind: str
    context: str
    question: str
    answer: str  # "yes" / "no"


@dataclass(frozen=True)
class Act:
    """One proposition about a person: its base form ("repair the kiln", "be punctual") and an antonym whose
    third-person form denies it (or "")."""

    base: str
    antonym: str = ""

    @property
    def copular(self) -> bool:
        return self.base.startswith("be ")

    def third(self) -> str:
        if self.copular:
            return "is " + self.base[3:]
        verb, _, rest = self.base.partition(" ")
        return f"{_third_person(verb)} {rest}".strip()


def _third_person(verb: str) -> str:
    if verb == "have":
        return "has"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


# Rule pairs and chains (condition -> conclusion -> next), each a plausible link in a domain of its own.
CHAINS: list[tuple[Act, Act, Act]] = [
    (Act("knead the dough"), Act("bake fresh loaves"), Act("sell bread at the fair")),
    (Act("tune the cello"), Act("play in the evening concert"), Act("receive a standing ovation")),
    (Act("polish the telescope lens"), Act("spot the comet"), Act("write a report for the astronomy club")),
    (Act("prune the pear trees"), Act("harvest a large crop"), Act("make pear jam")),
    (Act("wax the surfboard"), Act("ride the big waves"), Act("enter the coastal contest")),
    (Act("mend the fishing net"), Act("catch plenty of mackerel"), Act("smoke fish for the winter")),
    (Act("renew the library card"), Act("borrow the old atlas"), Act("trace the ancient trade routes")),
    (Act("book a ferry ticket"), Act("reach the island"), Act("photograph the puffins")),
    (Act("sharpen the chisels"), Act("carve the walnut panel"), Act("finish the cabinet")),
    (Act("feed the goats"), Act("collect fresh milk"), Act("make soft cheese")),
    (Act("file the tax return", "miss the tax deadline"), Act("receive a refund"), Act("repay the loan")),
    (Act("rehearse the speech"), Act("impress the committee"), Act("win the grant", "lose the grant")),
    (Act("varnish the canoe"), Act("paddle across the lake"), Act("camp on the far shore")),
    (Act("grind the coffee beans"), Act("brew a strong espresso"),
     Act("be alert in the seminar", "be drowsy in the seminar")),
    (Act("water the seedlings"), Act("see the first sprouts"), Act("plant out the beds")),
    (Act("service the boiler"), Act("have hot water", "go without hot water"), Act("take a long bath")),
    (Act("set an alarm"), Act("wake up at dawn", "oversleep"),
     Act("be on time for the ferry", "be late for the ferry")),
    (Act("charge the drone"), Act("film the valley"), Act("edit a short documentary")),
    (Act("learn the chords"), Act("join the folk band"), Act("tour the village halls")),
    (Act("fix the bicycle chain"), Act("cycle to the quarry"), Act("sketch the cliffs")),
    (Act("clean the aquarium"), Act("keep the fish healthy"), Act("breed the guppies")),
    (Act("pack the tent"), Act("sleep under the stars"), Act("see the meteor shower")),
]
NAMES = ["Ottoline", "Ruairi", "Zofia", "Anselm", "Marisol", "Thaddeus", "Ngozi", "Cosimo", "Liesel", "Eamon",
         "Soraya", "Bartholomew", "Vesna", "Ignatius", "Delphine", "Kofi", "Henrike", "Lorcan", "Amara", "Benedikt"]
SEES = ["Does this imply that", "Does this mean that", "Does this entail that", "does this imply that",
        "Does this suggest that"]

# ---------------------------------------------------------------------------------------------
# Clauses
# ---------------------------------------------------------------------------------------------

POSITIVE = ["{third}", "will {base}", "is going to {base}"]
NEGATIVE = ["does not {base}", "doesn't {base}", "will not {base}", "won't {base}", "is not going to {base}",
            "never {third}", "fails to {base}", "no longer {third}"]
POSITIVE_COPULAR = ["{third}", "will {base}"]
NEGATIVE_COPULAR = ["is not {rest}", "isn't {rest}", "will not {base}", "won't {base}", "is no longer {rest}",
                    "is never {rest}"]


def clause(subject: str, act: Act, positive: bool, rng: random.Random, context: bool = False,
           condition: bool = False) -> str:
    """`subject` doing (or not doing) `act`, tense and negation drawn: a context states plainly ("does not",
    "won't"), a question draws from every form, and a condition stays in the present, as English puts it."""
    if act.copular:
        forms = POSITIVE_COPULAR if positive else NEGATIVE_COPULAR
    else:
        forms = POSITIVE if positive else NEGATIVE
    if condition:
        forms = forms[:1] if positive else [f for f in forms if "will" not in f and "won't" not in f
                                             and "going" not in f]
    elif context:
        forms = forms[:2] if positive else forms[:4]
    form = rng.choice(forms)
    return f"{subject} " + form.format(base=act.base, third=act.third(), rest=act.base[3:])


def antonym_clause(subject: str, act: Act) -> str:
    return f"{subject} {Act(act.antonym).third()}"


def ask(statement: str, rng: random.Random) -> str:
    return f"{rng.choice(SEES)} {statement}?"


def ask_if(condition: str, statement: str, rng: random.Random) -> str:
    return f"If {condition}, {rng.choice(SEES).lower()} {statement}?"


def ask_at_least(a: str, b: str, rng: random.Random) -> str:
    lead = rng.choice(["Can we say at least one of the following must always be true?",
                       "Based on context, can we say, at least one of the following must always be true?"])
    return f"{lead} (a) {a} and (b) {b}"


def entailed(atoms: int, premises: list[Formula], goal: Formula) -> str:
    models = [w for w in itertools.product((False, True), repeat=atoms) if all(p(w) for p in premises)]
    assert models, "a generated context must be consistent"
    return "yes" if all(goal(w) for w in models) else "no"


# ---------------------------------------------------------------------------------------------
# Propositional and first-order forms
# ---------------------------------------------------------------------------------------------


class Scene:
    """A named person, a pronoun for them, and the way rules are stated: of the person (propositional) or of
    anyone (first-order)."""

    def __init__(self, rng: random.Random, first_order: bool):
        self.rng = rng
        self.first_order = first_order
        self.name = rng.choice(NAMES)
        self.pronoun = rng.choice(["he", "she"])

    def who(self, first: bool = False) -> str:
        return self.name if first or self.rng.random() < 0.5 else self.pronoun

    def rule(self, p: Act, q: Act) -> str:
        rng = self.rng
        if self.first_order:
            form = rng.choice(["If someone {p3}, they {qb_will}.", "Anyone who {p3} {qb_will}.",
                               "Whoever {p3} {qb_will}.", "If a person {p3}, then they {qb_will}.",
                               "Everyone who {p3} {qb_will}.", "People who {pb} {qb_will_plural}."])
            return form.format(p3=p.third(), pb=p.base, qb_will="will " + q.base,
                               qb_will_plural="will " + q.base)
        a = clause(self.name, p, True, rng, condition=True)
        b = clause(self.pronoun, q, True, rng, context=True)
        return rng.choice([f"If {a}, {b}.", f"If {a}, then {b}.", f"Whenever {a}, {b}.",
                           f"{self.name} will {q.base} if {self.pronoun} {p.third()}.",
                           f"Provided that {a}, {b}."])

    def fact(self, act: Act, positive: bool, first: bool = True) -> str:
        text = clause(self.who(first), act, positive, self.rng, context=True)
        lead = self.rng.choice(["", "", "It is known that ", "Today, ", "In this case, "])
        return f"{lead}{text}." if lead else f"{text[0].upper()}{text[1:]}."

    def said(self, act: Act, positive: bool) -> str:
        return clause(self.who(), act, positive, self.rng)

    def either(self, a: tuple[Act, bool], b: tuple[Act, bool]) -> str:
        one = clause(self.name, a[0], a[1], self.rng, context=True)
        two = clause(self.pronoun, b[0], b[1], self.rng, context=True)
        return self.rng.choice([f"Either {one} or {two}.", f"Either {one} or {two}, or both.",
                                f"At least one of the following is true: {one} or {two}.",
                                f"We know that {one} or {two}, though not which."])


def _negated_questions(scene: Scene, act: Act, holds: Formula, rng: random.Random, atom: int
                       ) -> list[tuple[str, Formula]]:
    """The asked proposition and its denials: one drawn negation, and the antonym when `act` has one."""
    out = [(scene.said(act, True), lambda w, a=atom: w[a]), (scene.said(act, False), lambda w, a=atom: not w[a])]
    if act.antonym:
        out.append((antonym_clause(scene.who(), act), lambda w, a=atom: not w[a]))
    return out


def classical(rng: random.Random, kind: str, first_order: bool) -> list[Item]:
    scene = Scene(rng, first_order)
    p, q, r = rng.choice(CHAINS)
    s_chain = rng.choice([c for c in CHAINS if c[0] != p])
    s, t = s_chain[0], s_chain[1]
    label = f"{kind} ({'first-order' if first_order else 'propositional'})"
    # atoms: 0 p, 1 q, 2 r, 3 s, 4 t
    imp = lambda a, b: (lambda w: not w[a] or w[b])  # noqa: E731
    items: list[Item] = []

    def add(context: list[str], premises: list[Formula], questions: list[tuple[str, Formula]]) -> None:
        for question, goal in questions:
            items.append(Item(label, " ".join(context), question, entailed(5, premises, goal)))

    if kind == "modus ponens":
        context = [scene.rule(p, q), scene.fact(p, True)]
        asked = _negated_questions(scene, q, lambda w: w[1], rng, 1)
        add(context, [imp(0, 1), lambda w: w[0]], [(ask(text, rng), goal) for text, goal in asked])
    elif kind == "modus tollens":
        context = [scene.rule(p, q), scene.fact(q, False)]
        add(context, [imp(0, 1), lambda w: not w[1]],
            [(ask(scene.said(p, False), rng), lambda w: not w[0]), (ask(scene.said(p, True), rng), lambda w: w[0])])
    elif kind == "hypothetical syllogism":
        context = [scene.rule(p, q), scene.rule(q, r)]
        questions = []
        for cond, concl in [(True, True), (False, False), (True, False), (False, True)]:
            questions.append((ask_if(clause(scene.name, p, cond, rng, condition=True), scene.said(r, concl), rng),
                              lambda w, c=cond, k=concl: w[0] != c or w[2] == k))
        add(context, [imp(0, 1), imp(1, 2)], questions)
    elif kind == "disjunctive syllogism":
        context = [scene.either((p, True), (s, True)), scene.fact(p, False, first=False)]
        asked = _negated_questions(scene, s, lambda w: w[3], rng, 3)
        add(context, [lambda w: w[0] or w[3], lambda w: not w[0]], [(ask(text, rng), goal) for text, goal in asked])
    elif kind in ("constructive dilemma", "destructive dilemma", "bidirectional dilemma"):
        rules = [scene.rule(p, q), scene.rule(s, t)]
        if kind == "constructive dilemma":
            fact, premise = scene.either((p, True), (s, True)), (lambda w: w[0] or w[3])
            yes = ((q, True, 1), (t, True, 4))
        elif kind == "destructive dilemma":
            fact, premise = scene.either((q, False), (t, False)), (lambda w: not w[1] or not w[4])
            yes = ((p, False, 0), (s, False, 3))
        else:
            fact, premise = scene.either((p, True), (t, False)), (lambda w: w[0] or not w[4])
            yes = ((q, True, 1), (s, False, 3))
        questions = []
        for flip_a, flip_b in [(False, False), (True, False), (False, True), (True, True)]:
            (act_a, pol_a, atom_a), (act_b, pol_b, atom_b) = yes
            pa, pb = pol_a != flip_a, pol_b != flip_b
            questions.append((ask_at_least(scene.said(act_a, pa), scene.said(act_b, pb), rng),
                              lambda w, a=atom_a, b=atom_b, x=pa, y=pb: w[a] == x or w[b] == y))
        add([*rules, fact], [imp(0, 1), imp(3, 4), premise], questions)
    elif kind == "material implication":
        context = [scene.rule(p, q)]
        questions = [(ask_at_least(scene.said(p, a), scene.said(q, b), rng),
                      lambda w, x=a, y=b: w[0] == x or w[1] == y)
                     for a, b in [(False, True), (True, False), (True, True), (False, False)]]
        add(context, [imp(0, 1)], questions)
    elif kind == "commutation":
        one, two = clause(scene.name, p, True, rng, context=True), clause(scene.pronoun, s, True, rng, context=True)
        context = [rng.choice([f"{one} and {two}.", f"{one}, and {two} as well."])]
        context[0] = context[0][0].upper() + context[0][1:]
        questions = [(ask(f"{scene.said(s, b)} and {scene.said(p, a)}", rng),
                      lambda w, x=a, y=b: w[0] == x and w[3] == y)
                     for a, b in [(True, True), (False, True), (True, False)]]
        add(context, [lambda w: w[0] and w[3]], questions)
    return items


PROPOSITIONAL = ["modus ponens", "modus tollens", "hypothetical syllogism", "disjunctive syllogism",
                 "constructive dilemma", "destructive dilemma", "bidirectional dilemma", "material implication",
                 "commutation"]
FIRST_ORDER = ["modus ponens", "modus tollens", "hypothetical syllogism", "constructive dilemma",
               "destructive dilemma", "bidirectional dilemma"]

# ---------------------------------------------------------------------------------------------
# Defaults (Lifschitz's problems as LogicBench defines them)
# ---------------------------------------------------------------------------------------------

# (plural, singular, property) about a class
CLASSES: list[tuple[str, str, Act]] = [
    ("beekeepers", "beekeeper", Act("wear thick gloves")),
    ("ferry captains", "ferry captain", Act("check the tide tables")),
    ("pastry chefs", "pastry chef", Act("start work before dawn")),
    ("glassblowers", "glassblower", Act("work beside a furnace")),
    ("lighthouse keepers", "lighthouse keeper", Act("live near the coast")),
    ("cellists", "cellist", Act("practice scales every day")),
    ("mail carriers", "mail carrier", Act("walk long distances")),
    ("potters", "potter", Act("own a kiln")),
    ("falconers", "falconer", Act("keep a leather gauntlet")),
    ("cartographers", "cartographer", Act("carry a compass")),
    ("tugboats", "tugboat", Act("have a diesel engine")),
    ("hedgehogs", "hedgehog", Act("hibernate in winter")),
    ("orchids", "orchid", Act("need bright light")),
    ("tram drivers", "tram driver", Act("wear a uniform")),
]
SECOND = [Act("keep a diary"), Act("drive a van"), Act("speak two languages"), Act("collect stamps")]
HEDGED = ["{P} usually {base}.", "{P} normally {base}.", "{P} typically {base}.", "Most {p} {base}.",
          "{P} generally {base}.", "{P} tend to {base}.", "As a rule, {p} {base}.", "Typically, {p} {base}.",
          "It is common for {p} to {base}.", "{P} are known to {base}."]
EXCEPTION = ["{a} is an exception.", "However, {a} is an exception to this.", "{a} {neg}.", "But {a} {neg}.",
             "{a}, however, {neg}."]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def hedged(plural: str, act: Act, rng: random.Random) -> str:
    return rng.choice(HEDGED).format(P=_cap(plural), p=plural, base=act.base)


def preferred(atoms: int, facts: list[Formula], defaults: list[Formula], goal: Formula) -> str:
    worlds = [w for w in itertools.product((False, True), repeat=atoms) if all(f(w) for f in facts)]
    assert worlds, "a generated context must be consistent"
    broken = {w: frozenset(k for k, d in enumerate(defaults) if not d(w)) for w in worlds}
    best = [w for w in worlds if not any(broken[v] < broken[w] for v in worlds)]
    return "yes" if all(goal(w) for w in best) else "no"


def _members(names: list[str], plural: str, rng: random.Random) -> str:
    listed = ", ".join(names[:-1]) + f" and {names[-1]}"
    return rng.choice([f"{listed} are {plural}.", f"{listed} are both {plural}." if len(names) == 2 else
                       f"{listed} are all {plural}.", f"{listed} work as {plural}." if plural[-3:] in ("ers", "ors")
                       else f"{listed} are {plural}."])


def nonmonotonic(rng: random.Random, kind: str) -> list[Item]:
    plural, singular, act = rng.choice(CLASSES)
    names = rng.sample(NAMES, 3)
    a, b, c = names
    label = f"{kind} (non-monotonic)"
    items: list[Item] = []

    def add(context: list[str], atoms: int, facts: list[Formula], defaults: list[Formula],
            questions: list[tuple[str, Formula]]) -> None:
        for question, goal in questions:
            items.append(Item(label, " ".join(context), ask(question, rng), preferred(atoms, facts, defaults, goal)))

    rule = hedged(plural, act, rng)
    if kind in ("default", "irrelevant"):
        exception = rng.choice(EXCEPTION).format(a=a, neg=clause("", act, False, rng, context=True).strip())
        context = [_members([a, b], plural, rng), rule, _cap(exception)]
        if kind == "irrelevant":
            context.insert(rng.randrange(1, 4), rng.choice([f"{b} has a brother in Oslo.", f"{a} was born in May.",
                                                            f"{b} enjoys crossword puzzles."]))
        add(context, 2, [lambda w: not w[0]],
            [lambda w: w[0], lambda w: w[1]],
            [(clause(b, act, True, rng), lambda w: w[1]), (clause(b, act, False, rng), lambda w: not w[1])])
    elif kind == "several":
        second = rng.choice(SECOND)
        context = [_members([a, b], plural, rng), rule, hedged(plural, second, rng),
                   _cap(clause(a, act, False, rng, context=True)) + ".",
                   _cap(clause(b, second, False, rng, context=True)) + "."]
        # atoms: 0 a-P, 1 b-P, 2 a-second, 3 b-second
        questions = [(f"{clause(a, second, x, rng)} and {clause(b, act, y, rng)}",
                      lambda w, x=x, y=y: w[2] == x and w[1] == y)
                     for x, y in [(True, True), (False, True), (True, False)]]
        add(context, 4, [lambda w: not w[0], lambda w: not w[3]],
            [lambda w: w[0], lambda w: w[1], lambda w: w[2], lambda w: w[3]], questions)
    elif kind == "open domain":
        context = [_members([a, b], plural, rng), rule, _cap(clause(a, act, False, rng, context=True)) + "."]
        # atoms: 0 a-P, 1 b-P, 2 another member-P
        add(context, 3, [lambda w: not w[0]], [lambda w: w[0], lambda w: w[1], lambda w: w[2]],
            [(f"all {plural} other than {a} {act.base}", lambda w: w[1] and w[2]),
             (f"all {plural} other than {a} {'do not' if rng.random() < 0.5 else 'fail to'} {act.base}",
              lambda w: not w[1] and not w[2])])
    elif kind == "unknown exceptions":
        plural_neg = rng.choice(["do not", "don't", "fail to", "never"]) + " " + act.base
        single_neg = rng.choice([f"does not {act.base}", f"doesn't {act.base}", f"fails to {act.base}",
                                 f"never {act.third()}"])
        context = [_members(names, plural, rng), rule,
                   rng.choice([f"At least one of {a} and {b} {plural_neg}.",
                               f"Either {a} or {b} {single_neg}, or both."])]
        one = clause("", act, False, rng).strip()
        add(context, 3, [lambda w: not w[0] or not w[1]], [lambda w: w[0], lambda w: w[1], lambda w: w[2]],
            [(clause(c, act, True, rng), lambda w: w[2]), (clause(c, act, False, rng), lambda w: not w[2]),
             (f"exactly one of {a} and {b} {one}", lambda w: (not w[0]) + (not w[1]) == 1)])
    elif kind == "a certain member":
        odd = rng.choice(["a certain", "one particular", "one unusual"])
        denial = clause("", act, False, rng, context=True).strip()
        context = [hedged(plural, act, rng), _cap(f"{odd} {singular} {denial}."),
                   rng.choice([f"{a} is {'an' if singular[0] in 'aeiou' else 'a'} {singular}.",
                               f"{a} is one of the {plural}."])]
        # atoms: 0 the odd member-P, 1 a-P (the odd member is someone else, as "a certain" introduces)
        add(context, 2, [lambda w: not w[0]], [lambda w: w[0], lambda w: w[1]],
            [(clause(a, act, True, rng), lambda w: w[1]), (clause(a, act, False, rng), lambda w: not w[1])])
    elif kind == "the only exception":
        article = "an" if singular[0] in "aeiou" else "a"
        named = rng.choice([f"one {singular} named {a}", f"{a}, one of the {plural},", f"{a}, {article} {singular},"])
        context = [rule, _cap(f"{named} {clause('', act, False, rng, context=True).strip()}.")]
        # atoms: 0 a-P, 1 and 2 two members not named (a class is more than one)
        one_not = clause("", act, False, rng).strip()
        add(context, 3, [lambda w: not w[0]], [lambda w: w[0], lambda w: w[1], lambda w: w[2]],
            [(f"exactly one {singular} {one_not}", lambda w: (not w[0]) + (not w[1]) + (not w[2]) == 1),
             (f"exactly one {singular} {act.third()}", lambda w: w[0] + w[1] + w[2] == 1)])
    elif kind == "priority":
        claim = clause(c, act, True, rng, context=True)
        denial = clause(c, act, False, rng, context=True)
        says = ["{n} insists that {s}", "{n} is sure that {s}", "{n} claims that {s}", "According to {n}, {s}"]
        context = [_cap(rng.choice(says).format(n=a, s=claim)) + ".",
                   _cap(rng.choice(says).format(n=b, s=denial)) + "."]
        for more in (True, False):
            for positive in (True, False):
                condition = f"{a}'s evidence is {'more' if more else 'less'} reliable than {b}'s"
                answer = "yes" if more == positive else "no"
                items.append(Item(label, " ".join(context),
                                  ask_if(condition, clause(c, act, positive, rng), rng), answer))
    return items


NONMONOTONIC = ["default", "irrelevant", "several", "open domain", "unknown exceptions", "a certain member",
                "the only exception", "priority"]


def generate_shaped(seed: int) -> list[Item]:
    """Every propositional, first-order and non-monotonic kind once per seed (about 90 items)."""
    rng = random.Random(170_000 + seed)
    items: list[Item] = []
    for kind in PROPOSITIONAL:
        items.extend(classical(rng, kind, first_order=False))
    for kind in FIRST_ORDER:
        items.extend(classical(rng, kind, first_order=True))
    for kind in NONMONOTONIC:
        items.extend(nonmonotonic(rng, kind))
    return items


def outcome(item: Item) -> str:
    """right / wrong / abstained for the reader (`entailment.answer_about`) on one item."""
    from agentlib.puzzles.english.entailment import answer_about

    verdict = answer_about(item.context, item.question)
    if verdict.status == "abstained" or verdict.answer is None:
        return "abstained"
    return "right" if verdict.answer == item.answer else "wrong"

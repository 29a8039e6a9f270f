"""Fresh yes/no entailment items in the style of LogicBench, from our own sentences, names and synonyms.

Each item is (context, question, answer). The context states rules and facts in one wording of each
proposition; the question may use another wording of the same proposition (a synonym phrase written here, not
taken from any dataset). The answer is computed by truth tables over the propositions, never by the reader
under test. Kinds: the classical inference rules (modus ponens / tollens, hypothetical and disjunctive
syllogism, constructive / destructive / bidirectional dilemma, material implication) in propositional and
first-order dress ("if someone ..., they ..."), and default reasoning (a default with a named exception,
priority between two reports).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass

# Each proposition: wordings as (base form, third person form); the first is the plainest.
PROPOSITIONS: list[list[tuple[str, str, str]]] = [
    [("study hard", "studies hard", "studying hard"),
     ("put a lot of effort into studying", "puts a lot of effort into studying", "putting a lot of effort into studying"),
     ("hit the books", "hits the books", "hitting the books")],
    [("pass the exam", "passes the exam", "passing the exam"),
     ("get a passing grade on the test", "gets a passing grade on the test", "getting a passing grade on the test")],
    [("go to the gym", "goes to the gym", "going to the gym"),
     ("work out at the fitness center", "works out at the fitness center", "working out at the fitness center")],
    [("feel energetic", "feels energetic", "feeling energetic"),
     ("have plenty of energy", "has plenty of energy", "having plenty of energy")],
    [("watch a movie", "watches a movie", "watching a movie"), ("see a film", "sees a film", "seeing a film")],
    [("buy popcorn", "buys popcorn", "buying popcorn"),
     ("get a bag of popcorn", "gets a bag of popcorn", "getting a bag of popcorn")],
    [("carry an umbrella", "carries an umbrella", "carrying an umbrella"),
     ("bring an umbrella along", "brings an umbrella along", "bringing an umbrella along")],
    [("stay dry", "stays dry", "staying dry"), ("keep dry", "keeps dry", "keeping dry")],
    [("plant tomatoes", "plants tomatoes", "planting tomatoes"),
     ("grow tomatoes in the garden", "grows tomatoes in the garden", "growing tomatoes in the garden")],
    [("make fresh salsa", "makes fresh salsa", "making fresh salsa"),
     ("prepare homemade salsa", "prepares homemade salsa", "preparing homemade salsa")],
    [("read the newspaper", "reads the newspaper", "reading the newspaper"),
     ("go through the daily paper", "goes through the daily paper", "going through the daily paper")],
    [("know the latest news", "knows the latest news", "knowing the latest news"),
     ("stay informed about current events", "stays informed about current events",
      "staying informed about current events")],
    [("walk the dog", "walks the dog", "walking the dog"),
     ("take the dog out for a stroll", "takes the dog out for a stroll", "taking the dog out for a stroll")],
    [("save money", "saves money", "saving money"), ("put money aside", "puts money aside", "putting money aside")],
    [("buy a new bike", "buys a new bike", "buying a new bike"),
     ("purchase a new bicycle", "purchases a new bicycle", "purchasing a new bicycle")],
    [("practice the piano", "practices the piano", "practicing the piano"),
     ("rehearse on the piano", "rehearses on the piano", "rehearsing on the piano")],
    [("perform at the recital", "performs at the recital", "performing at the recital"),
     ("play at the recital", "plays at the recital", "playing at the recital")],
    [("drink coffee", "drinks coffee", "drinking coffee"),
     ("have a cup of coffee", "has a cup of coffee", "having a cup of coffee")],
    [("stay awake", "stays awake", "staying awake"), ("remain alert", "remains alert", "remaining alert")],
    [("cook dinner", "cooks dinner", "cooking dinner"),
     ("prepare the evening meal", "prepares the evening meal", "preparing the evening meal")],
    [("wash the dishes", "washes the dishes", "washing the dishes"),
     ("clean the plates", "cleans the plates", "cleaning the plates")],
    [("visit the museum", "visits the museum", "visiting the museum"),
     ("go to the art gallery", "goes to the art gallery", "going to the art gallery")],
    [("learn about history", "learns about history", "learning about history"),
     ("discover facts about the past", "discovers facts about the past", "discovering facts about the past")],
    [("travel abroad", "travels abroad", "traveling abroad"),
     ("take a trip overseas", "takes a trip overseas", "taking a trip overseas")],
    [("need a passport", "needs a passport", "needing a passport"),
     ("require a travel document", "requires a travel document", "requiring a travel document")],
    [("eat a big breakfast", "eats a big breakfast", "eating a big breakfast"),
     ("have a large morning meal", "has a large morning meal", "having a large morning meal")],
    [("feel full", "feels full", "feeling full"), ("feel satisfied", "feels satisfied", "feeling satisfied")],
    [("fix the leaking roof", "fixes the leaking roof", "fixing the leaking roof"),
     ("repair the roof", "repairs the roof", "repairing the roof")],
]
# Related propositions (one topic each), so that a context's four propositions are close in meaning, as in
# texts written about one situation; the reader must still keep them apart.
TOPICS: list[list[list[tuple[str, str, str]]]] = [
    [  # school
        [("study in the library", "studies in the library", "studying in the library"),
         ("do homework at the library", "does homework at the library", "doing homework at the library")],
        [("get good grades", "gets good grades", "getting good grades"),
         ("earn high marks", "earns high marks", "earning high marks")],
        [("skip class", "skips class", "skipping class"), ("miss lectures", "misses lectures", "missing lectures")],
        [("fail the course", "fails the course", "failing the course"),
         ("flunk the class", "flunks the class", "flunking the class")],
        [("join a study group", "joins a study group", "joining a study group"),
         ("study with classmates", "studies with classmates", "studying with classmates")],
    ],
    [  # health
        [("exercise every morning", "exercises every morning", "exercising every morning"),
         ("work out each morning", "works out each morning", "working out each morning")],
        [("lose weight", "loses weight", "losing weight"), ("shed some pounds", "sheds some pounds",
                                                           "shedding some pounds")],
        [("eat junk food", "eats junk food", "eating junk food"),
         ("consume fast food", "consumes fast food", "consuming fast food")],
        [("sleep well", "sleeps well", "sleeping well"), ("get a good night's rest", "gets a good night's rest",
                                                          "getting a good night's rest")],
        [("feel tired", "feels tired", "feeling tired"), ("feel exhausted", "feels exhausted", "feeling exhausted")],
    ],
    [  # money and travel
        [("buy a car", "buys a car", "buying a car"), ("purchase a vehicle", "purchases a vehicle",
                                                       "purchasing a vehicle")],
        [("take the bus", "takes the bus", "taking the bus"), ("ride public transit", "rides public transit",
                                                               "riding public transit")],
        [("pay for fuel", "pays for fuel", "paying for fuel"), ("spend money on gas", "spends money on gas",
                                                               "spending money on gas")],
        [("arrive on time", "arrives on time", "arriving on time"), ("get to work punctually",
                                                                     "gets to work punctually",
                                                                     "getting to work punctually")],
        [("save for a vacation", "saves for a vacation", "saving for a vacation"),
         ("put money toward a holiday", "puts money toward a holiday", "putting money toward a holiday")],
    ],
    [  # weather and home
        [("open the windows", "opens the windows", "opening the windows"),
         ("let fresh air in", "lets fresh air in", "letting fresh air in")],
        [("turn on the heater", "turns on the heater", "turning on the heater"),
         ("switch on the heating", "switches on the heating", "switching on the heating")],
        [("feel cold", "feels cold", "feeling cold"), ("be chilly", "is chilly", "being chilly")],
        [("wear a sweater", "wears a sweater", "wearing a sweater"),
         ("put on a jumper", "puts on a jumper", "putting on a jumper")],
        [("drink hot tea", "drinks hot tea", "drinking hot tea"),
         ("have a warm cup of tea", "has a warm cup of tea", "having a warm cup of tea")],
    ],
]
NAMES = ["Priya", "Tomas", "Keiko", "Marcus", "Lena", "Oskar", "Farah", "Diego", "Ingrid", "Kwame", "Sunita",
         "Bruno", "Yara", "Mateo", "Noor", "Elif"]


WILL_NOT = ["will not", "won't", "is not going to"]
DOES_NOT = ["does not", "doesn't"]


@dataclass(frozen=True)
class Item:
    kind: str
    context: str
    question: str
    answer: str  # "yes" / "no"


# ---------------------------------------------------------------------------------------------
# Wording
# ---------------------------------------------------------------------------------------------


class Words:
    """Wordings of four propositions (0..3) about one named person, in the context and in the question."""

    def __init__(self, rng: random.Random, names: list[str], paraphrase: bool):
        self.rng = rng
        self.bank = rng.choice(TOPICS) if rng.random() < 0.5 else PROPOSITIONS
        self.props = rng.sample(range(len(self.bank)), 4)
        self.name = rng.choice(names)
        self.paraphrase = paraphrase

    def wording(self, p: int, in_question: bool) -> tuple[str, str, str]:
        options = self.bank[self.props[p]]
        if in_question and self.paraphrase and len(options) > 1:
            return options[1 + self.rng.randrange(len(options) - 1)]
        return options[0]

    def clause(self, p: int, positive: bool, subject: str, in_question: bool = False, future: bool = False) -> str:
        base, third, _ = self.wording(p, in_question)
        if positive:
            return f"{subject} will {base}" if future else f"{subject} {third}"
        if future:
            return f"{subject} {self.rng.choice(WILL_NOT)} {base}"
        if not in_question and self.rng.random() < 0.3:
            return f"{subject} never {third}" if self.rng.random() < 0.5 else f"{subject} fails to {base}"
        return f"{subject} {self.rng.choice(DOES_NOT)} {base}"

    def rule(self, p: int, q: int, generic: bool) -> str:
        base_p, third_p, ing_p = self.wording(p, False)
        base_q, third_q, ing_q = self.wording(q, False)
        if generic:
            forms = [f"If someone {third_p}, they will {base_q}.", f"If a person {third_p}, they {base_q}.",
                     f"Anyone who {third_p} will {base_q}.", f"Whenever someone {third_p}, they {base_q}.",
                     f"People who {base_p} tend to {base_q}.",
                     f"If an individual {third_p}, it is likely that they will {base_q}.",
                     f"Individuals who {base_p} are likely to {base_q}.",
                     f"{ing_p.capitalize()} leads to {ing_q}.", f"{ing_p.capitalize()} usually results in {ing_q}.",
                     f"It is generally true that if a person {third_p}, then they {base_q}."]
            return self.rng.choice(forms)
        he = self.rng.choice(["he", "she"])
        n = self.name
        a = self.clause(p, True, n)
        b = self.clause(q, True, he, future=self.rng.random() < 0.5)
        forms = [f"If {a}, {b}.", f"If {a}, then {b}.", f"Whenever {a}, {b}.", f"In case {a}, {b}.",
                 f"{n} will {base_q} provided that {he} {third_p}.", f"{n} {third_q} if {he} {third_p}.",
                 f"It is known that if {a}, {b}.", f"As long as {a}, {b}."]
        return self.rng.choice(forms)

    def fact(self, p: int, positive: bool) -> str:
        clause = self.clause(p, positive, self.name)
        return self.rng.choice([f"{clause}.", f"It is known that {clause}.", f"In this case, {clause}.",
                                f"We know that {clause}.", f"Today, {clause}."])

    def asking(self) -> str:
        return self.rng.choice(["does this imply", "does this entail", "does this mean"])

    def ask(self, statement: str, rng: random.Random) -> str:
        return _ask(statement, rng)

    def distractor(self) -> str:
        """A sentence that says nothing about the propositions."""
        n = self.name
        return self.rng.choice([f"{n} has a busy week ahead.", f"{n} lives in a small town.",
                                "The weather has been mild lately.", f"{n} enjoys spending time with friends."])


def _truth(formula: Callable[[dict[int, bool]], bool], facts: list[Callable[[dict[int, bool]], bool]]) -> str:
    worlds = [dict(enumerate(bits)) for bits in itertools.product((False, True), repeat=4)]
    models = [w for w in worlds if all(f(w) for f in facts)]
    assert models, "the generated context must be consistent"
    return "yes" if all(formula(w) for w in models) else "no"


def _either(a: str, b: str, rng: random.Random) -> str:
    forms = [f"Either {a} or {b}.", f"At least one of the following is true: {a}, or {b}.",
             f"We know that {a} or {b}, or both.", f"It is known that at least one of these holds: {a} or {b}.",
             f"At least one of the following statements is true: (1) {a} or (2) {b}.",
             f"We are aware that either {a} or {b}."]
    sentence = rng.choice(forms)
    if rng.random() < 0.5:
        sentence += " " + rng.choice(["We do not know which one is true.", "It is unclear which of these holds.",
                                      "It could be that only the first is true, only the second, or both.",
                                      "The exact combination is unknown."])
    return sentence


def _ask(statement: str, rng: random.Random) -> str:
    return f"{rng.choice(['Does this imply', 'Does this mean', 'Does this entail'])} that {statement}?"


def _at_least(a: str, b: str) -> str:
    return f"Can we say at least one of the following must always be true? (a) {a} and (b) {b}"


# ---------------------------------------------------------------------------------------------
# Kinds
# ---------------------------------------------------------------------------------------------


def classical(rng: random.Random, kind: str, generic: bool, paraphrase: bool,
              wording: type[Words] | None = None) -> list[Item]:
    """Every question of one context of `kind`; answers by truth tables over p, q, r, s (atoms 0..3)."""
    w = (wording or Words)(rng, NAMES, paraphrase)
    n = w.name
    he = "she" if rng.random() < 0.5 else "he"
    rules: list[Callable[[dict[int, bool]], bool]] = []
    sentences: list[str] = []

    def add_rule(p: int, q: int) -> None:
        sentences.append(w.rule(p, q, generic))
        rules.append(lambda v, p=p, q=q: (not v[p]) or v[q])

    def lit(p: int, positive: bool, subject: str = "", future: bool = False) -> str:
        return w.clause(p, positive, subject or n, in_question=True, future=future)

    questions: list[tuple[str, Callable[[dict[int, bool]], bool]]] = []
    if kind == "modus ponens":
        add_rule(0, 1)
        sentences.append(w.fact(0, True))
        rules.append(lambda v: v[0])
        for positive in (True, False):
            questions.append((w.ask(lit(1, positive, he, future=True), rng),
                              lambda v, s=positive: v[1] == s))
    elif kind == "modus tollens":
        add_rule(0, 1)
        sentences.append(w.fact(1, False))
        rules.append(lambda v: not v[1])
        for positive in (True, False):
            questions.append((w.ask(lit(0, positive, rng.choice([n, n.lower(), he])), rng),
                              lambda v, s=positive: v[0] == s))
    elif kind == "hypothetical syllogism":
        add_rule(0, 1)
        add_rule(1, 2)
        for a, b in ((True, True), (False, False), (True, False), (False, True)):
            questions.append((f"If {lit(0, a, rng.choice([n, n.lower()]))}, "
                              f"{w.asking()} that "
                              f"{lit(2, b, he, future=True)}?",
                              lambda v, a=a, b=b: (v[0] != a) or (v[2] == b)))
    elif kind == "disjunctive syllogism":
        first, second = rng.sample(NAMES, 2)
        sentences.append(_either(w.clause(0, True, first), w.clause(1, True, second), rng))
        sentences.append(rng.choice(["", "However, ", "We do know that "]) + f"{w.clause(0, False, first)}.")
        rules.append(lambda v: v[0] or v[1])
        rules.append(lambda v: not v[0])
        for positive in (True, False):
            questions.append((w.ask(w.clause(1, positive, rng.choice([second, second.lower()]), in_question=True), rng),
                              lambda v, s=positive: v[1] == s))
    elif kind in ("constructive dilemma", "destructive dilemma", "bidirectional dilemma"):
        add_rule(0, 1)
        add_rule(2, 3)
        if kind == "constructive dilemma":
            sentences.append(_either(w.clause(0, True, n), w.clause(2, True, he), rng))
            rules.append(lambda v: v[0] or v[2])
            atoms, signs = (1, 3), (True, True)
        elif kind == "destructive dilemma":
            sentences.append(_either(w.clause(1, False, n), w.clause(3, False, he), rng))
            rules.append(lambda v: (not v[1]) or (not v[3]))
            atoms, signs = (0, 2), (False, False)
        else:
            sentences.append(_either(w.clause(0, True, n), w.clause(3, False, he), rng))
            rules.append(lambda v: v[0] or (not v[3]))
            atoms, signs = (1, 2), (True, False)
        del signs
        for a, b in itertools.product((True, False), repeat=2):
            questions.append((_at_least(lit(atoms[0], a, he), lit(atoms[1], b, he)),
                              lambda v, a=a, b=b, atoms=atoms: v[atoms[0]] == a or v[atoms[1]] == b))
    elif kind == "material implication":
        add_rule(0, 1)
        for a, b in itertools.product((True, False), repeat=2):
            questions.append((_at_least(lit(0, a, he), lit(1, b, he, future=True)),
                              lambda v, a=a, b=b: v[0] == a or v[1] == b))
    else:
        raise ValueError(kind)
    if rng.random() < 0.4:
        sentences.insert(rng.randrange(len(sentences) + 1), w.distractor())
    context = " ".join(s[0].upper() + s[1:] for s in sentences)
    return [Item(kind, context, q, _truth(f, rules)) for q, f in questions]


def default_with_exception(rng: random.Random) -> list[Item]:
    """ "A and B are Cs. Cs usually P. A is an exception." B does P; A is not known to."""
    first, second = rng.sample(NAMES, 2)
    group, (base, third) = rng.choice([("neighbors", ("share tools", "shares tools")),
                                       ("teammates", ("train together", "trains together")),
                                       ("musicians", ("practice daily", "practices daily")),
                                       ("gardeners", ("wake up early", "wakes up early"))])
    hedge = rng.choice(["usually", "typically", "normally", "generally"])
    context = (f"{first} and {second} are {group}. {group.capitalize()} {hedge} {base}. "
               f"However, {first} is an exception.")
    return [Item("default", context, f"Does this mean that {second} {third}?", "yes"),
            Item("default", context, f"Does this mean that {second} does not {base}?", "no")]


def priority(rng: random.Random) -> list[Item]:
    """Two people say opposite things; the more reliable one's claim holds."""
    first, second = rng.sample(NAMES, 2)
    claim, negated = rng.choice([("the keys are in the car", "the keys are not in the car"),
                                 ("the shop is open", "the shop is not open"),
                                 ("the train has left", "the train has not left")])
    verb_a, verb_b = rng.choice([("insisted", "claimed"), ("was sure", "was convinced"), ("said", "argued")])
    context = f"{first} {verb_a} that {claim}, while {second} {verb_b} that {negated}."
    items = []
    for stronger, answer_claim in ((True, "yes"), (False, "no")):
        condition = f"If {first.lower()}'s evidence is {'more' if stronger else 'less'} reliable than " \
                    f"{second.lower()}'s"
        items.append(Item("priority", context, f"{condition}, does this imply that {claim}?", answer_claim))
        items.append(Item("priority", context, f"{condition}, does this imply that {negated}?",
                          "no" if answer_claim == "yes" else "yes"))
    return items


# Propositions about things and events, each a full clause: [(positive, negative), (paraphrase positive, negative)].
EVENTS: list[list[tuple[str, str]]] = [
    [("it rains", "it does not rain"), ("it is raining", "it is not raining")],
    [("the streets get wet", "the streets do not get wet"), ("the roads become wet", "the roads do not become wet")],
    [("the game is cancelled", "the game is not cancelled"),
     ("the match is called off", "the match is not called off")],
    [("the power goes out", "the power does not go out"), ("there is a blackout", "there is no blackout")],
    [("the food spoils", "the food does not spoil"), ("the food goes bad", "the food does not go bad")],
    [("the store is open", "the store is not open"), ("the shop is open for business",
                                                      "the shop is not open for business")],
    [("the alarm rings", "the alarm does not ring"), ("the alarm goes off", "the alarm does not go off")],
    [("the baby wakes up", "the baby does not wake up"), ("the infant wakes", "the infant does not wake")],
    [("the river floods", "the river does not flood"), ("the river overflows its banks",
                                                        "the river does not overflow its banks")],
    [("the harvest is good", "the harvest is not good"), ("the crops yield well", "the crops do not yield well")],
    [("the bus is late", "the bus is not late"), ("the bus arrives behind schedule",
                                                  "the bus does not arrive behind schedule")],
    [("the meeting is postponed", "the meeting is not postponed"),
     ("the meeting is moved to a later date", "the meeting is not moved to a later date")],
]


def events_classical(rng: random.Random, kind: str, paraphrase: bool) -> list[Item]:
    """A propositional context over four event clauses (no person at all)."""
    chosen = rng.sample(EVENTS, 4)

    def say(p: int, positive: bool, asked: bool = False) -> str:
        wordings = chosen[p]
        pos, neg = wordings[1] if asked and paraphrase else wordings[0]
        return pos if positive else neg

    rules: list[Callable[[dict[int, bool]], bool]] = []
    sentences: list[str] = []

    def add_rule(p: int, q: int) -> None:
        a, b = say(p, True), say(q, True)
        sentences.append(rng.choice([f"If {a}, then {b}.", f"If {a}, {b}.", f"Whenever {a}, {b}.",
                                     f"{b.capitalize()} if {a}.", f"In case {a}, {b}."]))
        rules.append(lambda v, p=p, q=q: (not v[p]) or v[q])

    questions: list[tuple[str, Callable[[dict[int, bool]], bool]]] = []
    if kind == "modus ponens":
        add_rule(0, 1)
        sentences.append(f"{say(0, True)}.")
        rules.append(lambda v: v[0])
        questions = [(_ask(say(1, s, True), rng), lambda v, s=s: v[1] == s) for s in (True, False)]
    elif kind == "modus tollens":
        add_rule(0, 1)
        sentences.append(f"{say(1, False)}.")
        rules.append(lambda v: not v[1])
        questions = [(_ask(say(0, s, True), rng), lambda v, s=s: v[0] == s) for s in (True, False)]
    elif kind == "hypothetical syllogism":
        add_rule(0, 1)
        add_rule(1, 2)
        questions = [(f"If {say(0, a, True)}, does this imply that {say(2, b, True)}?",
                      lambda v, a=a, b=b: v[0] != a or v[2] == b) for a, b in itertools.product((True, False), repeat=2)]
    elif kind == "disjunctive syllogism":
        sentences.append(_either(say(0, True), say(1, True), rng))
        sentences.append(f"{say(0, False)}.")
        rules += [lambda v: v[0] or v[1], lambda v: not v[0]]
        questions = [(_ask(say(1, s, True), rng), lambda v, s=s: v[1] == s) for s in (True, False)]
    else:
        add_rule(0, 1)
        add_rule(2, 3)
        if kind == "constructive dilemma":
            sentences.append(_either(say(0, True), say(2, True), rng))
            rules.append(lambda v: v[0] or v[2])
            atoms = (1, 3)
        elif kind == "destructive dilemma":
            sentences.append(_either(say(1, False), say(3, False), rng))
            rules.append(lambda v: (not v[1]) or (not v[3]))
            atoms = (0, 2)
        else:
            sentences.append(_either(say(0, True), say(3, False), rng))
            rules.append(lambda v: v[0] or (not v[3]))
            atoms = (1, 2)
        questions = [(_at_least(say(atoms[0], a, True), say(atoms[1], b, True)),
                      lambda v, a=a, b=b, atoms=atoms: v[atoms[0]] == a or v[atoms[1]] == b)
                     for a, b in itertools.product((True, False), repeat=2)]
    context = " ".join(s[0].upper() + s[1:] for s in sentences)
    return [Item(kind + " (events)", context, q, _truth(f, rules)) for q, f in questions]


def commutation(rng: random.Random, paraphrase: bool) -> list[Item]:
    """ "A and B" -> "B and A" (and the variants with one side denied)."""
    w = Words(rng, NAMES, paraphrase)
    first, second = rng.sample(NAMES, 2)
    context = f"{w.clause(0, True, first)} and {w.clause(1, True, second)}."
    items = []
    for a, b in itertools.product((True, False), repeat=2):
        asked = f"{w.clause(1, b, second, in_question=True)} and {w.clause(0, a, first, in_question=True)}"
        items.append(Item("commutation", context, _ask(asked, rng), "yes" if a and b else "no"))
    return items


def generic_disjunction(rng: random.Random, paraphrase: bool) -> list[Item]:
    """First-order disjunctive syllogism: "Everyone either A or B. X does not A." -> X B."""
    w = Words(rng, NAMES, paraphrase)
    base_a, third_a, _ = w.wording(0, False)
    base_b, third_b, _ = w.wording(1, False)
    sentence = rng.choice([f"Every student either {third_a} or {third_b}.", f"People either {base_a} or {base_b}.",
                           f"Each person {third_a} or {third_b}, or both."])
    context = f"{sentence} {w.clause(0, False, w.name)}."
    return [Item("generic disjunctive syllogism", context, _ask(w.clause(1, s, w.name, in_question=True), rng),
                 "yes" if s else "no") for s in (True, False)]


CLASSICAL = ["modus ponens", "modus tollens", "hypothetical syllogism", "disjunctive syllogism",
             "constructive dilemma", "destructive dilemma", "bidirectional dilemma", "material implication"]


def generate(seed: int, paraphrase: bool = True) -> list[Item]:
    """One context per kind (classical ones in propositional and first-order dress) and all its questions."""
    rng = random.Random(seed)
    items: list[Item] = []
    for kind in CLASSICAL:
        generic = kind not in ("disjunctive syllogism",) and rng.random() < 0.5
        items.extend(classical(rng, kind, generic, paraphrase))
    for kind in ["modus ponens", "modus tollens", "hypothetical syllogism", "disjunctive syllogism",
                 "constructive dilemma", "destructive dilemma", "bidirectional dilemma"]:
        items.extend(events_classical(rng, kind, paraphrase))
    items.extend(commutation(rng, paraphrase))
    items.extend(generic_disjunction(rng, paraphrase))
    items.extend(default_with_exception(rng))
    items.extend(priority(rng))
    return items


# ---------------------------------------------------------------------------------------------
# Harder wording: near twins, negations spelled many ways, pronouns, rephrased questions, distractors
# ---------------------------------------------------------------------------------------------

# Propositions that share words and differ in meaning ("play the guitar" / "buy a guitar"), so that word roots
# alone would merge them; each with a paraphrase for the question. The last entry of a topic is a distractor:
# a sentence about the same things that states none of the propositions.
TWINS: list[tuple[list[list[tuple[str, str, str]]], str]] = [
    ([
        [("water the plants", "waters the plants", "watering the plants"),
         ("give the plants some water", "gives the plants some water", "giving the plants some water")],
        [("buy new plants", "buys new plants", "buying new plants"),
         ("purchase more plants", "purchases more plants", "purchasing more plants")],
        [("repair the fence", "repairs the fence", "repairing the fence"),
         ("fix the broken fence", "fixes the broken fence", "fixing the broken fence")],
        [("paint the fence", "paints the fence", "painting the fence"),
         ("give the fence a fresh coat of paint", "gives the fence a fresh coat of paint",
          "giving the fence a fresh coat of paint")],
    ], "{n}'s neighbor has a lovely garden behind a white fence."),
    ([
        [("cook pasta", "cooks pasta", "cooking pasta"),
         ("make a pasta dish", "makes a pasta dish", "making a pasta dish")],
        [("order a pizza", "orders a pizza", "ordering a pizza"),
         ("get a pizza delivered", "gets a pizza delivered", "getting a pizza delivered")],
        [("bake bread", "bakes bread", "baking bread"),
         ("make homemade bread", "makes homemade bread", "making homemade bread")],
        [("buy bread at the store", "buys bread at the store", "buying bread at the store"),
         ("pick up a loaf at the shop", "picks up a loaf at the shop", "picking up a loaf at the shop")],
    ], "{n}'s cousin runs a small bakery that also sells pizza and pasta."),
    ([
        [("visit the library", "visits the library", "visiting the library"),
         ("go to the library", "goes to the library", "going to the library")],
        [("work at the bookstore", "works at the bookstore", "working at the bookstore"),
         ("have a job at the bookshop", "has a job at the bookshop", "having a job at the bookshop")],
        [("read a novel", "reads a novel", "reading a novel"),
         ("read a work of fiction", "reads a work of fiction", "reading a work of fiction")],
        [("write a novel", "writes a novel", "writing a novel"),
         ("author a book of fiction", "authors a book of fiction", "authoring a book of fiction")],
    ], "{n}'s aunt is a librarian who loves novels."),
    ([
        [("play the guitar", "plays the guitar", "playing the guitar"),
         ("strum a guitar", "strums a guitar", "strumming a guitar")],
        [("buy a violin", "buys a violin", "buying a violin"),
         ("purchase a violin", "purchases a violin", "purchasing a violin")],
        [("sing in a choir", "sings in a choir", "singing in a choir"),
         ("join a choir as a singer", "joins a choir as a singer", "joining a choir as a singer")],
        [("listen to the orchestra", "listens to the orchestra", "listening to the orchestra"),
         ("hear the orchestra perform", "hears the orchestra perform", "hearing the orchestra perform")],
    ], "{n}'s brother owns an old guitar and a violin that nobody plays."),
]


class VariedWords(Words):
    """Words with the harder variety: near-twin propositions, negation as "never" / "fails to" / "is unable to" /
    "refrains from", "is going to", lower-case names and pronouns, more ways to ask, and distractor sentences."""

    def __init__(self, rng: random.Random, names: list[str], paraphrase: bool):
        super().__init__(rng, names, paraphrase)
        topic, self.twin_distractor = rng.choice(TWINS)
        if rng.random() < 0.7:
            self.bank = topic
            self.props = rng.sample(range(len(topic)), 4)

    def clause(self, p: int, positive: bool, subject: str, in_question: bool = False, future: bool = False) -> str:
        base, third, ing = self.wording(p, in_question)
        pick = self.rng.choice
        if positive:
            if future:
                return pick([f"{subject} will {base}", f"{subject} is going to {base}"])
            return f"{subject} {third}"
        if future:
            return pick([f"{subject} will not {base}", f"{subject} won't {base}", f"{subject} is not going to {base}",
                         f"{subject} will never {base}"])
        if in_question:
            return pick([f"{subject} does not {base}", f"{subject} doesn't {base}"])
        return pick([f"{subject} does not {base}", f"{subject} never {third}", f"{subject} fails to {base}",
                     f"{subject} is unable to {base}", f"{subject} refrains from {ing}", f"{subject} doesn't {base}"])

    def rule(self, p: int, q: int, generic: bool) -> str:
        if not generic:
            return super().rule(p, q, generic)
        base_p, third_p, _ = self.wording(p, False)
        base_q, third_q, ing_q = self.wording(q, False)
        return self.rng.choice([
            f"If someone {third_p}, they will {base_q}.", f"An individual who {third_p} will {base_q}.",
            f"Whoever {third_p} is going to {base_q}.", f"If a person {third_p}, then that person {third_q}.",
            f"Anybody who {third_p} ends up {ing_q}.",
            f"When a person {third_p}, they {base_q} as well."])

    def asking(self) -> str:
        return self.rng.choice(["does this imply", "does this entail", "does this mean", "does this conclude",
                                "does the context imply", "would this mean"])

    def ask(self, statement: str, rng: random.Random) -> str:
        asking = self.asking()
        opening = rng.choice(["", "Based on the context, ", "Given this, "]) if "this" in asking else ""
        asked = f"{opening}{asking} that {statement}?"
        return asked[0].upper() + asked[1:]

    def distractor(self) -> str:
        return self.twin_distractor.format(n=self.name)


# Defaults over a class named two ways: (members as said of two people, the class in the rule, the property in
# the rule (base, third person), the property in the question (base, third person)).
CLASS_DEFAULTS = [
    ("are both nurses", "nurses", ("work night shifts", "works night shifts"), ("work at night", "works at night")),
    ("are keen cyclists", "people who cycle a lot", ("wear a helmet", "wears a helmet"),
     ("put on a helmet", "puts on a helmet")),
    ("are early risers", "people who get up early", ("eat breakfast", "eats breakfast"),
     ("have a morning meal", "has a morning meal")),
    ("are both gardeners", "gardeners", ("grow vegetables", "grows vegetables"),
     ("raise vegetables", "raises vegetables")),
    ("are members of the chess club", "chess club members", ("play on weekends", "plays on weekends"),
     ("play chess on weekends", "plays chess on weekends")),
]


def default_varied(rng: random.Random) -> list[Item]:
    """ "A and B are Ns. Ns usually P. A is an exception." in varied words: B does P (asked in other words), and
    nothing follows about A either way (an exception is only not known to)."""
    first, second = rng.sample(NAMES, 2)
    members, kind, (base, _third), (q_base, q_third) = rng.choice(CLASS_DEFAULTS)
    hedge = rng.choice(["Usually, ", "Typically, ", "In general, ", "", ""])
    rule = f"{hedge}{kind} {rng.choice(['usually ', 'tend to ', 'normally ', ''])}{base}" if hedge == "" else \
        f"{hedge}{kind} {base}"
    exception = rng.choice([f"However, {first} is an exception.",
                            f"There seems to be an exception in the case of {first}.",
                            f"{first}, however, is the exception to this rule."])
    context = f"{first} and {second} {members}. {rule[0].upper() + rule[1:]}. {exception}"
    name = rng.choice([second, second.lower()])
    not_form = rng.choice([f"does not {q_base}", f"doesn't {q_base}"])
    return [Item("default (varied)", context, _ask(f"{name} {q_third}", rng), "yes"),
            Item("default (varied)", context, _ask(f"{name} {not_form}", rng), "no"),
            Item("default (varied)", context, _ask(f"{first} {q_third}", rng), "no"),
            Item("default (varied)", context, _ask(f"{first} {not_form}", rng), "no")]


def generate_varied(seed: int) -> list[Item]:
    """The classical kinds in the harder wording (first-order dress half the time), and defaults over a class named
    two ways; every question paraphrases the context."""
    rng = random.Random(10_000 + seed)
    items: list[Item] = []
    for kind in CLASSICAL:
        generic = kind not in ("disjunctive syllogism",) and rng.random() < 0.5
        items.extend(Item(item.kind + " (varied)", item.context, item.question, item.answer)
                     for item in classical(rng, kind, generic, True, wording=VariedWords))
    items.extend(default_varied(rng))
    return items


# ---------------------------------------------------------------------------------------------
# Defaults with exceptions, in fresh wordings (non-monotonic "yes" items), checked by brute force
# ---------------------------------------------------------------------------------------------

# Groups of things that by default have a property: (the group's plural, the property as (base, third person) in
# the context, the same property in other words for the question (base, third person)).
DEFAULT_GROUPS = [
    ("the students in the drama club", ("rehearse after school", "rehearses after school"),
     ("practice after classes", "practices after classes")),
    ("the volunteers at the shelter", ("walk the dogs", "walks the dogs"),
     ("take the dogs for walks", "takes the dogs for walks")),
    ("the cooks in this kitchen", ("taste every sauce", "tastes every sauce"),
     ("sample each sauce", "samples each sauce")),
    ("the drivers at the depot", ("check the tires", "checks the tires"),
     ("inspect the tyres", "inspects the tyres")),
    ("the farmers in the valley", ("grow barley", "grows barley"), ("cultivate barley", "cultivates barley")),
    ("the librarians here", ("answer questions", "answers questions"),
     ("respond to questions", "responds to questions")),
]
FRESH_NAMES = ["Anika", "Rafael", "Siobhan", "Tariq", "Mirela", "Jonah", "Aiko", "Dmitri", "Fatima", "Lucien",
               "Greta", "Emeka"]
HEDGES = ["usually", "typically", "normally", "generally", "as a rule,", "tend to"]


def _preferred_answer(members: int, facts: list[Callable[[tuple[bool, ...]], bool]],
                      goal: Callable[[tuple[bool, ...]], bool]) -> str:
    """Brute force over who has the property: the preferred worlds satisfy the facts and leave a minimal set (by
    inclusion) of members without the property (each member has it by default); "yes" when the goal holds in every
    preferred world."""
    worlds = [w for w in itertools.product((False, True), repeat=members) if all(f(w) for f in facts)]
    assert worlds, "the generated context must be consistent"
    lacking = {w: frozenset(k for k, has in enumerate(w) if not has) for w in worlds}
    preferred = [w for w in worlds if not any(lacking[v] < lacking[w] for v in worlds)]
    return "yes" if all(goal(w) for w in preferred) else "no"


def _hedged(group: str, base: str, rng: random.Random) -> str:
    hedge = rng.choice(HEDGES)
    if hedge == "as a rule,":
        return f"As a rule, {group} {base}."
    return f"{group[0].upper() + group[1:]} {hedge} {base}."


def default_named_exception(rng: random.Random) -> list[Item]:
    """ "Group members usually P. A, B and C are members. B does not P." A and C do P; B does not."""
    group, (base, _third), (q_base, q_third) = rng.choice(DEFAULT_GROUPS)
    a, b, c = rng.sample(FRESH_NAMES, 3)
    member_of = rng.choice([f"{a}, {b} and {c} are among {group}.", f"{a}, {b}, and {c} belong to {group}.",
                            f"Among {group} are {a}, {b} and {c}."])
    exception = rng.choice([f"{b}, however, does not {base}.", f"But {b} doesn't {base}.",
                            f"{b} is the exception: {b} never {_third_of(base)}."])
    context = f"{_hedged(group, base, rng)} {member_of} {exception}"
    facts = [lambda w: not w[1]]
    questions = [(f"{a} {q_third}", lambda w: w[0]), (f"{c} {q_third}", lambda w: w[2]),
                 (f"{a} and {c} both {q_base}", lambda w: w[0] and w[2]),
                 (f"{b} {q_third}", lambda w: w[1]), (f"{a} does not {q_base}", lambda w: not w[0])]
    return [Item("default named exception", context, _ask(q, rng), _preferred_answer(3, facts, f))
            for q, f in questions]


def _third_of(base: str) -> str:
    verb, _, rest = base.partition(" ")
    third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")
    return f"{third} {rest}".strip()


def default_one_of_two_exceptions(rng: random.Random) -> list[Item]:
    """ "A, B and C usually P; exactly one of A and B does not." C does P, and exactly one of A or B does not."""
    group, (base, _third), (q_base, q_third) = rng.choice(DEFAULT_GROUPS)
    a, b, c = rng.sample(FRESH_NAMES, 3)
    context = (f"{a}, {b} and {c} are {group.removeprefix('the ')}. {_hedged(group, base, rng)} "
               + rng.choice([f"However, either {a} or {b} does not {base}, but not both.",
                             f"Yet exactly one of {a} and {b} does not {base}.",
                             f"One of {a} and {b}, and only one, fails to {base}."]))
    facts = [lambda w: (not w[0]) != (not w[1])]
    questions = [(f"{c} {q_third} and exactly one of {a} or {b} does not {q_base}",
                  lambda w: w[2] and (not w[0]) != (not w[1])),
                 (f"{c} does not {q_base} and exactly one of {a} or {b} does not {q_base}",
                  lambda w: not w[2] and (not w[0]) != (not w[1])),
                 (f"{c} {q_third} and both {a} and {b} {q_base}", lambda w: w[0] and w[1] and w[2])]
    return [Item("default one of two exceptions", context, _ask(q, rng), _preferred_answer(3, facts, f))
            for q, f in questions]


def generate_defaults(seed: int) -> list[Item]:
    """Default reasoning with named exceptions in fresh wordings, answers by brute force over preferred worlds."""
    rng = random.Random(20_000 + seed)
    items: list[Item] = []
    for _ in range(3):
        items.extend(default_named_exception(rng))
        items.extend(default_one_of_two_exceptions(rng))
    return items


# ---------------------------------------------------------------------------------------------
# Non-monotonic kinds in fresh wordings (written before the round that reads them): every LogicBench
# non-monotonic axiom, "yes" items included, answers by brute force over preferred worlds
# ---------------------------------------------------------------------------------------------

NM_NAMES = ["Hollis", "Zainab", "Paolo", "Ines", "Callum", "Wren", "Bashir", "Leilani", "Tobias", "Margit", "Nnamdi",
            "Soraya", "Viktor", "Amara", "Desmond", "Yusuf"]
# (plural, singular, property in the context (base, third person), the property in other words (base, third person))
NM_CLASSES = [
    ("beekeepers", "beekeeper", ("wear a veil", "wears a veil"), ("put on a protective veil", "puts on a protective veil")),
    ("pilots", "pilot", ("check the weather", "checks the weather"), ("look at the forecast", "looks at the forecast")),
    ("bakers", "baker", ("start work before dawn", "starts work before dawn"),
     ("begin working before sunrise", "begins working before sunrise")),
    ("owls", "owl", ("hunt at night", "hunts at night"), ("look for prey after dark", "looks for prey after dark")),
    ("sheepdogs", "sheepdog", ("herd sheep", "herds sheep"), ("round up the flock", "rounds up the flock")),
    ("swimmers", "swimmer", ("train in the morning", "trains in the morning"),
     ("practice early in the day", "practices early in the day")),
    ("postal workers", "postal worker", ("walk long distances", "walks long distances"),
     ("cover many miles on foot", "covers many miles on foot")),
    ("parrots", "parrot", ("mimic sounds", "mimics sounds"), ("imitate noises", "imitates noises")),
]
# a second property of the same class, for two defaults about one class
NM_SECOND = [("enjoy their job", "enjoys their job", "is happy at work", "is not happy at work"),
             ("wake up early", "wakes up early", "gets up early", "does not get up early"),
             ("keep a diary", "keeps a diary", "writes in a journal", "does not write in a journal")]
NM_DEFAULT_FORMS = ["{P} usually {base}.", "{P} typically {base}.", "Most {p} {base}.", "As a rule, {p} {base}.",
                    "{P} tend to {base}.", "In general, {p} {base}.", "{P} normally {base}.",
                    "It is common for {p} to {base}."]
# (claim, its denial, the claim as asked in the present tense, its denial asked)
NM_CLAIMS = [
    ("the keys were in the kitchen", "the keys were not in the kitchen", "the keys are in the kitchen",
     "the keys are not in the kitchen"),
    ("the bakery opens at eight", "the bakery does not open at eight", "the bakery opens at eight",
     "the bakery doesn't open at eight"),
    ("the concert was cancelled", "the concert was not cancelled", "the concert was cancelled",
     "the concert wasn't cancelled"),
    ("the bridge is closed", "the bridge is not closed", "the bridge is closed", "the bridge isn't closed"),
    ("it will snow tomorrow", "it will not snow tomorrow", "it will snow tomorrow", "it won't snow tomorrow"),
    ("the painting is a forgery", "the painting is not a forgery", "the painting is a forgery",
     "the painting is not a forgery"),
]
NM_SAYS = ["{n} swore that {c}", "{n} was adamant that {c}", "{n} firmly believed that {c}", "{n} told us that {c}",
           "{n} was positive that {c}", "{n} maintained that {c}", "{n} was certain {c}", "according to {n}, {c}",
           "{n} thought that {c}", "{n} kept saying that {c}"]


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def _nm_default(p: str, base: str, rng: random.Random) -> str:
    sentence = rng.choice(NM_DEFAULT_FORMS).format(P=p[0].upper() + p[1:], p=p, base=base)
    return sentence


def _nm_ask(statement: str, rng: random.Random) -> str:
    asking = rng.choice(["Does this mean", "Does this imply", "Does this entail", "does this mean", "does this imply"])
    return f"{asking} that {statement}?"


def _not(base: str, rng: random.Random) -> str:
    return rng.choice(["does not", "doesn't"]) + " " + base


def nm_default(rng: random.Random) -> list[Item]:
    """default_reasoning_default: "A and B are Ps. Ps usually Q. A is an exception." B Qs; nothing about A."""
    plural, _singular, (base, third), (q_base, q_third) = rng.choice(NM_CLASSES)
    a, b = rng.sample(NM_NAMES, 2)
    member = rng.choice([f"{a} and {b} are {plural}.", f"{a} and {b} are both {plural}.",
                         f"{a} and {b} are two {plural} who live in the same town."])
    exception = rng.choice([f"However, {a} is an exception.", f"{a}, however, is the exception.",
                            f"But there is an exception in the case of {a}."])
    context = f"{member} {_nm_default(plural, base, rng)} {exception}"
    asked = (q_base, q_third) if rng.random() < 0.5 else (base, third)
    facts: list[Callable[[tuple[bool, ...]], bool]] = []
    questions = [(f"{rng.choice([b, b.lower()])} {asked[1]}", lambda w: w[1]),
                 (f"{rng.choice([b, b.lower()])} {_not(asked[0], rng)}", lambda w: not w[1])]
    # A is an exception: the default does not reach A, so A is unconstrained (modelled as not a member)
    return [Item("nm default", context, _nm_ask(q, rng), _preferred_answer_except(2, {0}, facts, f))
            for q, f in questions]


def _preferred_answer_except(members: int, exempt: set[int], facts: list[Callable[[tuple[bool, ...]], bool]],
                             goal: Callable[[tuple[bool, ...]], bool]) -> str:
    """As `_preferred_answer`, with the members in `exempt` outside the default (their property is left open)."""
    worlds = [w for w in itertools.product((False, True), repeat=members) if all(f(w) for f in facts)]
    assert worlds
    lacking = {w: frozenset(k for k, has in enumerate(w) if not has and k not in exempt) for w in worlds}
    preferred = [w for w in worlds if not any(lacking[v] < lacking[w] for v in worlds)]
    return "yes" if all(goal(w) for w in preferred) else "no"


def nm_irrelevant(rng: random.Random) -> list[Item]:
    """default_reasoning_irr: "A and B are Ps. Ps usually Q. A does not Q. A <irrelevant fact>." B Qs."""
    plural, _singular, (base, third), (q_base, q_third) = rng.choice(NM_CLASSES)
    a, b = rng.sample(NM_NAMES, 2)
    irrelevant = rng.choice([f"{a} has red hair.", f"{a} lives near the river.", f"{b} owns a blue bicycle.",
                             f"{a} is left-handed."])
    exception = rng.choice([f"{a} does not {base}.", f"{a} never {third}.", f"However, {a} doesn't {base}."])
    sentences = [f"{a} and {b} are {plural}.", _nm_default(plural, base, rng), exception, irrelevant]
    context = " ".join(sentences)
    facts = [lambda w: not w[0]]
    asked = (q_base, q_third) if rng.random() < 0.5 else (base, third)
    questions = [(f"{b} {asked[1]}", lambda w: w[1]), (f"{b} {_not(asked[0], rng)}", lambda w: not w[1]),
                 (f"{a} {asked[1]}", lambda w: w[0])]
    return [Item("nm irrelevant", context, _nm_ask(q, rng), _preferred_answer(2, facts, f)) for q, f in questions]


def nm_several(rng: random.Random) -> list[Item]:
    """default_reasoning_several: two defaults about one class, each failing for a different member."""
    plural, _singular, (base, third), _ = rng.choice(NM_CLASSES)
    base2, third2, q2, q2_not = rng.choice(NM_SECOND)
    a, b = rng.sample(NM_NAMES, 2)
    context = (f"{a} and {b} are {plural}. {_nm_default(plural, base, rng)} {_nm_default(plural, base2, rng)} "
               f"{a} {_not(base, rng)}. {b} {q2_not}.")
    # atoms: 0 a-base, 1 b-base, 2 a-second, 3 b-second; defaults make each true unless a fact says otherwise
    facts = [lambda w: not w[0], lambda w: not w[3]]
    questions = [(f"{a} {q2} and {b} {third}", lambda w: w[2] and w[1]),
                 (f"{a} {q2_not} and {b} {third}", lambda w: not w[2] and w[1]),
                 (f"{a} {q2} and {b} {_not(base, rng)}", lambda w: w[2] and not w[1]),
                 (f"{a} {third}", lambda w: w[0])]
    return [Item("nm several", context, _nm_ask(q, rng), _preferred_answer(4, facts, f)) for q, f in questions]


def nm_open(rng: random.Random) -> list[Item]:
    """default_reasoning_open: "Ps Q. A is a P. A does not Q." All other Ps than A Q (by default)."""
    plural, singular, (base, third), (q_base, _q_third) = rng.choice(NM_CLASSES)
    a = rng.choice(NM_NAMES)
    member = rng.choice([f"{a} is {_a(singular)}.", f"{a} works as {_a(singular)}." if "worker" in singular or
                         singular in ("pilot", "baker", "beekeeper") else f"{a} is {_a(singular)}."])
    context = f"{_nm_default(plural, base, rng)} {member} {rng.choice(['However, ', 'But ', ''])}{a} {_not(base, rng)}."
    # members: A and two other Ps; "all other Ps than A" holds when both others have the property
    facts = [lambda w: not w[0]]
    asked = q_base if rng.random() < 0.5 else base
    questions = [(f"all other {plural} than {a} {asked}", lambda w: w[1] and w[2]),
                 (f"all other {plural} than {a} {rng.choice(['do not', 'don'+chr(39)+'t'])} {asked}",
                  lambda w: not w[1] and not w[2])]
    return [Item("nm open", context, _nm_ask(q, rng), _preferred_answer(3, facts, f)) for q, f in questions]


def nm_exactly_one(rng: random.Random) -> list[Item]:
    """reasoning_about_exceptions_2: "Ps usually Q; A, a P, does not." Exactly one P does not Q."""
    plural, singular, (base, third), _ = rng.choice(NM_CLASSES)
    a = rng.choice(NM_NAMES)
    context = rng.choice([
        f"{_nm_default(plural, base, rng)} There is one {singular} named {a} who does not {base}.",
        f"In a town full of {plural}, most of them {base}. One {singular}, called {a}, never does.",
        f"{_nm_default(plural, base, rng)} {a} is {_a(singular)}, but {a} {_not(base, rng)}."])
    # members: A and two other Ps; preferred worlds: only A lacks the property
    facts = [lambda w: not w[0]]
    questions = [(f"exactly one {singular} {_not(base, rng)}", lambda w: sum(not x for x in w) == 1),
                 (f"exactly one {singular} {third}", lambda w: sum(w) == 1)]
    return [Item("nm exactly one", context, _nm_ask(q, rng), _preferred_answer(3, facts, f)) for q, f in questions]


def nm_exception_kept(rng: random.Random) -> list[Item]:
    """reasoning_about_exceptions_3: "Ps usually Q. One P does not." Ps usually Q still; a named member Qs (an
    exception that is not named is taken to be another individual than those named, as LogicBench does)."""
    plural, singular, (base, third), _ = rng.choice(NM_CLASSES)
    a = rng.choice(NM_NAMES)
    context = (f"{a} is {_a(singular)}. {_nm_default(plural, base, rng)} "
               + rng.choice([f"However, there is one {singular} that does not {base}.",
                             f"Yet a certain {singular} never does.",
                             f"One unusual {singular}, however, {_not(base, rng)}."]))
    # the unnamed exception is someone other than A (a different individual): A keeps the default
    questions = [(f"{a} {third}", "yes"), (f"{a} {_not(base, rng)}", "no"),
                 (f"{plural} usually {base}", "yes"), (f"{plural} usually do not {base}", "no")]
    return [Item("nm exception kept", context, _nm_ask(q, rng), answer) for q, answer in questions]


def nm_priority(rng: random.Random) -> list[Item]:
    """reasoning_about_priority in many wordings: two people say opposite things; the more reliable one wins."""
    a, b = rng.sample(NM_NAMES, 2)
    claim, denial, asked_claim, asked_denial = rng.choice(NM_CLAIMS)
    says_a, says_b = rng.sample(NM_SAYS, 2)
    first = says_a.format(n=a, c=claim)
    second = says_b.format(n=b, c=denial)
    joined = rng.choice([f"{first}, while {second}.", f"{first}, whereas {second}.", f"{first}. {second}.",
                         f"{first}, but {second}."])
    opening = rng.choice(["", f"{a} and {b} disagreed about something. ", f"{a} and {b} had an argument. "])
    context = opening + joined[0].upper() + joined[1:]
    evidence = rng.choice(["evidence", "claim", "account", "testimony"])
    reliable = rng.choice(["reliable", "trustworthy", "credible"])
    items = []
    for more in (True, False):
        condition = f"If {a.lower()}'s {evidence} is {'more' if more else 'less'} {reliable} than {b.lower()}'s"
        holds = more  # the claim holds when A is the more reliable
        for statement, says_claim in ((asked_claim, True), (asked_denial, False)):
            answer = "yes" if holds == says_claim else "no"
            asking = rng.choice(["does this imply", "does this mean", "does this entail"])
            items.append(Item("nm priority", context, f"{condition}, {asking} that {statement}?", answer))
    return items


NM_KINDS = [nm_default, nm_irrelevant, nm_several, nm_open, nm_exactly_one, nm_exception_kept, nm_priority]


def generate_nonmonotonic(seed: int) -> list[Item]:
    """Every non-monotonic kind once, in fresh wordings (names, classes, report verbs, default phrasings)."""
    rng = random.Random(30_000 + seed)
    return [item for kind in NM_KINDS for item in kind(rng)]


# ---------------------------------------------------------------------------------------------
# A default about a class named in other words than its members' sentence (written before the round that
# reads them): "Ann and Bo are physicians. Doctors usually ..." -- synonyms a careful reader accepts
# ---------------------------------------------------------------------------------------------

# (how the members are said to belong, after "A and B are" / "are both", how the default names the class)
CLASS_WORDINGS = [
    ("physicians", "doctors"), ("pupils", "students"), ("attorneys", "lawyers"), ("chefs", "professional cooks"),
    ("cyclists", "people who ride bicycles"), ("sailors", "seafarers"), ("teenagers", "adolescents"),
    ("police officers", "members of the police"), ("carpenters", "woodworkers"), ("very tall", "tall people"),
    ("of a slim build", "slender people"), ("keen gardeners", "people who love gardening"),
    ("avid readers", "book lovers"), ("farmers", "people who work on farms"), ("runners", "people who jog"),
    ("strong", "people with great strength"), ("vegetarians", "people on a vegetarian diet"),
    ("musicians", "people who play music"),
]
# (property in the context (base, third), in other words for the question (base, third))
CLASS_PROPERTIES = [
    (("wake up early", "wakes up early"), ("get up early", "gets up early")),
    (("keep a diary", "keeps a diary"), ("write in a journal", "writes in a journal")),
    (("drink coffee", "drinks coffee"), ("have coffee", "has coffee")),
    (("read the news", "reads the news"), ("follow the news", "follows the news")),
    (("own a dog", "owns a dog"), ("have a dog", "has a dog")),
    (("go hiking", "goes hiking"), ("hike", "hikes")),
]


def _members(a: str, b: str, wording: str, rng: random.Random) -> str:
    return rng.choice([f"{a} and {b} are {wording}.", f"{a} and {b} are both {wording}."])


def class_words_default(rng: random.Random) -> list[Item]:
    """default_reasoning_default with the class in other words: the non-exception member takes the default."""
    wording, named = rng.choice(CLASS_WORDINGS)
    (base, _third), (q_base, q_third) = rng.choice(CLASS_PROPERTIES)
    a, b = rng.sample(NM_NAMES, 2)
    exception = rng.choice([f"However, {a} is an exception.", f"{a}, however, is the exception.",
                            f"But there is an exception in the case of {a}."])
    context = f"{_members(a, b, wording, rng)} {_nm_default(named, base, rng)} {exception}"
    questions = [(f"{b} {q_third}", lambda w: w[1]), (f"{b} {_not(q_base, rng)}", lambda w: not w[1])]
    return [Item("class words default", context, _nm_ask(q, rng), _preferred_answer_except(2, {0}, [], f))
            for q, f in questions]


def class_words_irrelevant(rng: random.Random) -> list[Item]:
    """default_reasoning_irr with the class in other words: one member fails the default, the other keeps it."""
    wording, named = rng.choice(CLASS_WORDINGS)
    (base, third), (q_base, q_third) = rng.choice(CLASS_PROPERTIES)
    a, b = rng.sample(NM_NAMES, 2)
    irrelevant = rng.choice([f"{a} has red hair.", f"{a} lives near the river.", f"{a} is left-handed."])
    exception = rng.choice([f"{a} does not {base}.", f"However, {a} doesn't {base}."])
    context = " ".join([_members(a, b, wording, rng), _nm_default(named, base, rng), exception, irrelevant])
    facts = [lambda w: not w[0]]
    questions = [(f"{b} {q_third}", lambda w: w[1]), (f"{b} {_not(q_base, rng)}", lambda w: not w[1]),
                 (f"{a} {third}", lambda w: w[0])]
    return [Item("class words irrelevant", context, _nm_ask(q, rng), _preferred_answer(2, facts, f))
            for q, f in questions]


def class_words_several(rng: random.Random) -> list[Item]:
    """default_reasoning_several with the class in other words: two defaults, each failing for another member."""
    wording, named = rng.choice(CLASS_WORDINGS)
    first, second = rng.sample(CLASS_PROPERTIES, 2)
    (base, third), _ = first
    (base2, _third2), (q2, q2_third) = second
    a, b = rng.sample(NM_NAMES, 2)
    context = (f"{_members(a, b, wording, rng)} {_nm_default(named, base, rng)} {_nm_default(named, base2, rng)} "
               f"{a} {_not(base, rng)}. {b} {_not(base2, rng)}.")
    # atoms: 0 a-first, 1 b-first, 2 a-second, 3 b-second
    facts = [lambda w: not w[0], lambda w: not w[3]]
    questions = [(f"{a} {q2_third} and {b} {third}", lambda w: w[2] and w[1]),
                 (f"{a} {_not(q2, rng)} and {b} {third}", lambda w: not w[2] and w[1]),
                 (f"{a} {q2_third} and {b} {_not(base, rng)}", lambda w: w[2] and not w[1])]
    return [Item("class words several", context, _nm_ask(q, rng), _preferred_answer(4, facts, f))
            for q, f in questions]


def generate_class_words(seed: int) -> list[Item]:
    """Defaults about a class named in other words than the membership sentence, fresh names and properties."""
    rng = random.Random(40_000 + seed)
    return [item for kind in (class_words_default, class_words_irrelevant, class_words_several) for _ in range(2)
            for item in kind(rng)]


# ---------------------------------------------------------------------------------------------
# Verb forms and tenses (written before the round that reads them): a rule in one form of its verbs, the facts
# and the question in others ("If someone studies hard, they pass." / "Ann studied hard." / "Did she pass?"),
# a subject as a name, a pronoun or a noun phrase, synonyms of our own, a distractor rule that shares words with
# a proposition, and two propositions the text itself calls opposites; answers by truth tables (tense is not
# meaning here: one proposition per person, as the dataset reads it)
# ---------------------------------------------------------------------------------------------

# A verb phrase's forms: (base, third person, past, past participle, -ing).
Forms = tuple[str, str, str, str, str]
# Topics of propositions, each two wordings (plain, synonym); the last two of a topic share words with the first
# two ("study hard" / "study late") and make the distractor rule.
TENSE_TOPICS: list[list[tuple[Forms, Forms]]] = [
    [  # school
        (("study hard", "studies hard", "studied hard", "studied hard", "studying hard"),
         ("put in long hours of study", "puts in long hours of study", "put in long hours of study",
          "put in long hours of study", "putting in long hours of study")),
        (("pass the exam", "passes the exam", "passed the exam", "passed the exam", "passing the exam"),
         ("get through the exam", "gets through the exam", "got through the exam", "gotten through the exam",
          "getting through the exam")),
        (("win a scholarship", "wins a scholarship", "won a scholarship", "won a scholarship",
          "winning a scholarship"),
         ("earn a scholarship", "earns a scholarship", "earned a scholarship", "earned a scholarship",
          "earning a scholarship")),
        (("skip the lecture", "skips the lecture", "skipped the lecture", "skipped the lecture",
          "skipping the lecture"),
         ("miss the class", "misses the class", "missed the class", "missed the class", "missing the class")),
        (("study late", "studies late", "studied late", "studied late", "studying late"),
         ("stay up studying", "stays up studying", "stayed up studying", "stayed up studying",
          "staying up studying")),
        (("sleep through the exam", "sleeps through the exam", "slept through the exam", "slept through the exam",
          "sleeping through the exam"),
         ("doze off during the exam", "dozes off during the exam", "dozed off during the exam",
          "dozed off during the exam", "dozing off during the exam")),
    ],
    [  # travel
        (("take the early train", "takes the early train", "took the early train", "taken the early train",
          "taking the early train"),
         ("ride the first train", "rides the first train", "rode the first train", "ridden the first train",
          "riding the first train")),
        (("reach the office on time", "reaches the office on time", "reached the office on time",
          "reached the office on time", "reaching the office on time"),
         ("arrive at work punctually", "arrives at work punctually", "arrived at work punctually",
          "arrived at work punctually", "arriving at work punctually")),
        (("buy a ticket", "buys a ticket", "bought a ticket", "bought a ticket", "buying a ticket"),
         ("purchase a fare", "purchases a fare", "purchased a fare", "purchased a fare", "purchasing a fare")),
        (("drive to work", "drives to work", "drove to work", "driven to work", "driving to work"),
         ("commute by car", "commutes by car", "commuted by car", "commuted by car", "commuting by car")),
        (("take the late train", "takes the late train", "took the late train", "taken the late train",
          "taking the late train"),
         ("catch the last train", "catches the last train", "caught the last train", "caught the last train",
          "catching the last train")),
        (("buy a coffee", "buys a coffee", "bought a coffee", "bought a coffee", "buying a coffee"),
         ("get a cup of coffee", "gets a cup of coffee", "got a cup of coffee", "gotten a cup of coffee",
          "getting a cup of coffee")),
    ],
    [  # garden
        (("grow tomatoes", "grows tomatoes", "grew tomatoes", "grown tomatoes", "growing tomatoes"),
         ("raise tomato plants", "raises tomato plants", "raised tomato plants", "raised tomato plants",
          "raising tomato plants")),
        (("make sauce", "makes sauce", "made sauce", "made sauce", "making sauce"),
         ("cook up a sauce", "cooks up a sauce", "cooked up a sauce", "cooked up a sauce", "cooking up a sauce")),
        (("sell vegetables at the market", "sells vegetables at the market", "sold vegetables at the market",
          "sold vegetables at the market", "selling vegetables at the market"),
         ("run a market stall", "runs a market stall", "ran a market stall", "run a market stall",
          "running a market stall")),
        (("dig a pond", "digs a pond", "dug a pond", "dug a pond", "digging a pond"),
         ("build a garden pond", "builds a garden pond", "built a garden pond", "built a garden pond",
          "building a garden pond")),
        (("grow roses", "grows roses", "grew roses", "grown roses", "growing roses"),
         ("cultivate roses", "cultivates roses", "cultivated roses", "cultivated roses", "cultivating roses")),
        (("make compost", "makes compost", "made compost", "made compost", "making compost"),
         ("produce compost", "produces compost", "produced compost", "produced compost", "producing compost")),
    ],
    [  # running
        (("run a marathon", "runs a marathon", "ran a marathon", "run a marathon", "running a marathon"),
         ("complete a marathon", "completes a marathon", "completed a marathon", "completed a marathon",
          "completing a marathon")),
        (("feel sore", "feels sore", "felt sore", "felt sore", "feeling sore"),
         ("have aching muscles", "has aching muscles", "had aching muscles", "had aching muscles",
          "having aching muscles")),
        (("eat a big dinner", "eats a big dinner", "ate a big dinner", "eaten a big dinner", "eating a big dinner"),
         ("have a large evening meal", "has a large evening meal", "had a large evening meal",
          "had a large evening meal", "having a large evening meal")),
        (("sleep for ten hours", "sleeps for ten hours", "slept for ten hours", "slept for ten hours",
          "sleeping for ten hours"),
         ("get ten hours of sleep", "gets ten hours of sleep", "got ten hours of sleep", "gotten ten hours of sleep",
          "getting ten hours of sleep")),
        (("run to the shop", "runs to the shop", "ran to the shop", "run to the shop", "running to the shop"),
         ("jog to the store", "jogs to the store", "jogged to the store", "jogged to the store",
          "jogging to the store")),
        (("feel hungry", "feels hungry", "felt hungry", "felt hungry", "feeling hungry"),
         ("want food", "wants food", "wanted food", "wanted food", "wanting food")),
    ],
]
# (the noun phrase introducing someone, the shorter noun phrase that refers back to them)
TENSE_PEOPLE = [("a new intern named {n}", "the intern"), ("{n}, a retired teacher,", "the teacher"),
                ("my neighbor {n}", "my neighbor"), ("a student called {n}", "the student")]
# a proposition's opposite as a text may declare it ("either passes or fails, but not both"): (base, third, past)
OPPOSITES = {"pass the exam": ("fail the exam", "fails the exam", "failed the exam"),
             "win a scholarship": ("lose the scholarship", "loses the scholarship", "lost the scholarship"),
             "reach the office on time": ("arrive late", "arrives late", "arrived late"),
             "drive to work": ("walk to work", "walks to work", "walked to work"),
             "grow tomatoes": ("buy tomatoes", "buys tomatoes", "bought tomatoes"),
             "sell vegetables at the market": ("keep every vegetable", "keeps every vegetable",
                                               "kept every vegetable"),
             "feel sore": ("feel fine", "feels fine", "felt fine"),
             "eat a big dinner": ("skip dinner", "skips dinner", "skipped dinner")}
TENSE_NAMES = ["Hannah", "Osei", "Ruth", "Kenji", "Alma", "Felix", "Nadia", "Ivo", "Clara", "Samir", "Beatriz", "Lars"]


class Tensed:
    """One context's wordings: four propositions (0..3) plus a distractor pair (4, 5) sharing words with them, one
    person, and the ways to say a literal in each tense."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        topic = rng.choice(TENSE_TOPICS)
        self.props = [topic[k] for k in rng.sample(range(4), 4)] + [topic[4], topic[5]]
        self.name = rng.choice(TENSE_NAMES)
        self.he = rng.choice(["he", "she"])

    def forms(self, p: int, synonym: bool) -> Forms:
        return self.props[p][1 if synonym else 0]

    def said(self, p: int, positive: bool, subject: str, tense: str, synonym: bool = False) -> str:
        """A literal in one of the tenses "present", "past", "perfect", "progressive", "future"."""
        base, third, past, participle, ing = self.forms(p, synonym)
        if tense == "present":
            return f"{subject} {third}" if positive else f"{subject} {self.rng.choice(DOES_NOT)} {base}"
        if tense == "past":
            if positive:
                return f"{subject} {past}"
            return self.rng.choice([f"{subject} did not {base}", f"{subject} didn't {base}", f"{subject} never {past}"])
        if tense == "perfect":
            return f"{subject} has {participle}" if positive else \
                f"{subject} {self.rng.choice(HAS_NOT)} {participle}"
        if tense == "progressive":
            return f"{subject} is {ing}" if positive else f"{subject} is not {ing}"
        return f"{subject} will {base}" if positive else \
            f"{subject} {self.rng.choice(WILL_NOT[:2])} {base}"

    def rule(self, p: int, q: int, generic: bool) -> str:
        base_p, third_p, past_p, _, ing_p = self.forms(p, False)
        base_q, third_q, past_q, _, ing_q = self.forms(q, False)
        if generic:
            return self.rng.choice([
                f"If someone {third_p}, they {base_q}.", f"Anyone who {third_p} will {base_q}.",
                f"Whoever {past_p} {past_q}.", f"People who {base_p} {base_q}.",
                f"Everyone who {third_p} {third_q}.", f"When a person {third_p}, they {base_q}.",
                f"If a person {past_p}, then they {past_q}."])
        n, he = self.name, self.he
        return self.rng.choice([
            f"If {n} {third_p}, {he} will {base_q}.", f"If {n} {past_p}, then {he} {past_q}.",
            f"{n} {third_q} whenever {he} {third_p}.", f"{n} will {base_q} if {he} {third_p}.",
            f"Whenever {n} {third_p}, {he} {third_q}."])

    def subject(self, first: bool) -> str:
        """The person as a fact names them: by name, or by a pronoun once named."""
        return self.name if first or self.rng.random() < 0.5 else self.he


HAS_NOT = ["has not", "hasn't", "has never"]
TENSES = ["present", "past", "perfect", "progressive"]


def _truth_n(formula: Callable[[dict[int, bool]], bool], facts: list[Callable[[dict[int, bool]], bool]],
             atoms: int) -> str:
    worlds = [dict(enumerate(bits)) for bits in itertools.product((False, True), repeat=atoms)]
    models = [w for w in worlds if all(f(w) for f in facts)]
    assert models, "the generated context must be consistent"
    return "yes" if all(formula(w) for w in models) else "no"


def tensed_classical(rng: random.Random, kind: str) -> list[Item]:
    """One context of `kind` over atoms 0..3 (and the distractor rule 4 -> 5), each fact in its own tense."""
    w = Tensed(rng)
    generic = rng.random() < 0.6
    sentences: list[str] = []
    facts: list[Callable[[dict[int, bool]], bool]] = []
    named = [False]

    def add_rule(p: int, q: int) -> None:
        sentences.append(w.rule(p, q, generic))
        facts.append(lambda v, p=p, q=q: (not v[p]) or v[q])

    def state(p: int, positive: bool) -> str:
        said = w.said(p, positive, w.subject(not named[0]), rng.choice(TENSES))
        named[0] = True
        return said

    def asked(p: int, positive: bool) -> str:
        subject = rng.choice([w.name, w.he]) if named[0] else w.name
        return w.said(p, positive, subject, rng.choice(["present", "past", "future", "perfect"]),
                      synonym=rng.random() < 0.5)

    questions: list[tuple[str, Callable[[dict[int, bool]], bool]]] = []
    if not generic:
        named[0] = True  # the rule names the person first
    if kind == "modus ponens":
        add_rule(0, 1)
        sentences.append(state(0, True) + ".")
        facts.append(lambda v: v[0])
        questions = [(_ask(asked(1, s), rng), lambda v, s=s: v[1] == s) for s in (True, False)]
    elif kind == "modus tollens":
        add_rule(0, 1)
        sentences.append(state(1, False) + ".")
        facts.append(lambda v: not v[1])
        questions = [(_ask(asked(0, s), rng), lambda v, s=s: v[0] == s) for s in (True, False)]
    elif kind == "hypothetical syllogism":
        add_rule(0, 1)
        add_rule(1, 2)
        questions = [(f"If {asked(0, a)}, does this imply that {asked(2, b)}?",
                      lambda v, a=a, b=b: v[0] != a or v[2] == b) for a, b in ((True, True), (True, False))]
    elif kind == "disjunctive syllogism":
        first = w.subject(True)
        named[0] = True
        sentences.append(_either(w.said(0, True, first, rng.choice(TENSES)),
                                 w.said(1, True, w.he, rng.choice(TENSES)), rng))
        sentences.append(state(0, False) + ".")
        facts += [lambda v: v[0] or v[1], lambda v: not v[0]]
        questions = [(_ask(asked(1, s), rng), lambda v, s=s: v[1] == s) for s in (True, False)]
    else:  # constructive dilemma
        add_rule(0, 1)
        add_rule(2, 3)
        first = w.subject(not named[0])
        named[0] = True
        sentences.append(_either(w.said(0, True, first, rng.choice(TENSES)),
                                 w.said(2, True, w.he, rng.choice(TENSES)), rng))
        facts.append(lambda v: v[0] or v[2])
        questions = [(_at_least(asked(1, a), asked(3, b)), lambda v, a=a, b=b: v[1] == a or v[3] == b)
                     for a, b in ((True, True), (False, False))]
    if rng.random() < 0.5:  # a distractor rule sharing words with the propositions, about anyone
        sentences.insert(rng.randrange(len(sentences) + 1), w.rule(4, 5, True))
        facts.append(lambda v: (not v[4]) or v[5])
    context = " ".join(s[0].upper() + s[1:] for s in sentences)
    return [Item(kind + " (tenses)", context, q, _truth_n(f, facts, 6)) for q, f in questions]


def tensed_noun_phrase(rng: random.Random) -> list[Item]:
    """Modus ponens / tollens about someone introduced by a noun phrase and referred to by a shorter one ("a new
    intern named Ann ... the intern")."""
    w = Tensed(rng)
    introduce, refer = rng.choice(TENSE_PEOPLE)
    intro = introduce.format(n=w.name)
    tollens = rng.random() < 0.5
    rule = w.rule(0, 1, True)
    if tollens:
        fact = w.said(1, False, intro, rng.choice(["past", "perfect"]))
        questions = [(w.said(0, s, rng.choice([refer, w.name]), "past", synonym=rng.random() < 0.5),
                      lambda v, s=s: v[0] == s) for s in (True, False)]
        facts = [lambda v: (not v[0]) or v[1], lambda v: not v[1]]
    else:
        fact = w.said(0, True, intro, rng.choice(["past", "perfect", "progressive"]))
        questions = [(w.said(1, s, rng.choice([refer, w.name]), rng.choice(["past", "future"]),
                             synonym=rng.random() < 0.5), lambda v, s=s: v[1] == s) for s in (True, False)]
        facts = [lambda v: (not v[0]) or v[1], lambda v: v[0]]
    sentences = [rule, fact[0].upper() + fact[1:] + "."]
    rng.shuffle(sentences)
    context = " ".join(sentences)
    return [Item("noun phrase subject (tenses)", context, _ask(q, rng), _truth_n(f, facts, 2)) for q, f in questions]


def tensed_opposites(rng: random.Random) -> list[Item]:
    """A negation moved across two propositions the text itself calls opposites ("either passes or fails, but not
    both"): "did not fail" is "passed" only because the text says so."""
    w = Tensed(rng)
    k = next(k for k in range(4) if w.props[k][0][0] in OPPOSITES)
    w.props[1], w.props[k] = w.props[k], w.props[1]
    _base_a, third_a, past_a, _, _ = w.forms(1, False)
    base_b, third_b, past_b = OPPOSITES[w.props[1][0][0]]
    n, he = w.name, w.he
    exclusive = rng.choice([f"{n} either {third_a} or {third_b}, but not both.",
                            f"Exactly one of these is true: {n} {past_a}, or {n} {past_b}.",
                            f"{n} {past_a} or {he} {past_b}, but not both."])
    fact = w.said(0, True, n, rng.choice(["past", "perfect"])) + "."
    context = f"{exclusive} {w.rule(0, 1, rng.random() < 0.5)} {fact[0].upper() + fact[1:]}"
    questions = [(f"{he} {past_b}", lambda v: v[2]), (f"{he} did not {base_b}", lambda v: not v[2]),
                 (f"{he} {past_a}", lambda v: v[1])]
    facts = [lambda v: v[1] != v[2], lambda v: (not v[0]) or v[1], lambda v: v[0]]
    return [Item("opposites (tenses)", context, _ask(q, rng), _truth_n(f, facts, 3)) for q, f in questions]


TENSED_KINDS = ["modus ponens", "modus tollens", "hypothetical syllogism", "disjunctive syllogism",
                "constructive dilemma"]


def generate_tenses(seed: int) -> list[Item]:
    """Every kind of the verb-forms family once per seed (about 20 items), fresh names, tenses and wordings."""
    rng = random.Random(50_000 + seed)
    items: list[Item] = []
    for kind in TENSED_KINDS:
        items.extend(tensed_classical(rng, kind))
    for _ in range(2):
        items.extend(tensed_noun_phrase(rng))
        items.extend(tensed_opposites(rng))
    return items


def outcome(item: Item) -> str:
    """How the paraphrase reader (`entailment.answer_about`) does on one generated item: right, wrong or
    abstained. Imported here, not at the top, so the generator itself loads without the reader."""
    from agentlib.puzzles.english.entailment import answer_about

    verdict = answer_about(item.context, item.question)
    if verdict.status == "abstained" or verdict.answer is None:
        return "abstained"
    return "right" if verdict.answer == item.answer else "wrong"


# ---------------------------------------------------------------------------------------------
# Near twins: propositions one word away, modifiers moved, negation spelled five ways
# ---------------------------------------------------------------------------------------------

# (base, third person, -ing) of one proposition
Verb = tuple[str, str, str]
# Each set: the proposition as the context says it, the same proposition in other words or with its modifiers moved
# (for the question), and its twin one word away (an antonym, another ordinal, side, time of day, colour, or object).
NEAR_TWINS: list[tuple[Verb, Verb, Verb]] = [
    (("take the early train", "takes the early train", "taking the early train"),
     ("catch the early train", "catches the early train", "catching the early train"),
     ("take the late train", "takes the late train", "taking the late train")),
    (("sit on the left side of the bus", "sits on the left side of the bus", "sitting on the left side of the bus"),
     ("take a seat on the left side of the bus", "takes a seat on the left side of the bus",
      "taking a seat on the left side of the bus"),
     ("sit on the right side of the bus", "sits on the right side of the bus", "sitting on the right side of the bus")),
    (("finish the race in first place", "finishes the race in first place", "finishing the race in first place"),
     ("end the race in first place", "ends the race in first place", "ending the race in first place"),
     ("finish the race in second place", "finishes the race in second place", "finishing the race in second place")),
    (("drink hot chocolate", "drinks hot chocolate", "drinking hot chocolate"),
     ("have a cup of hot chocolate", "has a cup of hot chocolate", "having a cup of hot chocolate"),
     ("drink cold chocolate", "drinks cold chocolate", "drinking cold chocolate")),
    (("buy the red jacket", "buys the red jacket", "buying the red jacket"),
     ("purchase the red jacket", "purchases the red jacket", "purchasing the red jacket"),
     ("buy the blue jacket", "buys the blue jacket", "buying the blue jacket")),
    (("open the bakery", "opens the bakery", "opening the bakery"),
     ("unlock the bakery for customers", "unlocks the bakery for customers", "unlocking the bakery for customers"),
     ("close the bakery", "closes the bakery", "closing the bakery")),
    (("win the chess match", "wins the chess match", "winning the chess match"),
     ("come out on top in the chess match", "comes out on top in the chess match",
      "coming out on top in the chess match"),
     ("lose the chess match", "loses the chess match", "losing the chess match")),
    (("jog in the morning", "jogs in the morning", "jogging in the morning"),
     ("go for a run in the morning", "goes for a run in the morning", "going for a run in the morning"),
     ("jog in the evening", "jogs in the evening", "jogging in the evening")),
    (("turn left at the bridge", "turns left at the bridge", "turning left at the bridge"),
     ("make a left turn at the bridge", "makes a left turn at the bridge", "making a left turn at the bridge"),
     ("turn right at the bridge", "turns right at the bridge", "turning right at the bridge")),
    (("sell vegetables at the market", "sells vegetables at the market", "selling vegetables at the market"),
     ("sell vegetables at the market", "sells vegetables at the market", "selling vegetables at the market"),
     ("buy vegetables at the market", "buys vegetables at the market", "buying vegetables at the market")),
    (("drive carefully to work", "drives carefully to work", "driving carefully to work"),
     ("drive to work carefully", "drives to work carefully", "driving to work carefully"),
     ("drive quickly to work", "drives quickly to work", "driving quickly to work")),
    (("make tomato sauce", "makes tomato sauce", "making tomato sauce"),
     ("prepare tomato sauce", "prepares tomato sauce", "preparing tomato sauce"),
     ("make tomato soup", "makes tomato soup", "making tomato soup")),
    (("arrive at the office early", "arrives at the office early", "arriving at the office early"),
     ("get to the office early", "gets to the office early", "getting to the office early"),
     ("arrive at the office late", "arrives at the office late", "arriving at the office late")),
    (("read the news every morning", "reads the news every morning", "reading the news every morning"),
     ("read the news each morning", "reads the news each morning", "reading the news each morning"),
     ("read the news every evening", "reads the news every evening", "reading the news every evening")),
    (("walk slowly to school", "walks slowly to school", "walking slowly to school"),
     ("walk to school slowly", "walks to school slowly", "walking to school slowly"),
     ("walk quickly to school", "walks quickly to school", "walking quickly to school")),
    (("pass the driving test", "passes the driving test", "passing the driving test"),
     ("get through the driving test", "gets through the driving test", "getting through the driving test"),
     ("fail the driving test", "fails the driving test", "failing the driving test")),
]
TWIN_NAMES = ["Agnes", "Bilal", "Corinne", "Dario", "Esme", "Florian", "Gulnara", "Hamid", "Isolde", "Joaquin",
              "Kalinda", "Leopold"]


class NearTwins:
    """Four propositions (0..3) from four sets and the twins of each (4..7: the twin of k is k + 4), one person."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.sets = rng.sample(NEAR_TWINS, 4)
        self.name = rng.choice(TWIN_NAMES)
        self.he = rng.choice(["he", "she"])

    def forms(self, p: int, in_question: bool) -> Verb:
        said, other, twin = self.sets[p % 4]
        if p >= 4:
            return twin
        return other if in_question and self.rng.random() < 0.6 else said

    def said(self, p: int, positive: bool, subject: str, in_question: bool = False) -> str:
        base, third, ing = self.forms(p, in_question)
        if positive:
            return f"{subject} {third}"
        return self.rng.choice([f"{subject} does not {base}", f"{subject} doesn't {base}", f"{subject} never {third}",
                                f"{subject} fails to {base}", f"{subject} no longer {third}",
                                f"{subject} refrains from {ing}"])

    def rule(self, p: int, q: int) -> str:
        base_q, third_q, _ = self.forms(q, False)
        _, third_p, _ = self.forms(p, False)
        n, he = self.name, self.he
        return self.rng.choice([
            f"If someone {third_p}, they {base_q}.", f"Anyone who {third_p} will {base_q}.",
            f"If {n} {third_p}, {he} will {base_q}.", f"Whenever {n} {third_p}, {he} {third_q}.",
            f"{n} {third_q} if {he} {third_p}."])

    def subject(self) -> str:
        return "@P"  # the name where the person is first mentioned, else the name or a pronoun (`person`)

    def person(self, text: str) -> str:
        """Each "@P" as the name at the first mention of the person, and as the name or a pronoun after it."""
        parts = text.split("@P")
        out = parts[0]
        named = self.name in out
        for part in parts[1:]:
            out += self.rng.choice([self.name, self.he]) if named else self.name
            named = True
            out += part
        return out


def near_twins(rng: random.Random, kind: str) -> list[Item]:
    """One context of `kind` in which a rule or a fact is one word away from a proposition the question needs (or
    a negation spelled another way), and its questions; answers by truth tables over the eight atoms (a twin is a
    proposition of its own)."""
    w = NearTwins(rng)
    n = w.name
    sentences: list[str] = []
    facts: list[Callable[[dict[int, bool]], bool]] = []
    questions: list[tuple[str, Callable[[dict[int, bool]], bool]]] = []

    def rule(p: int, q: int) -> None:
        sentences.append(w.rule(p, q))
        facts.append(lambda v, p=p, q=q: (not v[p]) or v[q])

    def fact(p: int, positive: bool) -> None:
        sentences.append(w.said(p, positive, w.subject()) + ".")
        facts.append(lambda v, p=p, s=positive: v[p] == s)

    def ask(p: int, positive: bool) -> None:
        questions.append((_ask(w.said(p, positive, w.subject(), in_question=True), rng),
                          lambda v, p=p, s=positive: v[p] == s))

    if kind == "twin rule":  # A -> B, A' -> C, A': C follows, B does not
        rule(0, 1)
        rule(4, 2)
        fact(4, True)
        ask(2, True)
        ask(1, True)
    elif kind == "twin fact":  # A -> B, A': nothing about B
        rule(0, 1)
        fact(4, True)
        ask(1, True)
        ask(1, False)
    elif kind == "modus ponens":  # A -> B, A (asked with modifiers moved / in other words), a twin rule beside
        rule(0, 1)
        rule(5, 2)
        fact(0, True)
        ask(1, True)
        ask(1, False)
        ask(5, True)
    elif kind == "modus tollens":  # A -> B, not B (negation spelled five ways), a twin rule beside
        rule(0, 1)
        rule(4, 2)
        fact(1, False)
        ask(0, False)
        ask(0, True)
    elif kind == "disjunctive syllogism":  # A or C; not A (or not A', which settles nothing)
        twin = rng.random() < 0.5
        sentences.append(_either(w.said(0, True, "@P"), w.said(2, True, "@P"), rng))
        facts.append(lambda v: v[0] or v[2])
        fact(4 if twin else 0, False)
        ask(2, True)
    else:  # constructive dilemma, asked about the conclusions and about a conclusion's twin
        rule(0, 1)
        rule(2, 3)
        sentences.append(_either(w.said(0, True, "@P"), w.said(2, True, "@P"), rng))
        facts.append(lambda v: v[0] or v[2])
        b, d = (w.said(k, True, w.subject(), in_question=True) for k in (1, 3))
        twin_b = w.said(5, True, w.subject(), in_question=True)
        questions = [(_at_least(b, d), lambda v: v[1] or v[3]), (_at_least(twin_b, d), lambda v: v[5] or v[3])]
    if kind != "disjunctive syllogism":
        rng.shuffle(sentences)
    text = w.person(" ".join(s[0].upper() + s[1:] for s in sentences))
    text = ". ".join(s[0].upper() + s[1:] for s in text.split(". "))
    questions = [(q.replace("@P", rng.choice([n, w.he])), f) for q, f in questions]
    return [Item(kind + " (near twins)", text, q, _truth_n(f, facts, 8)) for q, f in questions]


NEAR_TWIN_KINDS = ["twin rule", "twin fact", "modus ponens", "modus tollens", "disjunctive syllogism",
                   "constructive dilemma"]


def generate_near_twins(seed: int) -> list[Item]:
    """Every near-twin kind twice per seed (about 26 items): fresh names, twins, negations and sentence orders."""
    rng = random.Random(70_000 + seed)
    return [item for _ in range(2) for kind in NEAR_TWIN_KINDS for item in near_twins(rng, kind)]


# ---------------------------------------------------------------------------------------------
# Negation inside a word: "impatient", "careless", "dislikes"; actions in the passive voice; pronouns
# ---------------------------------------------------------------------------------------------

# (said positively, denied by an affix, denied with "not"), third person: a trait or an attitude of a person
AFFIXED_TRAITS: list[tuple[str, str, str]] = [
    ("is patient", "is impatient", "is not patient"), ("is tidy", "is untidy", "is not tidy"),
    ("is honest", "is dishonest", "is not honest"), ("is polite", "is impolite", "is not polite"),
    ("is careful", "is careless", "is not careful"), ("is reliable", "is unreliable", "is not reliable"),
    ("is active", "is inactive", "is not active"), ("is mature", "is immature", "is not mature"),
    ("is loyal", "is disloyal", "is not loyal"), ("is prepared", "is unprepared", "is not prepared"),
    ("is comfortable", "is uncomfortable", "is not comfortable"), ("is willing to help", "is unwilling to help",
                                                                  "is not willing to help"),
    ("likes jazz", "dislikes jazz", "does not like jazz"), ("trusts the mechanic", "distrusts the mechanic",
                                                            "does not trust the mechanic"),
    ("agrees with the plan", "disagrees with the plan", "doesn't agree with the plan"),
    ("obeys the curfew", "disobeys the curfew", "does not obey the curfew"),
    ("approves of the budget", "disapproves of the budget", "does not approve of the budget"),
    ("is a regular visitor", "is an irregular visitor", "is not a regular visitor"),
]
# (active, passive with {n} for the doer, denied active), third person: an action on a thing
VOICED_ACTIONS: list[tuple[str, str, str]] = [
    ("repairs the roof", "the roof is repaired by {n}", "does not repair the roof"),
    ("paints the shed", "the shed is painted by {n}", "does not paint the shed"),
    ("feeds the goats", "the goats are fed by {n}", "doesn't feed the goats"),
    ("washes the van", "the van is washed by {n}", "does not wash the van"),
    ("prunes the hedge", "the hedge is pruned by {n}", "does not prune the hedge"),
    ("sews the curtains", "the curtains are sewn by {n}", "does not sew the curtains"),
    ("bakes the bread", "the bread is baked by {n}", "doesn't bake the bread"),
    ("sweeps the porch", "the porch is swept by {n}", "does not sweep the porch"),
    ("mends the fence", "the fence is mended by {n}", "does not mend the fence"),
    ("polishes the silver", "the silver is polished by {n}", "does not polish the silver"),
]
AFFIX_NAMES = ["Odette", "Brannock", "Yusra", "Emeric", "Philippa", "Teodor", "Saoirse", "Matthias", "Noor",
               "Anselm", "Rosalind", "Kofi"]


class Affixed:
    """Atoms 0, 1: traits (a negation said by an affix or by "not"); 2, 3: actions (active or passive voice)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.traits = rng.sample(AFFIXED_TRAITS, 2)
        self.actions = rng.sample(VOICED_ACTIONS, 2)
        self.name = rng.choice(AFFIX_NAMES)
        self.he = rng.choice(["he", "she"])
        self.named = False

    def subject(self) -> str:
        """The name at the first mention, then the name or a pronoun."""
        if not self.named:
            self.named = True
            return self.name
        return self.rng.choice([self.name, self.he])

    def said(self, p: int, positive: bool, subject: str | None = None, affix: bool | None = None) -> str:
        """Atom `p` about the person; a denied trait by its affix or by "not" (`affix`), an action in either voice
        when the subject is left to choose."""
        who = self.subject() if subject is None else subject
        if p < 2:
            yes, by_affix, by_not = self.traits[p]
            use_affix = self.rng.random() < 0.5 if affix is None else affix
            return f"{who} {yes if positive else by_affix if use_affix else by_not}"
        active, passive, denied = self.actions[p - 2]
        if positive and subject is None and self.named and self.rng.random() < 0.4:
            return passive.format(n=self.name)
        return f"{who} {active if positive else denied}"

    def rule(self, p: int, sp: bool, q: int, sq: bool) -> str:
        """(p is sp) -> (q is sq), about the person or about anyone."""
        if self.rng.random() < 0.4:
            return f"Anyone who {self.said(p, sp, '').strip()} {self.said(q, sq, '').strip()}."
        if self.rng.random() < 0.3:  # "B whenever A": the name comes first, in B
            b = self.said(q, sq, self.name)
            self.named = True
            return f"{b} whenever {self.said(p, sp, self.he)}."
        a = self.said(p, sp, None if self.named else self.name)
        self.named = True
        b = self.said(q, sq, self.he)
        return self.rng.choice([f"If {a}, then {b}.", f"If {a}, {b}."])


def affixed(rng: random.Random, kind: str) -> list[Item]:
    """One context of `kind` whose negations are said inside words or with "not", each asked in the other way; answers
    by truth tables over the four atoms."""
    w = Affixed(rng)
    sentences: list[str] = []
    facts: list[Callable[[dict[int, bool]], bool]] = []
    questions: list[tuple[str, Callable[[dict[int, bool]], bool]]] = []

    def rule(p: int, sp: bool, q: int, sq: bool) -> None:
        sentences.append(w.rule(p, sp, q, sq))
        facts.append(lambda v, p=p, sp=sp, q=q, sq=sq: v[p] != sp or v[q] == sq)

    def fact(p: int, positive: bool) -> None:
        sentences.append(w.said(p, positive) + ".")
        facts.append(lambda v, p=p, s=positive: v[p] == s)

    def ask(p: int, positive: bool) -> None:
        questions.append((_ask(w.said(p, positive, rng.choice([w.name, w.he])), rng),
                          lambda v, p=p, s=positive: v[p] == s))

    sign = rng.random() < 0.5  # whether the trait in the rules is the plain or the denied one
    if kind == "modus ponens":
        rule(0, sign, 2, True)
        fact(0, sign)
        ask(2, True)
        ask(2, False)
    elif kind == "modus tollens":
        rule(2, True, 0, sign)
        fact(0, not sign)
        ask(2, False)
        ask(2, True)
    elif kind == "disjunctive syllogism":
        sentences.append(_either(w.said(0, sign), w.said(2, True), rng))
        facts.append(lambda v: v[0] == sign or v[2])
        fact(0, not sign)
        ask(2, True)
        ask(0, sign)
    elif kind == "hypothetical syllogism":
        rule(0, sign, 2, True)
        rule(2, True, 1, not sign)
        for a, b in ((sign, not sign), (sign, sign), (not sign, not sign)):
            questions.append((f"If {w.said(0, a, w.name)}, {rng.choice(['does this imply', 'does this mean'])} that "
                              f"{w.said(1, b, w.he)}?", lambda v, a=a, b=b: v[0] != a or v[1] == b))
    elif kind == "bidirectional dilemma":
        rule(0, sign, 2, True)
        rule(3, True, 1, not sign)
        sentences.append(_either(w.said(0, sign), w.said(1, sign), rng))
        facts.append(lambda v: v[0] == sign or v[1] == sign)
        for a, b in itertools.product((True, False), repeat=2):
            questions.append((_at_least(w.said(2, a, w.he), w.said(3, b, w.he)),
                              lambda v, a=a, b=b: v[2] == a or v[3] == b))
    else:  # material implication: a rule about a trait and an action, asked as "not A or B"
        rule(0, sign, 3, True)
        for a, b in itertools.product((True, False), repeat=2):
            questions.append((_at_least(w.said(0, a, w.he), w.said(3, b, w.he)),
                              lambda v, a=a, b=b: v[0] == a or v[3] == b))
    text = " ".join(s[0].upper() + s[1:] for s in sentences)
    return [Item(kind + " (affixed)", text, q, _truth_n(f, facts, 4)) for q, f in questions]


AFFIXED_KINDS = ["modus ponens", "modus tollens", "disjunctive syllogism", "hypothetical syllogism",
                 "bidirectional dilemma", "material implication"]


def generate_affixed(seed: int) -> list[Item]:
    """Every affixed-negation kind twice per seed (about 34 items): fresh names, traits, actions, voices, orders."""
    rng = random.Random(90_000 + seed)
    return [item for _ in range(2) for kind in AFFIXED_KINDS for item in affixed(rng, kind)]


# ---------------------------------------------------------------------------------------------
# Membership and exception in one sentence joined by ", but" (written before the round that reads them):
# "Hollis and Wren are bakers, but Hollis never starts work before dawn." -- both clauses are said
# ---------------------------------------------------------------------------------------------

NM_PRONOUNS = {"Hollis": "he", "Zainab": "she", "Paolo": "he", "Ines": "she", "Callum": "he", "Wren": "she",
               "Bashir": "he", "Leilani": "she", "Tobias": "he", "Margit": "she"}


def _denied(base: str, third: str, rng: random.Random) -> str:
    return rng.choice([f"does not {base}", f"doesn't {base}", f"never {third}", f"fails to {base}"])


def nm_but_pair(rng: random.Random) -> list[Item]:
    """ "A and B are Ps, but A does not Q. Ps usually Q." B Qs (by default); A does not."""
    plural, _singular, (base, third), (q_base, q_third) = rng.choice(NM_CLASSES)
    a, b = rng.sample(sorted(NM_PRONOUNS), 2)
    members = f"{a} and {b} are {rng.choice(['', 'both '])}{plural}, but {a} {_denied(base, third, rng)}."
    default = _nm_default(plural, base, rng)
    context = " ".join([members, default] if rng.random() < 0.5 else [default, members])
    facts = [lambda w: not w[0]]
    asked = (q_base, q_third) if rng.random() < 0.5 else (base, third)
    questions = [(f"{b} {asked[1]}", lambda w: w[1]), (f"{b} {_not(asked[0], rng)}", lambda w: not w[1]),
                 (f"{a} {asked[1]}", lambda w: w[0]), (f"{a} {_not(asked[0], rng)}", lambda w: not w[0])]
    return [Item("nm but pair", context, _nm_ask(q, rng), _preferred_answer(2, facts, f)) for q, f in questions]


def nm_but_single(rng: random.Random) -> list[Item]:
    """ "Ps usually Q. A is a P, but she does not Q." Exactly one P does not Q (A and two other Ps, by default)."""
    plural, singular, (base, third), (q_base, q_third) = rng.choice(NM_CLASSES)
    a = rng.choice(sorted(NM_PRONOUNS))
    who = rng.choice([a, NM_PRONOUNS[a]])
    context = f"{_nm_default(plural, base, rng)} {a} is {_a(singular)}, but {who} {_denied(base, third, rng)}."
    facts = [lambda w: not w[0]]
    questions = [(f"exactly one {singular} {_not(base, rng)}", lambda w: sum(not x for x in w) == 1),
                 (f"exactly one {singular} {third}", lambda w: sum(w) == 1),
                 (f"{a} {q_third}", lambda w: w[0]), (f"{a} {_not(q_base, rng)}", lambda w: not w[0])]
    return [Item("nm but single", context, _nm_ask(q, rng), _preferred_answer(3, facts, f)) for q, f in questions]


def generate_but_exceptions(seed: int) -> list[Item]:
    """Both ", but" kinds twice per seed (16 items): fresh names, classes, denials and sentence orders."""
    rng = random.Random(100_000 + seed)
    return [item for _ in range(2) for kind in (nm_but_pair, nm_but_single) for item in kind(rng)]

"""Fresh default-reasoning items told as short stories, from our own classes, properties and wordings.

Each item is (kind, context, question, answer). A context states a default about a class ("Ks usually P", in
one of many hedges) and then tells of exceptions in other words (a named member who never Ps, one unnamed K that
fails to P, "either A or B lacks this"); the answer is computed by brute force over the preferred worlds of the
default (every member has each default property unless a sentence denies it of that member; among worlds that
meet the facts, those with a minimal set of exceptions), never by the reader under test. Kinds, keyed by their
logic: one told exception ("exactly one K does not P"), an exception between two of three classes ("C Ps and
exactly one of A or B does not"), two defaults each denied of a different member (the conjunction of the two
defaults that are not denied), a named exception to a norm (the other member keeps it), and an unnamed member that
deviates (the class keeps its default, and so does a named member).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    kind: str
    context: str
    question: str
    answer: str  # "yes" / "no"


@dataclass(frozen=True)
class Property:
    """A property said of one member (third person) or of many (plural), and denied in several ways."""

    plural: str  # "bake bread", "are patient"
    single: str  # "bakes bread", "is patient"
    denials: tuple[str, ...]  # "does not bake bread", "never bakes bread", "fails to bake bread", "isn't patient"


def _verb(base: str, third: str) -> Property:
    return Property(base, third, (f"does not {base}", f"doesn't {base}", f"never {third}", f"fails to {base}"))


def _adjective(word: str) -> Property:
    return Property(f"are {word}", f"is {word}", (f"is not {word}", f"isn't {word}", f"is never {word}"))


# (plural, singular, two properties of the class)
CLASSES: list[tuple[str, str, Property, Property]] = [
    ("lighthouse keepers", "lighthouse keeper", _verb("climb the stairs at dusk", "climbs the stairs at dusk"),
     _adjective("patient")),
    ("florists", "florist", _verb("trim the roses", "trims the roses"), _adjective("cheerful")),
    ("tailors", "tailor", _verb("measure twice", "measures twice"), _verb("keep spare buttons", "keeps spare buttons")),
    ("goats", "goat", _verb("climb steep rocks", "climbs steep rocks"), _verb("eat weeds", "eats weeds")),
    ("librarians", "librarian", _verb("whisper", "whispers"), _adjective("organized")),
    ("firefighters", "firefighter", _verb("sleep at the station", "sleeps at the station"), _adjective("brave")),
    ("penguins", "penguin", _verb("swim in icy water", "swims in icy water"),
     _verb("huddle together", "huddles together")),
    ("plumbers", "plumber", _verb("carry a wrench", "carries a wrench"), _adjective("punctual")),
    ("potters", "potter", _verb("fire their bowls in a kiln", "fires their bowls in a kiln"),
     _verb("wear an apron", "wears an apron")),
    ("ferry captains", "ferry captain", _verb("sound the horn", "sounds the horn"), _adjective("calm")),
]
# three kinds that share one property, for an exception between two of them
KIND_TRIOS: list[tuple[tuple[str, str, str], Property]] = [
    (("sparrows", "robins", "finches"), _verb("build nests", "builds nests")),
    (("trout", "salmon", "carp"), _verb("lay eggs", "lays eggs")),
    (("oaks", "maples", "birches"), _verb("shed their leaves", "sheds their leaves")),
    (("hamsters", "gerbils", "mice"), _verb("store food", "stores food")),
    (("violins", "cellos", "violas"), _verb("have strings", "has strings")),
]
NAMES = ["Ottilie", "Ravi", "Bronwen", "Ezekiel", "Marisol", "Anders", "Chiamaka", "Lorcan", "Yevgenia", "Thabo",
         "Perpetua", "Casimir", "Odalys", "Fintan"]
# how a default is hedged; {P} the class (capitalised), {p} the class, {v} the plural property
DEFAULTS = ["{P} usually {v}.", "{P} typically {v}.", "{P} normally {v}.", "{P} generally {v}.",
            "As a rule, {p} {v}.", "Most {p} {v}."]
STORY_OPENERS = ["", "In a small harbour town, ", "Everyone in the valley knows this: ", "Over the years, "]
ASKING = ["does this imply that", "does this mean that", "does this entail that", "Does this imply that"]


def _ask(statement: str, rng: random.Random) -> str:
    return f"{rng.choice(ASKING)} {statement}?"


def _default(plural: str, prop: Property, rng: random.Random) -> str:
    sentence = rng.choice(DEFAULTS).format(P=plural[0].upper() + plural[1:], p=plural, v=prop.plural)
    opener = rng.choice(STORY_OPENERS)
    return opener + (sentence[0].lower() + sentence[1:] if opener and not opener.endswith(": ") else sentence)


def preferred_answer(members: int, facts: list[Callable[[tuple[bool, ...]], bool]],
                     goal: Callable[[tuple[bool, ...]], bool]) -> str:
    """ "yes" when `goal` holds in every preferred world: worlds (one flag per member and default) meeting every
    fact, with a set of unmet defaults that no other such world strictly undercuts."""
    worlds = [w for w in itertools.product((False, True), repeat=members) if all(f(w) for f in facts)]
    assert worlds
    unmet = {w: frozenset(k for k, has in enumerate(w) if not has) for w in worlds}
    preferred = [w for w in worlds if not any(unmet[v] < unmet[w] for v in worlds)]
    return "yes" if all(goal(w) for w in preferred) else "no"


def one_told_exception(rng: random.Random) -> list[Item]:
    """reasoning_about_exceptions_2: a default, then a story of one member (named or not) who does not have it.
    Members: the one told of and two others of the class; only the one told of lacks the property."""
    plural, singular, prop, _ = rng.choice(CLASSES)
    name = rng.choice(NAMES)
    denial = rng.choice(prop.denials)
    story = rng.choice([
        f"There was one {singular} named {name} who {denial}.",
        f"But one {singular}, {name}, {denial}.",
        f"Yet there is a particular {singular} that {denial}.",
        f"However, a certain {singular} {denial}, much to everyone's surprise.",
        f"{name} is {'an' if singular[0] in 'aeiou' else 'a'} {singular}. Unlike the others, {name} {denial}.",
    ])
    context = f"{_default(plural, prop, rng)} {story}"
    facts = [lambda w: not w[0]]
    asked_denial = rng.choice([d for d in prop.denials if not d.startswith(("never", "is never", "fails"))])
    questions = [(f"exactly one {singular} {asked_denial}", lambda w: sum(not x for x in w) == 1),
                 (f"exactly one {singular} {prop.single}", lambda w: sum(w) == 1)]
    return [Item("one told exception", context, _ask(q, rng), preferred_answer(3, facts, goal))
            for q, goal in questions]


def exception_between_two(rng: random.Random) -> list[Item]:
    """reasoning_about_exceptions_1: "A, B and C usually P. Either A or B does not P." In every preferred world C
    Ps and exactly one of A or B does not."""
    (a, b, c), prop = rng.choice(KIND_TRIOS)
    hedge = rng.choice(["usually", "typically", "normally", "generally"])
    lead = rng.choice([f"{a.capitalize()}, {b} and {c} {hedge} {prop.plural}.",
                       f"{a.capitalize()}, {b}, and {c} all {hedge} {prop.plural}.",
                       # a plain fact after the default: "this trait" below still means the default's property
                       f"{a.capitalize()}, {b} and {c} {hedge} {prop.plural}. They all live near the old mill."])
    denial = rng.choice([f"either {a} or {b} do not {prop.plural}", f"either the {a} or the {b} do not {prop.plural}",
                         f"either {a} or {b} never {prop.plural}",
                         f"either the {a} or the {b} lack this {rng.choice(['trait', 'habit', 'characteristic'])}"])
    context = f"{lead} {rng.choice(['However, ', 'But ', ''])}{denial}.".replace(". either", ". Either")
    facts = [lambda w: not w[0] or not w[1]]  # members: a, b, c
    does, does_not = prop.plural, f"do not {prop.plural}"
    single_not = rng.choice([d for d in prop.denials if d.startswith("do")])
    questions = [
        (f"{c} {does} and exactly one of {a} or {b} {single_not}",
         lambda w: w[2] and (not w[0]) + (not w[1]) == 1),
        (f"{c} {does_not} and exactly one of {a} or {b} {single_not}",
         lambda w: not w[2] and (not w[0]) + (not w[1]) == 1),
        (f"{c} {does} and exactly one of {a} or {b} {prop.single}", lambda w: w[2] and w[0] + w[1] == 1),
        (f"{c} {does_not} and exactly one of {a} or {b} {prop.single}", lambda w: not w[2] and w[0] + w[1] == 1),
    ]
    return [Item("exception between two", context, _ask(q, rng), preferred_answer(3, facts, goal))
            for q, goal in questions]


def two_defaults_denied_apart(rng: random.Random) -> list[Item]:
    """default_reasoning_several: "A and B are Ks. Ks usually P. Ks usually Q. A does not P. B does not Q." Each
    keeps the default no sentence denies of them: A Qs and B Ps."""
    plural, _singular, p, q = rng.choice(CLASSES)
    a, b = rng.sample(NAMES, 2)
    member = rng.choice([f"{a} and {b} are {plural}.", f"{a} and {b} both work as {plural}.",
                         f"{a} and {b} are two {plural} from the same village."])
    hedged_q = q.plural.replace("are ", "are normally ", 1) if q.plural.startswith("are ") else f"normally {q.plural}"
    defaults = rng.choice([f"{_default(plural, p, rng)} {_default(plural, q, rng)}",
                           f"{plural.capitalize()} usually {p.plural} and {q.plural}.",
                           f"We know that {plural} typically {p.plural}, and that they {hedged_q}."])
    # a denial told of each as a plain clause, a person "who" does not, or with a contrast set off by commas
    first, second = (rng.choice([f"{who} {denial}", f"{who} has always been a person who {denial}",
                                 f"{who}, however, is someone who {denial}", f"{who}, on the other hand, {denial}"])
                     for who, denial in ((a, rng.choice(p.denials)), (b, rng.choice(q.denials))))
    context = f"{member} {defaults} {first}. {rng.choice(['Also, ', 'And ', ''])}{second}."
    # flags: 0 a-p, 1 b-p, 2 a-q, 3 b-q
    facts = [lambda w: not w[0], lambda w: not w[3]]
    q_not, p_not = (rng.choice([d for d in prop.denials if not d.startswith(("never", "is never", "fails"))])
                    for prop in (q, p))
    questions = [(f"{a} {q.single} and {b} {p.single}", lambda w: w[2] and w[1]),
                 (f"{a} {q_not} and {b} {p.single}", lambda w: not w[2] and w[1]),
                 (f"{a} {q.single} and {b} {p_not}", lambda w: w[2] and not w[1]),
                 (f"{a} {q_not} and {b} {p_not}", lambda w: not w[2] and not w[1])]
    return [Item("two defaults denied apart", context, _ask(text, rng), preferred_answer(4, facts, goal))
            for text, goal in questions]


EXCEPTION_REMARKS = ["However, {a} is an exception to this norm.",
                     "{a}, however, appeared to be an exception to this rule.",
                     "But there was a slight deviation from this pattern when it came to {a}.",
                     "{a} does not conform to this norm."]


def named_exception(rng: random.Random) -> list[Item]:
    """default_reasoning_default: "A and B are Ks. Ks usually P. A is an exception to this norm." B Ps; nothing is
    said of A (the exception leaves A open, so both "A Ps" and "A does not P" are "no")."""
    plural, _singular, prop, _ = rng.choice(CLASSES)
    a, b = rng.sample(NAMES, 2)
    member = rng.choice([f"{a} and {b} are {plural}.", f"{a} and {b}, two {plural}, live on the same street.",
                         f"Everyone knew {a} and {b} as {plural}."])
    context = f"{member} {_default(plural, prop, rng)} {rng.choice(EXCEPTION_REMARKS).format(a=a)}"
    asked_not = rng.choice([d for d in prop.denials if not d.startswith(("never", "is never", "fails"))])
    questions = [(f"{b} {prop.single}", "yes"), (f"{b} {asked_not}", "no"), (f"{a} {asked_not}", "no")]
    return [Item("named exception", context, _ask(q, rng), answer) for q, answer in questions]


def unnamed_deviation(rng: random.Random) -> list[Item]:
    """reasoning_about_exceptions_3: "Ks usually P. There exists an unusual K that deviates from this norm." Ks
    still usually P, and a named K keeps the default (the one that deviates is someone else)."""
    plural, singular, prop, _ = rng.choice(CLASSES)
    name = rng.choice(NAMES)
    deviation = rng.choice([
        f"However, there exists an unusual {singular} that deviates from this norm.",
        f"Yet one peculiar {singular} defies this pattern.",
        f"But there is a rare {singular} that does not conform to this rule."])
    context = f"{name} is {'an' if singular[0] in 'aeiou' else 'a'} {singular}. {_default(plural, prop, rng)} " \
              f"{deviation}"
    asked_not = rng.choice([d for d in prop.denials if not d.startswith(("never", "is never", "fails"))])
    hedge = rng.choice(["usually", "typically", "generally"])
    negative = prop.plural.replace("are ", "are not ", 1) if prop.plural.startswith("are ") else \
        f"do not {prop.plural}"
    questions = [(f"{name} {prop.single}", "yes"), (f"{name} {asked_not}", "no"),
                 (f"{plural} {hedge} {prop.plural}", "yes"), (f"{plural} {hedge} {negative}", "no")]
    return [Item("unnamed deviation", context, _ask(q, rng), answer) for q, answer in questions]


KINDS = [one_told_exception, exception_between_two, two_defaults_denied_apart, named_exception, unnamed_deviation]


def generate(seed: int) -> list[Item]:
    """Every kind once per round, four rounds, in fresh wordings."""
    rng = random.Random(41_000 + seed)
    return [item for _ in range(4) for kind in KINDS for item in kind(rng)]


def outcome(item: Item) -> str:
    """right / wrong / abstained for the entailment reader on one item (imported here so the generator loads
    without the reader)."""
    from agentlib.puzzles.english.entailment import answer_about

    verdict = answer_about(item.context, item.question)
    if verdict.status == "abstained" or verdict.answer is None:
        return "abstained"
    return "right" if verdict.answer == item.answer else "wrong"

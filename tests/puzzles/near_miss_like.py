"""Near-miss and paraphrase pairs inside LogicBench-style frames, in vocabulary of our own (not the tuning half's).

A *near miss* is a sentence that shares most content words with a proposition but states another one: a different
object ("repairs the kettle" / "repairs the ladder"), a different agent ("Ann ..." / "Bo ..."), a possibility
instead of a fact ("may repair"), "some" instead of "all", another time ("next week" / "last week"), a denial, or an
opposite action ("packs" / "unpacks"). A *paraphrase* states the same proposition in other words: a synonym verb or
noun, the passive voice, a noun for the action ("carries out the inspection of"), a pronoun for the person.

Each item puts the pair inside modus ponens, modus tollens or disjunctive syllogism so that the answer depends on
whether the two sentences are one proposition: with a paraphrase the inference goes through ("yes"), with a near
miss nothing follows ("no"). Answers come from truth tables over the atoms (a near miss is an atom of its own),
never from the reader under test.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass

# (base, third person, past participle) of a verb taking any concrete object, and a synonym verb of the same shape
VERBS: list[tuple[tuple[str, str, str], tuple[str, str, str]]] = [
    (("repair", "repairs", "repaired"), ("fix", "fixes", "fixed")),
    (("purchase", "purchases", "purchased"), ("buy", "buys", "bought")),
    (("photograph", "photographs", "photographed"), ("take a picture of", "takes a picture of", "pictured")),
    (("inspect", "inspects", "inspected"), ("examine", "examines", "examined")),
    (("polish", "polishes", "polished"), ("shine", "shines", "shined")),
    (("sketch", "sketches", "sketched"), ("draw", "draws", "drawn")),
    (("rent", "rents", "rented"), ("hire", "hires", "hired")),
    (("mend", "mends", "mended"), ("patch up", "patches up", "patched up")),
    (("wash", "washes", "washed"), ("clean", "cleans", "cleaned")),
    (("deliver", "delivers", "delivered"), ("drop off", "drops off", "dropped off")),
    (("sell", "sells", "sold"), ("put up for sale", "puts up for sale", "put up for sale")),
    (("measure", "measures", "measured"), ("take the measurements of", "takes the measurements of", "measured")),
]
# the noun for a verb's action, for "carries out the N of the X" (a nominalisation)
ACTION_NOUNS = {"repair": "repair", "inspect": "inspection", "measure": "measurement", "deliver": "delivery",
                "purchase": "purchase", "sketch": "sketch", "wash": "washing", "polish": "polishing"}
# concrete objects: any two are different things
OBJECTS = ["kettle", "ladder", "canoe", "telescope", "violin", "lantern", "wheelbarrow", "typewriter", "hammock",
           "saddle", "microscope", "accordion", "tractor", "quilt", "blender", "harp", "tent", "compass", "chandelier",
           "sewing machine", "rocking chair", "greenhouse", "mailbox", "bookcase", "scooter", "trumpet", "kayak",
           "toaster", "birdhouse", "wardrobe", "anvil", "spinning wheel", "sundial", "carousel", "rowboat", "easel",
           "lawnmower", "barometer", "fountain", "gazebo"]
# objects with a synonym: the same thing in other words
SYNONYM_OBJECTS = [("sofa", "couch"), ("bicycle", "bike"), ("automobile", "car"), ("sweater", "jumper"),
                   ("photograph", "photo"), ("luggage", "baggage"), ("refrigerator", "fridge"), ("faucet", "tap"),
                   ("truck", "lorry"), ("motorcycle", "motorbike"), ("television", "TV set"), ("cellar", "basement")]
# (do, undo): opposite actions on an object, third person
OPPOSED_ACTIONS = [(("pack", "packs"), ("unpack", "unpacks")), (("load", "loads"), ("unload", "unloads")),
                   (("lock", "locks"), ("unlock", "unlocks")), (("fill", "fills"), ("empty", "empties")),
                   (("inflate", "inflates"), ("deflate", "deflates")), (("tie up", "ties up"), ("untie", "unties")),
                   (("assemble", "assembles"), ("take apart", "takes apart")),
                   (("switch on", "switches on"), ("switch off", "switches off")), (("buy", "buys"), ("sell", "sells")),
                   (("borrow", "borrows"), ("return", "returns"))]
TIMES = [("next week", "last week"), ("this spring", "this autumn"), ("before lunch", "after lunch"),
         ("on Monday", "on Thursday"), ("in the morning", "at night"), ("next year", "last year")]
NAMES = ["Thaddeus", "Marisol", "Ottilie", "Benedikt", "Zuleika", "Caspian", "Henrike", "Ludovic", "Perpetua",
         "Cyprian", "Wilhelmina", "Evander", "Rosamund", "Lysander", "Octavia", "Peregrine"]
# outcomes: (base, third person), propositions of their own far from the objects above
OUTCOMES = [("earn a bonus", "earns a bonus"), ("take the afternoon off", "takes the afternoon off"),
            ("call the landlord", "calls the landlord"), ("write a report", "writes a report"),
            ("stay late at the workshop", "stays late at the workshop"), ("visit the hardware store",
                                                                         "visits the hardware store"),
            ("post a review online", "posts a review online"), ("order a pizza", "orders a pizza"),
            ("feel proud", "feels proud"), ("tell the neighbours", "tells the neighbours")]

NEAR_MISSES = ["object", "agent", "modal", "quantifier", "time", "denial", "opposite"]
PARAPHRASES = ["synonym verb", "synonym object", "passive", "nominalisation", "pronoun"]
FRAMES = ["modus ponens", "modus tollens", "disjunctive syllogism"]


@dataclass(frozen=True)
class Item:
    kind: str
    context: str
    question: str
    answer: str  # "yes" / "no"


@dataclass(frozen=True)
class Pair:
    """The proposition as the frame states it, and the other sentence (third person, no final stop): a near miss
    (another proposition) or a paraphrase (the same one), each also in the negative; `relation` is how the other's
    truth depends on the proposition's: "same", "denial" (its negation), "implied" ("all" gives "some"), "apart"."""

    said: str
    said_denied: str
    other: str
    other_denied: str
    relation: str

    @property
    def same(self) -> bool:
        return self.relation == "same"


def _the(noun: str) -> str:
    return f"the {noun}"


def pair(rng: random.Random, kind: str, name: str, he: str) -> Pair:
    """One near-miss or paraphrase pair of `kind` about `name`."""
    (base, third, participle), (syn_base, syn_third, syn_participle) = rng.choice(VERBS)
    thing, other_thing = rng.sample(OBJECTS, 2)
    does_not = rng.choice(["does not", "doesn't"])

    def active(who: str, verb: tuple[str, str], obj: str, tail: str = "") -> tuple[str, str]:
        return f"{who} {verb[1]} {obj}{tail}", f"{who} {does_not} {verb[0]} {obj}{tail}"

    said, said_denied = active(name, (base, third), _the(thing))
    if kind == "object":
        return Pair(said, said_denied, *active(name, (base, third), _the(other_thing)), relation="apart")
    if kind == "agent":
        other_name = rng.choice([n for n in NAMES if n != name])
        return Pair(said, said_denied, *active(other_name, (base, third), _the(thing)), relation="apart")
    if kind == "modal":
        modal = rng.choice(["may", "might"])  # not "could": "could not" says "does not"
        return Pair(said, said_denied, f"{name} {modal} {base} {_the(thing)}", f"{name} {modal} not {base} "
                    f"{_the(thing)}", relation="apart")
    if kind == "quantifier":
        plural = thing + ("es" if thing.endswith(("s", "sh", "ch")) else "s")
        every = rng.choice([f"all of the {plural}", f"every {thing} in the shed"])
        said, said_denied = active(name, (base, third), every)
        return Pair(said, said_denied, f"{name} {third} some of the {plural}",
                    f"{name} {does_not} {base} any of the {plural}", relation="implied")
    if kind == "time":
        when, other_when = rng.sample(rng.choice(TIMES), 2)
        said, said_denied = active(name, (base, third), _the(thing), " " + when)
        return Pair(said, said_denied, *active(name, (base, third), _the(thing), " " + other_when), relation="apart")
    if kind == "denial":
        return Pair(said, said_denied, said_denied, said, relation="denial")
    if kind == "opposite":
        do, undo = rng.sample(rng.choice(OPPOSED_ACTIONS), 2)
        said, said_denied = active(name, do, _the(thing))
        return Pair(said, said_denied, *active(name, undo, _the(thing)), relation="apart")
    # paraphrases
    if kind == "synonym verb":
        return Pair(said, said_denied, *active(name, (syn_base, syn_third), _the(thing)), relation="same")
    if kind == "synonym object":
        word, synonym = rng.choice(SYNONYM_OBJECTS)
        if rng.random() < 0.5:
            word, synonym = synonym, word
        said, said_denied = active(name, (base, third), _the(word))
        return Pair(said, said_denied, *active(name, (base, third), _the(synonym)), relation="same")
    if kind == "passive":
        be = rng.choice(["is", "gets"])
        return Pair(said, said_denied, f"{_the(thing)} {be} {participle} by {name}",
                    f"{_the(thing)} {'is not' if be == 'is' else 'does not get'} {participle} by {name}",
                    relation="same")
    if kind == "nominalisation":
        verb = rng.choice([v for v in VERBS if v[0][0] in ACTION_NOUNS])[0]
        said, said_denied = active(name, (verb[0], verb[1]), _the(thing))
        noun = ACTION_NOUNS[verb[0]]
        return Pair(said, said_denied, f"{name} carries out the {noun} of {_the(thing)}",
                    f"{name} {does_not} carry out the {noun} of {_the(thing)}", relation="same")
    # pronoun
    return Pair(said, said_denied, *active(he, (base, third), _the(thing)), relation="same")


def _truth(goal: Callable[[tuple[bool, ...]], bool], facts: list[Callable[[tuple[bool, ...]], bool]]) -> str:
    worlds = [w for w in itertools.product((False, True), repeat=4) if all(f(w) for f in facts)]
    assert worlds, "the generated context must be consistent"
    return "yes" if all(goal(w) for w in worlds) else "no"


def _ask(statement: str, rng: random.Random) -> str:
    return f"{rng.choice(['Does this imply', 'Does this mean', 'Does this entail'])} that {statement}?"


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] + "."


def frame(rng: random.Random, frame_kind: str, pair_kind: str) -> list[Item]:
    """One context of `frame_kind` in which the pair's second sentence takes the place the inference needs, and its
    questions. Atoms: 0 the proposition said, 1 the other sentence (tied to 0 by the pair's relation), 2 and 3 two
    outcomes. The other sentence is said in the context (modus ponens, disjunctive syllogism) or asked (modus
    tollens), so both directions of the match are tried."""
    name = rng.choice(NAMES)
    he = rng.choice(["he", "she"])
    p = pair(rng, pair_kind, name, he)
    (out_base, out_third), (alt_base, alt_third) = rng.sample(OUTCOMES, 2)
    other = 1
    if pair_kind == "pronoun":
        intro = f"{name} works at the old boatyard."  # the pronoun needs its person named first
    else:
        intro = ""
    sentences: list[str] = []
    facts: list[Callable[[tuple[bool, ...]], bool]] = []
    questions: list[tuple[str, Callable[[tuple[bool, ...]], bool]]] = []
    facts.append({"same": lambda v: v[1] == v[0], "denial": lambda v: v[1] != v[0],
                  "implied": lambda v: v[1] or not v[0], "apart": lambda v: True}[p.relation])
    if frame_kind == "modus ponens":  # if P then Q; other. Q?
        sentences.append(rng.choice([f"If {p.said}, {he} will {out_base}.", f"Whenever {p.said}, {he} {out_third}."]))
        facts.append(lambda v: (not v[0]) or v[2])
        sentences.append(_sentence(p.other))
        facts.append(lambda v, k=other: v[k])
        questions.append((_ask(f"{name} {out_third}", rng), lambda v: v[2]))
        questions.append((_ask(f"{name} {rng.choice(['does not', 'will not'])} {out_base}", rng),
                          lambda v: not v[2]))
    elif frame_kind == "modus tollens":  # if P then Q; not Q. not other?
        sentences.append(f"If {p.said}, {he} will {out_base}.")
        facts.append(lambda v: (not v[0]) or v[2])
        sentences.append(_sentence(f"{name} {rng.choice(['does not', 'did not', 'will not'])} {out_base}"))
        facts.append(lambda v: not v[2])
        questions.append((_ask(p.other_denied, rng), lambda v, k=other: not v[k]))
        questions.append((_ask(p.other, rng), lambda v, k=other: v[k]))
    else:  # disjunctive syllogism: P or Q; not other. Q?
        sentences.append(rng.choice([f"Either {p.said} or {he} {alt_third}.",
                                     f"At least one of these is true: {p.said}, or {he} {alt_third}."]))
        facts.append(lambda v: v[0] or v[3])
        sentences.append(_sentence(p.other_denied))
        facts.append(lambda v, k=other: not v[k])
        questions.append((_ask(f"{name} {alt_third}", rng), lambda v: v[3]))
    text = " ".join(s[0].upper() + s[1:] for s in ([intro] if intro else []) + sentences)
    label = ("paraphrase: " if p.same else "near miss: ") + pair_kind
    return [Item(f"{frame_kind} ({label})", text, q, _truth(f, facts)) for q, f in questions]


def generate_near_misses(seed: int) -> list[Item]:
    """Every near-miss kind in every frame once per seed (about 49 items): the answer rests on keeping them apart."""
    rng = random.Random(110_000 + seed)
    return [item for kind in NEAR_MISSES for f in FRAMES for item in frame(rng, f, kind)]


def generate_paraphrases(seed: int) -> list[Item]:
    """Every paraphrase kind in every frame once per seed (about 35 items): the answer rests on joining them."""
    rng = random.Random(120_000 + seed)
    return [item for kind in PARAPHRASES for f in FRAMES for item in frame(rng, f, kind)]


def outcome(item: Item) -> str:
    """right / wrong / abstained for the reader (`entailment.answer_about`) on one item."""
    from agentlib.puzzles.english.entailment import answer_about

    verdict = answer_about(item.context, item.question)
    if verdict.status == "abstained" or verdict.answer is None:
        return "abstained"
    return "right" if verdict.answer == item.answer else "wrong"

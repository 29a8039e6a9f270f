"""Generated everyday puzzles of every family the English grammar reads, checked against brute force.

Each generator makes fresh names and words, shuffles the sentences and varies the wording (several
phrasings of each connective, comparison and claim); brute force over every possible world gives the
expected answer. The grammar must answer each one `verified` and right: these generators, and texts not
seen while writing the grammar, are the measure of its generality.
"""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
ADJECTIVES = ["blorpy", "frimble", "snazzy", "glumpish", "zorky", "wuggly", "plimsy", "trunky", "quibbly", "dorfish"]
NOUNS = ["wug", "blicket", "zib", "fep", "zorp", "toma", "glim", "nark"]


def fresh_names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    return names


# -- propositional connectives in prose -------------------------------------------------------------

def atom_text(name: str, adjective: str, positive: bool) -> str:
    return f"{name} is {'' if positive else 'not '}{adjective}"


CONNECTIVES = {
    "if": [lambda a, b: f"If {a}, then {b}", lambda a, b: f"If {a}, {b}", lambda a, b: f"{b} if {a}",
           lambda a, b: f"{a} only if {b}", lambda a, b: f"Whenever {a}, {b}"],
    "or": [lambda a, b: f"{a} or {b}", lambda a, b: f"Either {a} or {b}"],
    "xor": [lambda a, b: f"Either {a} or {b}, but not both"],
    "and": [lambda a, b: f"{a} and {b}", lambda a, b: f"Both {a} and {b}", lambda a, b: f"{a}, but {b}"],
    "iff": [lambda a, b: f"{a} if and only if {b}"],
    "unless": [lambda a, b: f"{a} unless {b}", lambda a, b: f"Unless {b}, {a}"],
    "nor": [lambda a, b: f"Neither {a} nor {b}"],
}


def truth(kind: str, a: bool, b: bool) -> bool:
    return {"if": (not a) or b, "or": a or b, "xor": a != b, "and": a and b, "iff": a == b, "unless": a or b,
            "nor": not a and not b}[kind]


@st.composite
def propositional_puzzles(draw):
    rng = random.Random(draw(st.integers(0, 10**9)))
    names = fresh_names(rng, 3)
    adjectives = rng.sample(ADJECTIVES, 3)
    atoms = list(zip(names, adjectives))  # atom i: names[i] is adjectives[i]
    sentences, rules = [], []
    for _ in range(draw(st.integers(1, 3))):
        kind = rng.choice(list(CONNECTIVES))
        i, j = rng.sample(range(3), 2)
        pa, pb = rng.random() < 0.8, rng.random() < 0.8
        if kind == "nor":
            pa = pb = True
        a, b = atom_text(*atoms[i], pa), atom_text(*atoms[j], pb)
        sentences.append(rng.choice(CONNECTIVES[kind])(a, b) + ".")
        rules.append((kind, i, pa, j, pb))
    facts = []
    for _ in range(draw(st.integers(0, 2))):
        k = rng.randrange(3)
        positive = rng.random() < 0.5
        sentences.append(atom_text(*atoms[k], positive)[0].upper() + atom_text(*atoms[k], positive)[1:] + ".")
        facts.append((k, positive))
    rng.shuffle(sentences)
    sentences = [s[0].upper() + s[1:] for s in sentences]
    asked = rng.randrange(3)
    return sentences, rules, facts, atoms, asked


@settings(max_examples=25, deadline=None)
@given(propositional_puzzles())
def test_generated_propositional_puzzles_match_truth_tables(puzzle):
    sentences, rules, facts, atoms, asked = puzzle
    worlds = []
    for bits in itertools.product([False, True], repeat=3):
        ok = all(truth(kind, bits[i] == pa, bits[j] == pb) for kind, i, pa, j, pb in rules)
        ok = ok and all(bits[k] == positive for k, positive in facts)
        if ok:
            worlds.append(bits)
    name, adjective = atoms[asked]
    verdict = solve(" ".join(sentences) + f" Is {name} {adjective}?")
    mentioned = {x for _, i, _, j, _ in rules for x in (i, j)} | {k for k, _ in facts}
    if asked not in mentioned:  # a question about what no sentence mentions is not answered from a wording gap
        assert verdict.status == "abstained" and verdict.failure == "not_parsed", verdict.reason
        return
    if not worlds:
        assert verdict.status == "abstained" and verdict.failure == "unsat", verdict.reason
        return
    values = {w[asked] for w in worlds}
    expected = "yes" if values == {True} else "no" if values == {False} else "cannot be determined"
    assert verdict.status == "verified", (sentences, verdict.failure, verdict.reason, verdict.unparsed)
    assert verdict.answer == expected, sentences


# -- comparatives and orderings -----------------------------------------------------------------------

SCALES = [("taller", "shorter", "tallest", "shortest"), ("older", "younger", "oldest", "youngest"),
          ("heavier", "lighter", "heaviest", "lightest"), ("faster", "slower", "fastest", "slowest")]


@st.composite
def ordering_puzzles(draw):
    rng = random.Random(draw(st.integers(0, 10**9)))
    n = draw(st.integers(3, 5))
    names = fresh_names(rng, n)
    order = list(names)
    rng.shuffle(order)  # order[0] is the most (tallest)
    more, less, most, least = rng.choice(SCALES)
    pairs = [(order[k], order[k + 1]) for k in range(n - 1)]
    extra = draw(st.integers(0, 2))
    for _ in range(extra):
        a, b = rng.sample(range(n), 2)
        pairs.append((order[min(a, b)], order[max(a, b)]))
    drop = draw(st.booleans())
    if drop and len(pairs) > 1:
        pairs.pop(rng.randrange(len(pairs)))
    sentences = []
    for high, low in pairs:
        sentences.append(f"{high} is {more} than {low}." if rng.random() < 0.5 else f"{low} is {less} than {high}.")
    rng.shuffle(sentences)
    ask_most = draw(st.booleans())
    return sentences, pairs, names, (most if ask_most else least), ask_most


@settings(max_examples=25, deadline=None)
@given(ordering_puzzles())
def test_generated_orderings_match_every_permutation(puzzle):
    sentences, pairs, names, word, ask_most = puzzle
    names = [n for n in names if any(n in pair for pair in pairs)]  # the text knows only the people it mentions
    consistent = [p for p in itertools.permutations(names)
                  if all(p.index(high) < p.index(low) for high, low in pairs)]
    tops = {p[0] if ask_most else p[-1] for p in consistent}
    verdict = solve(" ".join(sentences) + f" Who is the {word}?")
    if len(tops) == 1:
        assert verdict.status == "verified" and verdict.answer == tops.pop(), (sentences, verdict.reason)
    else:
        assert verdict.status == "abstained" and verdict.failure == "ambiguous", (sentences, verdict.answer)


# -- truth-tellers and liars -----------------------------------------------------------------------

INTROS = [
    "Knights always tell the truth and knaves always lie.",
    "On this island, knights always tell the truth, and knaves always lie.",
    "Each of them is either a knight or a knave.",
]


def claim_text(kind: str, target: str, speaker: str) -> str:
    who = "I" if target == speaker else target
    verb = "am" if who == "I" else "is"
    return {"knight": f"{who} {verb} a knight", "knave": f"{who} {verb} a knave",
            "liar": f"{who} {verb} a liar" if who != "I" else "I am lying",
            "honest": f"{who} always tells the truth" if who != "I" else "I always tell the truth"}[kind]


def claim_truth(kind: str, target_is_knight: bool) -> bool:
    return target_is_knight if kind in ("knight", "honest") else not target_is_knight


@st.composite
def knight_puzzles(draw):
    rng = random.Random(draw(st.integers(0, 10**9)))
    n = draw(st.integers(2, 3))
    names = fresh_names(rng, n)
    statements = []
    for speaker in names:
        kind = rng.choice(["knight", "knave", "liar", "honest"])
        target = rng.choice([x for x in names if x != speaker]) if rng.random() < 0.85 else speaker
        joined = rng.random() < 0.35
        second = None
        if joined:
            other = rng.choice([x for x in names if x not in (speaker, target)] or [speaker])
            second = (rng.choice(["knight", "knave"]), other, rng.choice(["and", "or"]))
        statements.append((speaker, kind, target, second))
    sentences = [rng.choice(INTROS)]
    for speaker, kind, target, second in statements:
        text = claim_text(kind, target, speaker)
        if second is not None:
            text += f" {second[2]} " + claim_text(second[0], second[1], speaker)
        style = rng.randrange(3)
        sentences.append(f'{speaker} says: "{text}."' if style == 0 else f'{speaker} said, "{text}."' if style == 1
                         else f"{speaker} says that {text}.")
    return sentences, statements, names


@settings(max_examples=25, deadline=None)
@given(knight_puzzles())
def test_generated_knights_and_knaves_match_brute_force(puzzle):
    sentences, statements, names = puzzle
    solutions = []
    for bits in itertools.product([False, True], repeat=len(names)):
        knight = dict(zip(names, bits))
        ok = True
        for speaker, kind, target, second in statements:
            value = claim_truth(kind, knight[target])
            if second is not None:
                other = claim_truth(second[0], knight[second[1]])
                value = (value and other) if second[2] == "and" else (value or other)
            ok = ok and (value == knight[speaker])
        if ok:
            solutions.append(knight)
    verdict = solve(" ".join(sentences) + " Who is a knight and who is a knave?")
    if len(solutions) == 1:
        expected = {n: "knight" if v else "knave" for n, v in solutions[0].items()}
        assert verdict.status == "verified" and verdict.answer == expected, (sentences, verdict.reason,
                                                                            verdict.unparsed)
    elif not solutions:
        assert verdict.failure == "unsat", (sentences, verdict.reason)
    else:
        assert verdict.failure == "ambiguous", (sentences, verdict.answer)


# -- assignment grids ---------------------------------------------------------------------------------

PETS = ["cat", "dog", "fish", "bird"]
DRINKS = ["tea", "coffee", "milk", "juice"]


@st.composite
def grid_puzzles(draw):
    rng = random.Random(draw(st.integers(0, 10**9)))
    n = 3
    names = fresh_names(rng, n)
    pets = rng.sample(PETS, n)
    truth_pets = dict(zip(names, rng.sample(pets, n)))
    clues = []
    for _ in range(draw(st.integers(1, 4))):
        name = rng.choice(names)
        pet = rng.choice(pets)
        if truth_pets[name] == pet:
            clues.append((name, pet, True, rng.choice([f"{name} has the {pet}.", f"{name} owns the {pet}.",
                                                       f"The {pet} belongs to {name}."])))
        else:
            clues.append((name, pet, False, rng.choice([f"{name} does not have the {pet}.",
                                                        f"{name} doesn't own the {pet}."])))
    rng.shuffle(clues)
    asked = rng.choice(pets)
    intro = f"{', '.join(names[:-1])} and {names[-1]} each have a different pet: " + \
        ", ".join(f"a {p}" for p in pets[:-1]) + f" and a {pets[-1]}."
    return intro, clues, names, pets, asked


@settings(max_examples=20, deadline=None)
@given(grid_puzzles())
def test_generated_grids_match_every_assignment(puzzle):
    intro, clues, names, pets, asked = puzzle
    owners = set()
    for perm in itertools.permutations(pets):
        assignment = dict(zip(names, perm))
        if all((assignment[n] == p) == positive for n, p, positive, _ in clues):
            owners.add(next(n for n, p in assignment.items() if p == asked))
    text = intro + " " + " ".join(c[3] for c in clues) + f" Who has the {asked}?"
    verdict = solve(text)
    if len(owners) == 1:
        assert verdict.status == "verified" and verdict.answer == owners.pop(), (text, verdict.reason,
                                                                                verdict.unparsed)
    else:
        assert verdict.status == "abstained", (text, verdict.answer)


# -- categorical syllogisms: validity by brute force over every kind of world ------------------------------

FORMS = {
    "A": [lambda s, p: f"All {s}s are {p}s.", lambda s, p: f"Every {s} is a {p}.", lambda s, p: f"Each {s} is a {p}."],
    "E": [lambda s, p: f"No {s}s are {p}s.", lambda s, p: f"No {s} is a {p}."],
    "I": [lambda s, p: f"Some {s}s are {p}s.", lambda s, p: f"Some {s} is a {p}."],
    "O": [lambda s, p: f"Some {s}s are not {p}s.", lambda s, p: f"Not all {s}s are {p}s."],
}


def holds(kind: str, s: int, p: int, world: list[tuple[bool, bool, bool]]) -> bool:
    if kind == "A":
        return all(t[p] for t in world if t[s])
    if kind == "E":
        return not any(t[p] for t in world if t[s])
    if kind == "I":
        return any(t[p] for t in world if t[s])
    return any(not t[p] for t in world if t[s])


@st.composite
def syllogisms(draw):
    rng = random.Random(draw(st.integers(0, 10**9)))
    terms = rng.sample(NOUNS, 3)  # 0 = S (minor), 1 = M (middle), 2 = P (major)
    figure = rng.randrange(4)
    major = [(1, 2), (2, 1), (1, 2), (2, 1)][figure]
    minor = [(0, 1), (0, 1), (1, 0), (1, 0)][figure]
    kinds = [rng.choice("AEIO") for _ in range(3)]
    premises = [(kinds[0], *major), (kinds[1], *minor)]
    conclusion = (kinds[2], 0, 2)
    rng.shuffle(premises)
    marker = rng.choice(["Therefore", "So", "Hence", "Thus"])
    sentences = [rng.choice(FORMS[k])(terms[a], terms[b]) for k, a, b in premises]
    final = rng.choice(FORMS[conclusion[0]])(terms[0], terms[2])
    text = " ".join(sentences) + f" {marker}, {final[0].lower()}{final[1:]}"
    return text, premises, conclusion


@settings(max_examples=25, deadline=None)
@given(syllogisms())
def test_generated_syllogisms_match_brute_force_validity(case):
    text, premises, conclusion = case
    types = list(itertools.product([False, True], repeat=3))
    valid = True
    for size in range(1, len(types) + 1):
        for world in itertools.combinations(types, size):
            if all(holds(k, s, p, list(world)) for k, s, p in premises) and \
                    not holds(conclusion[0], conclusion[1], conclusion[2], list(world)):
                valid = False
                break
        if not valid:
            break
    analysis = _analyze(text)
    assert analysis.status == "verified", (text, analysis.failure, analysis.reason, analysis.unparsed)
    assert analysis.answer == ("valid" if valid else "invalid"), text
    if not valid:
        assert analysis.counter_model

"""Fresh puzzles, never seen by the formalizers: new names, shuffled statements, every statement form,
speech verb and quote style; each is solved and checked against brute force."""

import itertools
import random

import pytest

from agentlib.puzzles import deduction, knights

FIRST = ["Zorba", "Quill", "Maren", "Tobiah", "Ysolde", "Kestrel", "Bram", "Odessa", "Fenwick", "Lior", "Sabine", "Ulric"]
KINDS = [("knights", "knaves"), ("saints", "sinners"), ("heroes", "villains"), ("truthers", "fibbers")]


def render_claim(rng, claim, names, kinds, speaker, depth=0):
    kind, *args = claim
    truthful, liar = kinds
    if kind == "atom":
        who, is_truthful, negated = args
        subject = "I am" if who == speaker and rng.random() < 0.3 else f"{names[who]} is"
        word = truthful if is_truthful else liar
        return f"{subject} {'not ' if negated else ''}a {word}"
    if kind == "not":
        return f"it is not the case that {render_claim(rng, args[0], names, kinds, speaker, depth + 1)}"
    if kind == "group":
        members, is_truthful, low, high = args
        return render_group(rng, members, is_truthful, low, high, names, kinds, speaker)
    left, right = (render_claim(rng, a, names, kinds, speaker, depth + 1) for a in args)
    if kind == "and":
        return f"{left} and {right}"
    if kind == "or":
        return f"{left} or {right}"
    if kind == "if":
        return f"if {left} then {right}"
    return f"{left} if and only if {right}"


NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six"]


def render_group(rng, members, is_truthful, low, high, names, kinds, speaker):
    """A plural or counted claim about `members`; (low, high) bounds how many have the named kind."""
    plural = (kinds[0] + ("es" if kinds[0] == "hero" else "s")) if is_truthful else kinds[1] + "s"
    everyone = len(members) == len(names)
    n = len(members)
    counted = not (low == high == n)
    if everyone and rng.random() < 0.5:
        group = "us"
    else:
        me = "me" if counted else "I"  # "exactly one of Ann and me", "Ann and I are knights"
        spelled = [me if m == speaker else names[m] for m in members]
        group = ", ".join(spelled[:-1]) + rng.choice([" and ", ", and "]) + spelled[-1]
    if low == high == n:
        if group == "us":
            return rng.choice(["we are all ", "all of us are "]) + plural
        return f"{group} are {'both ' if n == 2 and rng.random() < 0.5 else ''}{plural}"
    if low == high == 0:
        return f"none of {group} is a {kinds[0] if is_truthful else kinds[1]}"
    k = low if low == high else (low if high == n else high)
    word = NUMBER_WORDS[k] if rng.random() < 0.7 else str(k)
    quantifier = "exactly" if low == high else ("at least" if high == n else "at most")
    verb = "is" if k == 1 else "are"
    kind = (kinds[0] if is_truthful else kinds[1]) if k == 1 else plural
    return f"{quantifier} {word} of {group} {verb} {'a ' if k == 1 else ''}{kind}"


def random_group(rng, n):
    size = rng.randint(2, n)
    members = sorted(rng.sample(range(n), size))
    shape = rng.choice(["all", "none", "exactly", "at least", "at most"])
    k = rng.randint(1, size - 1) if size > 1 else 1
    low, high = {"all": (size, size), "none": (0, 0), "exactly": (k, k), "at least": (k, size), "at most": (0, k)}[shape]
    return ("group", members, rng.random() < 0.5, low, high)


def evaluate(claim, roles, speaker):
    kind, *args = claim
    if kind == "group":
        members, is_truthful, low, high = args
        count = sum(roles[m] == is_truthful for m in members)
        return low <= count <= high
    if kind == "atom":
        who, is_truthful, negated = args
        return (roles[who] == is_truthful) != negated
    if kind == "not":
        return not evaluate(args[0], roles, speaker)
    a, b = (evaluate(x, roles, speaker) for x in args)
    return {"and": a and b, "or": a or b, "if": (not a) or b, "iff": a == b}[kind]


def random_atom(rng, n):
    return ("atom", rng.randrange(n), rng.random() < 0.5, rng.random() < 0.3)


def random_claim(rng, n):
    shape = rng.choice(["atom", "and", "or", "if", "iff", "not", "group"])
    if shape == "atom":
        return random_atom(rng, n)
    if shape == "group":
        return random_group(rng, n)
    if shape == "not":
        return ("not", random_atom(rng, n))
    return (shape, random_atom(rng, n), random_atom(rng, n))


def say(rng, speaker_name, content):
    quote = rng.choice([('"', '"'), ("“", "”"), ("«", "»")])
    q = f"{quote[0]}{content[0].upper()}{content[1:]}{quote[1]}"
    return rng.choice([
        f"{speaker_name} said, {q}.",
        f"{speaker_name} claims: {q}.",
        f"In {speaker_name}'s words: {q}.",
        f"{q[:-1]},{quote[1]} {speaker_name} exclaimed.",
        f"{q} - {speaker_name}.",
        f"{speaker_name} told you that {content}.",
        f"According to {speaker_name}, {q}.",
        f"{speaker_name} was heard saying, {q}.",
    ])


def make_knights_puzzle(seed):
    rng = random.Random(seed)
    n = rng.randint(2, 6)
    names = rng.sample(FIRST, n)
    kinds = rng.choice(KINDS)
    claims = [random_claim(rng, n) for _ in range(n)]
    sentences = [say(rng, names[i], render_claim(rng, claims[i], names, (kinds[0][:-1] if not kinds[0].endswith("es") else kinds[0][:-2], kinds[1][:-1]), i)) for i in range(n)]
    rng.shuffle(sentences)
    truthful, liar = kinds
    text = (f"A very special island is inhabited only by {truthful} and {liar}. "
            f"{truthful.capitalize()} always tell the truth, and {liar} always lie. "
            f"You meet {n} inhabitants: {', '.join(names[:-1])}, and {names[-1]}. "
            + " ".join(sentences) + f" So who is a {knights.singular(truthful)} and who is a {knights.singular(liar)}?")
    solutions = [roles for roles in itertools.product([True, False], repeat=n)
                 if all(roles[i] == evaluate(claims[i], roles, i) for i in range(n))]
    return text, names, (knights.singular(truthful), knights.singular(liar)), solutions


@pytest.mark.parametrize("seed", range(120))
def test_fresh_knights_puzzles_match_brute_force(seed):
    text, names, (truthful, liar), solutions = make_knights_puzzle(seed)
    verdict = knights.solve(text)
    assert not verdict.unparsed, verdict.unparsed
    if len(solutions) == 1:
        assert verdict.verified
        assert verdict.answer == {name: truthful if role else liar for name, role in zip(names, solutions[0])}
    elif not solutions:
        assert verdict.status == "abstained" and verdict.failure == "unsat"
    else:
        assert verdict.status == "abstained" and verdict.failure == "ambiguous"


AXES = {
    "left-right": ("leftmost", "rightmost", lambda k: f"the {ORD[k]} from the left", lambda k: f"the {ORD[k]} from the right",
                   "to the left of", "to the right of", "is"),
    "age": ("oldest", "newest", lambda k: f"the {ORD[k]}-oldest", lambda k: f"the {ORD[k]}-newest", "older than", "newer than", "is"),
    "price": ("cheapest", "most expensive", lambda k: f"the {ORD[k]}-cheapest", lambda k: f"the {ORD[k]}-most expensive",
              "less expensive than", "more expensive than", "are"),
}
ORD = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
THINGS = ["zircons", "quokkas", "lutes", "kayaks", "gongs", "yurts", "abacuses", "mandolins", "tapirs"]


def position_phrase(axis, pos, n, rng):
    first, last, from_start, from_end, *_ = AXES[axis]
    if pos == 1:
        return f"the {first}"
    if pos == n:
        return f"the {last}"
    if rng.random() < 0.5 and pos in ORD:
        return from_start(pos)
    return from_end(n + 1 - pos) if (n + 1 - pos) in ORD else from_start(pos)


def make_deduction_puzzle(seed):
    rng = random.Random(seed)
    n = rng.choice([3, 5, 7])
    axis = rng.choice(list(AXES))
    objects = rng.sample(THINGS, n)
    order = objects[:]
    rng.shuffle(order)
    pos = {o: i + 1 for i, o in enumerate(order)}
    verb = AXES[axis][6]
    sentences = []

    def consistent(perm):
        p = {o: i + 1 for i, o in enumerate(perm)}
        return all(check(p) for check in checks)

    checks = []
    while True:
        remaining = [perm for perm in itertools.permutations(objects) if consistent(perm)]
        if len(remaining) == 1:
            break
        a, b = rng.sample(objects, 2)
        if rng.random() < 0.4:
            phrase = position_phrase(axis, pos[a], n, rng)
            sentences.append(f"The {a} {verb} {phrase}.")
            checks.append(lambda p, a=a, v=pos[a]: p[a] == v)
        else:
            less = pos[a] < pos[b]
            word = AXES[axis][4] if less else AXES[axis][5]
            sentences.append(f"The {a} {verb} {word} the {b}.")
            checks.append(lambda p, a=a, b=b, less=less: (p[a] < p[b]) == less)
    rng.shuffle(sentences)
    target = rng.randrange(1, n + 1)
    letters = "ABCDEFG"
    options = [f"{letters[i]}) The {o} {verb} {position_phrase(axis, target, n, random.Random(seed))}." for i, o in enumerate(objects)]
    answer = letters[objects.index(order[target - 1])]
    text = (f"The following paragraphs each describe a set of objects arranged in a fixed order.\n\n"
            f"A stall has {n} things: {', '.join(objects[:-1])}, and {objects[-1]}. " + " ".join(sentences)
            + "\n\nWhich of the following is true?\n" + "\n".join(options))
    return text, answer


@pytest.mark.parametrize("seed", range(60))
def test_fresh_ordering_puzzles_match_brute_force(seed):
    text, answer = make_deduction_puzzle(seed)
    verdict = deduction.solve(text)
    assert not verdict.unparsed, verdict.unparsed
    assert verdict.verified, verdict.reason
    assert verdict.answer == answer

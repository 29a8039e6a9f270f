"""Fresh ProofWriter- and ProntoQA-style theories (made-up words, shuffled, negations) vs Python oracles.

The generators keep their own logical form, so the oracles never see the formalizers' parse:
- ProofWriter: forward chaining with negative facts as atoms (the dataset's semantics);
- ProntoQA: classical entailment by brute force over each individual's truth assignments.
"""

import itertools
import random

from agentlib.puzzles.proofwriter import solve as solve_proofwriter
from agentlib.puzzles.prontoqa import solve as solve_prontoqa

CONSONANTS = "bdfgklmnprtvz"
VOWELS = "aeiou"
RESERVED = {"is", "are", "and", "not", "then", "if", "the", "it", "they", "them", "does", "do", "all", "some", "no",
            "every", "each", "a", "an", "someone", "something", "things", "people"}
X = "X"  # the generators' variable


def word(rng: random.Random, used: set[str], syllables: int = 2, suffix: str = "") -> str:
    while True:
        text = "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(syllables)) + rng.choice("klmnrt") + suffix
        if text not in used and text not in RESERVED:
            used.add(text)
            return text


# ---------------------------------------------------------------------------------------------
# ProofWriter style
# ---------------------------------------------------------------------------------------------


def third_person(verb: str) -> str:
    return verb + "es" if verb.endswith(("ch", "sh", "x")) else verb + "s"


def pw_clause(literal, entity_text, pronoun: str) -> str:
    """A literal as a ProofWriter clause; `pronoun` is "it"/"they"/"something"/"someone" for X."""
    predicate, args, negated = literal
    plural = pronoun == "they"

    def term(arg):
        return pronoun if arg == X else entity_text[arg]

    def obj(arg):
        return ("them" if pronoun == "they" else "it") if arg == X else entity_text[arg]

    subject = term(args[0])
    if len(args) == 1:
        copula = "are" if plural and args[0] == X else "is"
        return f"{subject} {copula} {'not ' if negated else ''}{predicate}"
    verb_plural = plural and args[0] == X
    if negated:
        return f"{subject} {'do' if verb_plural else 'does'} not {predicate} {obj(args[1])}"
    return f"{subject} {predicate if verb_plural else third_person(predicate)} {obj(args[1])}"


def pw_theory(rng: random.Random):
    used: set[str] = set()
    names = [word(rng, used).capitalize() for _ in range(rng.randint(1, 2))]
    nouns = [word(rng, used) for _ in range(rng.randint(1, 2))]
    entity_text = {n.lower(): n for n in names}
    for noun in nouns:
        key = noun if rng.random() < 0.6 else f"{word(rng, used)} {noun}"
        entity_text[key] = f"the {key}"
    entities = list(entity_text)
    adjectives = [word(rng, used, 1) for _ in range(rng.randint(4, 7))]
    verbs = [word(rng, used, 1, rng.choice(["", "", "ch"])) for _ in range(rng.randint(0, 2))]

    def attribute(arg, negation_rate=0.3):
        return (rng.choice(adjectives), (arg,), rng.random() < negation_rate)

    def relation(subject, obj, negation_rate=0.3):
        return (rng.choice(verbs), (subject, obj), rng.random() < negation_rate)

    rules, sentences = [], []
    for _ in range(rng.randint(3, 7)):  # facts
        fact = relation(rng.choice(entities), rng.choice(entities)) if verbs and rng.random() < 0.35 else attribute(rng.choice(entities))
        if fact[1] == (fact[1][0], fact[1][0]) and len(fact[1]) == 2:
            continue
        rules.append(((), (fact,)))
        clause = pw_clause(fact, entity_text, "it")
        sentences.append(clause[0].upper() + clause[1:])
    for _ in range(rng.randint(4, 9)):
        kind = rng.choice(["if1", "if2", "generic", "ground", "relbody", "relhead", "negrelbody", "relobj"] if verbs else
                          ["if1", "if2", "generic", "ground"])
        pronoun = rng.choice(["something", "someone"])
        then_pronoun = "they" if pronoun == "someone" and rng.random() < 0.6 else "it"
        if kind == "ground":
            entity = rng.choice(entities)
            body, head = (attribute(entity),), (attribute(entity),)
            text = f"If {pw_clause(body[0], entity_text, 'it')} then {pw_clause(head[0], entity_text, 'it')}"
        elif kind == "generic":
            body = tuple((a, (X,), False) for a in rng.sample(adjectives, rng.randint(1, 2)))
            head = (attribute(X),)
            adjective_list = ", ".join(b[0] for b in body)
            lead = rng.choice(["All ", ""])
            noun = rng.choice(["things", "people"])
            text = f"{lead}{adjective_list} {noun} are {'not ' if head[0][2] else ''}{head[0][0]}"
            text = text[0].upper() + text[1:]
        else:
            if kind in ("if1", "relobj"):
                body = (attribute(X, 0.2),)
            elif kind == "if2":
                body = (attribute(X, 0.0), attribute(X, 0.3))
            elif kind == "relbody":
                body = (relation(X, rng.choice(entities), 0.0),)
            else:
                body = (attribute(X, 0.0), relation(X, rng.choice(entities), 1.0 if kind == "negrelbody" else 0.0))
            if kind == "relhead":
                head = (relation(X, rng.choice(entities)),)
            elif kind == "relobj":  # "... then the cat chases it / them"
                head = (relation(rng.choice(entities), X),)
            else:
                head = (attribute(X),)
            parts = [pw_clause(body[0], entity_text, pronoun)]
            for extra in body[1:]:
                if len(extra[1]) == 1 and rng.random() < 0.5:  # "is big and (not) red"
                    parts.append(f"{'not ' if extra[2] else ''}{extra[0]}")
                else:
                    parts.append(pw_clause(extra, entity_text, then_pronoun if then_pronoun == "they" else "it"))
            text = f"If {' and '.join(parts)} then {pw_clause(head[0], entity_text, then_pronoun)}"
        rules.append((body, head))
        sentences.append(text)
    goal = relation(rng.choice(entities), rng.choice(entities), 0.5) if verbs and rng.random() < 0.3 else attribute(rng.choice(entities), 0.5)
    rng.shuffle(sentences)
    question = pw_clause(goal, entity_text, "it")
    question = question[0].upper() + question[1:]
    text = " ".join(s + "." for s in sentences)
    text += f"\n\nBased on the above information, is the following statement true, false, or unknown? {question}."
    return text, rules, entities, goal


def forward_chaining(rules, entities) -> set:
    known: set = set()
    changed = True
    while changed:
        changed = False
        for body, head in rules:
            for entity in entities:
                ground = lambda lit: (lit[0], tuple(entity if a == X else a for a in lit[1]), lit[2])  # noqa: E731
                if all(ground(lit) in known for lit in body):
                    for lit in head:
                        if ground(lit) not in known:
                            known.add(ground(lit))
                            changed = True
    return known


def pw_expected(rules, entities, goal) -> str:
    known = forward_chaining(rules, entities)
    if any((p, a, not n) in known for p, a, n in known):
        return "unsat"
    if goal in known:
        return "True"
    if (goal[0], goal[1], not goal[2]) in known:
        return "False"
    return "Unknown"


def test_generated_proofwriter_theories_match_forward_chaining():
    outcomes = {"True": 0, "False": 0, "Unknown": 0, "unsat": 0}
    for seed in range(60):
        text, rules, entities, goal = pw_theory(random.Random(seed))
        expected = pw_expected(rules, entities, goal)
        verdict = solve_proofwriter(text)
        got = verdict.answer if verdict.verified else verdict.failure
        assert got == expected, f"seed {seed}:\n{text}\n{verdict.render()}"
        outcomes[expected] += 1
    assert min(outcomes["True"], outcomes["False"], outcomes["Unknown"], outcomes["unsat"]) >= 3, outcomes


# ---------------------------------------------------------------------------------------------
# ProntoQA style
# ---------------------------------------------------------------------------------------------

NOUN_FORMS = [("us", "uses"), ("ax", "axes"), ("y", "ies"), ("on", "ons")]


def pq_theory(rng: random.Random):
    used: set[str] = set()
    nouns = []
    for _ in range(rng.randint(4, 7)):
        singular_end, plural_end = rng.choice(NOUN_FORMS)
        stem = word(rng, used)
        nouns.append((stem + singular_end, stem + plural_end))
    adjectives = [word(rng, used, 1) for _ in range(rng.randint(2, 4))]
    name = word(rng, used).capitalize()
    predicates = [n[0] for n in nouns] + adjectives
    rules, sentences = [], []
    order = list(range(len(nouns)))
    rng.shuffle(order)
    for i, j in zip(order, order[1:]):  # a class chain with side properties
        negated = rng.random() < 0.15
        rules.append((nouns[i][0], nouns[j][0], negated))
        sentences.append(pq_sentence(rng, nouns[i], nouns[j][0], nouns[j][1], negated, noun=True))
    for _ in range(rng.randint(2, 5)):
        source = rng.choice(nouns)
        adjective, negated = rng.choice(adjectives), rng.random() < 0.4
        rules.append((source[0], adjective, negated))
        sentences.append(pq_sentence(rng, source, adjective, adjective, negated, noun=False))
    facts = [(rng.choice(nouns)[0], False)]
    if rng.random() < 0.3:
        facts.append((rng.choice(adjectives), rng.random() < 0.5))
    for predicate, negated in facts:
        article = "a " if predicate not in adjectives else ""
        sentences.append(f"{name} is {'not ' if negated else ''}{article}{predicate}")
    goal_predicate = rng.choice(predicates)
    goal_negated = rng.random() < 0.5
    article = "a " if goal_predicate not in adjectives else ""
    rng.shuffle(sentences)
    text = " ".join(s + "." for s in sentences)
    text += f" Is the following statement true or false? {name} is {'not ' if goal_negated else ''}{article}{goal_predicate}."
    return text, predicates, rules, facts, (goal_predicate, goal_negated)


def pq_sentence(rng, source, target_singular, target_plural, negated, *, noun: bool) -> str:
    style = rng.choice(["every", "each", "plural"])
    neg = "not " if negated else ""
    if style == "plural":
        return f"{source[1].capitalize()} are {neg}{target_plural}"
    article = ("an " if target_singular[0] in VOWELS else "a ") if noun else ""
    return f"{style.capitalize()} {source[0]} is {neg}{article}{target_singular}"


def pq_expected(predicates, rules, facts, goal) -> str:
    """Classical entailment over one individual: enumerate every truth assignment."""
    goal_values = set()
    for bits in itertools.product([False, True], repeat=len(predicates)):
        value = dict(zip(predicates, bits))
        if not all(value[p] != negated for p, negated in facts):
            continue
        if not all((not value[a]) or (value[b] != negated) for a, b, negated in rules):
            continue
        goal_values.add(value[goal[0]] != goal[1])
    if not goal_values:
        return "unsat"
    if goal_values == {True}:
        return "True"
    if goal_values == {False}:
        return "False"
    return "ambiguous"


def test_generated_prontoqa_theories_match_brute_force():
    outcomes = {"True": 0, "False": 0, "ambiguous": 0, "unsat": 0}
    for seed in range(60):
        text, predicates, rules, facts, goal = pq_theory(random.Random(1000 + seed))
        expected = pq_expected(predicates, rules, facts, goal)
        verdict = solve_prontoqa(text)
        got = verdict.answer if verdict.verified else verdict.failure
        assert got == expected, f"seed {seed}:\n{text}\n{verdict.render()}"
        outcomes[expected] += 1
    assert min(outcomes["True"], outcomes["False"], outcomes["ambiguous"]) >= 3, outcomes

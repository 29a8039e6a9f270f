"""Generated arguments for the constructions of batch c, each checked against a brute-force truth table.

- complementary adjectives ("off" / "on", "closed" / "open", "dead" / "alive", "asleep" / "awake"): where an
  argument uses both words, the second is the negation of the first; the truth table reads it so;
- contraries ("hot" / "cold", "full" / "empty", "happy" / "sad") are never read as negations: a conclusion that
  needs it is never verified valid;
- clauses joined by "or" whose subjects are definite things and whose verbs are also nouns ("the team wins or the
  band loses"): read as two clauses, in dilemmas and disjunctive syllogisms;
- a rule "the N Vs whenever someone Vs the M" / "the N Vs only if it Vs": no definite description swallows the
  subordinator or the pronoun;
- a name read only as a place ("is in Kobaro") is not a candidate for "he / she".
The words are drawn fresh for each example; `analyze` must answer verified and right.
"""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import _analyze

COMPLEMENTS = {  # (word, its negation) -> things it is said of
    ("on", "off"): ["lamp", "heater", "radio", "oven", "fan"],
    ("open", "closed"): ["shop", "gate", "window", "museum", "bakery"],
    ("alive", "dead"): ["fish", "plant", "tree", "beetle"],
    ("awake", "asleep"): ["baby", "puppy", "guard"],
}
CONTRARIES = {("hot", "cold"): ["soup", "tea", "bath"], ("full", "empty"): ["jar", "tank", "bucket"],
              ("happy", "sad"): ["child", "clown", "farmer"]}
OTHER_THINGS = ["kitchen", "garden", "hallway", "cellar", "attic", "porch"]
OTHER_ADJECTIVES = ["blorpy", "frimble", "snazzy", "glumpish", "zorky", "wuggly", "plimsy", "trunky"]
SUBJECTS = ["team", "band", "crowd", "driver", "teacher", "baker", "coach", "choir", "guard", "pilot", "clerk"]
VERBS = ["wins", "loses", "sings", "leaves", "waits", "laughs", "cheers", "rests", "sleeps", "complains", "shouts"]
SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]


def _entails(premises, conclusion, letters: int) -> bool:
    """Brute force: every assignment of the letters that makes all premises true makes the conclusion true."""
    return all(conclusion(v) for v in itertools.product([False, True], repeat=letters) if all(p(v) for p in premises))


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _verdict(text: str):
    analysis = _analyze(text)
    return analysis.status, analysis.answer


@st.composite
def complement_arguments(draw):
    """A rule about a thing's complementary state and another thing's property, a fact, a conclusion; each state
    said with either word of the pair, plain or negated."""
    rng = random.Random(draw(st.integers(0, 10**9)))
    (positive, negative), things = rng.choice(list(COMPLEMENTS.items()))
    thing, other, adjective = rng.choice(things), rng.choice(OTHER_THINGS), rng.choice(OTHER_ADJECTIVES)

    def state(holds: bool) -> str:  # the thing's state (letter 0) said holding / failing, in one of four wordings
        word = rng.choice([positive, negative])
        negated = (word == negative) == holds
        return f"the {thing} is {'not ' if negated else ''}{word}"

    def prop(holds: bool) -> str:  # the other thing's property (letter 1)
        return f"the {other} is {'' if holds else 'not '}{adjective}"

    rule_sign, rule_then = rng.random() < 0.5, rng.random() < 0.5
    rule = f"If {state(rule_sign)}, {prop(rule_then)}."
    fact_about_state = rng.random() < 0.5
    fact_holds, goal_holds = rng.random() < 0.5, rng.random() < 0.5
    fact = _cap((state if fact_about_state else prop)(fact_holds)) + "."
    goal = (prop if fact_about_state else state)(goal_holds) + "."
    premises = [lambda v: (v[0] != rule_sign) or (v[1] == rule_then),
                lambda v: v[0 if fact_about_state else 1] == fact_holds]
    valid = _entails(premises, lambda v: v[1 if fact_about_state else 0] == goal_holds, 2)
    marker = rng.choice(["So", "Therefore", "Hence"])
    return f"{rule} {fact} {marker} {goal}", "valid" if valid else "invalid"


@given(complement_arguments())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_complementary_adjectives_are_read_as_negations(case):
    text, expected = case
    assert _verdict(text) == ("verified", expected), text


@given(st.integers(0, 10**9))
@settings(max_examples=15, deadline=None, derandomize=True)
def test_contraries_are_never_read_as_negations(seed):
    rng = random.Random(seed)
    (one, other_word), things = rng.choice(list(CONTRARIES.items()))
    thing, other, adjective = rng.choice(things), rng.choice(OTHER_THINGS), rng.choice(OTHER_ADJECTIVES)
    text = (f"If the {thing} is {one}, the {other} is {adjective}. The {other} is not {adjective}. "
            f"So the {thing} is {other_word}.")
    assert _verdict(text) != ("verified", "valid"), text  # "not hot" is not "cold"


@st.composite
def clause_dilemmas(draw):
    """Two rules, a disjunction of their conditions (or a denial), and a conclusion: every subject a definite thing
    whose verb may also be a noun ("the team wins")."""
    rng = random.Random(draw(st.integers(0, 10**9)))
    subjects = rng.sample(SUBJECTS, 4)
    verbs = [rng.choice(VERBS) for _ in range(4)]
    clauses = [f"the {s} {v}" for s, v in zip(subjects, verbs)]
    shape = rng.choice(["constructive", "destructive", "disjunctive", "affirming a disjunct", "converse"])
    rules = [f"If {clauses[0]}, {clauses[2]}.", f"If {clauses[1]}, {clauses[3]}."]
    rule_truths = [lambda v: (not v[0]) or v[2], lambda v: (not v[1]) or v[3]]
    if shape == "constructive":
        extra, goal = f"{_cap(clauses[0])} or {clauses[1]}.", f"{clauses[2]} or {clauses[3]}."
        facts, claim = [lambda v: v[0] or v[1]], (lambda v: v[2] or v[3])
    elif shape == "converse":  # affirming the consequents
        extra, goal = f"{_cap(clauses[2])} or {clauses[3]}.", f"{clauses[0]} or {clauses[1]}."
        facts, claim = [lambda v: v[2] or v[3]], (lambda v: v[0] or v[1])
    elif shape == "destructive":
        neg = [c.replace(f" {v}", f" does not {v[:-1] if not v.endswith('es') or v in ('loses', 'leaves') else v[:-2]}")
               for c, v in zip(clauses, verbs)]
        extra, goal = f"{_cap(neg[2])} or {neg[3]}.", f"{neg[0]} or {neg[1]}."
        facts, claim = [lambda v: (not v[2]) or (not v[3])], (lambda v: (not v[0]) or (not v[1]))
    else:
        rules, rule_truths = [f"{_cap(clauses[0])} or {clauses[1]}."], [lambda v: v[0] or v[1]]
        if shape == "disjunctive":
            base = verbs[0][:-2] if verbs[0].endswith(("shes", "ches")) else verbs[0][:-1]
            extra, goal = f"{_cap(clauses[0]).replace(' ' + verbs[0], ' does not ' + base)}.", f"{clauses[1]}."
            facts, claim = [lambda v: not v[0]], (lambda v: v[1])
        else:
            base = verbs[1][:-2] if verbs[1].endswith(("shes", "ches")) else verbs[1][:-1]
            extra, goal = f"{_cap(clauses[0])}.", f"{clauses[1].replace(' ' + verbs[1], ' does not ' + base)}."
            facts, claim = [lambda v: v[0]], (lambda v: not v[1])
    valid = _entails([*rule_truths, *facts], claim, 4)
    return f"{' '.join(rules)} {extra} So {goal}", "valid" if valid else "invalid"


@given(clause_dilemmas())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_clauses_joined_by_or_are_read_as_clauses(case):
    text, expected = case
    assert _verdict(text) == ("verified", expected), text


@given(st.integers(0, 10**9))
@settings(max_examples=20, deadline=None, derandomize=True)
def test_no_description_swallows_a_subordinator_or_a_pronoun(seed):
    rng = random.Random(seed)
    first, second = rng.sample(SUBJECTS, 2)
    verb, other_verb = rng.sample(VERBS, 2)
    thing = rng.choice(OTHER_THINGS)
    if rng.random() < 0.5:
        rule = f"The {first} {verb} whenever someone cleans the {thing}."
        condition, result = f"someone cleans the {thing}", f"the {first} {verb}"
    else:
        rule = f"The {first} {verb} only if it {other_verb}."  # "it" is the thing named before it
        condition, result = f"the {first} {verb}", f"it {other_verb}"
    forward = rng.random() < 0.5  # the condition given (valid) or the result given (affirming the consequent)
    given_clause, goal = (condition, result) if forward else (result, condition)
    expected = "valid" if forward else "invalid"
    text = f"{rule} {_cap(given_clause)}. So {goal}."
    assert _verdict(text) == ("verified", expected), text


@given(st.integers(0, 10**9))
@settings(max_examples=15, deadline=None, derandomize=True)
def test_a_place_is_not_who_a_pronoun_means(seed):
    rng = random.Random(seed)
    names: list[str] = []
    while len(names) < 3:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    person, here, there = names
    pronoun = rng.choice(["he", "she"])
    adjective = rng.choice(OTHER_ADJECTIVES)
    valid = rng.random() < 0.5
    goal = f"{person} is {adjective}" if valid else f"{person} is in {here}"
    text = (f"Either {person} is in {here} or {pronoun} is in {there}. If {pronoun} is in {here}, {pronoun} is "
            f"{adjective}. If {pronoun} is in {there}, {pronoun} is {adjective}. So {goal}.")
    assert _verdict(text) == ("verified", "valid" if valid else "invalid"), text


def test_a_pronoun_two_people_could_mean_still_abstains():
    assert _analyze("If Dorla calls Mebbin, she is glad. Dorla calls Mebbin. So Dorla is glad.").status == "abstained"


@given(st.integers(0, 10**9))
@settings(max_examples=25, deadline=None, derandomize=True)
def test_two_rules_in_one_sentence_are_judged_only_when_both_groupings_agree(seed):
    """ "If A, B, and if C, D" is two rules, or the second inside the first ("if A, (B, and if C, D)"): the analysis
    answers only the verdict both groupings give (brute force over A..D), and abstains when they differ."""
    rng = random.Random(seed)
    names: list[str] = []
    while len(names) < 4:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    adjectives = rng.sample(OTHER_ADJECTIVES, 4)
    said = [f"{n} is {a}" for n, a in zip(names, adjectives)]
    # C is A's result (a chain) or a letter of its own
    chain = rng.random() < 0.5
    c_letter = 1 if chain else 2
    rule = f"If {said[0]}, {said[1]}, and if {said[c_letter]}, {said[3]}."
    fact_letter = rng.choice([0, c_letter])
    goal_letter = rng.choice([1, 3])
    text = f"{rule} {_cap(said[fact_letter])}. So {said[goal_letter]}."

    def fact(v):
        return v[fact_letter]

    two_rules = [lambda v: (not v[0]) or v[1], lambda v: (not v[c_letter]) or v[3], fact]
    nested = [lambda v: (not v[0]) or (v[1] and ((not v[c_letter]) or v[3])), fact]
    verdicts = {_entails(premises, lambda v: v[goal_letter], 4) for premises in (two_rules, nested)}
    status, answer = _verdict(text)
    if len(verdicts) == 2:
        assert status == "abstained", text
    else:
        assert (status, answer) == ("verified", "valid" if verdicts.pop() else "invalid"), text


@given(st.integers(0, 10**9))
@settings(max_examples=20, deadline=None, derandomize=True)
def test_it_that_may_be_the_weather_is_judged_only_when_both_readings_agree(seed):
    """ "If the oven is on, it is warm": "it" is the oven or the weather; the verdict must hold under both."""
    rng = random.Random(seed)
    (positive, negative), things = rng.choice(list(COMPLEMENTS.items()))
    thing = rng.choice(things)
    weather = rng.choice(["warm", "cold", "dark", "wet"])
    fact_kind = rng.choice(["state", "weather", "thing weather", "not thing weather"])
    facts = {"state": (f"The {thing} is {positive}.", lambda v: v[0]),
             "weather": (f"It is {weather}.", lambda v: v[1]),
             "thing weather": (f"The {thing} is {weather}.", lambda v: v[2]),
             "not thing weather": (f"The {thing} is not {weather}.", lambda v: not v[2])}
    fact, fact_truth = facts[fact_kind]
    goal_kind = rng.choice(["thing weather", "state off"])
    goal, goal_truth = ((f"the {thing} is {weather}", lambda v: v[2]) if goal_kind == "thing weather" else
                        (f"the {thing} is {negative}", lambda v: not v[0]))
    text = f"If the {thing} is {positive}, it is {weather}. {fact} So {goal}."
    # letters: 0 the thing's state, 1 the weather, 2 the thing has the weather word
    as_weather = [lambda v: (not v[0]) or v[1], fact_truth]
    as_thing = [lambda v: (not v[0]) or v[2], fact_truth]
    verdicts = {_entails(premises, goal_truth, 3) for premises in (as_weather, as_thing)}
    status, answer = _verdict(text)
    if len(verdicts) == 2:
        assert status == "abstained", text
    else:
        assert status != "verified" or answer == ("valid" if verdicts.pop() else "invalid"), text


@given(st.integers(0, 10**9))
@settings(max_examples=20, deadline=None, derandomize=True)
def test_a_condition_after_provided_that_and_whoever_rules(seed):
    """ "A provided that B" is "if B, A"; "Whoever Vs is P" is "everyone who Vs is P": modus ponens / tollens,
    affirming the consequent and denying the antecedent, against the truth table of the rule."""
    rng = random.Random(seed)
    names: list[str] = []
    while len(names) < 2:
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        if name not in names:
            names.append(name)
    adjective = rng.choice(OTHER_ADJECTIVES)
    verb = rng.choice(["sings", "waits", "laughs", "complains", "shouts"])
    base = verb[:-2] if verb.endswith("shes") else verb[:-1]
    if rng.random() < 0.5:
        rule = f"{names[0]} is {adjective} provided that {names[1]} {verb}."
        condition = (f"{names[1]} {verb}", f"{names[1]} does not {base}")
    else:
        rule = f"Whoever {verb} is {adjective}."
        condition = (f"{names[0]} {verb}", f"{names[0]} does not {base}")
    result = (f"{names[0]} is {adjective}", f"{names[0]} is not {adjective}")
    fact_on_condition, fact_true, goal_true = rng.random() < 0.5, rng.random() < 0.5, rng.random() < 0.5
    fact = (condition if fact_on_condition else result)[0 if fact_true else 1]
    goal = (result if fact_on_condition else condition)[0 if goal_true else 1]
    # letters: 0 the condition, 1 the result (for "whoever", of the one person the argument is about)
    valid = _entails([lambda v: (not v[0]) or v[1], lambda v: v[0 if fact_on_condition else 1] == fact_true],
                     lambda v: v[1 if fact_on_condition else 0] == goal_true, 2)
    text = f"{rule} {fact}. So {goal}."
    assert _verdict(text) == ("verified", "valid" if valid else "invalid"), text


GOVERNED = ["allergic to cats", "afraid of spiders", "good at chess", "interested in art", "proud of the garden",
            "tired of waiting", "fond of music", "worried about money"]


@given(st.integers(0, 10**9))
@settings(max_examples=25, deadline=None, derandomize=True)
def test_an_adjective_with_its_preposition_and_anyone_who_does_not(seed):
    """ "Anyone who is afraid of spiders (does not) V": one property, and "anyone" universal under a negation;
    modus ponens / tollens and the fallacies against the truth table of the rule."""
    rng = random.Random(seed)
    person = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    phrase = rng.choice([g for g in GOVERNED if "waiting" not in g])
    verb = rng.choice(["sings", "waits", "laughs", "complains", "shouts"])
    base = verb[:-1]
    negative = rng.random() < 0.5
    subject = rng.choice(["Anyone who", "Whoever", "Anybody who"])
    rule = f"{subject} is {phrase} {'does not ' + base if negative else verb}."
    condition = (f"{person} is {phrase}", f"{person} is not {phrase}")
    result = (f"{person} {verb}", f"{person} does not {base}")
    fact_on_condition, fact_true, goal_true = rng.random() < 0.5, rng.random() < 0.5, rng.random() < 0.5
    fact = (condition if fact_on_condition else result)[0 if fact_true else 1]
    goal = (result if fact_on_condition else condition)[0 if goal_true else 1]
    # letters: 0 the condition, 1 "the person Vs"
    premises = [lambda v: (not v[0]) or (v[1] != negative), lambda v: v[0 if fact_on_condition else 1] == fact_true]
    valid = _entails(premises, lambda v: v[1 if fact_on_condition else 0] == goal_true, 2)
    text = f"{rule} {fact}. So {goal}."
    assert _verdict(text) == ("verified", "valid" if valid else "invalid"), text


def test_a_number_or_a_name_after_the_preposition_is_not_an_adjective_phrase():
    # "one of the guests" is a membership, "married to Bob" a relation: neither is read as a property
    analysis = _analyze("Ravi is fond of Mila. So Mila is fond of Ravi.")
    assert analysis.status != "verified" or analysis.answer == "invalid"
    assert _analyze("None of the guests arrived late. Ravi is one of the guests. So Ravi did not arrive late.").answer \
        == "valid"


@given(st.integers(0, 10**9))
@settings(max_examples=12, deadline=None, derandomize=True)
def test_honest_means_one_thing_of_named_people_and_of_some_or_all(seed):
    """ "honest" said of a class ("some pilots are honest") and in a noun phrase ("honest people") is one property,
    as it is of a named person: Darii, Barbara and the undistributed middle against their Venn-diagram verdicts."""
    rng = random.Random(seed)
    kind, adjective = rng.choice(["pilots", "bakers", "sailors", "farmers", "clerks"]), rng.choice(OTHER_ADJECTIVES)
    word = rng.choice(["honest", "dishonest"])
    first = rng.choice(["Some", "All"])
    middle_all = rng.random() < 0.5
    text = (f"{first} {kind} are {word}. {'All' if middle_all else 'Some'} {word} people are {adjective}. "
            f"So {first.lower()} {kind} are {adjective}.")
    expected = "valid" if middle_all else "invalid"  # Darii / Barbara; with "some" the middle is undistributed
    status, answer = _verdict(text)
    if word == "honest":
        assert (status, answer) == ("verified", expected), text
    else:  # "dishonest" alone names a lying kind with no truthful one: an abstention is allowed, never a wrong verdict
        assert status != "verified" or answer == expected, text

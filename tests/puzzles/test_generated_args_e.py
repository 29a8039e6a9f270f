"""Generated checks for the constructions batch args e showed unread or wrong, each against a truth table.

- "as long as" / "so long as" opening or following a clause is the condition "provided that": every one of the four
  two-premise forms (modus ponens / tollens, affirming the consequent, denying the antecedent) in both word orders,
  keyed by the truth table of (condition, result); after a copula it stays the equative comparison.
- "that is why" marks a conclusion, as "so" does.
- "no one in the choir" is "nobody in the choir": keyed by brute force over who is in it and who smokes.
- A "he / she" two people named before it could mean makes `solve` abstain, as `analyze` does (regression: "If Kim
  meets Lu, she waves. Kim meets Lu. Does Lu wave?" was answered "yes"); with one person it is read, and a name
  later in the pronoun's own clause is never its antecedent ("if she moves to Boston": not Boston).
"""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

NAMES = ["Ada", "Bea", "Cal", "Dov", "Eli", "Fay", "Gil", "Hana", "Ines", "Jon", "Kip", "Lou", "Mei", "Nils"]
CLAUSES = [("sings", "does not sing"), ("is home", "is not home"), ("dances", "does not dance"),
           ("is happy", "is not happy"), ("works", "does not work")]


def _follows(premises, conclusion) -> bool:
    """Truth table over (condition, result) with the rule "if condition then result"."""
    return all(conclusion(c, r) for c, r in itertools.product([True, False], repeat=2)
               if (not c or r) and all(p(c, r) for p in premises))


FORMS = {  # name -> (second premise, conclusion) as truth functions, and which side each mentions
    "modus ponens": ((lambda c, r: c, "cond", True), (lambda c, r: r, "res", True)),
    "modus tollens": ((lambda c, r: not r, "res", False), (lambda c, r: not c, "cond", False)),
    "affirming the consequent": ((lambda c, r: r, "res", True), (lambda c, r: c, "cond", True)),
    "denying the antecedent": ((lambda c, r: not c, "cond", False), (lambda c, r: not r, "res", False)),
}


def _as_long_as_cases(seed: int) -> list[tuple[str, bool]]:
    rng = random.Random(seed)
    cases = []
    for (second, second_side, second_pos), (concl, concl_side, concl_pos) in FORMS.values():
        a, b = rng.sample(NAMES, 2)
        (ca, na), (cb, nb) = rng.sample(CLAUSES, 2)
        said = {("cond", True): f"{a} {ca}", ("cond", False): f"{a} {na}",
                ("res", True): f"{b} {cb}", ("res", False): f"{b} {nb}"}
        connective = rng.choice(["as long as", "so long as"])
        if connective == "as long as" and rng.random() < 0.5:
            rule = f"As long as {a} {ca}, {b} {cb}."
        else:
            rule = f"{b} {cb} {connective} {a} {ca}."
        text = f"{rule} {said[second_side, second_pos]}. So {said[concl_side, concl_pos]}."
        cases.append((text, _follows([second], concl)))
    return cases


@pytest.mark.parametrize("seed", range(6))
def test_as_long_as_is_the_condition_in_every_form(seed):
    for text, valid in _as_long_as_cases(seed):
        analysis = _analyze(text)
        assert analysis.status == "verified", (text, analysis.reason)
        assert analysis.answer == ("valid" if valid else "invalid"), text


@pytest.mark.parametrize("seed", range(3))
def test_as_long_as_after_a_copula_stays_a_comparison(seed):
    rng = random.Random(seed)
    a, b, c = rng.sample(["the rope", "the pole", "the hose", "the cable", "the plank"], 3)
    verdict = solve(f"{a.capitalize()} is as long as {b}. {b.capitalize()} is as long as {c}. Is {a} as long as "
                    f"{c}?")
    assert verdict.status == "verified" and verdict.answer == "yes", verdict.reason


@pytest.mark.parametrize("seed", range(4))
def test_that_is_why_marks_the_conclusion(seed):
    rng = random.Random(seed)
    a, b = rng.sample(NAMES, 2)
    (ca, _), (cb, _) = rng.sample(CLAUSES, 2)
    marker = rng.choice(["That's why", "That is why", "This is why"])
    valid = _analyze(f"If {a} {ca}, {b} {cb}. {a} {ca}. {marker} {b} {cb}.")
    invalid = _analyze(f"If {a} {ca}, {b} {cb}. {b} {cb}. {marker} {a} {ca}.")
    assert (valid.status, valid.answer) == ("verified", "valid"), valid.reason
    assert (invalid.status, invalid.answer) == ("verified", "invalid"), invalid.reason


GROUPS = [("in the choir", "smokes", "smoke", "Does"), ("on the team", "is late", "late", "Is"),
          ("at the desk", "sleeps", "sleep", "Does")]


@pytest.mark.parametrize("group, says, asks, aux", GROUPS)
@pytest.mark.parametrize("member, acts", list(itertools.product([True, False, None], [True, False, None])))
def test_no_one_in_a_group_against_every_world(group, says, asks, aux, member, acts):
    """ "No one in G Vs. [X is / isn't in G.] [X Vs / doesn't.] Question": brute force over (in G, Vs)."""
    name = random.Random(f"{group}{member}{acts}").choice(NAMES)
    text = f"No one {group} {says}."
    if member is not None:
        text += f" {name} is {'' if member else 'not '}{group}."
    said_act = {True: f" {name} {says}.", False: f" {name} does not {says.split()[-1]}." if aux == "Does" else
                f" {name} is not {says.split()[-1]}."}
    if acts is not None:
        text += said_act[acts]
    worlds = [(m, a) for m, a in itertools.product([True, False], repeat=2)
              if not (m and a) and member in (None, m) and acts in (None, a)]
    question_about_act = acts is None
    question = f" {aux} {name} {asks}?" if question_about_act else f" Is {name} {group}?"
    values = {a if question_about_act else m for m, a in worlds}
    verdict = solve(text + question)
    if not worlds:  # a member who smokes: the statements contradict each other
        assert verdict.status == "abstained" and verdict.failure == "unsat", text + question
        return
    expected = "cannot be determined" if len(values) == 2 else ("yes" if values == {True} else "no")
    assert verdict.status == "verified", (text + question, verdict.reason)
    assert verdict.answer == expected, text + question


@pytest.mark.parametrize("seed", range(6))
def test_a_pronoun_two_people_could_mean_makes_solve_abstain(seed):
    rng = random.Random(seed)
    a, b = rng.sample(NAMES, 2)
    pronoun = rng.choice(["she", "he"])
    verb, base = rng.choice([("meets", "meet"), ("calls", "call"), ("visits", "visit")])
    acts, act_base = rng.choice([("waves", "wave"), ("smiles", "smile"), ("sings", "sing")])
    same_sentence = f"If {a} {verb} {b}, {pronoun} {acts}. {a} {verb} {b}. Does {b} {act_base}?"
    two_sentences = f"{a} {verb} {b}. {pronoun.capitalize()} {acts}. Does {a} {act_base}?"
    for text in (same_sentence, two_sentences):
        verdict = solve(text)
        assert verdict.status == "abstained" and verdict.failure == "ambiguous", (text, verdict.answer)
    one_person = f"If {a} is home, {pronoun} {acts}. {a} is home. Does {a} {act_base}?"
    verdict = solve(one_person)
    assert (verdict.status, verdict.answer) == ("verified", "yes"), (one_person, verdict.reason)


def test_a_name_later_in_the_pronouns_clause_is_not_its_antecedent():
    from agentlib.puzzles.english.pronouns import unclear_pronoun
    from agentlib.puzzles.english.reader import read_text

    text = "If Kim wins, she moves to Boston. If she moves to Boston, Kim is happy. Is Kim happy?"
    reading = read_text(text)
    assert unclear_pronoun(reading.sentences, reading) is None
    text = "Kim meets Lu. If she moves to Boston, Lu is happy. Is Lu happy?"
    reading = read_text(text)
    assert unclear_pronoun(reading.sentences, reading) is not None  # Kim or Lu: still two


@pytest.mark.parametrize("seed", range(6))
def test_no_longer_denies_the_verb_phrase(seed):
    """ "X no longer Vs" is "X does not V": asked directly, and as the second premise of a rule "if X Vs, Y Ws",
    where it is denying the antecedent (invalid) for "Y doesn't W" and modus ponens's partner for nothing else."""
    rng = random.Random(seed)
    a, b = rng.sample(NAMES, 2)
    verb, base = rng.choice([("works at the bank", "work at the bank"), ("sings", "sing"), ("plays chess",
                                                                                             "play chess")])
    verdict = solve(f"{a} no longer {verb}. Does {a} {base}?")
    assert (verdict.status, verdict.answer) == ("verified", "no"), verdict.reason
    copular = solve("The shop is no longer open. Is the shop open?")
    assert (copular.status, copular.answer) == ("verified", "no"), copular.reason
    (cb, nb) = rng.choice(CLAUSES)
    denied = _analyze(f"If {a} {verb}, {b} {cb}. {a} no longer {verb}. So {b} {nb}.")
    assert (denied.status, denied.answer) == ("verified", "invalid"), denied.reason
    tollens = _analyze(f"If {b} {cb}, {a} {verb}. {a} no longer {verb}. So {b} {nb}.")
    assert (tollens.status, tollens.answer) == ("verified", "valid"), tollens.reason


def test_no_longer_than_stays_a_comparison():
    verdict = solve("The rope is no longer than the pole. Is the rope longer than the pole?")
    assert verdict.status != "verified" or verdict.answer == "no"


@pytest.mark.parametrize("seed", range(6))
def test_fail_to_denies_the_verb_in_its_tense(seed):
    """ "X fails / failed to V" is "X does / did not V": the modus tollens through "started" and the question."""
    rng = random.Random(seed)
    thing = rng.choice(["the car", "the van", "the mower", "the boat"])
    cause = rng.choice(["the battery is dead", "the tank is empty", "the key is lost"])
    negated = cause.replace(" is ", " is not ")
    valid = _analyze(f"{thing.capitalize()} fails to start if {cause}. {thing.capitalize()} started. So {negated}.")
    assert (valid.status, valid.answer) == ("verified", "valid"), valid.reason
    invalid = _analyze(f"{thing.capitalize()} fails to start if {cause}. {thing.capitalize()} failed to start. So "
                       f"{cause}.")
    assert (invalid.status, invalid.answer) == ("verified", "invalid"), invalid.reason
    a, b = rng.sample(NAMES, 2)
    asked = solve(f"{a} failed to call {b}. Did {a} call {b}?")
    assert (asked.status, asked.answer) == ("verified", "no"), asked.reason
    kept = solve(f"{a} fails the course. Does {a} fail the course?")  # "fail" with an object stays a verb
    assert (kept.status, kept.answer) == ("verified", "yes"), kept.reason


@pytest.mark.parametrize("seed", range(8))
def test_only_before_names_is_an_exceptive_against_every_world(seed):
    """ "Only A (and B) V" (regression: "Only Ann has a key. Does Ben have a key?" was verified "cannot be
    determined", "Ann" read as a kind): the named ones V, every other person of the cast does not; brute force
    over who Vs among the cast, keeping the worlds the statement allows."""
    rng = random.Random(seed)
    cast = rng.sample(NAMES, 4)
    chosen = cast[:rng.choice([1, 2])]
    verb, base = rng.choice([("has a key", "have a key"), ("passed the test", "pass the test"), ("sings", "sing")])
    subject = " and ".join(chosen)
    if len(chosen) == 2:
        verb = verb.replace("has a key", "have a key")
    said = f"Only {subject} {verb}. {' '.join(f'{n} is a guest.' for n in cast)}"
    for asked in cast:
        worlds = [world for world in itertools.product([True, False], repeat=len(cast))
                  if all(v == (n in chosen) for n, v in zip(cast, world))]
        values = {world[cast.index(asked)] for world in worlds}
        expected = "cannot be determined" if len(values) == 2 else ("yes" if values == {True} else "no")
        verdict = solve(f"{said} Did {asked} {base}?" if "passed" in verb else f"{said} Does {asked} {base}?")
        assert (verdict.status, verdict.answer) == ("verified", expected), (said, asked, verdict.reason)


def test_only_before_a_name_is_never_read_as_a_kind():
    """ "Only Ann or Bo passed" (no exceptive shape) must not become "everyone who passed is an ann": abstain."""
    verdict = solve("Only Ann or Bo passed. Did Cy pass?")
    assert verdict.status == "abstained"

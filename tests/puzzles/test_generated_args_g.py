"""Generated checks for the constructions batch args g showed wrong or unread, each against brute force.

- "has a key" against "has no key": the grammar reads the first as one property and the second as a relation to
  every key; `indefinite_objects` links them (regression: "Kofi is not a member of the club, since every member of
  the club has a key and Kofi has no key." was verified invalid, and "Every member has a key and Kofi has no key. Is
  Kofi a member?" answered "cannot be determined"). The stray-statement check now weighs each half of an "and"
  alone, so a half read as something unrelated abstains instead of answering. Keyed by brute force over whether the
  person is one of the kind and has one.
- "A even if B" asserts A whether or not B; "A even though B" and "although" assert both (regression: "Tom goes even
  if it rains. It doesn't rain. Does Tom go?" answered "cannot be determined", "even if" read as "if" and "goes even"
  as the verb). Keyed by the truth table of A and B.
"""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

NAMES = ["Ada", "Bea", "Cal", "Dov", "Eli", "Fay", "Gil", "Hana", "Ines", "Jon", "Kip", "Lou", "Mei", "Nils"]
KINDS = ["member", "tenant", "guest", "nurse", "driver", "pilot"]
OBJECTS = [("has", "have", "key"), ("owns", "own", "car"), ("carries", "carry", "badge"), ("has", "have", "ticket"),
           ("holds", "hold", "permit")]


def _indefinite_follows(every_has: bool, has: bool, concluded_member: bool) -> bool:
    """Brute force over (is one of the kind, has one): "every K has one" (or "no K has one"), the stated fact about
    having, and the conclusion about being one of the kind."""
    worlds = [(member, owns) for member, owns in itertools.product([True, False], repeat=2)
              if owns == has and (not member or owns == every_has)]
    return all(member == concluded_member for member, _ in worlds)


def _indefinite_cases(seed: int) -> list[tuple[str, bool]]:
    rng = random.Random(seed)
    cases = []
    for every_has, has, concluded in itertools.product([True, False], repeat=3):
        kind, (verb, _, thing), person = rng.choice(KINDS), rng.choice(OBJECTS), rng.choice(NAMES)
        rule = f"{'Every' if every_has else 'No'} {kind} {verb} a {thing}"
        fact = f"{person} {verb} {'a' if has else 'no'} {thing}"
        joined = rng.choice([f"{rule} and {fact}.", f"{rule}. {fact}."])
        conclusion = f"{person} is {'' if concluded else 'not '}a {kind}"
        cases.append((f"{joined} {rng.choice(['So', 'Therefore'])} {conclusion}.",
                      _indefinite_follows(every_has, has, concluded)))
    return cases


@pytest.mark.parametrize("seed", range(4))
def test_a_verb_with_no_object_denies_the_same_verb_with_an_indefinite_one(seed):
    for text, valid in _indefinite_cases(seed):
        analysis = _analyze(text)
        if valid:
            assert (analysis.status, analysis.answer) == ("verified", "valid"), text
        else:  # may abstain ("valid if ... which no premise says"), never verified valid
            assert analysis.answer != "valid", text


@pytest.mark.parametrize("seed", range(4))
def test_has_no_answers_has_a(seed):
    rng = random.Random(seed)
    for has in (True, False, True, False):
        (verb, bare, thing), person = rng.choice(OBJECTS), rng.choice(NAMES)
        text = f"{person} {verb} {'a' if has else 'no'} {thing}. Does {person} {bare} a {thing}?"
        verdict = solve(text)
        if not has:  # "has no key" settles "has a key"; "has a key" is the property itself
            assert (verdict.status, verdict.answer) == ("verified", "no"), text
        else:
            assert (verdict.status, verdict.answer) == ("verified", "yes"), text


CLAUSES = [("Tom goes to the gym", "Does Tom go to the gym?"), ("the match is played", "Is the match played?"),
           ("Ana walks to work", "Does Ana walk to work?"), ("the shop opens", "Does the shop open?")]
CONDITIONS = [("it rains", "it does not rain", "Does it rain?"), ("Bo calls", "Bo does not call", "Does Bo call?"),
              ("the road is icy", "the road is not icy", "Is the road icy?")]


def _answer(premise: callable, fact: callable, asked: callable) -> str:
    """The truth table over (A, B): what the premises settle about the question."""
    values = {asked(a, b) for a, b in itertools.product([True, False], repeat=2) if premise(a, b) and fact(a, b)}
    return "yes" if values == {True} else "no" if values == {False} else "cannot be determined"


def _concessive_cases(seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    cases = []
    for word, fact_kind, asks_main in itertools.product(["even if", "even though", "although"], [None, True, False],
                                                        [True, False]):
        (main, main_q), (cond, cond_not, cond_q) = rng.choice(CLAUSES), rng.choice(CONDITIONS)
        capital = main[0].upper() + main[1:]
        sentence = rng.choice([f"{capital} {word} {cond}.", f"{word[0].upper()}{word[1:]} {cond}, {main}."])
        fact = "" if fact_kind is None else (f" {cond[0].upper()}{cond[1:]}." if fact_kind else
                                             f" {cond_not[0].upper()}{cond_not[1:]}.")
        if word == "even if":
            premise = lambda a, b: a and (not b or a)  # noqa: E731  (asserts A, and "if B, A" with it)
        else:
            premise = lambda a, b: a and b  # noqa: E731
        facts = (lambda a, b: True) if fact_kind is None else (lambda a, b, v=fact_kind: b == v)
        asked = (lambda a, b: a) if asks_main else (lambda a, b: b)
        expected = _answer(premise, facts, asked)
        if expected == "cannot be determined" and word != "even if" or not any(
                premise(a, b) and facts(a, b) for a, b in itertools.product([True, False], repeat=2)):
            continue  # a contradiction ("although B" and "not B") is not the construction under test
        cases.append((f"{sentence}{fact} {main_q if asks_main else cond_q}", expected))
    return cases


@pytest.mark.parametrize("seed", range(4))
def test_even_if_asserts_its_main_clause_and_although_both(seed):
    for text, expected in _concessive_cases(seed):
        verdict = solve(text)
        assert (verdict.status, verdict.answer) == ("verified", expected), text

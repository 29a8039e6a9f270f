"""Conditionals typed without a comma whose second clause starts with a pronoun or a name before an auxiliary
("If Sam studies he will pass", "If you study you will pass", "If Ann calls Bob will answer"), and a state reached
asked as a state held ("the grass gets wet" ... "Is the grass wet?"): fresh names and verbs, each answer from the
truth table of the rule and the fact (modus ponens, modus tollens, and the two fallacies' "cannot be determined")."""

from __future__ import annotations

import random
from itertools import product

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Sam", "Ann", "Kai", "Lea", "Max", "Ned", "Ola", "Pia", "Raj", "Sue"]
# (base, third person, past, adjective reached) for the two clauses
ACTIONS = [("study", "studies", "studied"), ("call", "calls", "called"), ("practice", "practices", "practiced"),
           ("rest", "rests", "rested"), ("train", "trains", "trained")]
THINGS = [("the grass", "wet"), ("the road", "slippery"), ("the kitchen", "hot"), ("the room", "dark"),
          ("the soup", "cold")]


def _expected(fact: tuple[str, bool], asked: str) -> str:
    answers = {world[asked] for p, q in product((False, True), repeat=2)
               if (world := {"p": p, "q": q}) and (not p or q) and world[fact[0]] == fact[1]}
    return "cannot be determined" if len(answers) == 2 else ("yes" if answers.pop() else "no")


def _person_text(rng: random.Random, fact: tuple[str, bool], asked: str) -> str:
    first, second = rng.sample(NAMES, 2)
    (p_base, p_now, p_past), (q_base, q_now, q_past) = rng.sample(ACTIONS, 2)
    subject = rng.choice(["you", "he", "name"])
    if subject == "you":
        first = second = "you"
        rule = f"If you {p_base} you will {q_base}."
    elif subject == "he":
        second = first
        rule = f"If {first} {p_now} {rng.choice(['he', 'she'])} will {q_base}."
    else:
        rule = f"If {first} {p_now} {second} will {q_base}."
    who, (base, past) = (first, (p_base, p_past)) if fact[0] == "p" else (second, (q_base, q_past))
    said = f"{who.capitalize()} {past}." if fact[1] else f"{who.capitalize()} did not {base}."
    ask_who, ask_base = (first, p_base) if asked == "p" else (second, q_base)
    return f"{rule} {said} Did {ask_who} {ask_base}?"


def _thing_text(rng: random.Random, fact: tuple[str, bool], asked: str) -> str:
    name = rng.choice(NAMES)
    base, now, past = rng.choice(ACTIONS)
    thing, state = rng.choice(THINGS)
    rule = f"If {name} {now}, {thing} gets {state}."
    said = (f"{name} {past}." if fact[1] else f"{name} did not {base}.") if fact[0] == "p" else \
        (f"{thing.capitalize()} is {state}." if fact[1] else f"{thing.capitalize()} is not {state}.")
    question = f"Did {name} {base}?" if asked == "p" else f"Is {thing} {state}?"
    return f"{rule} {said} {question}"


CASES = [(("p", True), "q"), (("q", False), "p"), (("q", True), "p"), (("p", False), "q")]


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("make", [_person_text, _thing_text])
def test_commaless_rules_and_states_reached(seed: int, make) -> None:
    rng = random.Random(seed)
    for fact, asked in CASES:
        text = make(rng, fact, asked)
        verdict = solve(text)
        assert (verdict.status, verdict.answer) == ("verified", _expected(fact, asked)), (text, verdict.reason,
                                                                                          verdict.unparsed)

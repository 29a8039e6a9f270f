"""Arguments typed all in lower case, with facts in the past tense ("if sam studies, he passes. sam passed. so sam
studied."): the names get their capitals as in `solve`, and the verdict is checked against a truth table of the
two propositions, over fresh names and forms."""

from __future__ import annotations

import random
from itertools import product

import pytest

from agentlib import analyze

NAMES = ["sam", "jo", "kim", "lee", "max", "ned", "sue", "tara", "ron", "pia", "vic", "ali"]
# (present for the rule, past for the facts, its negation in the past)
VERBS = [("studies", "studied", "did not study"), ("passes", "passed", "did not pass"),
         ("practices", "practiced", "did not practice"), ("wins", "won", "did not win"),
         ("rests", "rested", "did not rest"), ("calls", "called", "did not call")]
def _valid(fact: tuple[str, bool], conclusion: tuple[str, bool]) -> bool:
    """Truth table of (p -> q) and the fact entailing the conclusion."""
    for p, q in product((False, True), repeat=2):
        world = {"p": p, "q": q}
        if (not p or q) and world[fact[0]] == fact[1] and world[conclusion[0]] != conclusion[1]:
            return False
    return True


CASES = [(("q", True), ("p", True)), (("p", True), ("q", True)), (("q", False), ("p", False)),
         (("p", False), ("q", False))]


def _text(rng: random.Random, fact: tuple[str, bool], conclusion: tuple[str, bool]) -> str:
    first, second = rng.sample(NAMES, 2) if rng.random() < 0.5 else [rng.choice(NAMES)] * 2
    (p_now, p_past, p_not), (q_now, q_past, q_not) = rng.sample(VERBS, 2)
    people = {"p": first, "q": second}
    pronoun = "he" if first == second else second

    def past(which: str, holds: bool) -> str:
        verb = (p_past, p_not) if which == "p" else (q_past, q_not)
        return f"{people[which]} {verb[0] if holds else verb[1]}"

    rule = f"if {first} {p_now}, {pronoun} {q_now}"
    marker = rng.choice(["so", "therefore", "which means"])
    joined = f". {marker} " if marker != "which means" else f", {marker} "
    return f"{rule}. {past(*fact)}{joined}{past(*conclusion)}."


@pytest.mark.parametrize("seed", range(3))
def test_lower_case_arguments_with_past_facts(seed: int) -> None:
    rng = random.Random(seed)
    for fact, conclusion in CASES:
        text = _text(rng, fact, conclusion)
        result = analyze(text)
        expected = "valid" if _valid(fact, conclusion) else "invalid"
        assert result.status == "verified", (text, result.reason, result.unparsed)
        assert result.answer == expected, (text, result.answer)

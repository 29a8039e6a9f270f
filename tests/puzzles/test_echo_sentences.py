"""Echoes of the sentence before ("Ann is a doctor. So is Bo.", "Bo does too.") and inside one ("Ed is a knight or
a knave, and so is Fay."), written out and checked over fresh names and predicates; an echo whose copy could point
two ways (a pronoun, a negation, two clauses) stays unread."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.ellipsis import resolve_ellipsis, unfold_echo_sentences
from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal"]
KINDS = ["a doctor", "a teacher", "a pilot", "a farmer", "a singer"]
ACTS = [("plays chess", "play chess"), ("likes tea", "like tea"), ("owns a boat", "own a boat"),
        ("speaks French", "speak French")]


@pytest.mark.parametrize("seed", range(30))
def test_an_echo_says_the_same_of_the_second_subject(seed: int) -> None:
    rng = random.Random(seed)
    first, second = rng.sample(NAMES, 2)
    if seed % 2:
        kind = rng.choice(KINDS)
        echo = rng.choice([f"So is {second}.", f"{second} is too.", f"And so is {second}."])
        text = f"{first} is {kind}. {echo} Is {second} {kind}?"
    else:
        verb, base = rng.choice(ACTS)
        echo = rng.choice([f"So does {second}.", f"{second} does too."])
        text = f"{first} {verb}. {echo} Does {second} {base}?"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", "yes"), (text, verdict.reason)


@pytest.mark.parametrize("seed", range(20))
def test_a_denial_echoed_denies_of_the_second_subject(seed: int) -> None:
    rng = random.Random(1000 + seed)
    first, second = rng.sample(NAMES, 2)
    if seed % 2:
        kind = rng.choice(KINDS)
        echo = rng.choice([f"Neither is {second}.", f"Nor is {second}.", f"{second} isn't either."])
        text = f"{first} is not {kind}. {echo} Is {second} {kind}?"
    else:
        verb, base = rng.choice(ACTS)
        echo = rng.choice([f"Neither does {second}.", f"{second} doesn't either.", f"Nor does {second}."])
        text = f"{first} doesn't {base}. {echo} Does {second} {base}?"
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", "no"), (text, verdict.reason)


def test_an_echo_of_a_comparison_or_a_possessive() -> None:
    assert solve("Ann is taller than Bo. So is Cy. Is Cy taller than Bo?").answer == "yes"
    assert solve("Ann is Bo's sister. So is Cy. Is Cy Bo's sister?").answer == "yes"


def test_an_echo_inside_a_sentence() -> None:
    assert resolve_ellipsis("Ed is a knight or a knave, and so is Fay.") == \
        "Ed is a knight or a knave, and Fay is a knight or a knave."
    assert resolve_ellipsis("Ann is tall or Bo is short, and so is Cy.") == "Ann is tall or Bo is short, and so is Cy."


@pytest.mark.parametrize(("before", "echo"), [
    ("Ann loves her mother.", "So does Bo."),  # Bo's mother or Ann's
    ("Ann is not tall.", "So is Bo."),
    ("Ann is tall and thin.", "So is Bo."),
    ("Ann plays chess and sings.", "So does Bo."),
    ("Ann and Cy play chess.", "So does Bo."),
])
def test_an_echo_that_could_be_read_two_ways_stays_as_written(before: str, echo: str) -> None:
    assert unfold_echo_sentences([before, echo]) == [before, echo]

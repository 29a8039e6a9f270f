""""Exactly one of these is true: Ann took the cake, or Bo took the cake." and "Only one of the following statements
is true: (1) ... (2) ...", inline or numbered, with facts after; answers by brute force over who took it (one
culprit or any set, as the header says).

First sight (before `one_true.py`): every inline list abstained; a numbered list was read as facts with the header
a rule about things called "exactly one", so "Exactly one of the following statements is true. (1) Ann is a knight.
(2) Bo is a knight. Ann is a knight. Is Bo a knight?" was a verified "yes" (wrong: exactly one is true, so "no").
A list with no numbers and no colon line ("... is true: Ann took it. Bo took it. Ann did not take it.") has no
visible end and still abstains."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Flo", "Gus", "Hal"]
HEADERS = {"exactly": ["Exactly one of these is true", "Only one of the following statements is true",
                       "Exactly one of the following is true", "Just one of these statements is true"],
           "at least": ["At least one of these is true"], "at most": ["At most one of the following is true"]}
ADJECTIVES = ["tall", "tired", "hungry", "late"]


def _listed(rng: random.Random, items: list[str]) -> str:
    style = rng.choice(["inline", "semicolons", "numbered", "lettered", "lines"])
    if style == "inline":
        return ": " + ", ".join(items[:-1]) + ", or " + items[-1] + "."
    if style == "semicolons":
        return ": " + "; ".join(items) + "."
    if style == "numbered":
        return ": " + " ".join(f"({k + 1}) {item}." for k, item in enumerate(items))
    if style == "lettered":
        return ". " + " ".join(f"{'abcd'[k]}) {item}." for k, item in enumerate(items))
    return ":\n" + "\n".join(f"{k + 1}. {item}." for k, item in enumerate(items)) + "\n"


def _case(rng: random.Random) -> tuple[str, object]:
    count = rng.choice(["exactly", "exactly", "at least", "at most"])
    names = rng.sample(NAMES, rng.randint(2, 3))
    adjective = rng.choice(ADJECTIVES)
    items = [f"{n} is {adjective}" for n in names]
    worlds = [w for w in itertools.product([False, True], repeat=len(names))
              if {"exactly": sum(w) == 1, "at least": sum(w) >= 1, "at most": sum(w) <= 1}[count]]
    facts = []
    for k in rng.sample(range(len(names)), rng.randint(0, len(names) - 1)):
        said = rng.random() < 0.5
        facts.append(f"{names[k]} is {'' if said else 'not '}{adjective}.")
        worlds = [w for w in worlds if w[k] == said]
    asked = rng.randrange(len(names))
    seen = {w[asked] for w in worlds}
    answer = None if not worlds else ("yes" if seen == {True} else "no" if seen == {False} else
                                      "cannot be determined")
    text = rng.choice(HEADERS[count]) + _listed(rng, items) + " " + " ".join(facts) + \
        f" Is {names[asked]} {adjective}?"
    return text.replace("  ", " "), answer


@pytest.mark.parametrize("seed", range(40))
def test_a_counted_list_of_statements_reads_as_its_count(seed):
    text, answer = _case(random.Random(seed))
    verdict = solve(text)
    if answer is None:
        assert verdict.status != "verified", (text, verdict.answer)
    else:
        assert (verdict.status, verdict.answer) == ("verified", answer), (text, verdict.reason, verdict.unparsed)


def test_regression_the_numbered_items_are_never_facts():
    verdict = solve("Exactly one of the following statements is true. (1) Ann is a knight. (2) Bo is a knight. "
                    "Ann is a knight. Is Bo a knight?")
    assert (verdict.status, verdict.answer) == ("verified", "no"), verdict.reason


def test_a_list_with_no_visible_end_abstains():
    verdict = solve("Exactly one of these statements is true: Ann took the cake. Bo took the cake. Ann did not take "
                    "the cake. Who took the cake?")
    assert verdict.status == "abstained", verdict.answer

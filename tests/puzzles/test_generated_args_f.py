"""Generated checks for the constructions batch args f showed unread or wrong, each against brute force.

- Words that only stress a quantifier: "every single student", "every (single) one of the students", "each one of
  the students" are "every student"; "not a single student", "not one student", "not one of the students" are "no
  student" (regression: "Every single one of the tickets was sold. The blue ticket is one of the tickets. So the
  blue ticket was sold." was verified invalid, "single one" read as a kind of its own). Keyed by brute force over
  whether the named person is one of them and did it.
- Homework wrapping: "Determine whether the (following) argument is valid (or invalid)." before or as a prefix of
  the argument, and premises numbered "1. ... 2. ... 3. ..." on one line, are taken off; a number inside a sentence
  stays. Keyed by the truth table of a chain of conditionals.
"""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.argument import _analyze

NAMES = ["Ada", "Bea", "Cal", "Dov", "Eli", "Fay", "Gil", "Hana", "Ines", "Jon", "Kip", "Lou", "Mei", "Nils"]
# not "students" / "players": "each of the students" may mean the people named, as in a puzzle, and abstains
KINDS = [("tenant", "tenants"), ("guest", "guests"), ("member", "members"), ("nurse", "nurses"),
         ("driver", "drivers")]
DEEDS = [("passed", "did not pass"), ("was late", "was not late"), ("left early", "did not leave early"),
         ("signed the form", "did not sign the form")]
EVERY = ["every single {s}", "every single one of the {p}", "every one of the {p}", "each one of the {p}",
         "each single {s}"]
NONE = ["not a single {s}", "not one {s}", "not one of the {p}", "not a single one of the {p}"]


def _follows(universal: bool, member: bool, concluded_did: bool) -> bool:
    """Brute force over whether the person is one of them and did it: every world of the premises has the conclusion."""
    worlds = [(m, did) for m, did in itertools.product([True, False], repeat=2)
              if m == member and (not m or did == universal)]
    return all(did == concluded_did for _, did in worlds)


def _quantity_cases(seed: int) -> list[tuple[str, bool]]:
    rng = random.Random(seed)
    cases = []
    for universal, member, concluded in itertools.product([True, False], repeat=3):
        (singular, plural), (did, did_not) = rng.choice(KINDS), rng.choice(DEEDS)
        person = rng.choice(NAMES)
        quantity = rng.choice(EVERY if universal else NONE).format(s=singular, p=plural)
        membership = rng.choice([f"{person} is a {singular}", f"{person} is one of the {plural}"]) if member else \
            f"{person} is not a {singular}"
        text = (f"{quantity[0].upper()}{quantity[1:]} {did}. {membership}. "
                f"{rng.choice(['So', 'Therefore', 'Hence'])} {person} {did if concluded else did_not}.")
        cases.append((text, _follows(universal, member, concluded)))
    return cases


@pytest.mark.parametrize("seed", range(5))
def test_stressed_quantifiers_read_as_every_and_no(seed):
    for text, valid in _quantity_cases(seed):
        analysis = _analyze(text)
        if analysis.status != "verified":  # "is not a student": the conclusion may speak of nothing the rule gives
            assert not valid, (text, analysis.reason)
            continue
        assert analysis.answer == ("valid" if valid else "invalid"), text


LEADS = ["Determine whether the argument is valid: ", "Determine whether the following argument is valid or invalid. ",
         "Decide if this argument is valid. ", "Please tell me whether the argument is valid or not: ", ""]
CLAUSES = [("it snows", "it does not snow"), ("Ada sings", "Ada does not sing"), ("the shop is open",
           "the shop is not open"), ("Bea is home", "Bea is not home"), ("the bus is late", "the bus is not late")]


def _chain_follows(fact_first: bool, fact_true: bool, concluded_last: bool) -> bool:
    """Truth table of "if A, B. if B, C." with a fact about A (or C) and a conclusion about C (or A)."""
    rows = [(a, b, c) for a, b, c in itertools.product([True, False], repeat=3) if (not a or b) and (not b or c)]
    rows = [r for r in rows if (r[0] if fact_first else r[2]) == fact_true]
    return all((r[2] if fact_first else r[0]) == concluded_last for r in rows)


@pytest.mark.parametrize("seed", range(4))
def test_homework_wrapping_and_numbered_premises_on_one_line(seed):
    rng = random.Random(seed)
    for fact_first, fact_true, concluded in itertools.product([True, False], repeat=3):
        a, b, c = rng.sample(CLAUSES, 3)
        fact = (a if fact_first else c)[0 if fact_true else 1]
        conclusion = (c if fact_first else a)[0 if concluded else 1]
        items = [f"If {a[0]}, {b[0]}.", f"If {b[0]}, {c[0]}.", f"{fact[0].upper()}{fact[1:]}."]
        numbered = " ".join(f"{n}. {item}" for n, item in enumerate(items, 1)) if rng.random() < 0.6 else \
            " ".join(items)
        text = f"{rng.choice(LEADS)}{numbered} Therefore, {conclusion}."
        analysis = _analyze(text)
        assert analysis.status == "verified", (text, analysis.reason, analysis.unparsed)
        assert analysis.answer == ("valid" if _chain_follows(fact_first, fact_true, concluded) else "invalid"), text

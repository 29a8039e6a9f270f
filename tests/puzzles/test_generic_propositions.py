"""Bare plurals said only of their kinds, read as propositions (`generic_propositions`): "If roads are icy, drivers
slow down. Drivers do not slow down. So roads are not icy." is modus tollens, valid; "If roads are not icy, drivers
speed. Drivers do not speed. So roads are icy." was verified "invalid" (read of every member). Fresh arguments over
two or three kind-level clauses are checked against their truth tables; wordings that count or pick members ("all",
"no", "some") keep the reading of every member."""

from __future__ import annotations

import itertools
import random

import pytest

import agentlib

# (kind, plain, denied): a law about a kind, said and denied
CLAUSES = [("roads", "are icy", "are not icy"), ("drivers", "slow down", "do not slow down"),
           ("prices", "rise", "do not rise"), ("farmers", "are worried", "are not worried"),
           ("shops", "close early", "do not close early"), ("birds", "sing", "do not sing"),
           ("trains", "run late", "do not run late"), ("tourists", "are happy", "are not happy")]


def _said(clause: tuple[str, str, str], positive: bool) -> str:
    kind, plain, denied = clause
    return f"{kind} {plain if positive else denied}"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _argument(rng: random.Random) -> tuple[str, bool]:
    """A rule or a disjunction over two clauses, a second premise and a conclusion, each a clause said or denied;
    the text and its validity by truth table (p, q the two clauses)."""
    first, second = rng.sample(CLAUSES, 2)
    signs = [rng.choice([True, False]) for _ in range(2)]
    shape = rng.choice(["if", "or"])
    rule_text = (f"If {_said(first, signs[0])}, {_said(second, signs[1])}." if shape == "if" else
                 f"Either {_said(first, signs[0])} or {_said(second, signs[1])}.")
    fact_of, fact_sign = rng.randrange(2), rng.choice([True, False])
    goal_of, goal_sign = 1 - fact_of, rng.choice([True, False])
    clauses = (first, second)
    text = (f"{rule_text} {_cap(_said(clauses[fact_of], fact_sign))}. "
            f"So {_said(clauses[goal_of], goal_sign)}.")

    def holds(values: tuple[bool, bool]) -> bool:
        a, b = values[0] == signs[0], values[1] == signs[1]
        rule = (not a or b) if shape == "if" else (a or b)
        return rule and values[fact_of] == fact_sign

    valid = all(values[goal_of] == goal_sign for values in itertools.product([True, False], repeat=2)
                if holds(values))
    return text, valid


@pytest.mark.parametrize("seed", range(60))
def test_laws_about_kinds_are_decided_by_their_truth_table(seed):
    text, valid = _argument(random.Random(seed))
    verdict = agentlib.analyze(text)
    assert verdict.status == "verified", (text, verdict.reason)
    assert verdict.answer == ("valid" if valid else "invalid"), text


@pytest.mark.parametrize("kind, plain, denied", CLAUSES[:4])
def test_modus_tollens_over_kinds_names_its_form(kind, plain, denied):
    other = "farmers are happy" if kind != "farmers" else "roads are wet"
    text = f"If {kind} {plain}, {other}. {_cap(other.replace(' are ', ' are not '))}. So {kind} {denied}."
    verdict = agentlib.analyze(text)
    assert (verdict.status, verdict.answer, verdict.form) == ("verified", "valid", "modus tollens"), text


@pytest.mark.parametrize("text, expected", [
    # counted or picked members keep the reading of every member
    ("Not all roads are icy. So no roads are icy.", "invalid"),
    ("If all roads are icy, drivers slow down. Drivers do not slow down. So no road is icy.", "invalid"),
    ("If roads are icy, drivers slow down. Some roads are icy. So drivers slow down.", "invalid"),
    # denying the antecedent stays invalid on every reading
    ("If prices fall, shoppers buy more. Prices do not fall. So shoppers do not buy more.", "invalid"),
])
def test_members_counted_or_picked_keep_the_members_reading(text, expected):
    verdict = agentlib.analyze(text)
    assert verdict.status != "verified" or verdict.answer == expected, text


@pytest.mark.parametrize("seed", range(6))
def test_a_denied_condition_is_affirmed_by_modus_tollens(seed):
    """The regression: read of every member, "If roads are not icy, drivers speed. Drivers do not speed. So roads
    are icy." was verified "invalid"."""
    first, second = random.Random(100 + seed).sample(CLAUSES, 2)
    text = (f"If {_said(first, False)}, {_said(second, True)}. {_cap(_said(second, False))}. "
            f"So {_said(first, True)}.")
    verdict = agentlib.analyze(text)
    assert (verdict.status, verdict.answer) == ("verified", "valid"), (text, verdict.reason)

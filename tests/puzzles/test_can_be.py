"""What one can be: "You can't be a member unless you pay.", "Only adults can be members.", "Every adult can be a
member." ("can be a member" is a predicate of its own beside "is a member"; whoever is one can be one, never the
reverse). Fresh nouns, verbs and names; each key follows from that one-way law by hand (the comments say why).
Before, every "can be" sentence was "not understood"."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

NAMES = ["Lia", "Omar", "Pia", "Ravi", "Suki", "Tomas"]
ROLES = [("member", "members"), ("pilot", "pilots"), ("referee", "referees"), ("owner", "owners"),
         ("volunteer", "volunteers")]
KINDS = [("adult", "adults"), ("citizen", "citizens"), ("student", "students"), ("resident", "residents")]
VERBS = [("pay", "pays"), ("train", "trains"), ("register", "registers"), ("sign the form", "signs the form")]


def _a(noun: str) -> str:
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


@pytest.mark.parametrize("seed", range(12))
def test_cannot_be_unless_proves_is_not(seed):
    """not V -> not can-be-M, and is-M -> can-be-M: so not V -> not M (valid)."""
    rng = random.Random(seed)
    name, (role, _), (verb, _) = rng.choice(NAMES), rng.choice(ROLES), rng.choice(VERBS)
    rule = rng.choice([f"You can't be {_a(role)} unless you {verb}.", f"Nobody can be {_a(role)} unless they {verb}.",
                       f"No one can be {_a(role)} unless they {verb}."])
    text = f"{rule} {name} does not {verb}. So {name} is not {_a(role)}."
    analysis = _analyze(text)
    assert (analysis.status, analysis.answer) == ("verified", "valid"), text


@pytest.mark.parametrize("seed", range(12))
def test_only_kinds_can_be(seed):
    """can-be-M -> K: not K -> not can-be-M -> not M ("no"); K says nothing of M (never "yes")."""
    rng = random.Random(seed)
    name, (role, roles), (kind, kinds) = rng.choice(NAMES), rng.choice(ROLES), rng.choice(KINDS)
    in_kind = rng.random() < 0.5
    fact = f"{name} is {_a(kind)}." if in_kind else f"{name} is not {_a(kind)}."
    verdict = solve(f"Only {kinds} can be {roles}. {fact} Is {name} {_a(role)}?").to_dict()
    if in_kind:
        assert verdict["answer"] not in ("yes", "no"), fact
    else:
        assert (verdict["status"], verdict["answer"]) == ("verified", "no"), fact


@pytest.mark.parametrize("seed", range(8))
def test_what_one_can_be_is_not_what_one_is(seed):
    rng = random.Random(seed)
    name, (role, _), (kind, _) = rng.choice(NAMES), rng.choice(ROLES), rng.choice(KINDS)
    possible = _analyze(f"{name} can be {_a(role)}. So {name} is {_a(role)}.")
    assert possible.answer != "valid"
    inherited = _analyze(f"Every {kind} can be {_a(role)}. {name} is {_a(kind)}. So {name} can be {_a(role)}.")
    assert (inherited.status, inherited.answer) == ("verified", "valid")
    assert f"can be {_a(role)}" in inherited.reason

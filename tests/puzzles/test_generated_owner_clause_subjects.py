"""Object relative clauses whose subject is an owner's noun ("Everyone my brother invites comes", "Every dog my aunt
owns is friendly"), generated: fresh owners, verbs, heads, quantifiers and members; the expected answer follows from
the rule's quantifier and whether the member is said to be in the clause.

Before `Grammar._clause_subject_at` took "my brother" as a clause subject, every case abstained (only a pronoun or
a name opened a relative clause without "that": "Everyone Bo invites" read, "Everyone my brother invites" did not).
"""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.english.family import solve

_OWNERS = ["my brother", "my aunt", "our neighbour", "my boss", "our teacher", "my cousin"]
_VERBS = [("invites", "invite"), ("likes", "like"), ("trusts", "trust"), ("knows", "know")]
_PROPERTIES = [("kind", "is kind", "Is {} kind?"), ("happy", "is happy", "Is {} happy?")]
_NAMES = ["Ann", "Ravi", "Tess", "Omar", "Lena", "Yusuf"]


def _case(rng: random.Random) -> tuple[str, str]:
    owner = rng.choice(_OWNERS)
    verb, _ = rng.choice(_VERBS)
    _, said, asked = rng.choice(_PROPERTIES)
    name = rng.choice(_NAMES)
    head, quantifier = rng.choice([("Everyone", "every"), ("Nobody", "no"), ("Every person", "every"),
                                   ("No one", "no")])
    member = rng.random() < 0.7
    rule = f"{head} {owner} {verb} {said}."
    fact = f"{owner[0].upper()}{owner[1:]} {verb} {name}." if member else f"{name} is a person."
    text = " ".join([rule, fact, asked.format(name)])
    if not member:
        return text, "cannot be determined"
    return text, "yes" if quantifier == "every" else "no"


@pytest.mark.parametrize("seed", range(8))
def test_an_owners_noun_opens_an_object_relative(seed):
    rng = random.Random(f"owner-clause-{seed}-{random.random()}")
    text, expected = _case(rng)
    verdict = solve(text)
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, verdict.render())


def test_no_one_before_a_clause_is_nobody_not_a_kind():
    """Regression: "No one Bo likes is kind" was read as every "no-one" (a kind) Bo likes being kind, so with "Bo
    likes Ravi" the question "Is Ravi kind?" came back a verified "cannot be determined"; it is "no"."""
    verdict = solve("No one Bo likes is kind. Bo likes Ravi. Is Ravi kind?")
    assert (verdict.status, verdict.answer) == ("verified", "no")

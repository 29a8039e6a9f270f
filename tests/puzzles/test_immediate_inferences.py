"""One categorical statement and a conclusion drawn from it: conversion ("No S is P, so no P is S": valid; "All S
are P, so all P are S": illicit conversion) and subalternation ("All S are P, so some S are P": valid only if some S
exists, the existential fallacy). A definite group ("all of the students", "none of my friends") is a group at hand,
so there is one: "All of the students passed. So some of the students passed." is valid (it was "invalid"; a
bare "All dogs bark. So some dogs bark." stays invalid, now with its fallacy named).

Fresh nouns and adjectives; the verdicts are the modern (Boolean) square of opposition's, with a definite group's
existence added."""

from __future__ import annotations

import random

import pytest

from agentlib import analyze

KINDS = [("gardener", "gardeners"), ("pilot", "pilots"), ("tailor", "tailors"), ("violinist", "violinists"),
         ("beekeeper", "beekeepers"), ("locksmith", "locksmiths")]
TRAITS = ["patient", "cheerful", "punctual", "generous", "stubborn", "curious"]


@pytest.mark.parametrize("seed", range(12))
def test_conversion_and_its_illicit_twin(seed):
    rng = random.Random(seed)
    (one, many), (_, others) = rng.sample(KINDS, 2)
    cases = [(f"No {many} are {others}. So no {others} are {many}.", "valid", "conversion"),
             (f"Some {many} are {others}. So some {others} are {many}.", "valid", "conversion"),
             (f"All {many} are {others}. So all {others} are {many}.", "invalid", "illicit conversion"),
             (f"Some {many} are not {others}. So some {others} are not {many}.", "invalid", "illicit conversion")]
    text, answer, name = rng.choice(cases)
    result = analyze(text)
    assert result.status == "verified" and result.answer == answer, (text, result.reason)
    assert result.form.startswith(name), (text, result.form)
    assert bool(result.fallacy) == (answer == "invalid"), (text, result.fallacy)


@pytest.mark.parametrize("seed", range(12))
def test_subalternation_needs_the_group_to_exist(seed):
    rng = random.Random(seed)
    _, many = rng.choice(KINDS)
    trait = rng.choice(TRAITS)
    negative = rng.random() < 0.5
    definite = rng.choice(["all of the", "all the", "all my"]) if not negative else rng.choice(["none of the",
                                                                                               "none of my"])
    group = definite.split()[-1] + " " + many
    if negative:
        bare = f"No {many} are {trait}. So some {many} are not {trait}."
        said = f"{definite[:1].upper()}{definite[1:]} {many} are {trait}. So some of {group} are not {trait}."
    else:
        bare = f"All {many} are {trait}. So some {many} are {trait}."
        said = f"{definite[:1].upper()}{definite[1:]} {many} are {trait}. So some of {group} are {trait}."
    plain = analyze(bare)
    assert plain.status == "verified" and plain.answer == "invalid", (bare, plain.reason)
    assert "existential fallacy" in plain.fallacy, (bare, plain.fallacy)
    held = analyze(said)
    assert held.status == "verified" and held.answer == "valid", (said, held.reason)

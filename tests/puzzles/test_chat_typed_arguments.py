"""Arguments as people type them in chats and emails (batch args l): a premise that gives its reason first ("Since
the server is down, either the backup failed or the power went out." states both), an email's greeting before it
("Hi team, ..."), and "its" typed for "it's" ("if its raining ...", "its not raining"). Each abstained. Fresh
arguments are checked against the truth table of the bare argument; the possessive "its" stays."""

from __future__ import annotations

import random

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.typed_layout import with_apostrophes

FACTS = ["the server is down", "the lights are off", "the gate is locked", "the alarm is silent"]
PAIRS = [("the backup failed", "the backup did not fail", "the power went out", "the power did not go out"),
         ("the fuse blew", "the fuse did not blow", "the grid failed", "the grid did not fail"),
         ("Ann left early", "Ann did not leave early", "Bo left early", "Bo did not leave early")]
GREETINGS = ["", "Hi team, ", "Hello all, ", "Hey guys, "]
REASONS = ["since", "because", "given that"]


@pytest.mark.parametrize("seed", range(12))
def test_a_premise_with_its_reason_first_states_both(seed):
    """Disjunctive syllogism is valid, affirming a disjunct is not, and the reason itself follows. (Affirming a
    disjunct may abstain instead: the reason shares nothing with the rest, and an idle premise is taken as a sign
    that it was meant to matter.)"""
    rng = random.Random(seed)
    fact, (x, not_x, y, not_y) = rng.choice(FACTS), rng.choice(PAIRS)
    opening = f"{rng.choice(GREETINGS)}{rng.choice(REASONS)} {fact}, either {x} or {y}."
    opening = opening[0].upper() + opening[1:]
    cases = [(f"{opening} {not_x[0].upper()}{not_x[1:]}, so {y}.", "valid"),
             (f"{opening} {x[0].upper()}{x[1:]}, so {not_y}.", "invalid"),
             (f"{opening} So {fact}.", "valid")]
    for text, expected in cases:
        analysis = _analyze(text)
        if expected == "invalid" and analysis.failure == "ambiguous":
            continue
        assert (analysis.status, analysis.answer) == ("verified", expected), (text, analysis.reason)


@pytest.mark.parametrize("seed", range(8))
def test_its_typed_for_it_is(seed):
    rng = random.Random(seed)
    weather = rng.choice(["raining", "snowing", "freezing"])
    result, denied = rng.choice([("the game is cancelled", "the game isnt cancelled"),
                                 ("the school is closed", "the school isnt closed")])
    denying = _analyze(f"if its {weather} {result}. its not {weather}. so {denied}")
    assert (denying.status, denying.answer) == ("verified", "invalid"), denying.reason
    tollens = _analyze(f"if its {weather}, {result}. {denied}. so its not {weather}")
    assert (tollens.status, tollens.answer) == ("verified", "valid"), tollens.reason


@pytest.mark.parametrize("text", ["The dog wags its tail.", "The firm cut its spending.", "Its wiring is old.",
                                  "The bird and its nesting box."])
def test_the_possessive_its_stays(text):
    assert with_apostrophes(text) == text


CHORES = [("clean my room", "cleaned my room"), ("finish my homework", "finished my homework"),
          ("wash my bike", "washed my bike"), ("walk my dog", "walked my dog")]
TREATS = ["go out", "watch a movie", "play outside", "have dessert"]


@pytest.mark.parametrize("seed", range(8))
def test_i_after_a_commaless_condition_is_the_speaker(seed):
    """"if i clean my room i can go out" had a second reading with "my room I" as one individual, and abstained."""
    from agentlib.puzzles.english.family import solve

    rng = random.Random(seed)
    (chore, done), treat = rng.choice(CHORES), rng.choice(TREATS)
    said = rng.choice(["", "my mom says ", "my dad said "])
    shout = rng.choice([str.lower, lambda t: t])
    done_it = solve(shout(f"{said}if I {chore} I can {treat}. I {done}. can I {treat}?"))
    assert (done_it.status, done_it.answer) == ("verified", "yes"), done_it.reason
    skipped = solve(shout(f"If I {chore} I can {treat}. I did not {chore}. Can I {treat}?"))
    assert (skipped.status, skipped.answer) == ("verified", "cannot be determined"), skipped.reason


SOURCES = ["my lease says", "my boss said", "the coach says", "my mom says that", "the policy states"]
RULES = [("I can sublet", "the landlord agrees", "the landlord agreed", "I cannot sublet"),
         ("we get a bonus", "we hit the target", "we hit the target", "we do not get a bonus"),
         ("you play on Saturday", "you train on Friday", "you trained on Friday", "you do not play on Saturday")]


@pytest.mark.parametrize("seed", range(10))
def test_a_rule_put_on_the_asker_by_a_source(seed):
    """"my lease says I can sublet only if the landlord agrees" was a report left unread: the source sets the rule,
    so it is read as the rule ("A only if B": affirming B is not valid, A gives B)."""
    rng = random.Random(seed)
    source, (act, condition, happened, _) = rng.choice(SOURCES), rng.choice(RULES)
    rule = f"{source} {act} only if {condition}."
    affirmed = _analyze(f"{rule} {happened[0].upper()}{happened[1:]}. So {act}.")
    assert (affirmed.status, affirmed.answer) == ("verified", "invalid"), affirmed.reason
    acted = _analyze(f"{rule} {act[0].upper()}{act[1:]}. So {condition}.")
    assert (acted.status, acted.answer) == ("verified", "valid"), acted.reason

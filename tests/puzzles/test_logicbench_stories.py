"""The entailment reader (`entailment.answer_about`) on default-reasoning stories (`logicbench_stories.py`).

Each kind is keyed by its logic: one exception told of a member of a class ("exactly one K does not P"), an
exception between two of three kinds ("C Ps and exactly one of A or B does not"), and two defaults each denied of
another member (each member keeps the default no sentence denies of them). Answers come from brute force over the
preferred worlds, never from the reader. Before the round that read them: 46 right / 12 abstained / 22 wrong of 80
(seeds 0-1).
"""

from __future__ import annotations

import importlib.util
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

from agentlib.puzzles.english.entailment import answer_about


def _generator():
    spec = importlib.util.spec_from_file_location("logicbench_stories", Path(__file__).parent / "logicbench_stories.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


GENERATOR = _generator()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_default_stories_ratchet(seed):
    items = GENERATOR.generate(seed)
    assert {item.kind for item in items} == {"one told exception", "exception between two",
                                            "two defaults denied apart", "named exception", "unnamed deviation"}
    outcomes = Counter(GENERATOR.outcome(item) for item in items)
    assert outcomes["wrong"] == 0, outcomes
    assert outcomes["right"] >= 0.95 * len(items), outcomes


def test_the_generator_answers_by_preferred_worlds():
    """The generator's own answers on one fixed draw of each kind: the first question of each is the "yes" one."""
    rng = random.Random(5)
    told = GENERATOR.one_told_exception(rng)
    between = GENERATOR.exception_between_two(rng)
    apart = GENERATOR.two_defaults_denied_apart(rng)
    assert [item.answer for item in told] == ["yes", "no"]
    # with two kinds, "exactly one does not" and "exactly one does" are one statement
    assert [item.answer for item in between] == ["yes", "no", "yes", "no"]
    assert [item.answer for item in apart] == ["yes", "no", "no", "no"]


@pytest.mark.parametrize("story", ["However, a certain goat does not climb steep rocks.",
                                   "Yet there is one particular goat that never climbs steep rocks."])
def test_an_unnamed_exception_is_one_member_besides_the_rest(story):
    """Regression: the unnamed member a story singles out ("goat#1") shared its key with the first of the two fresh
    members "exactly one goat" adds, so the exception stood for two members and "exactly one goat climbs steep
    rocks" came out "yes"."""
    context = f"Most goats climb steep rocks. {story}"
    assert answer_about(context, "Does this imply that exactly one goat climbs steep rocks?").answer == "no"
    assert answer_about(context, "Does this imply that exactly one goat doesn't climb steep rocks?").answer == "yes"


@pytest.mark.parametrize("kinds", [("violins", "cellos", "violas"), ("trout", "salmon", "carp")])
def test_a_property_is_never_taken_for_a_kind(kinds):
    """Regression: "violin" scored closest to "have strings", so the kind's membership was asserted as the
    property itself and the defaults contradicted the exception; "trout" and "carp" were no plural subject."""
    a, b, c = kinds
    context = f"{a.capitalize()}, {b}, and {c} all usually have scales. However, either the {a} or the {b} do not " \
              "have scales."
    question = f"Does this imply that {c} have scales and exactly one of {a} or {b} does not have scales?"
    assert answer_about(context, question).answer == "yes"
    negative = f"Does this imply that {c} do not have scales and exactly one of {a} or {b} does not have scales?"
    assert answer_about(context, negative).answer == "no"


@pytest.mark.parametrize("denials", [
    ("Despite this, Ottilie has always been a person who does not trim the roses.", "Also, Ravi is not cheerful."),
    ("Ottilie, however, is someone who never trims the roses.", "Ravi, on the other hand, is not cheerful at all."),
])
def test_each_member_keeps_the_default_no_sentence_denies_of_them(denials):
    """Regression: "has always been a person who does not trim the roses" was a property of its own ("has been a
    person who trim the roses"), asides stayed in the content ("however is someone who ..."), and "usually trim the
    roses and are cheerful" was one default, so Ottilie was not taken to be cheerful."""
    context = f"Ottilie and Ravi are florists. Florists usually trim the roses and are cheerful. {' '.join(denials)}"
    assert answer_about(context, "Does this imply that Ottilie is cheerful and Ravi trims the roses?").answer == "yes"
    negative = "Does this imply that Ottilie is not cheerful and Ravi trims the roses?"
    assert answer_about(context, negative).answer == "no"


@pytest.mark.parametrize("seed", range(4))
def test_a_ranked_source_the_reading_missed_gives_no_answer(seed):
    """Regression: "Ivy heard that the shop is open" was no report (a name that is also a word, a verb of hearing),
    so its claim stood as a fact and "if Ivy's evidence is less reliable than Leo's" still answered "the shop is
    open": yes. A question that ranks a source the reading did not find now gets no loose answer; answers that
    come are right."""
    rng = random.Random(seed)
    first, second = rng.choice([("Ivy", "Leo"), ("Rose", "Karl"), ("Hope", "Omar"), ("Iris", "Tariq")])
    verb = rng.choice(["heard that", "read somewhere that", "dreamt that"])
    claim, denial = rng.choice([("the shop is open on Sundays", "the shop is not open on Sundays"),
                                ("the ferry leaves at noon", "the ferry does not leave at noon")])
    context = f"{first} {verb} {claim}. {rng.choice(['Her brother ', ''])}{second} insists that {denial}."
    for more in (True, False):
        for statement, says_claim in ((claim, True), (denial, False)):
            question = (f"If {first.lower()}'s evidence is {'more' if more else 'less'} reliable than "
                        f"{second.lower()}'s, does this imply that {statement.lower()}?")
            verdict = answer_about(context, question)
            assert verdict.answer in (None, "yes" if more == says_claim else "no"), (context, question)

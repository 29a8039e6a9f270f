"""Near misses and paraphrases for the loose reader (`near_miss_like.py`, `near_misses.py`, `contrasts.py`).

A near miss shares most words with a proposition but states another one; the reader must not join them (a wrong
verified-looking answer), and should still join true paraphrases. Every check runs over fresh generated variants.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

from agentlib.puzzles.english.entailment import answer_about


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


GENERATOR = _load("near_miss_like")


def test_near_misses_are_never_joined():
    """Ratchet (`generate_near_misses`, seeds 0-2; seeds 3-8 in the README). First reading on seeds 3-8: 118 right,
    45 abstained, 47 wrong (a thing swapped under one verb, "may", "all" / "some", a day read as a name, "next week" /
    "last week", "unloads" / "loads", two parts of a day dropped by the grammar). "may" / "might" on one side only
    stays joined on purpose (see `near_misses.py`: LogicBench's prose treats them as one), so that kind is counted
    apart and its wrong answers are a known unsoundness, not a ceiling."""
    items = [item for seed in (0, 1, 2) for item in GENERATOR.generate_near_misses(seed)]
    outcomes = Counter(GENERATOR.outcome(item) for item in items if "modal" not in item.kind)
    assert outcomes["wrong"] <= 1, outcomes  # the one left: a verb swapped for another ("assembles" / "takes apart")
    assert outcomes["right"] >= 0.6 * sum(outcomes.values()), outcomes


def test_paraphrases_are_still_joined():
    """Ratchet (`generate_paraphrases`, seeds 0-2): synonyms, the passive, a noun for the action, pronouns. Never a
    wrong answer; the abstentions are the grammar's own ("if X means the same as Y, the answer would differ") and
    objects whose synonymy word scores cannot show (jumper / sweater)."""
    items = [item for seed in (0, 1, 2) for item in GENERATOR.generate_paraphrases(seed)]
    outcomes = Counter(GENERATOR.outcome(item) for item in items)
    assert outcomes["wrong"] == 0, outcomes
    assert outcomes["right"] >= 0.55 * len(items), outcomes


class _Scores:
    """A similarity that knows only which words are synonyms: 0.9 for those, 0.1 for anything else."""

    name = "scripted"

    def __init__(self, synonyms: set[frozenset[str]]):
        self.synonyms = synonyms

    def matrix(self, left, right):
        return [[0.9 if a == b or frozenset((a, b)) in self.synonyms else 0.1 for b in right] for a in left]


@pytest.mark.parametrize("seed", range(4))
def test_a_thing_swapped_under_one_verb_is_undecided_unless_synonymous(seed):
    from agentlib.puzzles.english.near_misses import swapped_thing

    rng = random.Random(seed)
    synonyms = {frozenset(word.lower() for word in pair) for pair in GENERATOR.SYNONYM_OBJECTS}
    scores = _Scores(synonyms)
    for _ in range(15):
        (base, third, _), (other_base, other_third, _) = rng.choice(GENERATOR.VERBS)
        thing, other = rng.sample(GENERATOR.OBJECTS, 2)
        assert swapped_thing(f"{third} the {thing}", f"{base} the {other}", scores), (third, thing, other)
        word, synonym = rng.choice(GENERATOR.SYNONYM_OBJECTS)
        assert not swapped_thing(f"{third} the {word}", f"{base} the {synonym}", scores), (word, synonym)
        # another verb is no swapped thing: verb paraphrases are matched by meaning
        assert not swapped_thing(f"{third} the {thing}", f"{other_third} the {thing}", scores)
        assert not swapped_thing(f"{third} the {thing}", f"{other_base} the {other}", scores) or \
            other_base.split()[0] == base


def test_a_thing_swapped_under_one_verb_is_undecided_with_the_default_similarity():
    from agentlib.puzzles.english.meaning import default_similarity
    from agentlib.puzzles.english.near_misses import swapped_thing

    rng = random.Random(7)
    for _ in range(10):
        (base, third, _), _ = rng.choice(GENERATOR.VERBS)
        thing, other = rng.sample(GENERATOR.OBJECTS, 2)
        assert swapped_thing(f"{third} the {thing}", f"{base} the {other}", default_similarity()), (thing, other)


@pytest.mark.parametrize("seed", range(3))
def test_all_and_some_mark_another_proposition(seed):
    from agentlib.puzzles.english.near_misses import quantifiers_differ

    rng = random.Random(seed)
    for _ in range(10):
        (base, third, _), _ = rng.choice(GENERATOR.VERBS)
        thing = rng.choice(GENERATOR.OBJECTS)
        every, some = rng.choice(["all", "every", "each"]), rng.choice(["some", "any", "several"])
        assert quantifiers_differ(f"{third} {every} {thing}", f"{base} {some} {thing}")
        assert not quantifiers_differ(f"{third} {every} {thing}", f"{base} {every} {thing}")


@pytest.mark.parametrize("seed", range(3))
def test_a_day_or_a_month_after_a_preposition_is_no_person(seed):
    """Regression (found by `generate_near_misses`): "on Monday" / "on Thursday" were read as two people, so the
    phrases lost their days and "delivers the gazebo on" matched either."""
    from agentlib.puzzles.english.paraphrase import find_names

    rng = random.Random(seed)
    for _ in range(10):
        name = rng.choice(GENERATOR.NAMES)
        (_, third, _), _ = rng.choice(GENERATOR.VERBS)
        when = rng.choice(["on Monday", "on Friday", "every Sunday", "in June", "in March", "until October"])
        assert set(find_names(f"{name} {third} the {rng.choice(GENERATOR.OBJECTS)} {when}.")) == {name.lower()}
    assert "june" in find_names("June repairs the kettle.")  # a month alone may be a person's name


@pytest.mark.parametrize("seed", range(3))
def test_an_undone_action_contrasts_with_the_action(seed):
    from agentlib.puzzles.english.contrasts import contrasting

    rng = random.Random(seed)
    for verb in rng.sample(["load", "pack", "lock", "tie", "wrap", "fold", "plug", "cover", "screw", "zip"], 6):
        thing = rng.choice(GENERATOR.OBJECTS)
        third = verb + ("es" if verb.endswith(("sh", "ch", "x")) else "s")
        assert contrasting(f"un{third} the {thing}", f"{verb} the {thing}"), verb
        assert contrasting(f"{third} the {thing} next week", f"{verb} the {thing} last week"), verb
    for word, other in (("discovers", "covers"), ("understands", "stands"), ("displays", "plays")):
        assert not contrasting(f"{word} the plan", f"{other} the plan"), word


@pytest.mark.parametrize("seed", range(3))
def test_two_parts_of_a_day_are_two_times(seed):
    """Regression (found by `generate_near_misses`): the grammar drops "in the morning" and "at night", so "If A
    inspects the X in the morning, ... A inspects the X at night" was a verified modus ponens."""
    from agentlib.puzzles.english.time_anchors import mixed_times

    rng = random.Random(seed)
    for _ in range(6):
        name = rng.choice(GENERATOR.NAMES)
        (_, third, _), _ = rng.choice(GENERATOR.VERBS)
        (out_base, out_third) = rng.choice(GENERATOR.OUTCOMES)
        thing = rng.choice(GENERATOR.OBJECTS)
        one, other = rng.sample(["in the morning", "at night", "in the evening", "in the afternoon"], 2)
        sentences = [f"If {name} {third} the {thing} {one}, {name} will {out_base}.", f"{name} {third} the {thing} "
                     f"{other}.", f"Is it true that {name} {out_third}?"]
        assert mixed_times(sentences, 2)
        assert not mixed_times([sentences[0], f"{name} {third} the {thing} {one}.", sentences[2]], 2)
        verdict = answer_about(" ".join(sentences[:2]), f"Does this mean that {name} {out_third}?")
        assert verdict.answer != "yes", verdict.reason
        before, after = rng.sample(["before lunch", "after lunch", "before dinner"], 2)
        assert mixed_times([f"{name} {third} the {thing} {before}.", f"Is it true that {name} {third} the {thing} "
                            f"{after}?"], 1)

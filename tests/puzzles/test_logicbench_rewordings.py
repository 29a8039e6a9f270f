"""Rewordings that keep an item's answer (`agentlib.evals.rewordings`: another name, "If A, B" / "B if A", "does
not" / "doesn't" / "fails to" / "never", a hedge in other words, a story sentence first, sentences reordered) on
fresh LogicBench-shaped items (`logicbench_shaped.py`), and the classes they found, each over fresh vocabulary: a
story sentence that only mentions a rule's thing ("read an article about the cello", "wants to tune the cello")
taken for the rule's proposition (`mentions.py`), and "either I exercise or ..." cut as a subject list."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

from agentlib.evals.rewordings import REWORDINGS, condition_moved, fails_to, renamed, reordered, topical_story
from agentlib.puzzles.english.entailment import answer_about
from agentlib.puzzles.english.mentions import asserted


def _generator():
    spec = importlib.util.spec_from_file_location("logicbench_shaped", Path(__file__).parent / "logicbench_shaped.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


GENERATOR = _generator()

# (base, third person, thing): acts of our own, none from the benchmark
ACTS = [("oil", "oils", "loom"), ("calibrate", "calibrates", "barometer"), ("restore", "restores", "gramophone"),
        ("polish", "polishes", "sextant"), ("repair", "repairs", "sundial"), ("tune", "tunes", "harpsichord"),
        ("sharpen", "sharpens", "chisel"), ("varnish", "varnishes", "canoe")]
OUTCOMES = [("win a ribbon at the county fair", "wins a ribbon at the county fair"),
            ("host a small exhibition", "hosts a small exhibition"),
            ("earn a bonus from the guild", "earns a bonus from the guild")]
NAMES = ["Casimir", "Philippa", "Leopold", "Henrietta", "Ambrose", "Clementine"]
# frames that mention the thing without stating the act ("{t}" the thing, "{b}" the act's base form)
MENTIONS = ["One afternoon, {n} read a long magazine article about the {t}.",
            "Last winter, {n} watched a documentary on the {t} with great interest.",
            "{n} often talks with friends about the {t}.",
            "{n} has always wanted to {b} the {t}.",
            "{n} hopes to {b} the {t} one day.",
            "{n} firmly believes in the importance of a well-kept {t}."]


@pytest.mark.parametrize("seed", range(3))
def test_a_story_sentence_that_mentions_a_rules_thing_states_nothing(seed):
    """Regression (found by the topical-story rewording): "One afternoon, Lorcan read a long magazine article about
    the cello" joined "Lorcan tunes the cello" by meaning, so a material implication or dilemma asked with the
    condition came out "yes" (gold "no"); a fact that only mentions the thing, as a topic or an attitude, is no
    statement that the act is done. The plain fact still is (the control)."""
    rng = random.Random(seed)
    for _ in range(4):
        base, third, thing = rng.choice(ACTS)
        outcome_base, outcome_third = rng.choice(OUTCOMES)
        name, he = rng.choice(NAMES), rng.choice(["he", "she"])
        mention = rng.choice(MENTIONS).format(n=name, t=thing, b=base)
        rule = rng.choice([f"If {name} {third} the {thing}, {he} will {outcome_base}.",
                           f"{name} will {outcome_base} if {he} {third} the {thing}."])
        lead = "Can we say at least one of the following must always be true?"
        asked = f"{lead} (a) {he} {third} the {thing} and (b) {he} will not {outcome_base}"
        context = f"{mention} {rule}" if rng.random() < 0.5 else f"{rule} {mention}"
        verdict = answer_about(context, asked)
        assert verdict.answer != "yes", (context, asked, verdict.reason)
        follows = answer_about(f"{context} {name} {third} the {thing}.", f"Does this imply that {he} {outcome_third}?")
        assert follows.answer == "yes", (context, follows.reason)


@pytest.mark.parametrize("thing", [t for _, _, t in ACTS])
def test_what_a_clause_only_mentions_is_cut_from_what_it_states(thing):
    for frame in ("read an article about the {}", "watched a documentary on the {}", "wants to polish the {}",
                  "dreams of owning a {}", "believes in the importance of the {}"):
        said = asserted(frame.format(thing))
        assert thing not in said, (frame, said)
    assert asserted(f"polishes the {thing}") == f"polishes the {thing}"
    assert asserted(f"carries the {thing} about five miles") == f"carries the {thing} about five miles"
    assert asserted(f"is about to sell the {thing}") == f"is about to sell the {thing}"


@pytest.mark.parametrize("act", ["exercise regularly", "bake bread at home", "walk to work", "swim every morning"])
def test_a_first_person_option_is_a_clause_of_its_own(act):
    """Regression (found when the story sentence no longer stood in for it): "either I exercise regularly or I am
    not likely to feel fatigued" read its first option as a subject ("I exercise regularly") for the second's verb
    phrase, one option about "exercise regularly am to feel fatigued"."""
    from agentlib.puzzles.english.paraphrase import read_context

    reading = read_context(f"At least one of the following is true: either I {act} or I am not likely to feel tired.")
    skeleton = reading.statements[0].skeleton
    assert skeleton[0] == "or", skeleton
    assert skeleton[1][1].content == act and not skeleton[1][1].negated, skeleton
    assert skeleton[2][1].content.endswith("feel tired") and skeleton[2][1].negated, skeleton


def test_rewordings_keep_their_text_apart_from_the_answer():
    """The rewordings on one fixed item: the name changes everywhere, a condition moves with its name, the question's
    denial is respelled, and nothing with a pronoun's antecedent is reordered."""
    context = "If Obadiah repairs the kiln, he will sell vases. Obadiah repairs the kiln."
    question = "Does this imply that Obadiah does not sell vases?"
    new_context, new_question = renamed(context, question)
    assert "Obadiah" not in new_context + new_question and new_context.count(new_question.split()[4]) == 2
    assert condition_moved(context, question)[0].startswith("Obadiah will sell vases if he repairs the kiln.")
    assert fails_to(context, question)[1] == "Does this imply that Obadiah fails to sell vases?"
    assert reordered("Obadiah repairs the kiln. He sells vases.", question) is None
    assert topical_story(context, question)[0].startswith("One afternoon, Obadiah read a long magazine article")


@pytest.mark.parametrize("seed", range(2))
def test_rewordings_never_turn_a_right_answer_wrong(seed):
    """Fresh shaped items (a sample per seed), each reworded every way that applies: an answer that was right stays
    right or abstains, never turns wrong. Seeds 3-4 in full when the harness was written: 16 wrong of 87 after the
    topical story (all "yes" for "no"), 0 after `mentions.py`; a story sentence first makes the grammar abstain on
    36 of 126 (it reads the sentence and cannot tell it idle), the other rewordings kept every answer."""
    rng = random.Random(seed)
    items = rng.sample(GENERATOR.generate_shaped(seed), 10)
    for item in items:
        if GENERATOR.outcome(item) != "right":
            continue
        for name, reword in REWORDINGS.items():
            pair = reword(item.context, item.question)
            if pair is None:
                continue
            verdict = answer_about(*pair)
            assert verdict.answer in (item.answer, None) or verdict.status == "abstained", (name, pair, item.answer,
                                                                                           verdict.reason)

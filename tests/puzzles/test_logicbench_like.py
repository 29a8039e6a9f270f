"""The LogicBench paraphrase reader (`entailment.answer_about`) on fresh generated items (`logicbench_like.py`).

The generator writes contexts in one wording of each proposition and questions in another (synonym phrases of
our own), and computes every answer by truth tables; the reader never sees the answers. The measure is a floor
on right answers and a ceiling on wrong ones over several seeds, for every kind the generator makes.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from agentlib.puzzles.english.entailment import answer_about


def _generator():
    spec = importlib.util.spec_from_file_location("logicbench_like", Path(__file__).parent / "logicbench_like.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


GENERATOR = _generator()


@pytest.mark.parametrize("seed", [0, 1])
def test_generated_items_are_mostly_right_and_rarely_wrong(seed):
    items = GENERATOR.generate(seed)
    kinds = {item.kind for item in items}
    assert {"modus ponens (events)", "bidirectional dilemma (events)", "commutation",
            "generic disjunctive syllogism", "default", "priority"} <= kinds
    assert {item.answer for item in items} == {"yes", "no"}
    outcomes = Counter(GENERATOR.outcome(item) for item in items)
    assert outcomes["right"] >= 0.95 * len(items), outcomes
    assert outcomes["wrong"] <= 0.02 * len(items), outcomes


def test_events_generator_answers_match_truth_tables():
    """The generator's own answers, checked by hand on one fixed kind: modus tollens over events."""
    import random

    items = GENERATOR.events_classical(random.Random(3), "modus tollens", paraphrase=False)
    assert [item.answer for item in items] == ["no", "yes"]  # asked: "P holds" (no), "P does not hold" (yes)
    assert all(item.question.rstrip("?").split()[-1] in item.context.lower() for item in items)


def test_a_topic_shared_by_two_propositions_does_not_merge_them():
    """Regression (found by the events generator): "it rains" and "the streets get wet" scored 0.58-0.60 with
    MiniLM (one topic, not one meaning), above the old join score 0.55, so the two rules were read as a chain and
    the answer came out "yes"."""
    context = ("If the meeting is postponed, then the streets get wet. The baby wakes up if it rains. We know that "
               "the meeting is postponed or the baby does not wake up, or both. The exact combination is unknown.")
    question = ("Can we say at least one of the following must always be true? (a) the roads do not become wet and "
                "(b) it is raining")
    verdict = answer_about(context, question)
    assert verdict.answer == "no", verdict.reason


def test_varied_wording_is_mostly_right_over_three_seeds():
    """The harder yardstick (`generate_varied`: near-twin propositions that share words, negations spelled six ways,
    pronouns and lower-case names, more ways to ask, distractor sentences about a relative): a ratchet on right and
    wrong answers over seeds 0-2 (90 items; on seeds 0-8: 236 right, 16 abstained, 18 wrong of 270)."""
    items = [item for seed in (0, 1, 2) for item in GENERATOR.generate_varied(seed)]
    assert {item.answer for item in items} == {"yes", "no"}
    assert any("(varied)" in item.kind and item.kind.startswith("default") for item in items)
    outcomes = Counter(GENERATOR.outcome(item) for item in items)
    assert outcomes["right"] >= 0.75 * len(items), outcomes
    assert outcomes["wrong"] <= 0.12 * len(items), outcomes


_FENCE = ("If someone repairs the fence, they will buy new plants. When a person waters the plants, they paint the "
          "fence as well. We are aware that either Tomas repairs the fence or she waters the plants.")


def test_two_rules_that_share_a_topic_word_keep_their_propositions_apart():
    """Regression (found by `generate_varied`): "repairs the fence" and "paint the fence", "buy new plants" and
    "waters the plants" scored above the join score, so the two rules of a dilemma were read about one or two
    propositions and an unentailed "at least one of" came out "yes"."""
    asked = "Can we say at least one of the following must always be true? (a) she purchases more plants and (b) {}"
    assert answer_about(_FENCE, asked.format("she gives the fence a fresh coat of paint")).answer == "yes"
    assert answer_about(_FENCE, asked.format("she doesn't give the fence a fresh coat of paint")).answer == "no"


def test_a_relative_named_by_a_possessive_is_someone_else():
    """Regression (found by `generate_varied`): "Bruno's neighbor has a garden behind a white fence" was read as a
    fact about Bruno whose content shares "fence" with the rule, so the modus tollens question abstained."""
    context = ("If Bruno buys new plants, he paints the fence. Bruno fails to paint the fence. Bruno's neighbor has a "
               "lovely garden behind a white fence.")
    assert answer_about(context, "Does this imply that he does not purchase more plants?").answer == "yes"
    assert answer_about(context, "Does this imply that he purchases more plants?").answer == "no"


def test_a_class_named_in_other_words_takes_its_default_when_the_lead_is_clear():
    """A fact joins a rule's condition below the usual floor when every other proposition is far behind ("of a tall
    stature" / "people with great height"): the default then reaches the member who is not the exception."""
    context = ("Mira and Ravi are both of a tall stature. Typically, people with great height play basketball. "
               "However, Mira is an exception.")
    assert answer_about(context, "Does this mean that Ravi plays basketball?").answer == "yes"
    assert answer_about(context, "Does this mean that Ravi does not play basketball?").answer == "no"


def test_defaults_with_named_exceptions_ratchet():
    """Default reasoning with named exceptions in fresh wordings (`generate_defaults`: "Group members usually P. A, B
    and C are members. B does not P." and "exactly one of A and B does not P"; answers by brute force over the
    preferred worlds). First reading on seeds 0-2 (72 items): 25 right, 35 abstained, 12 wrong -- the wrong ones are
    verified wrong answers (a rule's subject noun phrase matched to a membership sentence by embedding), so the
    ceiling on wrong answers is the figure to drive to zero, and only ever lowered. After reading the clause after
    "X is the exception:": 5 right, 60 abstained, 7 wrong (the 20 right answers lost were right by accident: the
    colon clause was dropped, and the same reading said "yes" to the exception's own property).
    Still open: "The <plural noun> here usually P" is read as a proposition about one thing, not a rule about the
    class, and "..., but not both" is glued to the clause before it. After reading a hedged definite plural with its
    place ("the cooks in this kitchen usually ...") as a default about the group, "either A or B ..., but not both" /
    "exactly one of A and B ..." / "one of A and B, and only one, ..." as exactly one, and "both A and B P" in a
    question: 72 right, 0 abstained, 0 wrong."""
    items = [item for seed in (0, 1, 2) for item in GENERATOR.generate_defaults(seed)]
    assert {item.answer for item in items} == {"yes", "no"}
    outcomes = Counter(GENERATOR.outcome(item) for item in items)
    assert outcomes["right"] >= 70, outcomes
    assert outcomes["wrong"] == 0, outcomes


def test_default_generator_answers_by_preferred_worlds():
    """The brute-force checker itself: a named exception leaves the other members with the default property."""
    import random

    items = GENERATOR.default_named_exception(random.Random(5))
    assert [item.answer for item in items] == ["yes", "yes", "yes", "no", "no"]
    items = GENERATOR.default_one_of_two_exceptions(random.Random(5))
    assert [item.answer for item in items] == ["yes", "no", "no"]


def test_an_exception_elaborated_after_a_colon_is_read():
    """ "X is an exception: X never ..." -- the clause after the colon is read, so the exception's own property is
    known to fail (the colon clause was dropped, and a question about X came out "yes", a verified wrong answer)."""
    context = ("Bakers usually start work before dawn. Oona and Piet are bakers. Piet is an exception: he never starts "
               "work before dawn.")
    assert answer_about(context, "Does this mean that Piet starts work before dawn?").answer == "no"
    assert answer_about(context, "Does this mean that Oona starts work before dawn?").answer == "yes"


def test_nonmonotonic_generator_ratchet():
    """Every LogicBench non-monotonic axiom in fresh wordings (`generate_nonmonotonic`; answers by brute force over
    preferred worlds). First reading on seeds 0-5 (126 items, written before the round that reads them): 85 right,
    20 abstained, 21 wrong; after reading reports in more wordings, particular members of a class, "It is common for
    Ns to P", "most of them" and elided verb phrases: 125 right, 0 abstained, 1 wrong (seeds 6-11: 123 / 0 / 3). The
    ratchet holds seeds 0-1."""
    items = [item for seed in (0, 1) for item in GENERATOR.generate_nonmonotonic(seed)]
    assert {item.answer for item in items} == {"yes", "no"}
    outcomes = Counter(GENERATOR.outcome(item) for item in items)
    assert outcomes["right"] >= 40, outcomes
    assert outcomes["wrong"] <= 1, outcomes


def test_class_named_in_other_words_ratchet():
    """Defaults about a class named in other words than the members' sentence (`generate_class_words`: "A and B are
    physicians. Doctors usually ..."; answers by brute force over preferred worlds). First reading on seeds 0-5 (96
    items): 72 right, 21 abstained, 3 wrong; after splitting a relative or prepositional class ("people who ride
    bicycles | read the news", "people on a vegetarian diet | go hiking") at a plain verb after a noun phrase: 87
    right, 6 abstained, 3 wrong; after reading "slender people drink coffee" as a rule about a class: 91 / 3 / 2
    (the wrong ones are synonyms the matcher does not pair, "carpenters" / "woodworkers"). The ratchet holds seeds
    0-2."""
    items = [item for seed in (0, 1, 2) for item in GENERATOR.generate_class_words(seed)]
    assert {item.answer for item in items} == {"yes", "no"}
    outcomes = Counter(GENERATOR.outcome(item) for item in items)
    assert outcomes["right"] >= 40, outcomes
    assert outcomes["wrong"] <= 2, outcomes


@pytest.mark.parametrize("subject, split_at", [
    ("people who ride bicycles", "read the news"), ("people who love gardening", "wake up early"),
    ("people on a vegetarian diet", "go hiking"), ("people who work on farms", "keep a diary")])
def test_a_class_defined_by_a_clause_ends_before_the_main_verb(subject, split_at):
    """Regression (found by `generate_class_words`): with no hedge or modal after the relative clause, "In general,
    people who ride bicycles read the news" was not read at all, so the default never reached a member."""
    from agentlib.puzzles.english.paraphrase import _split_relative

    words = subject.split()
    rest = " ".join(words[2:]) + " " + split_at
    expected = " ".join(words[2:])
    assert _split_relative(rest) == (expected, split_at)


def test_a_causative_keeps_its_plain_verb_in_the_relative_clause():
    from agentlib.puzzles.english.paraphrase import _split_relative

    assert _split_relative("make the kids eat vegetables") is None


@pytest.mark.parametrize("rule", ["In general, slender people drink coffee.", "Slender people usually drink coffee."])
def test_people_described_by_adjectives_are_a_class_with_a_rule(rule):
    """Regression (found by `generate_class_words`): "slender people drink coffee" was read as a fact about nobody
    named, so the text was not understood (an abstention) and no default reached the members "of a slim build"."""
    context = (f"Desmond and Zainab are both of a slim build. {rule} Slender people tend to go hiking. Desmond doesn't "
               "drink coffee. Zainab does not go hiking.")
    assert answer_about(context, "Does this mean that Desmond hikes and Zainab drinks coffee?").answer == "yes"
    assert answer_about(context, "Does this mean that Desmond does not hike and Zainab drinks coffee?").answer == "no"


def test_a_quantity_of_people_is_not_a_class():
    from agentlib.puzzles.english.paraphrase import read_context

    for sentence in ("Many people drink coffee.", "Other people like tea.", "Some people drink coffee."):
        assert all(s.skeleton[0] != "if" for s in read_context(sentence).statements), sentence


def test_near_twins_ratchet():
    """Propositions one word away (`generate_near_twins`: early / late, left / right, first / second, win / lose, a
    modifier moved, negation as "fails to" / "never" / "no longer" / "refrains from"; answers by truth tables with
    each twin a proposition of its own). First reading on seeds 0-2 (72 items): 54 right, 3 abstained, 15 wrong;
    after keeping contrasting wordings apart (`contrasts.py`): 70 / 2 / 0; after reading a twin fact as no stray or idle
    wording of its twin and "no longer" / "has stopped ...ing" as a denial: 72 / 0 / 0 (seeds 3-8 in the README)."""
    items = [item for seed in (0, 1, 2) for item in GENERATOR.generate_near_twins(seed)]
    assert {item.answer for item in items} == {"yes", "no"}
    outcomes = Counter(GENERATOR.outcome(item) for item in items)
    assert outcomes["right"] >= 70, outcomes
    assert outcomes["wrong"] == 0, outcomes


_FRAMES = [("take the {} train", "catch the {} train"), ("sit on the {} side of the room", "take a seat on the {} side "
           "of the room"), ("jog in the {}", "go for a run in the {}"), ("buy the {} jacket", "purchase the {} jacket"),
           ("finish the race in {} place", "end the race in {} place"), ("{} the chess match", None),
           ("walk {} to school", "walk to school {}")]
_SLOTS = [["early", "late"], ["left", "right"], ["morning", "evening", "afternoon"], ["red", "blue", "green"],
          ["first", "second", "third", "last"], ["win", "lose"], ["slowly", "quickly"]]


@pytest.mark.parametrize("seed", range(4))
def test_contrasting_wordings_are_told_from_paraphrases(seed):
    """Fresh pairs from frames and slot words: the same frame with two members of one contrast class is a contrast;
    the frame against its own paraphrase (another verb, the modifier moved) with the same slot word is not."""
    import random

    from agentlib.puzzles.english.contrasts import contrasting

    rng = random.Random(seed)
    for _ in range(20):
        k = rng.randrange(len(_FRAMES))
        frame, paraphrase = _FRAMES[k]
        a, b = rng.sample(_SLOTS[k], 2)
        if rng.random() < 0.5:
            frame = frame.replace("the ", "that ", 1)  # another determiner: no content word
        assert contrasting(frame.format(a), frame.format(b)), (frame, a, b)
        if paraphrase is not None:
            assert not contrasting(frame.format(a), paraphrase.format(a)), (frame, paraphrase, a)
            assert contrasting(frame.format(a), paraphrase.format(b)), (frame, paraphrase, a, b)


def test_a_fact_about_a_twin_does_not_join_the_next_closest_proposition():
    """Regression (found by `generate_near_twins`): with "finishes the race in second place" kept apart from the
    rule's "in first place", its next-closest proposition, the rule's conclusion, won by a wide lead over nothing,
    so the fact was read as the conclusion and the answer came out "yes"."""
    context = ("Whenever Kalinda finishes the race in first place, he wins the chess match. Kalinda finishes the race "
               "in second place.")
    assert answer_about(context, "Does this mean that he comes out on top in the chess match?").answer == "no"
    assert answer_about(context, "Does this mean that he ends the race in second place?").answer == "yes"


def test_a_place_of_one_runner_is_not_vacuously_first():
    """Regression (found by `generate_near_twins`): with one individual on a race's order, "Florian ends the race in
    first place" was verified true (first of one place); a race's order now has a place for the others it leaves
    unnamed, so first is only what the text says."""
    context = ("Florian turns right at the bridge. Anyone who turns left at the bridge will finish the race in first "
               "place.")
    assert answer_about(context, "Does this imply that Florian ends the race in first place?").answer == "no"
    stated = "Mona finished the race in first place."
    assert answer_about(stated, "Does this imply that Mona finished first?").answer == "yes"
    assert answer_about(stated, "Does this imply that Mona finished last?").answer == "no"


@pytest.mark.parametrize("seed", range(3))
def test_a_fact_about_a_twin_is_neither_idle_nor_stray(seed):
    """Regression (found by `generate_near_twins`): the grammar reads "Hamid loses the chess match" beside "if he wins
    the chess match, ...", and abstained, taking the fact for one notion read as two (a stray statement, or an idle
    fact that might mean the rule's condition). A twin one opposed word away is a distractor stated on purpose: at
    most the opposite of its twin, so nothing follows either way. Fresh sets, names and rule forms per seed."""
    import random

    rng = random.Random(seed)
    said, _other, twin = rng.choice(GENERATOR.NEAR_TWINS)
    _, outcome_set, _ = rng.choice([s for s in GENERATOR.NEAR_TWINS if s[0] != said])
    name, he = rng.choice(GENERATOR.TWIN_NAMES), rng.choice(["he", "she"])
    rule = rng.choice([f"If {name} {said[1]}, {he} will {outcome_set[0]}.",
                       f"{name} {outcome_set[1]} if {he} {said[1]}.", f"Anyone who {said[1]} will {outcome_set[0]}."])
    context = f"{rule} {name} {twin[1]}." if rng.random() < 0.5 else f"{name} {twin[1]}. {rule}"
    for asked in (f"{he} {outcome_set[1]}", f"{he} does not {outcome_set[0]}"):
        verdict = answer_about(context, f"Does this imply that {asked}?")
        assert verdict.answer == "no", (context, asked, verdict.reason)


def test_membership_and_exception_joined_by_but_ratchet():
    """ "A and B are Ps, but A never Qs." / "A is a P, but she does not Q.": both clauses are said (`fact` splits
    ", but" between two clauses). First reading on seeds 0-3 (64 items, answers by preferred worlds): 38 right, 0
    abstained, 26 wrong (the exception was read as part of the membership, so the default reached everyone or no
    one); after: 62 right, 2 wrong (a member named Wren in a text about birds is not taken for a name)."""
    items = [item for seed in (0, 1, 2, 3) for item in GENERATOR.generate_but_exceptions(seed)]
    assert {item.answer for item in items} == {"yes", "no"}
    outcomes = Counter(GENERATOR.outcome(item) for item in items)
    assert outcomes["right"] >= 60, outcomes
    assert outcomes["wrong"] <= 2, outcomes

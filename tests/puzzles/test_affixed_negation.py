"""Negation said inside a word ("impatient", "careless", "dislikes"): the affix reader, the grammar's contraries and
the paraphrase reader, on fresh generated items (`logicbench_like.generate_affixed`, answers by truth tables)."""

from __future__ import annotations

import importlib.util
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

from agentlib.puzzles.english.affixed_negation import as_denial, negated
from agentlib.puzzles.english.entailment import answer_about


def _generator():
    spec = importlib.util.spec_from_file_location("logicbench_like", Path(__file__).parent / "logicbench_like.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


GENERATOR = _generator()


@pytest.mark.parametrize("word, base", [
    ("impatient", "patient"), ("untidy", "tidy"), ("dishonest", "honest"), ("illegal", "legal"),
    ("irregular", "regular"), ("inactive", "active"), ("careless", "careful"), ("harmless", "harmful"),
    ("dislikes", "likes"), ("distrusted", "trusted"), ("disagreeing", "agreeing"), ("mistrusts", "trusts"),
    ("unprepared", "prepared"), ("uninformed", "informed"),
    # words whose affix denies nothing: a verb of their own, a prefix fused into the word, no "-ful" partner, a place
    # (regression: "stored inside a refrigerator" had been read as "not side")
    ("informed", None), ("disappointed", None), ("discover", None), ("display", None), ("dismissed", None),
    ("invaluable", None), ("indifferent", None), ("important", None), ("interesting", None), ("unlock", None),
    ("homeless", None), ("universal", None), ("immense", None), ("inside", None), ("inland", None),
])
def test_an_affix_denies_only_where_the_rest_is_the_word_it_denies(word, base):
    assert negated(word) == base
    assert negated(word.capitalize()) == base


def test_a_clause_keeps_one_denial_written_as_not():
    """Every affixed wording the generator uses becomes one "not" followed by the words of the plain wording."""
    for trait, affixed, _ in GENERATOR.AFFIXED_TRAITS:
        rewritten = as_denial(affixed.split())
        assert rewritten.count("not") == 1, (affixed, rewritten)
        after = rewritten[rewritten.index("not") + 1:]
        assert trait.split()[-len(after):] == after, (affixed, rewritten)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_rule_about_an_affixed_word_meets_a_fact_in_the_other_word(seed):
    """Modus tollens across a contrary pair, in fresh words: "Anyone who bakes the bread is impatient. Rosalind is
    patient." -- nothing is both, so she does not bake the bread (the grammar had read the two words as unrelated
    properties and answered "no")."""
    rng = random.Random(seed)
    traits = [t for t in GENERATOR.AFFIXED_TRAITS if t[0].startswith("is ")]
    for _ in range(4):
        plain, affixed, _ = rng.choice(traits)
        name = rng.choice(GENERATOR.AFFIX_NAMES)
        said, other = (plain, affixed) if rng.random() < 0.5 else (affixed, plain)
        denied = rng.choice(GENERATOR.VOICED_ACTIONS)
        context = f"Anyone who {denied[0]} {said}. {name} {other}."
        verdict = answer_about(context, f"Does this imply that {name} {denied[2]}?")
        assert verdict.answer == "yes", (context, verdict.reason)


def test_an_answer_resting_on_neither_nor_abstains_instead_of_saying_no():
    """ "Not loyal" need not be "disloyal" (one may be neither): where the answer turns on it, the grammar abstains;
    it had answered a verified "no" where the everyday reading says "yes"."""
    context = "Anyone who is disloyal mends the fence. If Brannock mends the fence, she likes jazz."
    verdict = answer_about(context, "If Brannock is not loyal, does this imply that she likes jazz?")
    assert verdict.status == "abstained" and verdict.failure == "ambiguous", verdict.reason
    assert "'disloyal' / 'loyal'" in verdict.reason


def test_affixed_negations_are_mostly_right_and_never_wrong_over_three_seeds():
    """A ratchet over seeds 0-2 (seeds 3-8, the measure: 155 right / 12 abstained / 37 wrong before the affix
    reader, 190 / 14 / 0 after)."""
    items = [item for seed in (0, 1, 2) for item in GENERATOR.generate_affixed(seed)]
    assert {item.answer for item in items} == {"yes", "no"}
    outcomes = Counter(GENERATOR.outcome(item) for item in items)
    assert outcomes["wrong"] == 0, outcomes
    assert outcomes["right"] >= 0.9 * len(items), outcomes

"""Proportional quantifiers (`proportions.py`): "Most students passed. Ann is a student. So Ann passed." was not read
at all. Fresh kinds, verbs, names, quantifier words and conclusions, each verdict checked against brute force over
every world of one to five individuals with the quantifier counted exactly ("most" / "almost all" / "many": more of
the kind do than do not; "few": fewer do than do not): a "valid" verdict has no counter-model there, an "invalid"
one has. And the answers the module exists for: an individual or "all" never follows (a statistical syllogism is
not deductively valid), "some" does; `solve` answers what the weakest sense settles and leaves a question about one
member unverified (its default reading, "presumably yes", stands beside the deductive one).
"""

from __future__ import annotations

import random
from itertools import product

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve
from agentlib.puzzles.english.proportions import proportional

KINDS = [("student", "students"), ("voter", "voters"), ("doctor", "doctors"), ("guest", "guests"),
         ("farmer", "farmers"), ("player", "players"), ("nurse", "nurses"), ("pilot", "pilots")]
VERBS = [("sings", "sing"), ("swims", "swim"), ("smokes", "smoke"), ("cooks", "cook"), ("runs", "run"),
         ("dances", "dance"), ("reads", "read"), ("knits", "knit")]
NAMES = ["Ann", "Ravi", "Lena", "Omar", "Tess", "Hugo", "Ines", "Kofi"]
MOSTLY = ["Most", "Almost all", "Nearly all", "Many", "Most of the", "The majority of"]
FEW = ["Few", "Very few"]
SEEDS = range(10)


def _holds(word: str, inside: int, outside: int) -> bool:
    """The quantifier counted exactly: `inside` of the kind do, `outside` do not."""
    return inside < outside if word.lower().endswith("few") else inside > outside


def _brute_force_counter_model(word: str, named: bool, second: bool, conclusion) -> bool:
    """Whether some world of 1..5 individuals (the named one first) makes the premises true and the conclusion
    false. Each individual is (kind, verb, other verb); the premises are "Q kind verb", "<name> is a kind" where
    named, "everyone who verbs other-verbs" where `second`."""
    for size in range(1, 6):
        for world in product(product((False, True), repeat=3), repeat=size):
            inside = sum(k and v for k, v, _ in world)
            outside = sum(k and not v for k, v, _ in world)
            if not _holds(word, inside, outside) or (named and not world[0][0]):
                continue
            if second and not all(o for _, v, o in world if v):
                continue
            if not conclusion(world):
                return True
    return False


def _draw(seed: int):
    rng = random.Random(seed)
    (one, many), ((verbs, verb), (others, other)) = rng.choice(KINDS), rng.sample(VERBS, 2)
    return rng, one, many, verbs, verb, others, other, rng.choice(NAMES)


def _cases(seed: int):
    """(text, named, second, conclusion as a function of a world) for each conclusion shape, with a fresh draw."""
    rng, one, many, verbs, verb, others, other, name = _draw(seed)
    word = rng.choice(MOSTLY + FEW)
    law = f"{word} {many} {verb}."
    article = "an" if one[0] in "aeiou" else "a"
    member = f"{name} is {article} {one}."
    chain = f"Everyone who {verbs} {others}."
    return word, [
        (f"{law} {member} So {name} {verbs}.", True, False, lambda w: w[0][1]),
        (f"{member} {law} Therefore {name} does not {verb}.", True, False, lambda w: not w[0][1]),
        (f"{law} So some {many} {verb}.", False, False, lambda w: any(k and v for k, v, _ in w)),
        (f"{law} So all {many} {verb}.", False, False, lambda w: all(v for k, v, _ in w if k)),
        (f"{law} {chain} So some {many} {other}.", False, True, lambda w: any(k and o for k, _, o in w)),
    ]


@pytest.mark.parametrize("seed", SEEDS)
def test_proportional_verdicts_agree_with_brute_force(seed):
    word, cases = _cases(seed)
    for text, named, second, conclusion in cases:
        analysis = _analyze(text)
        if analysis.status != "verified":
            continue
        refuted = _brute_force_counter_model(word, named, second, conclusion)
        assert analysis.answer == ("invalid" if refuted else "valid"), text


@pytest.mark.parametrize("seed", SEEDS)
def test_an_individual_or_all_never_follows_and_some_does(seed):
    rng, one, many, verbs, verb, others, other, name = _draw(seed)
    word = rng.choice(MOSTLY)
    article = "an" if one[0] in "aeiou" else "a"
    single = _analyze(f"{word} {many} {verb}. {name} is {article} {one}. So {name} {verbs}.")
    assert (single.status, single.answer) == ("verified", "invalid")
    assert "statistical syllogism" in single.fallacy
    every = _analyze(f"{word} {many} {verb}. So every {one} {verbs}.")
    assert (every.status, every.answer) == ("verified", "invalid")
    if word != "Many":  # "many" of a kind need not be most of it, and a few is still some
        some = _analyze(f"{word} {many} {verb}. So some {many} {verb}.")
        assert (some.status, some.answer) == ("verified", "valid")
    # asked of one member, "most" settles nothing: either "cannot be determined" (the member may be an exception,
    # `most_quantifier.py` says so in its reason) or an abstention, never a yes or a no
    for asked in (f"{word} {many} {verb}. {name} is {article} {one}. Does {name} {verb}?",
                  f"Few {many} {verb}. {name} is {article} {one}. Does {name} {verb}?"):
        verdict = solve(asked)
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (asked, verdict.answer)
    if word != "Many":
        quantifier = word.removesuffix(" of the").removesuffix(" of")
        asked = solve(f"{quantifier} of the {many} {verb}. Do some of the {many} {verb}?")
        assert (asked.status, asked.answer) == ("verified", "yes")


def test_a_proportional_word_only_at_the_start_of_a_premise():
    assert proportional("Most voters are Democrats.").universal == "All voters are Democrats."
    assert proportional("Few of the guests left.").sense == "few"
    assert proportional("A few guests left.") is None
    assert proportional("Ann likes most dogs.") is None


def test_a_proportional_conclusion_or_an_unread_premise_abstains():
    assert _analyze("All students passed. So most students passed.").status == "abstained"
    assert _analyze("Most students blorked the zibble quickly if. So some students passed.").status == "abstained"

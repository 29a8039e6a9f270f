"""A verb and its agent noun are one property ("plays chess" / "is a chess player", "swims" / "is a swimmer"), so a
syllogism that switches between them is answered; a light verb ("feels tired" / "is tired") still makes it abstain.
Fresh names and pairs; each expected answer is what the syllogism forces with the two wordings identified."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

PAIRS = [("plays chess", "chess players", "a chess player"), ("swims", "swimmers", "a swimmer"),
         ("teaches", "teachers", "a teacher"), ("paints", "painters", "a painter"),
         ("sings", "singers", "a singer"), ("plays tennis", "tennis players", "a tennis player")]
SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su"]


@settings(max_examples=12, deadline=None)
@given(st.integers(0, 10**9), st.sampled_from(["patient", "happy", "careful", "strong"]))
def test_an_agent_noun_and_its_verb_are_one_property(seed, quality):
    rng = random.Random(seed)
    verb, plural, singular = rng.choice(PAIRS)
    name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    if rng.random() < 0.5:
        text = f"All {plural} are {quality}. {name} {verb}. Is {name} {quality}?"
    else:
        text = f"Everyone who {verb} is {quality}. {name} is {singular}. Is {name} {quality}?"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == "yes", (text, verdict.reason)


def test_a_light_verb_still_abstains():
    verdict = solve("If Ann feels tired, she sleeps. Ann is tired. Does Ann sleep?")
    assert verdict.status == "abstained"


def test_one_property_said_and_denied_is_a_contradiction_not_an_answer():
    verdict = solve("Ann paints. Ann is not a painter. Is Ann happy?")
    assert verdict.status == "abstained"


AGENTS = [("sings", "sing", "singer"), ("dances", "dance", "dancer"), ("bakes", "bake", "baker"),
          ("paints", "paint", "painter"), ("swims", "swim", "swimmer"), ("teaches", "teach", "teacher")]


def _truth_table_answer(rule: tuple[int, int], fact: tuple[int, bool], asked: int) -> str:
    """Props 0 (is an agent noun) and 1 (does the verb), one rule `rule[0] -> rule[1]` and one literal fact."""
    models = [v for v in ((a, b) for a in (False, True) for b in (False, True))
              if (not v[rule[0]] or v[rule[1]]) and v[fact[0]] == fact[1]]
    values = {v[asked] for v in models}
    return "cannot be determined" if len(values) == 2 else ("yes" if values == {True} else "no")


@settings(max_examples=16, deadline=None)
@given(st.integers(0, 10**9))
def test_a_rule_linking_the_noun_and_its_verb_keeps_them_two_properties(seed):
    """Regression: "Every singer sings. Lou is not a singer. Does Lou sing?" was "no" (the two forms merged, so
    a denied antecedent proved the question). A text that states a rule between the forms treats them as two."""
    rng = random.Random(seed)
    third, base, noun = rng.choice(AGENTS)
    name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    article = "an" if noun[0] in "aeiou" else "a"
    rule = rng.choice([(0, 1), (1, 0)])
    said_rule = rng.choice([f"Every {noun} {third}.", f"All {noun}s {base}."]) if rule == (0, 1) else \
        rng.choice([f"Everyone who {third} is {article} {noun}.", f"Anyone who {third} is {article} {noun}."])
    fact = (rng.randrange(2), rng.random() < 0.5)
    said_fact = [f"{name} is {'' if fact[1] else 'not '}{article} {noun}.",
                 f"{name} {third}." if fact[1] else f"{name} does not {base}."][fact[0]]
    asked = 1 - fact[0]
    question = [f"Is {name} {article} {noun}?", f"Does {name} {base}?"][asked]
    text = f"{said_rule} {said_fact} {question}"
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == _truth_table_answer(rule, fact, asked), \
        (text, verdict.answer, verdict.reason)

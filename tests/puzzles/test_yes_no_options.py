"""A yes/no question followed by options that list only its possible answers ("Is the boss sick? A) yes B) no C)
can't tell"): the options ask nothing new and drop (`question_tags.py`). Checked against the truth table of a rule
with "unless" and a fact, with fresh names and option styles; an option that is not an answer word keeps the text
as typed (and it abstains)."""

from __future__ import annotations

import random

import pytest

import agentlib

SYLLABLES = ["ba", "ko", "ri", "ta", "mu", "ze", "lo", "vi", "pe", "su", "dra", "fen", "gal", "hup", "jin"]
STYLES = [lambda k, a: f"{'ABC'[k]}) {a}", lambda k, a: f"({'abc'[k]}) {a}", lambda k, a: f"{k + 1}. {a}"]


@pytest.mark.parametrize("seed", range(10))
def test_answer_options_after_a_yes_no_question_drop(seed):
    rng = random.Random(seed)
    name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    fact_holds = rng.random() < 0.5
    text = (f"{name} is at home unless {name} is at work. "
            f"{name} {'is' if fact_holds else 'is not'} at home. Is {name} at work?")
    expected = "cannot be determined" if fact_holds else "yes"
    style = rng.choice(STYLES)
    answers = rng.choice([["yes", "no", "can't tell"], ["yes", "no"], ["yes", "no", "cannot be determined"]])
    options = rng.choice([" ", "\n"]).join(style(k, a) for k, a in enumerate(answers))
    verdict = agentlib.solve(f"{text} {options}")
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, options, verdict.reason)


def test_options_that_are_not_answers_stay():
    assert agentlib.solve("Ann is tall. Is Ann tall? A) yes B) Bo").status == "abstained"


@pytest.mark.parametrize("seed", range(6))
def test_a_quiz_score_or_y_n_after_the_question_drops(seed):
    """ "Can a trout fly? (1 pt)", "... Y/N": the score a quiz gives and the answers it takes ask nothing new."""
    rng = random.Random(100 + seed)
    name = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    fact_holds = rng.random() < 0.5
    text = (f"{name} is at home unless {name} is at work. "
            f"{name} {'is' if fact_holds else 'is not'} at home. Is {name} at work?")
    expected = "cannot be determined" if fact_holds else "yes"
    tail = rng.choice([f"({rng.randint(1, 9)} pt)", f"({rng.randint(2, 9)} points)", f"[{rng.randint(1, 5)} marks]",
                       "Y/N", "(yes/no)"])
    verdict = agentlib.solve(f"{text} {tail}")
    assert (verdict.status, verdict.answer) == ("verified", expected), (text, tail, verdict.reason)


def test_a_parenthesis_that_is_no_score_stays():
    assert agentlib.solve("Ann is tall. Is Ann tall? (Ann is 2)").status == "abstained"

"""A percent asked after a short story ("price went from $80 to $92, whats the percent change", "I got 42 out of 50 on
my test, what percent is that"), over fresh values, names, verbs and orders, against the formula computed here; a
story whose words and numbers disagree, a change from 0 or a second story is not read."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.mathsolve.percent_stories import read_percent_story

NAMES = ["price", "my rent", "the population", "our sales", "the stock price", "gas"]


def _value(result) -> Fraction:  # noqa: ANN001 (a MathResult)
    return Fraction(result.value["expression"])


@pytest.mark.parametrize("seed", range(16))
def test_a_percent_change_told_as_a_story(seed):
    rng = random.Random(seed)
    old = rng.randint(10, 2000)
    new = old + rng.choice([-1, 1]) * rng.randint(1, old - 1)
    rising = new > old
    verb = rng.choice(["went", "changed"] + (["rose", "increased", "went up"] if rising else
                                             ["fell", "dropped", "went down"]))
    money = rng.choice(["", "$"])
    story = f"{rng.choice(NAMES)} {verb} from {money}{old:,} to {money}{new:,}"
    ask, expected = rng.choice([("what's the percent change", Fraction(new - old, old) * 100),
                                ("by what percent", Fraction(new - old, old) * 100),
                                (f"what is the percent {'increase' if rising else 'decrease'}",
                                 Fraction(abs(new - old), old) * 100)])
    text = rng.choice([f"{story}, {ask}", f"{story}. {ask}?", f"{ask} if {story}"])
    result = solve_math(text)
    assert result.verified and _value(result) == expected, (text, result.answer)


@pytest.mark.parametrize("seed", range(12))
def test_a_score_as_a_percent(seed):
    rng = random.Random(seed)
    whole = rng.randint(5, 120)
    part = rng.randint(0, whole)
    who = rng.choice(["I", "i", "she", "we", ""])
    verb = rng.choice(["got", "scored"])
    got = rng.choice([f"{part} out of {whole}", f"{part}/{whole}"])
    where = rng.choice(["", " on my test", " on the quiz", " in the exam"])
    story = f"{who} {verb} {got}{where}".strip()
    ask = rng.choice(["what percent is that", "what's my percentage", "as a percentage", "what percentage did i get"])
    text = rng.choice([f"{story}, {ask}", f"{story}. {ask}?"])
    result = solve_math(text)
    assert result.verified and _value(result) == Fraction(part, whole) * 100, (text, result.answer)


def test_a_story_in_doubt_is_not_read():
    for text in ["the price fell from 50 to 40, what is the percent increase",  # words and numbers disagree
                 "the price rose from 50 to 40, what is the percent change",
                 "from 0 to 50, percent change",  # no percent of nothing
                 "i got 55 out of 50 on my test, what percent is that",  # more than the whole
                 "i got 42 out of 50 and 30 out of 40, what percent is that",  # two scores
                 "price went from 80 to 92 then to 100, what is the percent change"]:
        assert read_percent_story(text) is None, text


def test_a_bare_what_percent_after_a_score():
    result = solve_math("I scored 45 out of 60, what percent")
    assert result.verified and _value(result) == 75


@pytest.mark.parametrize("seed", range(6))
def test_the_share_missed_when_the_question_asks_what_was_wrong(seed):
    rng = random.Random(seed)
    whole = rng.randint(5, 120)
    part = rng.randint(0, whole)
    text = f"i got {part} out of {whole}. " + rng.choice(["what percent did i get wrong", "what percentage was wrong",
                                                          "what percent did i miss"])
    result = solve_math(text)
    assert result.verified and _value(result) == Fraction(whole - part, whole) * 100, (text, result.answer)

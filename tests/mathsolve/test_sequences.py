"""Arithmetic and geometric sequences in words (`sequences.py`), checked against terms listed by brute force."""

from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.mathsolve.sequences import read_sequence_request


def _terms(kind: str, first: Fraction, step: Fraction, count: int) -> list[Fraction]:
    terms = [first]
    while len(terms) < count:
        terms.append(terms[-1] + step if kind == "arithmetic" else terms[-1] * step)
    return terms


@pytest.mark.parametrize("kind, first, step, index", [
    ("arithmetic", Fraction(-4), Fraction(7), 13), ("arithmetic", Fraction(1, 2), Fraction(-3, 2), 9),
    ("geometric", Fraction(5), Fraction(-2), 7), ("geometric", Fraction(64), Fraction(1, 2), 6),
    ("geometric", Fraction(9), Fraction(1), 11),
])
def test_term_and_sum_in_words_equal_the_listed_terms(kind, first, step, index):
    terms = _terms(kind, first, step, index)
    listed = ", ".join(str(t) for t in terms[:3])
    name = "difference" if kind == "arithmetic" else "ratio"
    asks = [(f"find the {index}th term of the {kind} sequence {listed}, ...", terms[-1]),
            (f"sum of the first {index} terms of an {kind} progression with first term {first} and common "
             f"{name} {step}", sum(terms))]
    for text, expected in asks:
        result = solve_math(text)
        assert result.verified and Fraction(result.answer) == expected, (text, result.answer, result.reason)


@pytest.mark.parametrize("text, answer", [
    ("첫째항이 -2, 공차가 5인 등차수열의 제8항을 구하시오", "33"),
    ("첫째항이 3, 공비가 -2인 등비수열의 첫째항부터 제6항까지의 합은?", "-63"),
    ("등비수열 2, 6, 18, ... 의 제7항", "1458"),
])
def test_korean_sequences(text, answer):
    result = solve_math(text)
    assert result.verified and result.answer == answer, (result.answer, result.reason)


@pytest.mark.parametrize("text", [
    "the 9th term of the arithmetic sequence 1, 4, 9, ...",  # not a constant difference
    "the 5th term of the geometric sequence with first term 2 and common difference 3",  # kind and step disagree
])
def test_terms_that_contradict_the_named_kind_abstain(text):
    assert isinstance(read_sequence_request(text), str)
    assert not solve_math(text).verified


def test_an_unnamed_kind_is_read_only_from_three_terms_that_fit_one_rule():
    # Was "not read here"; an unnamed kind is now read when exactly one rule fits at least three listed terms.
    reading = read_sequence_request("the 10th term of 2, 6, 18, ...")
    assert reading is not None and not isinstance(reading, str) and "geometric" in reading.notes[0]
    assert isinstance(read_sequence_request("the 10th term of 2, 6, ..."), str)  # two terms fit both rules
    assert isinstance(read_sequence_request("the 9th term of 1, 4, 9, ..."), str)  # squares: neither rule


@pytest.mark.parametrize("seed", range(10))
def test_a_listed_sequence_without_its_closing_dots_is_read_the_same(seed):
    """"the 10th term of 2, 5, 8, 11" (no "..."): three or more listed terms continue by the one rule they fit;
    two listed terms abstain as with the dots."""
    import random

    rng = random.Random(seed)
    kind = rng.choice(["arithmetic", "geometric"])
    first = Fraction(rng.randint(1, 9))
    step = Fraction(rng.choice([2, 3, -2])) if kind == "geometric" else Fraction(rng.randint(-5, 6) or 4)
    index = rng.randint(5, 12)
    terms = _terms(kind, first, step, index + 1)
    listed = ", ".join(str(t) for t in terms[:rng.randint(3, 4)])
    for text, expected in [(f"what is the {index}th term of {listed}", terms[index - 1]),
                           (f"find the next term: {', '.join(str(t) for t in terms[:4])}", terms[4])]:
        result = solve_math(text)
        assert result.verified and Fraction(result.answer) == expected, (text, result.answer, result.reason)
    assert not solve_math(f"the {index}th term of {terms[0]}, {terms[1]}").verified

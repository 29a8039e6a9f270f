"""The math reading kept within its bounds (`agentlib.mathsolve.bounded_reading`): a number past 400 digits is
refused before any reader sees it, a long text is read in the sandbox worker within the deadline, and a reader's own
arithmetic or conversion error is an abstention, never a traceback.

Regressions: "15 percent of" a 5,000-digit number raised Python's ValueError (integer string conversion) from the
reading, outside any typed error; "What is " + 19,000 nines was read for 29 s and "What is 1 000 000 ..." (4,900
groups) for 20 s in the caller's process, past a 5 s deadline, because the reading ran outside the sandbox.
"""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.limits import Deadline
from agentlib.mathsolve import bounded_reading
from agentlib.mathsolve.bounded_reading import MAX_NUMBER_DIGITS, read_bounded, read_within
from agentlib.mathsolve.reading import read

TEMPLATES = ["{n} percent of {m}", "What is {p}% of {n}?", "gcd({n}, {m})", "□ + 3 = {n}", "What is {n} + {m}?",
             "Berechne {n} plus {m}", "{n}의 {p}%는?", "Combien font {n} fois {m} ?", "Solve x + {n} = {m}"]


def _number(rng: random.Random, digits: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(digits - 1))


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(TEMPLATES), st.integers(MAX_NUMBER_DIGITS + 1, 6_000), st.integers(1, 60), st.randoms())
def test_a_number_past_the_digit_bound_is_refused_before_reading(template, digits, small, rng):
    text = template.format(n=_number(rng, digits), m=_number(rng, rng.randint(1, 30)), p=small)
    result = solve_math(text)
    assert result.status == "abstained" and result.failure == "too_large"
    assert f"{digits:,} digits" in result.reason


def test_the_percent_of_a_number_longer_than_pythons_conversion_limit_is_an_abstention():
    # regression: ValueError "Exceeds the limit (4300 digits) for integer string conversion" from the reading
    result = solve_math("15 percent of " + "7" * 5_000)
    assert (result.status, result.failure) == ("abstained", "too_large")


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["What is {n} + {m}?", "{p}% of {n}", "Solve x + {n} = {m}", "gcd({n}, {m})"]),
       st.integers(1, MAX_NUMBER_DIGITS), st.integers(1, 60), st.randoms())
def test_numbers_within_the_bound_are_read_as_before(template, digits, small, rng):
    text = template.format(n=_number(rng, digits), m=_number(rng, rng.randint(1, 30)), p=small)
    assert read_bounded(text) == read(text)


def test_a_long_request_is_read_in_the_worker_and_stops_at_the_deadline():
    # "1 000 000 ..." of 4,900 groups took 20 s to read in the caller's process
    text = "What is 1 " + " ".join(["000"] * 4_900) + " + 1?"
    reading = read_within(text, Deadline(0.3))
    assert reading.request is None and reading.failure == "deadline"


@pytest.mark.parametrize("text", ["What is 15% of 80?", "Solve x^2 - 5x + 6 = 0", "derivative of sin(x)"])
def test_a_long_request_read_in_the_worker_reads_as_in_place(text):
    assert read_within(text, Deadline(30), in_process_chars=5) == read(text)


@pytest.mark.parametrize("error", [ValueError("bad digits"), OverflowError("too big"), ZeroDivisionError(),
                                   RecursionError()])
def test_a_readers_own_error_is_an_abstention_not_a_traceback(monkeypatch, error):
    def failing(text):
        raise error

    monkeypatch.setattr(bounded_reading, "read", failing)
    reading = read_bounded("What is 2 + 2?")
    assert reading.request is None and reading.failure == "not_understood"
    assert type(error).__name__ in reading.reason

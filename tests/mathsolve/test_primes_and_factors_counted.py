"""Counting primes and listing factors as people ask: "how many primes are less than 50", "the number of primes below
20", "count the primes up to 100", "list the factors of 36", "how many factors does 36 have". Fresh bounds and
numbers, keyed by SymPy (primepi, divisors); before, each abstained on unknown words."""

from __future__ import annotations

import random

import pytest
import sympy as sp

from agentlib import solve_math


@pytest.mark.parametrize("seed", range(16))
def test_primes_counted_below_or_up_to(seed):
    rng = random.Random(seed)
    bound = rng.randint(3, 5000)
    strict, wording = rng.choice([(True, "how many primes are less than {n}"), (True, "number of primes below {n}"),
                                  (True, "count the primes under {n}"), (False, "the number of primes up to {n}"),
                                  (True, "how many prime numbers are there below {n}"),
                                  (True, "what is the number of primes smaller than {n}")])
    expected = int(sp.primepi(bound - 1 if strict else bound))
    result = solve_math(wording.format(n=bound))
    assert result.status == "verified" and result.answer == str(expected), (wording, bound, result.answer)


@pytest.mark.parametrize("seed", range(16))
def test_factors_of_a_whole_number_are_its_divisors(seed):
    rng = random.Random(seed)
    n = rng.randint(2, 10_000)
    divisors = sp.divisors(n)
    if rng.random() < 0.5:
        # ("what are the factors of 12" alone stays open: it may ask the prime factors, as the chat batch keys it)
        text = rng.choice(["list the factors of {n}", "what are all the factors of {n}", "find all factors of {n}",
                           "list all the factors of {n}"]).format(n=n)
        result = solve_math(text)
        assert result.status == "verified" and result.answer == ", ".join(map(str, divisors)), (text, result.answer)
    else:
        text = rng.choice(["how many factors does {n} have", "number of factors of {n}"]).format(n=n)
        result = solve_math(text)
        assert result.status == "verified" and result.answer == str(len(divisors)), (text, result.answer)


def test_factors_of_a_polynomial_are_not_a_divisor_list():
    assert solve_math("factors of x^2-4").status != "verified"

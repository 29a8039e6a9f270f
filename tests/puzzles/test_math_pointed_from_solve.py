"""A math request typed into `solve` ("solve x^2 - 5x + 6 = 0", "It's 9:45 now. What time will it be in 2 hours?")
abstains, as the puzzle grammar has no roots or clock sums, but its reason now says the math door answers it; a
text that is no math gets no such hint. Fresh coefficients, times and wordings."""

from __future__ import annotations

import random

import pytest

from agentlib import solve

HINT = "agentlib math"


@pytest.mark.parametrize("seed", range(6))
def test_a_math_request_in_solve_points_to_the_math_door(seed):
    rng = random.Random(seed)
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    text = rng.choice([f"solve x^2 - {a + b}x + {a * b} = 0", f"what is the derivative of x^{a} + {b}x",
                       f"It's {a}:{10 * (b % 6):02d} now. What time will it be in {b} hours?",
                       f"factor x^2 + {a + b}x + {a * b}"])
    verdict = solve(text)
    assert verdict.status == "abstained" and HINT in (verdict.reason or ""), (text, verdict.reason)


@pytest.mark.parametrize("text", ["Ann is tall. Bo eats the frobnicated. Who is tall?",
                                  "The glorp is a snark. Is the snark blue?"])
def test_a_text_that_is_no_math_gets_no_hint(text):
    assert HINT not in (solve(text).reason or "")

"""A digit glued to e glued to a digit that is not scientific notation abstains: "1e3e2", "3e2x", "x2e3" are a
mistyped power of ten or a product with Euler's e, and were answered as products with e (1e3e2 = 6e², verified).
A base subscript after digits glued to a letter ("e3_{16}", "1e3_{16}": hexadecimal E3 and 1E3) was read as a
product of e and 3 in base 16 (3e, verified); it abstains too. Fresh variants: random digits, letters and bases;
well-formed neighbours (scientific notation, a subscript base on digits alone) still read, checked by exact
arithmetic, never agentlib.
"""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

LEADS = ("", "what is ", "calculate ", "simplify ")


@pytest.mark.parametrize("seed", range(12))
def test_a_glued_e_between_digits_that_is_not_a_power_of_ten_abstains(seed):
    rng = random.Random(seed)
    a, b, c = rng.randint(1, 99), rng.randint(1, 30), rng.randint(1, 9)
    letter = rng.choice("eE")
    glued = rng.choice((f"{a}{letter}{b}{letter}{c}", f"{a}{letter}{b}x", f"x{a}{letter}{b}"))
    text = f"{rng.choice(LEADS)}{glued} + {c}"
    result = solve_math(text)
    assert result.status == "abstained", (text, result.answer)


@pytest.mark.parametrize("seed", range(8))
def test_a_base_subscript_after_letters_and_digits_abstains(seed):
    rng = random.Random(40 + seed)
    digits = rng.choice((f"e{rng.randint(1, 9)}", f"{rng.randint(1, 9)}e{rng.randint(1, 9)}",
                         f"a{rng.randint(1, 9)}", f"f{rng.randint(10, 99)}"))
    text = f"{digits}_{{{rng.choice((11, 12, 16))}}}"
    assert solve_math(text).status == "abstained", text


@pytest.mark.parametrize("seed", range(6))
def test_well_formed_neighbours_still_read(seed):
    rng = random.Random(80 + seed)
    mantissa, exponent, base = rng.randint(1, 99), rng.randint(0, 12), rng.randint(2, 9)
    number = rng.randint(1, 10**4)
    digits = ""
    rest = number
    while rest:
        rest, digit = divmod(rest, base)
        digits = str(digit) + digits
    result = solve_math(f"{mantissa}e{exponent} + {digits}_{{{base}}}")
    assert result.verified, result.reason
    assert Fraction(result.value["expression"]) == mantissa * 10**exponent + number

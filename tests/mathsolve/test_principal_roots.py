"""A negative number to a fraction with an odd denominator has a real value (a calculator's) and a principal
complex one (SymPy's): evaluating it abstains naming both, checked against SymPy on fresh numbers; a root
written out over a negative number ("the cube root of -27", cbrt(-27)) is the real root."""

import random

import pytest
import sympy as sp

import agentlib


def _power(rng: random.Random) -> tuple[int, int, int]:
    q = rng.choice((3, 5))
    p = rng.choice([k for k in (1, 2, 4) if k % q])
    root = rng.randint(2, 4)
    return -(root ** q), p, q


@pytest.mark.parametrize("seed", range(3))
def test_odd_root_of_a_negative_number_names_both_values(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3):
        base, p, q = _power(rng)
        text = rng.choice(("({b})^({p}/{q})", "x^({p}/{q}) at x = {b}", "evaluate ({b})^({p}/{q})"))
        text = text.format(b=base, p=p, q=q)
        result = agentlib.solve_math(text)
        assert result.status == "abstained", (text, result.answer)
        real = sp.real_root(base, q) ** p
        assert f"the real root gives {real}" in result.reason, (text, result.reason)
        assert "principal complex value" in result.reason


@pytest.mark.parametrize("seed", range(2))
def test_a_written_out_root_of_a_negative_number_is_real(seed: int) -> None:
    rng = random.Random(seed)
    root = rng.randint(2, 9)
    for text in (f"cube root of -{root ** 3}", f"cbrt(-{root ** 3})", f"∛(-{root ** 3})"):
        result = agentlib.solve_math(text)
        assert (result.status, result.answer) == ("verified", str(-root)), text


def test_an_even_root_of_a_negative_number_stays_imaginary() -> None:
    result = agentlib.solve_math("(-9)^(1/2)")
    assert (result.status, result.answer) == ("verified", "3*i")

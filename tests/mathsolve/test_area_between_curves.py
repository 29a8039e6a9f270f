"""Areas between two fresh polynomial graphs, with and without bounds, checked against SymPy: the pieces of
∫ (f - g) between consecutive crossings, each taken positive; impossible bounds and identical variables abstain."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

x = sp.Symbol("x", real=True)


def _area(difference: sp.Expr, a, b) -> sp.Expr:  # noqa: ANN001 (numbers)
    cuts = sorted({r for r in sp.Poly(difference, x).real_roots() if a < r < b})
    points = [a, *cuts, b]
    return sp.nsimplify(sum(abs(sp.integrate(difference, (x, p, q))) for p, q in zip(points, points[1:])))


def _pair(rng: random.Random) -> tuple[sp.Expr, sp.Expr, list[int]]:
    roots = sorted(rng.sample(range(-4, 5), rng.choice([2, 2, 3])))
    difference = rng.choice([1, -1, 2]) * sp.prod([x - r for r in roots])
    g = sum(rng.randint(-3, 3) * x**k for k in range(3))
    return sp.expand(g + difference), sp.expand(g), roots


def _written(f: sp.Expr) -> str:
    return str(f).replace("**", "^")


@pytest.mark.parametrize("seed", range(16))
def test_area_closed_off_by_two_graphs(seed):
    rng = random.Random(seed)
    f, g, roots = _pair(rng)
    text = rng.choice(["area between y = {f} and y = {g}", "find the area enclosed by y = {f} and y = {g}",
                       "the area bounded by y={f} and y={g}"]).format(f=_written(f), g=_written(g))
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    expected = _area(f - g, roots[0], roots[-1])
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)


@pytest.mark.parametrize("seed", range(16))
def test_area_between_two_graphs_over_given_bounds_counts_every_piece_positive(seed):
    rng = random.Random(seed)
    f, g, _ = _pair(rng)
    a = rng.randint(-5, 2)
    b = a + rng.randint(1, 6)
    text = rng.choice(["area between y = {f} and y = {g} from {a} to {b}",
                       "area between f(x) = {f} and g(x) = {g} on [{a}, {b}]",
                       "area between y = {f} and y = {g} between x = {a} and x = {b}"]).format(
        f=_written(f), g=_written(g), a=a, b=b)
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    expected = _area(f - g, a, b)
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)


@pytest.mark.parametrize("text", ["area between y=x and y=x^2 from 2 to 0",  # bounds reversed
                                  "area between y = x^2 and y = x^2 + 1",  # never cross: no closed region
                                  "area between y = x and y = x^2 and y = 3",  # three graphs
                                  "area between y = 1/x and y = 0 from -1 to 1"])  # improper: 1/x blows up at 0
def test_an_area_that_is_not_certain_abstains(text):
    assert not solve_math(text).verified, text

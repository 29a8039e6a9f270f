"""Where two curves meet, asked in words: "the intersection of y = x + 1 and y = -x + 3", "where do ... intersect",
"the intersection point of ...", "... meet?", "y=x+1과 y=-x+3의 교점". The two equations solved together. Fresh lines
and parabolas, keyed by SymPy; before, "intersection", "intersect" and "교점" were unknown words."""

from __future__ import annotations

import random

import pytest
import sympy as sp

from agentlib import solve_math

x, y = sp.symbols("x y")


def _line(m: int, b: int) -> str:
    slope = {1: "x", -1: "-x"}.get(m, f"{m}x")
    return f"y = {slope} {'+' if b >= 0 else '-'} {abs(b)}" if b else f"y = {slope}"


@pytest.mark.parametrize("seed", range(16))
def test_where_two_lines_meet(seed):
    rng = random.Random(seed)
    m1, m2 = rng.sample([-3, -2, -1, 1, 2, 3], 2)
    px, py = rng.randint(-5, 5), rng.randint(-5, 5)
    b1, b2 = py - m1 * px, py - m2 * px
    first, second = _line(m1, b1), _line(m2, b2)
    text = rng.choice([f"the intersection of {first} and {second}", f"where do {first} and {second} intersect?",
                       f"find the intersection point of {first} and {second}", f"{first}과 {second}의 교점",
                       f"where do {first} and {second} meet?"])
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert result.answer == f"x = {px}, y = {py}", (text, result.answer)


def test_parallel_lines_have_no_intersection():
    result = solve_math("the intersection of y = 2x + 1 and y = 2x + 5")
    assert result.status == "verified" and "no solution" in result.answer

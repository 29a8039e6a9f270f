"""How the generated yardstick (`agentlib.evals.trace_yardstick`) writes traces: the trace record and the number,
money and product notations of the three styles (prose "3 x $4", LaTeX "\\( 3 \\cdot \\$4 \\)", plain "3 * $4")."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from agentlib.checking.arithmetic import format_number
from agentlib.checking.slips import near_miss

STYLES = ("prose", "latex", "plain")
NAMES = ("Maya", "Liam", "Noor", "Kenji", "Sofia", "Omar", "Priya", "Tomas", "Ava", "Diego", "Lena", "Kwame")
THINGS = (("apples", "pears"), ("notebooks", "pens"), ("shirts", "hats"), ("tickets", "snacks"),
          ("bolts", "nuts"), ("cookies", "muffins"))


@dataclass(frozen=True)
class Trace:
    """One generated trace: `kind` is "correct" or the planted error's kind, `first_wrong` its printed step."""

    family: str
    style: str
    kind: str
    problem: str
    steps: list[str]
    first_wrong: int | None


Writer = Callable[[random.Random, str], list[Trace]]


def n(value: Fraction | int) -> str:
    """A number as a model writes it: an integer, a terminating decimal, or a fraction "p/q"."""
    value = Fraction(value)
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    return format_number(value) if denominator == 1 else f"{value.numerator}/{value.denominator}"


def slip(value: Fraction | int, rng: random.Random) -> Fraction:
    """A near miss of `value` (±1, ±a few, a digit changed, a factor of ten), never the value itself."""
    return Fraction(near_miss(n(value), rng))


def times(a: str, b: str, style: str) -> str:
    return {"prose": f"{a} x {b}", "latex": f"{a} \\cdot {b}", "plain": f"{a} * {b}"}[style]


def math(text: str, style: str) -> str:
    return f"\\( {text} \\)" if style == "latex" else text


def money(value: Fraction | int, style: str) -> str:
    return f"\\${n(value)}" if style == "latex" else f"${n(value)}"


def trace_maker(family: str, style: str, problem: str) -> Callable[[str, list[str], int | None], Trace]:
    def make(kind: str, steps: list[str], first_wrong: int | None) -> Trace:
        return Trace(family, style, kind, problem, steps, first_wrong)
    return make


def fraction(p: int, q: int, style: str) -> str:
    return f"\\frac{{{p}}}{{{q}}}" if style == "latex" else f"{p}/{q}"

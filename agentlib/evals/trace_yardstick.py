"""`python -m agentlib.evals.trace_yardstick`: fresh generated solution traces with one planted first error.

A yardstick nobody fitted: each family draws a problem with random numbers, names and wording, writes a correct
solution the way models write one (prose arithmetic "so she pays 3 x $4 = $12", LaTeX `\\frac`, `\\cdot`,
units, percentages, "x = ..." solving, substitution into a function) and, from the same draw, versions with ONE
realistic error planted at a known step: an arithmetic slip, a sign error, the right numbers with the wrong
operation, a dropped term when expanding, a wrong root read off a factorization, a percent of the wrong base, a
unit conversion slip, an earlier result copied wrong; and (NEW_FAMILIES, drawn from their own random stream so
the first fifteen give the same traces per seed as before) a wrong area formula, 1 + ... + m as m(m - 1)/2, an
inclusive count without the + 1, the minus of -b dropped in the quadratic formula, a unit left unconverted, and
"p% more than" taken as p% of the larger amount; (NEWER_FAMILIES, a third stream) a repeating decimal rounded
before it is multiplied; (MISREAD_FAMILIES, a fourth stream, `yardstick_misreadings.py`) word problems misread the
way models misread them (a rate inverted, percents added, a mean of means, "times as many" reversed, ...).
`--restyle` rewrites every trace in a newer layout ("- " lists,
"1)", display math, inline dollars, "Therefore,", a markdown table, "≈" for repeating decimals), so false alarms
are measured on fresh text. Later steps
compute correctly from the wrong value, as a
model does. The measure: correct traces passed (a flag there is a false alarm, the costliest error), and per
error kind the share flagged at exactly the planted step ("exact"), flagged at or after it ("caught") and flagged
before it ("early": a false alarm on a correct step).

Every seed gives new items; no figure comes from a benchmark. The checker runs in this process (`check_steps`,
the worker's side of `check_trace`, after the same `split_steps`), with the same per-step limits.

Left out: errors whose detection needs the problem's meaning is measured too (a percent of the wrong base, a
wrong operation), but no family models a wrong plan spanning several steps; traces are in English.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from fractions import Fraction

from agentlib.checking.checker import check_steps
from agentlib.checking.steps import split_steps
from agentlib.evals.yardstick_misreadings import MISREAD_FAMILIES
from agentlib.evals.yardstick_writing import (
    NAMES,
    STYLES,
    THINGS,
    Trace,
    Writer,
    math,
    money,
    n,
    slip,
    times,
)
from agentlib.evals.yardstick_writing import fraction as _frac
from agentlib.evals.yardstick_writing import trace_maker as _trace


def shopping(rng: random.Random, style: str) -> list[Trace]:
    """Two purchases and change from a bill: products, a sum, a difference."""
    name, (first, second) = rng.choice(NAMES), rng.choice(THINGS)
    n1, n2 = rng.randint(2, 9), rng.randint(2, 9)
    p1, p2 = rng.randint(2, 15), rng.randint(2, 15)
    bill = next(b for b in (50, 100, 200, 500) if b > n1 * p1 + n2 * p2)
    problem = (f"{name} buys {n1} {first} at ${p1} each and {n2} {second} at ${p2} each. {name} pays with a "
               f"${bill} bill. How much change does {name} get?")
    make = _trace("shopping", style, problem)

    def write(c1: Fraction, c2: Fraction, total: Fraction, change: Fraction, *, op1: str = "x",
              shown1: Fraction | None = None) -> list[str]:
        first_step = (times(str(n1), money(p1, style), style) if op1 == "x"
                      else f"{n1} + {money(p1, style)}")
        shown = c1 if shown1 is None else shown1
        return [f"The {first} cost {math(f'{first_step} = {money(c1, style)}', style)}.",
                f"The {second} cost {math(times(str(n2), money(p2, style), style) + ' = ' + money(c2, style), style)}.",
                f"So {name} spends {math(f'{money(shown, style)} + {money(c2, style)} = {money(total, style)}', style)}"
                " in total.",
                "The change is " + math(f"{money(bill, style)} - {money(total, style)} = {money(change, style)}", style)
                + ".",
                f"The answer is {n(change)}."]

    c1, c2 = Fraction(n1 * p1), Fraction(n2 * p2)
    traces = [make("correct", write(c1, c2, c1 + c2, bill - c1 - c2), None)]
    wrong = slip(c1, rng)
    if wrong + c2 < bill:
        traces.append(make("arithmetic", write(wrong, c2, wrong + c2, bill - wrong - c2), 1))
    added = Fraction(n1 + p1)
    traces.append(make("wrong_operation", write(added, c2, added + c2, bill - added - c2, op1="+"), 1))
    copied = slip(c1, rng)
    if copied + c2 < bill:
        traces.append(make("copy", write(c1, c2, copied + c2, bill - copied - c2, shown1=copied), 3))
    return traces


def discount(rng: random.Random, style: str) -> list[Trace]:
    """A percent off a price, then a tax on the sale price: percents of a base, differences, sums."""
    item = rng.choice(("jacket", "bicycle", "lamp", "printer", "guitar", "chair"))
    price = rng.choice((40, 60, 80, 120, 150, 200, 240, 250, 300))
    off, tax = rng.choice((10, 20, 25, 30, 40, 50)), rng.choice((5, 8, 10, 20))
    problem = (f"A {item} costs ${price}. It is on sale for {off}% off, and then a {tax}% sales tax is added to "
               f"the sale price. What is the final price?")
    make = _trace("discount", style, problem)

    def pct(rate: int, base: Fraction, result: Fraction) -> str:
        if style == "latex":
            return f"\\( \\frac{{{rate}}}{{100}} \\cdot {n(base)} = {n(result)} \\)"
        if style == "prose":
            return f"{rate}% of ${n(base)} = ${n(result)}"
        return f"{n(Fraction(rate, 100))} * {n(base)} = {n(result)}"

    def write(cut: Fraction, sale: Fraction, tax_base: Fraction, levy: Fraction, final: Fraction,
              op: str = "+") -> list[str]:
        return [f"The discount is {pct(off, Fraction(price), cut)}.",
                "The sale price is "
                + math(f"{money(price, style)} - {money(cut, style)} = {money(sale, style)}", style) + ".",
                f"The tax is {pct(tax, tax_base, levy)}.",
                "The final price is "
                + math(f"{money(sale, style)} {op} {money(levy, style)} = {money(final, style)}", style) + ".",
                f"The answer is {n(final)}."]

    cut = Fraction(off * price, 100)
    sale = price - cut
    levy = sale * tax / 100
    traces = [make("correct", write(cut, sale, sale, levy, sale + levy), None)]
    wrong_sale = slip(sale, rng)
    wrong_levy = wrong_sale * tax / 100
    traces.append(make("arithmetic", write(cut, wrong_sale, wrong_sale, wrong_levy, wrong_sale + wrong_levy), 2))
    base_levy = Fraction(price * tax, 100)
    traces.append(make("percent_base", write(cut, sale, Fraction(price), base_levy, sale + base_levy), 3))
    traces.append(make("wrong_operation", write(cut, sale, sale, levy, sale - levy, op="-"), 4))
    return traces


def travel(rng: random.Random, style: str) -> list[Trace]:
    """A speed and a time in hours and minutes: a unit conversion, a sum, a product."""
    name = rng.choice(NAMES)
    speed, hours = rng.choice((40, 48, 50, 60, 64, 72, 80, 90)), rng.randint(2, 5)
    minutes = rng.choice((6, 12, 15, 24, 30, 36, 45, 48))
    problem = (f"{name} drives at {speed} km/h for {hours} hours and {minutes} minutes. How many kilometers does "
               f"{name} drive?")
    make = _trace("travel", style, problem)

    def write(part: Fraction, total: Fraction, distance: Fraction) -> list[str]:
        conversion = (f"\\( {minutes} \\text{{ minutes}} = \\frac{{{minutes}}}{{60}} \\text{{ hours}} = {n(part)} "
                      "\\text{ hours} \\)" if style == "latex" else f"{minutes} minutes = {n(part)} hours")
        return [f"First convert the minutes: {conversion}.",
                f"The total time is {math(f'{hours} + {n(part)} = {n(total)}', style)} hours.",
                f"The distance is {math(times(str(speed), n(total), style) + f' = {n(distance)}', style)} km.",
                f"The answer is {n(distance)}."]

    part = Fraction(minutes, 60)
    traces = [make("correct", write(part, hours + part, speed * (hours + part)), None)]
    wrong = Fraction(minutes, 100)
    traces.append(make("unit", write(wrong, hours + wrong, speed * (hours + wrong)), 1))
    distance = speed * (hours + part)
    traces.append(make("arithmetic", write(part, hours + part, slip(distance, rng)), 3))
    return traces


def linear(rng: random.Random, style: str) -> list[Trace]:
    """Solving a x + b = c x + d step by step: collecting terms, a sign when moving a constant, a division."""
    x = rng.choice([v for v in range(-9, 10) if v])
    c = rng.randint(1, 5)
    a = c + rng.choice((2, 3, 4, 5, 6))
    b = rng.choice([v for v in range(-12, 13) if v])
    d = (a - c) * x + b
    var = rng.choice("xyt")

    def lin(k: int, const: int) -> str:
        head = f"{k}{var}" if k != 1 else var
        return head if const == 0 else f"{head} {'+' if const > 0 else '-'} {abs(const)}"

    problem = f"Solve for {var}: {math(f'{lin(a, b)} = {lin(c, d)}', style)}."
    make = _trace("linear", style, problem)
    k = a - c

    def write(moved: int, value: Fraction, shown_k: int = k) -> list[str]:
        return [f"Subtract {c if c != 1 else ''}{var} from both sides: {math(f'{lin(k, b)} = {d}', style)}.",
                f"{move} {abs(b)} {side} both sides: {math(f'{shown_k}{var} = {moved}', style)}.",
                f"Divide by {shown_k}: {math(f'{var} = {n(value)}', style)}.",
                f"The answer is {var} = {n(value)}."]

    move, side = ("Subtract", "from") if b > 0 else ("Add", "to")
    traces = [make("correct", write(d - b, Fraction(d - b, k)), None)]
    sign = d + b
    traces.append(make("sign", write(sign, Fraction(sign, k)), 2))
    wrong = int(slip(d - b, rng)) if (d - b) else 1
    traces.append(make("arithmetic", write(wrong, Fraction(wrong, k)), 2))
    return traces


def quadratic(rng: random.Random, style: str) -> list[Trace]:
    """x^2 + b x + c = 0 with integer roots: a factorization, the roots read off it, their sum or product."""
    r1, r2 = rng.sample([v for v in range(-9, 10) if v], 2)
    while r1 == -r2:  # roots read off with the wrong sign would be the same pair: no error to plant
        r1, r2 = rng.sample([v for v in range(-9, 10) if v], 2)
    b, c = -(r1 + r2), r1 * r2
    ask = rng.choice(("sum", "product"))

    def poly() -> str:
        text = "x^2"
        if b:
            text += f" {'+' if b > 0 else '-'} {abs(b) if abs(b) != 1 else ''}x"
        return text + f" {'+' if c > 0 else '-'} {abs(c)}"

    def factor(root: int) -> str:
        return f"(x {'-' if root > 0 else '+'} {abs(root)})"

    problem = f"Find the {ask} of the solutions of {math(poly() + ' = 0', style)}."
    make = _trace("quadratic", style, problem)

    def write(f1: int, f2: int, s1: int, s2: int, combined: Fraction) -> list[str]:
        sign = "+" if ask == "sum" else "\\cdot" if style == "latex" else "*"
        second = f"({s2})" if s2 < 0 else str(s2)
        return [f"Factor: {math(f'{poly()} = {factor(f1)}{factor(f2)}', style)}.",
                f"So {math(f'x = {s1}', style)} or {math(f'x = {s2}', style)}.",
                f"The {ask} is {math(f'{s1} {sign} {second} = {n(combined)}', style)}.",
                f"The answer is {n(combined)}."]

    def combine(s1: int, s2: int) -> Fraction:
        return Fraction(s1 + s2 if ask == "sum" else s1 * s2)

    traces = [make("correct", write(r1, r2, r1, r2, combine(r1, r2)), None)]
    traces.append(make("wrong_root", write(r1, r2, -r1, -r2, combine(-r1, -r2)), 2))
    traces.append(make("sign", write(-r1, r2, -r1, r2, combine(-r1, r2)), 1))
    traces.append(make("arithmetic", write(r1, r2, r1, r2, slip(combine(r1, r2), rng)), 3))
    return traces


def expansion(rng: random.Random, style: str) -> list[Trace]:
    """(a x + b)(c x + d) expanded term by term, then like terms collected."""
    a, c = rng.randint(1, 6), rng.randint(1, 6)
    b, d = rng.choice([v for v in range(-9, 10) if v]), rng.choice([v for v in range(-9, 10) if v])

    def term(k: int, power: str, first: bool = False) -> str:
        body = f"{abs(k) if abs(k) != 1 or not power else ''}{power}"
        if first:
            return f"-{body}" if k < 0 else body
        return f"{'+' if k >= 0 else '-'} {body}"

    def lin(k: int, const: int) -> str:
        return f"({term(k, 'x', True)} {term(const, '')})"

    problem = f"Expand {math(lin(a, b) + lin(c, d), style)} and give the coefficient of x."
    make = _trace("expansion", style, problem)

    def write(t1: int, t2: int, t3: int, t4: int, middle: int) -> list[str]:
        spread = " ".join([term(t1, "x^2", True)] + [term(t, "x") for t in (t2, t3) if t] + [term(t4, "")])
        collected = f"{term(t1, 'x^2', True)} {term(middle, 'x')} {term(t4, '')}"
        return [f"Distribute: {math(f'{lin(a, b)}{lin(c, d)} = {spread}', style)}.",
                f"Combine like terms: {math(f'{spread} = {collected}', style)}.",
                f"The coefficient of x is {middle}.",
                f"The answer is {middle}."]

    traces = [make("correct", write(a * c, a * d, b * c, b * d, a * d + b * c), None)]
    traces.append(make("dropped_term", write(a * c, a * d, 0, b * d, a * d), 1))
    traces.append(make("sign", write(a * c, a * d, b * c, -b * d, a * d + b * c), 1))
    middle = a * d + b * c
    wrong = middle + rng.choice((-2, -1, 1, 2)) if middle else 1
    traces.append(make("arithmetic", write(a * c, a * d, b * c, b * d, wrong), 2))
    return traces


def evaluation(rng: random.Random, style: str) -> list[Trace]:
    """f(x) = a x^2 + b x + c evaluated at a number: substitution, powers of negatives, a sum."""
    a, b, c = rng.randint(1, 5), rng.choice([v for v in range(-7, 8) if v]), rng.randint(-9, 9)
    at = rng.choice([v for v in range(-5, 6) if v not in (0, 1)])

    def signed(k: int) -> str:
        return f"{'+' if k >= 0 else '-'} {abs(k)}"

    def poly() -> str:
        return f"{a}x^2 {signed(b)}x {signed(c)}"

    problem = f"Let {math(f'f(x) = {poly()}', style)}. Find {math(f'f({at})', style)}."
    make = _trace("evaluation", style, problem)
    square, linear_part = a * at * at, b * at

    def write(sq: int, lp: int, value: int) -> list[str]:
        mul = "\\cdot" if style == "latex" else "*"
        return [f"Substitute: {math(f'f({at}) = {a} {mul} ({at})^2 {signed(b)} {mul} ({at}) {signed(c)}', style)}.",
                f"This is {math(f'{sq} {signed(lp)} {signed(c)}', style)}.",
                f"So {math(f'f({at}) = {value}', style)}.",
                f"The answer is {value}."]

    traces = [make("correct", write(square, linear_part, square + linear_part + c), None)]
    traces.append(make("sign", write(-square, linear_part, -square + linear_part + c), 2))
    value = square + linear_part + c
    traces.append(make("arithmetic", write(square, linear_part, int(slip(value, rng)) if value > 0 else value + 3), 3))
    return traces


def system(rng: random.Random, style: str) -> list[Trace]:
    """x + y = s and x - y = d solved by adding: a sum, a division, a back-substitution, a product."""
    x, y = rng.randint(3, 20), rng.randint(1, 15)
    s, d = x + y, x - y
    problem = (f"Two numbers have a sum of {s} and a difference of {d}. What is their product?")
    make = _trace("system", style, problem)
    mul = "\\cdot" if style == "latex" else "*"
    shown_d = str(d) if d >= 0 else f"({d})"

    def write(double: int, big: Fraction, small: Fraction, product: Fraction, op: str = "+") -> list[str]:
        return [f"Let the numbers be x and y with {math(f'x + y = {s}', style)} and {math(f'x - y = {d}', style)}.",
                f"Adding the equations gives {math(f'2x = {s} {op} {shown_d} = {double}', style)}.",
                f"So {math(f'x = {n(big)}', style)}.",
                f"Then {math(f'y = {s} - {n(big)} = {n(small)}', style)}.",
                f"The product is {math(f'{n(big)} {mul} {n(small)} = {n(product)}', style)}.",
                f"The answer is {n(product)}."]

    traces = [make("correct", write(2 * x, Fraction(x), Fraction(y), Fraction(x * y)), None)]
    dx = Fraction(s - d, 2)
    traces.append(make("sign", write(s - d, dx, s - dx, dx * (s - dx), op="-"), 2))
    wrong = slip(y, rng)
    traces.append(make("arithmetic", write(2 * x, Fraction(x), wrong, x * wrong), 4))
    return traces


def fractions(rng: random.Random, style: str) -> list[Trace]:
    """A fraction of a quantity, then a fraction of the remainder: fractions of a base, differences."""
    q1, q2 = rng.choice((3, 4, 5)), rng.choice((2, 3, 4))
    p1, p2 = rng.randint(1, q1 - 1), rng.randint(1, q2 - 1)
    total = q1 * q2 * rng.randint(2, 12)
    thing = rng.choice(("liters of water", "pages", "marbles", "meters of rope"))
    problem = (f"A store has {total} {thing}. It uses {p1}/{q1} of them on Monday and {p2}/{q2} of the rest on "
               f"Tuesday. How many {thing} are left?")
    make = _trace("fractions", style, problem)

    def frac(p: int, q: int, base: Fraction, result: Fraction) -> str:
        if style == "latex":
            return f"\\( \\frac{{{p}}}{{{q}}} \\cdot {n(base)} = {n(result)} \\)"
        if style == "prose":
            return f"{p}/{q} of {n(base)} is {n(result)}"
        return f"{p}/{q} * {n(base)} = {n(result)}"

    def write(used: Fraction, rest: Fraction, base: Fraction, used2: Fraction, left: Fraction) -> list[str]:
        return [f"On Monday it uses {frac(p1, q1, Fraction(total), used)}.",
                f"That leaves {math(f'{total} - {n(used)} = {n(rest)}', style)}.",
                f"On Tuesday it uses {frac(p2, q2, base, used2)}.",
                f"So {math(f'{n(rest)} - {n(used2)} = {n(left)}', style)} are left.",
                f"The answer is {n(left)}."]

    used = Fraction(total * p1, q1)
    rest = total - used
    used2 = rest * p2 / q2
    traces = [make("correct", write(used, rest, rest, used2, rest - used2), None)]
    whole = Fraction(total * p2, q2)
    if whole < rest:
        traces.append(make("percent_base", write(used, rest, Fraction(total), whole, rest - whole), 3))
    wrong = slip(rest, rng)
    traces.append(make("arithmetic", write(used, wrong, wrong, wrong * p2 / q2, wrong - wrong * p2 / q2), 2))
    return traces


def recipe(rng: random.Random, style: str) -> list[Trace]:
    """Scaling a recipe given in one unit and converting to another: a product, a unit conversion, a difference."""
    name = rng.choice(NAMES)
    unit, small, factor = rng.choice((("kg", "grams", 1000), ("liters", "milliliters", 1000),
                                      ("meters", "centimeters", 100)))
    amount = Fraction(rng.choice((5, 15, 25, 35, 45, 75)), 10)
    batches, used = rng.randint(2, 6), rng.choice((150, 250, 400, 600, 800))
    problem = (f"A recipe needs {n(amount)} {unit} of an ingredient per batch. {name} makes {batches} batches and "
               f"then has to give back {used} {small} of it. How many {small} does {name} use in the end?")
    make = _trace("recipe", style, problem)

    def write(total: Fraction, converted: Fraction, left: Fraction, op: str = "-") -> list[str]:
        scaled = times(n(amount), str(batches), style) + f" = {n(total)}"
        return [f"For {batches} batches: {math(scaled, style)} {unit}.",
                f"In {small}: {n(total)} {unit} = {n(converted)} {small}.",
                f"After giving some back: {math(f'{n(converted)} {op} {used} = {n(left)}', style)} {small}.",
                f"The answer is {n(left)}."]

    total = amount * batches
    traces = [make("correct", write(total, total * factor, total * factor - used), None)]
    wrong = total * (factor // 10 if factor == 1000 else 1000)
    traces.append(make("unit", write(total, wrong, wrong - used), 2))
    traces.append(make("arithmetic", write(total, total * factor, slip(total * factor - used, rng)), 3))
    return traces


def fraction_sum(rng: random.Random, style: str) -> list[Trace]:
    """a/b + c/d over a common denominator, in LaTeX `\\frac` or plain "a/b"."""
    b, d = rng.sample((3, 4, 5, 6, 8, 10, 12), 2)
    a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
    common = b * d
    problem = f"Compute {math(_frac(a, b, style) + ' + ' + _frac(c, d, style), style)}."
    make = _trace("fraction_sum", style, problem)

    def write(na: int, nc: int, denominator: int, total: Fraction) -> list[str]:
        shown = _frac(total.numerator, total.denominator, style) if total.denominator != 1 else str(total.numerator)
        given = f"{_frac(a, b, style)} + {_frac(c, d, style)}"
        spread = f"{_frac(na, denominator, style)} + {_frac(nc, denominator, style)}"
        added = _frac(na + nc, denominator, style)
        return [f"Over a common denominator: {math(f'{given} = {spread}', style)}.",
                f"Adding the numerators: {math(f'{spread} = {added}', style)}.",
                f"Simplified: {math(f'{added} = {shown}', style)}.",
                f"The answer is {math(shown, style)}."]

    traces = [make("correct", write(a * d, c * b, common, Fraction(a * d + c * b, common)), None)]
    traces.append(make("wrong_operation", write(a * d, c, common, Fraction(a * d + c, common)), 1))
    return traces


def powers(rng: random.Random, style: str) -> list[Trace]:
    """Products and quotients of powers of one base: exponent rules, then the value."""
    base, e1, e2, e3 = rng.choice((2, 3)), rng.randint(2, 5), rng.randint(2, 5), rng.randint(1, 3)
    power = "{}^{{{}}}" if style == "latex" else "{}^{}"
    mul = "\\cdot" if style == "latex" else "*"
    asked = f"{power.format(base, e1)} {mul} {power.format(base, e2)} / {power.format(base, e3)}"
    problem = f"Compute {math(asked, style)}."
    make = _trace("powers", style, problem)

    def write(product: int, quotient: int) -> list[str]:
        first, second, third = (power.format(base, e) for e in (e1, e2, e3))
        made, left = power.format(base, product), power.format(base, quotient)
        return [f"Multiply: {math(f'{first} {mul} {second} = {made}', style)}.",
                f"Divide: {math(f'{made} / {third} = {left}', style)}.",
                f"So the value is {math(f'{left} = {base ** quotient}', style)}.",
                f"The answer is {base ** quotient}."]

    traces = [make("correct", write(e1 + e2, e1 + e2 - e3), None)]
    if e1 * e2 != e1 + e2:  # 2^2 * 2^2: multiplying the exponents gives the right one
        traces.append(make("wrong_operation", write(e1 * e2, e1 * e2 - e3), 1))
    traces.append(make("sign", write(e1 + e2, e1 + e2 + e3), 2))
    return traces


def growth(rng: random.Random, style: str) -> list[Trace]:
    """A percent increase, then a percent decrease of the new amount: percents of a changing base."""
    thing = rng.choice(("membership of a club", "price of a stock", "population of a town", "rent"))
    start = rng.choice((200, 400, 500, 800, 1000, 1200))
    up, down = rng.choice((10, 20, 25, 50)), rng.choice((10, 20, 25))
    problem = (f"The {thing} is {start}. It rises by {up}% in the first year and falls by {down}% in the second "
               f"year. What is it after two years?")
    make = _trace("growth", style, problem)

    def part(rate: int, base: Fraction, result: Fraction) -> str:
        if style == "latex":
            return f"\\( {n(base)} \\times {n(Fraction(rate, 100))} = {n(result)} \\)"
        return f"{rate}% of {n(base)} = {n(result)}" if style == "prose" else f"{n(base)} * {rate}/100 = {n(result)}"

    def write(gain: Fraction, high: Fraction, base: Fraction, loss: Fraction, end: Fraction) -> list[str]:
        return [f"The increase is {part(up, Fraction(start), gain)}.",
                f"After the first year: {math(f'{start} + {n(gain)} = {n(high)}', style)}.",
                f"The decrease is {part(down, base, loss)}.",
                f"After the second year: {math(f'{n(high)} - {n(loss)} = {n(end)}', style)}.",
                f"The answer is {n(end)}."]

    gain = Fraction(start * up, 100)
    high = start + gain
    loss = high * down / 100
    traces = [make("correct", write(gain, high, high, loss, high - loss), None)]
    wrong_loss = Fraction(start * down, 100)
    traces.append(make("percent_base", write(gain, high, Fraction(start), wrong_loss, high - wrong_loss), 3))
    wrong = slip(high, rng)
    traces.append(make("copy", write(gain, high, wrong, wrong * down / 100, high - wrong * down / 100), 3))
    return traces


def substitution(rng: random.Random, style: str) -> list[Trace]:
    """An expression in x and y evaluated at given values: substitution, powers, products, a sum."""
    x, y = rng.randint(-5, 6), rng.randint(2, 7)
    a, b = rng.randint(2, 5), rng.randint(2, 9)
    mul = "\\cdot" if style == "latex" else "*"
    asked = f"{a}x^2 - {b}xy + y^2"
    problem = f"If {math(f'x = {x}', style)} and {math(f'y = {y}', style)}, what is {math(asked, style)}?"
    make = _trace("substitution", style, problem)
    shown_x = f"({x})" if x < 0 else str(x)

    def write(square: int, cross: int, total: int) -> list[str]:
        put = f"{a} {mul} {shown_x}^2 - {b} {mul} {shown_x} {mul} {y} + {y}^2"
        minus = str(cross) if cross >= 0 else f"({cross})"
        return [f"Substitute: {math(f'{a}x^2 - {b}xy + y^2 = {put}', style)}.",
                f"The terms are {math(f'{a} {mul} {shown_x}^2 = {square}', style)} and "
                f"{math(f'{b} {mul} {shown_x} {mul} {y} = {cross}', style)}.",
                f"So the value is {math(f'{square} - {minus} + {y * y} = {total}', style)}.",
                f"The answer is {total}."]

    square, cross = a * x * x, b * x * y
    traces = [make("correct", write(square, cross, square - cross + y * y), None)]
    wrong = square + rng.choice((-2, -1, 1, 2))
    traces.append(make("arithmetic", write(wrong, cross, wrong - cross + y * y), 2))
    return traces


def split_bill(rng: random.Random, style: str) -> list[Trace]:
    """A bill with a tip shared by people: thousands separators, a percent, a quotient rounded to cents."""
    people, tip = rng.choice((3, 6, 7, 9, 11)), rng.choice((15, 18, 20))
    bill = rng.randint(1100, 4800)
    problem = (f"A group of {people} people has a dinner bill of ${bill:,}. They add a {tip}% tip and split the "
               f"total evenly. How much does each person pay, to the nearest cent?")
    make = _trace("split_bill", style, problem)

    def cents(value: Fraction) -> str:
        return f"{float(value):,.2f}"

    def write(extra: Fraction, total: Fraction, share: str) -> list[str]:
        tip_text = (f"\\( {tip}\\% \\times {bill:,} = {cents(extra)} \\)" if style == "latex"
                    else f"{tip}% of ${bill:,} = ${cents(extra)}")
        return [f"The tip is {tip_text}.",
                f"The total is {math(f'{bill:,} + {cents(extra)} = {cents(total)}', style)}.",
                f"Each person pays {math(f'{cents(total)} / {people} ≈ {share}', style)}.",
                f"The answer is {share}."]

    extra = Fraction(bill * tip, 100)
    total = bill + extra
    traces = [make("correct", write(extra, total, cents(total / people)), None)]
    wrong = slip(total, rng)
    traces.append(make("arithmetic", write(extra, wrong, cents(wrong / people)), 2))
    return traces


def triangle(rng: random.Random, style: str) -> list[Trace]:
    """A triangle's area from its base and height, then a price per square unit: the area formula, a product."""
    base, height = rng.randint(3, 18), rng.choice((4, 6, 8, 10, 12, 14))
    rate = rng.randint(2, 9)
    unit = rng.choice(("m", "ft", "yd"))
    problem = (f"A triangular garden has a base of {base} {unit} and a height of {height} {unit}. Soil costs "
               f"${rate} per square {unit}. How much does soil for the whole garden cost?")
    make = _trace("triangle", style, problem)
    mul = "\\cdot" if style == "latex" else "*" if style == "plain" else "x"

    def write(area: Fraction, cost: Fraction, *, half: bool = True, shown: Fraction | None = None) -> list[str]:
        formula = f"{_frac(1, 2, style)} {mul} {base} {mul} {height}" if half else f"{base} {mul} {height}"
        used = n(area if shown is None else shown)
        return [f"The area is {math(f'{formula} = {n(area)}', style)} square {unit}.",
                f"The cost is {math(f'{used} {mul} {money(rate, style)} = {money(cost, style)}', style)}.",
                f"The answer is {n(cost)}."]

    area = Fraction(base * height, 2)
    traces = [make("correct", write(area, area * rate), None)]
    traces.append(make("formula", write(Fraction(base * height), Fraction(base * height * rate), half=False), 1))
    wrong = slip(area, rng)
    traces.append(make("copy", write(area, wrong * rate, shown=wrong), 2))
    return traces


def series(rng: random.Random, style: str) -> list[Trace]:
    """The sum 1 + 2 + ... + m by the formula m(m + 1)/2, then a share of it."""
    m = rng.randint(8, 60)
    people = rng.choice([k for k in (2, 3, 4, 5) if (m * (m + 1) // 2) % k == 0] or [1])
    problem = (f"On day k a savings jar gets k coins, for days 1 through {m}. The coins are then shared equally "
               f"among {people} friends. How many coins does each friend get?")
    make = _trace("series", style, problem)

    def write(total: Fraction, share: Fraction, *, formula: tuple[int, int] = (m, m + 1)) -> list[str]:
        p, q = formula
        summed = (f"\\frac{{{p} \\cdot {q}}}{{2}}" if style == "latex" else f"{p} * {q} / 2")
        return [f"The total is {math(f'1 + 2 + ... + {m} = {summed} = {n(total)}', style)}.",
                f"Each friend gets {math(f'{n(total)} / {people} = {n(share)}', style)}.",
                f"The answer is {n(share)}."]

    total = Fraction(m * (m + 1), 2)
    traces = [make("correct", write(total, total / people), None)]
    off = Fraction(m * (m - 1), 2)
    traces.append(make("formula", write(off, off / people, formula=(m, m - 1)), 1))
    wrong = slip(total, rng)
    traces.append(make("arithmetic", write(wrong, wrong / people), 1))
    return traces


def counting(rng: random.Random, style: str) -> list[Trace]:
    """How many whole numbers from a to b inclusive (b - a + 1), then a total for them."""
    first = rng.randint(3, 40)
    last = first + rng.randint(5, 60)
    each = rng.randint(2, 12)
    name = rng.choice(NAMES)
    problem = (f"{name} reads every page from page {first} to page {last}, inclusive, and spends {each} minutes on "
               f"each page. How many minutes does {name} spend reading?")
    make = _trace("counting", style, problem)
    mul = "\\cdot" if style == "latex" else "*" if style == "plain" else "x"

    def write(pages: int, minutes: int, *, plus_one: bool = True) -> list[str]:
        count = f"{last} - {first} + 1" if plus_one else f"{last} - {first}"
        return [f"The number of pages is {math(f'{count} = {pages}', style)}.",
                f"The time is {math(f'{pages} {mul} {each} = {minutes}', style)} minutes.",
                f"The answer is {minutes}."]

    pages = last - first + 1
    traces = [make("correct", write(pages, pages * each), None)]
    traces.append(make("off_by_one", write(pages - 1, (pages - 1) * each, plus_one=False), 1))
    traces.append(make("arithmetic", write(pages, int(slip(pages * each, rng))), 2))
    return traces


def quadratic_formula(rng: random.Random, style: str) -> list[Trace]:
    """a x^2 + b x + c = 0 (b < 0) by the quadratic formula: the discriminant, its root, the two solutions,
    the larger one. The classic slip drops the minus of -b."""
    a = rng.choice((1, 2, 3))
    r1, r2 = rng.sample(range(1, 10), 2)
    b, c = -a * (r1 + r2), a * r1 * r2
    disc = b * b - 4 * a * c
    root = a * abs(r1 - r2)
    lead = str(a) if a != 1 else ""
    problem = f"Solve {math(f'{lead}x^2 - {-b}x + {c} = 0', style)} and give the larger solution."
    make = _trace("quadratic_formula", style, problem)
    mul = "\\cdot" if style == "latex" else "*"

    def write(top: int, big: Fraction, small: Fraction, *, shown_disc: int = disc) -> list[str]:
        frac_big = (f"\\frac{{{top} + {root}}}{{{2 * a}}}" if style == "latex" else f"({top} + {root})/{2 * a}")
        frac_small = (f"\\frac{{{top} - {root}}}{{{2 * a}}}" if style == "latex" else f"({top} - {root})/{2 * a}")
        return [f"The discriminant is {math(f'({b})^2 - 4 {mul} {a} {mul} {c} = {shown_disc}', style)}.",
                f"Its square root is {math(f'{root}', style)}.",
                f"So {math(f'x = {frac_big} = {n(big)}', style)} or {math(f'x = {frac_small} = {n(small)}', style)}.",
                f"The answer is {n(max(big, small))}."]

    top = -b
    traces = [make("correct", write(top, Fraction(top + root, 2 * a), Fraction(top - root, 2 * a)), None)]
    traces.append(make("sign", write(b, Fraction(b + root, 2 * a), Fraction(b - root, 2 * a)), 3))
    wrong = int(slip(disc, rng)) if disc else 1
    traces.append(make("arithmetic", write(top, Fraction(top + root, 2 * a), Fraction(top - root, 2 * a),
                                           shown_disc=wrong), 1))
    return traces


def unit_area(rng: random.Random, style: str) -> list[Trace]:
    """A rectangle given in meters and centimeters, its area in square meters: a conversion left undone."""
    length, width_cm = rng.randint(2, 12), rng.choice((25, 40, 50, 60, 75, 80, 120, 150))
    problem = (f"A rug is {length} m long and {width_cm} cm wide. What is its area in square meters?")
    make = _trace("unit_area", style, problem)
    mul = "\\cdot" if style == "latex" else "*" if style == "plain" else "x"

    def write(width: Fraction, area: Fraction) -> list[str]:
        return [f"The width in meters is {width_cm} cm = {n(width)} m.",
                f"The area is {math(f'{length} {mul} {n(width)} = {n(area)}', style)} square meters.",
                f"The answer is {n(area)}."]

    width = Fraction(width_cm, 100)
    traces = [make("correct", write(width, length * width), None)]
    traces.append(make("unit", write(Fraction(width_cm), length * Fraction(width_cm)), 1))
    return traces


def percent_more(rng: random.Random, style: str) -> list[Trace]:
    """"A is p% more than B" with A known: B = A / (1 + p/100), and the difference. The misread takes p% of A."""
    p = rng.choice((20, 25, 50))
    b_value = rng.choice((40, 60, 80, 120, 160, 200, 240))
    a_value = b_value * (100 + p) // 100
    name, other = rng.sample(NAMES, 2)
    problem = (f"{name} earns {p}% more than {other}. {name} earns ${a_value} a week. How much more does {name} "
               f"earn than {other} each week?")
    make = _trace("percent_more", style, problem)

    def write(other_pay: Fraction, misread: bool = False) -> list[str]:
        if misread:
            first = f"{other} earns {math(f'{a_value} - {p}/100 * {a_value} = {n(other_pay)}', style)} dollars."
        else:
            first = (f"{other} earns {math(f'{a_value} / {n(Fraction(100 + p, 100))} = {n(other_pay)}', style)}"
                     " dollars.")
        return [first,
                f"The difference is {math(f'{a_value} - {n(other_pay)} = {n(a_value - other_pay)}', style)}.",
                f"The answer is {n(a_value - other_pay)}."]

    traces = [make("correct", write(Fraction(b_value)), None)]
    traces.append(make("percent_base", write(a_value - Fraction(p * a_value, 100), misread=True), 1))
    return traces


def rounding(rng: random.Random, style: str) -> list[Trace]:
    """A length cut into equal pieces, then several pieces together: one piece is a repeating decimal. Rounding
    it to whole centimeters before multiplying moves the total by more than the rounding the answer allows."""
    while True:
        meters, pieces, taken = rng.randint(2, 9), rng.choice((3, 6, 7, 9, 11, 12, 13)), rng.randint(3, 9)
        piece = Fraction(100 * meters, pieces)
        total = piece * taken
        early = round(piece) * taken
        if piece.denominator != 1 and taken < pieces and round(total, 1) != early:
            break
    thing = rng.choice(("ribbon", "rope", "pipe", "board", "cable"))
    article = "An" if meters == 8 else "A"
    problem = (f"{article} {meters} m {thing} is cut into {pieces} equal pieces. How long, in centimeters, are "
               f"{taken} of the pieces laid end to end? Round to the nearest tenth.")
    make = _trace("rounding", style, problem)
    mul = "\\cdot" if style == "latex" else "*" if style == "plain" else "x"
    exact = f"{100 * meters}/{pieces}" if style != "latex" else f"\\frac{{{100 * meters}}}{{{pieces}}}"

    def write(together: str, answer: str) -> list[str]:
        return [f"The {thing} is {meters} m = {100 * meters} cm long.",
                f"Each piece is {math(exact, style)} cm.",
                f"Together the pieces are {together} cm.",
                f"The answer is {answer}."]

    product = n(total) if style != "latex" else f"\\frac{{{total.numerator}}}{{{total.denominator}}}"
    correct = write(math(f"{taken} {mul} {exact} = {product} ≈ {float(total):.1f}", style), f"{float(total):.1f}")
    traces = [make("correct", correct, None)]
    rounded = f"{math(f'{exact} ≈ {round(piece)}', style)}, so {math(f'{taken} {mul} {round(piece)} = {early}', style)}"
    traces.append(make("rounding", write(rounded, str(early)), 3))
    return traces


FAMILIES: dict[str, Writer] = {
    "shopping": shopping, "discount": discount, "travel": travel, "linear": linear, "quadratic": quadratic,
    "expansion": expansion, "evaluation": evaluation, "system": system, "fractions": fractions, "recipe": recipe,
    "fraction_sum": fraction_sum, "powers": powers, "growth": growth, "substitution": substitution,
    "split_bill": split_bill,
}
# drawn from their own random stream, so the families above give the same traces for a seed as before
NEW_FAMILIES: dict[str, Writer] = {
    "triangle": triangle, "series": series, "counting": counting, "quadratic_formula": quadratic_formula,
    "unit_area": unit_area, "percent_more": percent_more,
}
# a third stream, so both groups above give the same traces for a seed as before
NEWER_FAMILIES: dict[str, Writer] = {"rounding": rounding}
# a fourth stream (`yardstick_misreadings.py`): word problems misread the way models misread them


def generate(seed: int, per_family: int) -> list[Trace]:
    """`per_family` draws of every family (each a correct trace and its planted versions), styles at random."""
    rng, fresh = random.Random(seed), random.Random(f"new families {seed}")
    newer = random.Random(f"newer families {seed}")
    misread = random.Random(f"misread families {seed}")
    traces: list[Trace] = []
    for _ in range(per_family):
        for writer in FAMILIES.values():
            traces.extend(writer(rng, rng.choice(STYLES)))
        for writer in NEW_FAMILIES.values():
            traces.extend(writer(fresh, fresh.choice(STYLES)))
        for writer in NEWER_FAMILIES.values():
            traces.extend(writer(newer, newer.choice(STYLES)))
        for writer in MISREAD_FAMILIES.values():
            traces.extend(writer(misread, misread.choice(STYLES)))
    return traces


RESTYLES = ("dash_list", "numbered", "display", "dollars", "therefore", "table", "approx")


def restyle(trace: Trace, how: str) -> Trace:
    """The trace written in another way models write correct solutions: a markdown list ("- "), numbered
    "1)", display math "\\[ ... \\]", inline "$...$", "Therefore, the answer is", a markdown table with one
    row per step, or a result that is a repeating fraction or a long decimal written "≈" to two decimals (later
    steps still use the exact value). Only the layout changes; the planted step stays where it was."""
    steps = list(trace.steps)
    if how == "dash_list":
        steps = [f"- {step}" for step in steps]
    elif how == "numbered":
        steps = [f"{k}) {step}" for k, step in enumerate(steps, start=1)]
    elif how == "display":
        steps = [re.sub(r"\\\( (.*?) \\\)", r"\n\\[ \1 \\]\n", step) for step in steps]
    elif how == "dollars":
        steps = [re.sub(r"\\\( (.*?) \\\)", r"$\1$", step) for step in steps]
    elif how == "therefore":
        steps = [re.sub(r"^The answer is", "Therefore, the answer is", step) for step in steps]
    elif how == "table":
        steps = [f"| {k} | {step} |" for k, step in enumerate(steps, start=1)]
        steps[0] = f"| Step | Work |\n|---|---|\n{steps[0]}"
    elif how == "approx":
        steps = [_APPROXIMATED.sub(_approximated, step) for step in steps]
    else:
        raise ValueError(f"unknown restyle {how!r}; one of {RESTYLES}")
    return Trace(trace.family, trace.style, trace.kind, trace.problem, steps, trace.first_wrong)


_APPROXIMATED = re.compile(r"= (-?\d+)/(\d+)(?![\d./])|= (-?\d+\.\d{3,})(?![\d.])")


def _approximated(match: re.Match[str]) -> str:
    """"= 1200/7" -> "≈ 171.43", "= 2.0625" -> "≈ 2.06"; a fraction with a terminating decimal is left as written."""
    if match.group(3) is not None:
        return f"≈ {float(match.group(3)):.2f}"
    value = Fraction(int(match.group(1)), int(match.group(2)))
    if n(value) != match.group(0)[2:]:
        return match.group(0)
    return f"≈ {float(value):.2f}"


def markdown(trace: Trace) -> Trace:
    """The trace as chat models format it: "**Step k:**" before each step and each step's last result in bold
    ("= **$54**"). The planted step stays where it was."""
    steps = []
    for number, step in enumerate(trace.steps, start=1):
        results = list(re.finditer(r"=\s*(\$?-?\d[\d.,/]*\d|\$?-?\d)(?=[.,;]?\s+[A-Za-z]|[.,;]?$)", step))
        if results:
            last = results[-1]
            step = f"{step[:last.start(1)]}**{last.group(1)}**{step[last.end(1):]}"
        steps.append(f"**Step {number}:** {step}")
    return Trace(trace.family, trace.style, trace.kind, trace.problem, steps, trace.first_wrong)


def measure(traces: list[Trace], *, budget_s: float = 20.0) -> dict[str, dict[str, int]]:
    """Per kind: traces, exact (first flag at the planted step), caught (at or after it), early (before it);
    for "correct", `exact` counts traces passed."""
    figures: dict[str, dict[str, int]] = {}
    for trace in traces:
        row = figures.setdefault(trace.kind, {"traces": 0, "exact": 0, "caught": 0, "early": 0})
        flagged = check_steps(trace.problem, split_steps(trace.steps), budget_s=budget_s).first_error_step
        row["traces"] += 1
        if trace.first_wrong is None:
            row["exact"] += flagged is None
            row["early"] += flagged is not None
        else:
            row["exact"] += flagged == trace.first_wrong
            row["caught"] += flagged is not None and flagged >= trace.first_wrong
            row["early"] += flagged is not None and flagged < trace.first_wrong
    return figures


def summary(figures: dict[str, dict[str, int]]) -> dict[str, float | int]:
    """Correct traces passed, and erroneous traces flagged exactly at their first error, over all kinds."""
    correct = figures.get("correct", {"traces": 0, "exact": 0})
    wrong = [row for kind, row in figures.items() if kind != "correct"]
    planted = sum(row["traces"] for row in wrong)
    return {"correct_traces": correct["traces"], "correct_passed": correct["exact"],
            "erroneous_traces": planted, "flagged_exactly": sum(row["exact"] for row in wrong),
            "flagged_early": sum(row["early"] for row in wrong),
            "exact_rate": round(sum(row["exact"] for row in wrong) / planted, 4) if planted else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m agentlib.evals.trace_yardstick",
                                     description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-family", type=int, default=20, help="draws of each problem family")
    parser.add_argument("--show", type=str, default=None,
                        help="print the traces of this kind ('correct': false alarms) the checker did not get right")
    parser.add_argument("--markdown", action="store_true",
                        help='format every trace as chat models do ("**Step 1:**", results in bold)')
    parser.add_argument("--restyle", action="store_true",
                        help="rewrite every trace in one of the newer layouts (- lists, 1), \\[ \\], $...$, Therefore)")
    parser.add_argument("--families", choices=("all", "original", "new", "misread"), default="all",
                        help="measure all families, the original fifteen, the newer ones, or the misreadings only")
    args = parser.parse_args(argv)
    if args.per_family < 1:
        parser.error("--per-family must be at least 1")
    traces = generate(args.seed, args.per_family)
    if args.families != "all":
        keep = {"original": FAMILIES, "new": {**NEW_FAMILIES, **NEWER_FAMILIES},
                "misread": MISREAD_FAMILIES}[args.families]
        traces = [trace for trace in traces if trace.family in keep]
    if args.markdown:
        traces = [markdown(trace) for trace in traces]
    if args.restyle:
        pick = random.Random(f"restyle {args.seed}")
        traces = [restyle(trace, pick.choice(RESTYLES)) for trace in traces]
    if args.show:
        for trace in traces:
            if trace.kind != args.show:
                continue
            report = check_steps(trace.problem, split_steps(trace.steps))
            if report.first_error_step != trace.first_wrong:
                print(f"--- {trace.family}/{trace.style} planted {trace.first_wrong}, flagged "
                      f"{report.first_error_step}: {report.explanation}")
                print(trace.problem)
                print("\n".join(f"  {i}. {s}" for i, s in enumerate(trace.steps, start=1)))
        return 0
    families = [*FAMILIES, *NEW_FAMILIES, *NEWER_FAMILIES, *MISREAD_FAMILIES]
    figures = {family: measure([t for t in traces if t.family == family]) for family in families}
    by_kind: dict[str, dict[str, int]] = {}
    for rows in figures.values():
        for kind, row in rows.items():
            total = by_kind.setdefault(kind, dict.fromkeys(row, 0))
            for key, count in row.items():
                total[key] += count
    print(json.dumps({"seed": args.seed, "per_family": args.per_family, "summary": summary(by_kind),
                      "by_kind": by_kind,
                      "by_family": {family: summary(rows) for family, rows in figures.items()}}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

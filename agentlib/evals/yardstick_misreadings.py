"""Yardstick families from how models misread multi-step word problems and algebra (`agentlib.evals.trace_yardstick`).

Each family draws a problem with fresh numbers, names and wording, writes a correct solution and, from the same
draw, versions with ONE first error at a known step; later steps compute correctly from the wrong value. The
errors are the ones models make while every line of arithmetic stays right:

- a unit rate inverted: "8 pages in 24 minutes" read as 8 / 24 minutes per page;
- a stale value: a total computed, then a later rate applied to the amount before the total;
- successive percent changes added ("cut by 20% and then raised by 20%" taken as cancelling);
- the mean of two groups' means when the groups differ in size;
- a span across noon read off the 12-hour clock the wrong way (9:30 AM to 2 PM as 9:30 - 2:00);
- an equation moved across the equals sign without changing the sign;
- a fraction of a fraction added instead of multiplied;
- posts at both ends counted as the number of gaps;
- "k times as many as" used the wrong way round.

Drawn from their own random stream (`generate` in trace_yardstick), so the older families give the same traces
per seed as before. Left out: errors of plan spanning several steps; traces are in English.
"""

from __future__ import annotations

import random
from fractions import Fraction

from agentlib.evals.yardstick_writing import NAMES, Trace, Writer, fraction, math, money, n, slip, times, trace_maker


def _mul(style: str) -> str:
    return "\\cdot" if style == "latex" else "*" if style == "plain" else "x"


def unit_rate(rng: random.Random, style: str) -> list[Trace]:
    """"a items in m minutes", the time for b items: minutes per item is m / a; the misreading divides a by m."""
    maker, plural, single = rng.choice((("printer", "pages", "page"), ("machine", "bottles", "bottle"),
                                        ("baker", "loaves", "loaf"), ("robot", "boxes", "box"),
                                        ("painter", "signs", "sign")))
    unit = rng.choice(("minutes", "seconds"))
    per, a = rng.randint(2, 6), rng.choice((4, 5, 8, 10, 12, 15))
    m = a * per
    b = rng.choice([k for k in range(6, 41) if k not in (a, m)])
    problem = (f"A {maker} makes {a} {plural} in {m} {unit}. At the same rate, how many {unit} does it take to "
               f"make {b} {plural}?")
    make = trace_maker("unit_rate", style, problem)
    opening = rng.choice((f"The time for one {single} is", f"Each {single} takes", "The rate is"))

    def write(top: int, bottom: int, rate: Fraction, total: Fraction) -> list[str]:
        return [f"{opening} {math(f'{top} / {bottom} = {n(rate)}', style)} {unit} per {single}.",
                f"For {b} {plural} it takes {math(times(str(b), n(rate), style) + f' = {n(total)}', style)} {unit}.",
                f"The answer is {n(total)}."]

    rate = Fraction(m, a)
    traces = [make("correct", write(m, a, rate, b * rate), None)]
    traces.append(make("rate_inverted", write(a, m, Fraction(a, m), b * Fraction(a, m)), 1))
    traces.append(make("arithmetic", write(m, a, rate, slip(b * rate, rng)), 2))
    return traces


def stale_total(rng: random.Random, style: str) -> list[Trace]:
    """A count grows, then a fraction "of all" of it is given away: the fraction is of the new total."""
    name, things = rng.choice(NAMES), rng.choice(("stickers", "marbles", "stamps", "cards", "shells"))
    k = rng.choice((2, 3, 4, 5))
    a, b = k * rng.randint(3, 15), k * rng.randint(2, 10)
    share = {2: "half", 3: "a third", 4: "a quarter", 5: "a fifth"}[k] if rng.random() < 0.5 else f"1/{k}"
    problem = (f"{name} has {a} {things}. Then {name} buys {b} more {things}, and then gives away {share} of all "
               f"the {things} to a friend. How many {things} does {name} have left?")
    make = trace_maker("stale_total", style, problem)
    total = a + b

    def write(base: int) -> list[str]:
        given = Fraction(base, k)
        return [f"After buying, {name} has {math(f'{a} + {b} = {total}', style)} {things}.",
                f"{name} gives away {math(f'{base} / {k} = {n(given)}', style)} {things}.",
                f"{name} has {math(f'{total} - {n(given)} = {n(total - given)}', style)} {things} left.",
                f"The answer is {n(total - given)}."]

    return [make("correct", write(total), None), make("stale_value", write(a), 2)]


def percent_cancel(rng: random.Random, style: str) -> list[Trace]:
    """A price cut by p% and then raised by q%: the changes multiply, (1 - p/100)(1 + q/100); the misreading adds
    the percents (and so a cut and a raise by the same percent cancel)."""
    item = rng.choice(("jacket", "lamp", "bicycle", "sofa", "camera"))
    price = rng.choice((40, 50, 80, 120, 160, 200, 250, 400))
    p = rng.choice((10, 20, 25, 50))
    q = p if rng.random() < 0.5 else rng.choice((10, 20, 25, 50))
    problem = (f"A {item} costs ${price}. Its price is cut by {p}%, and then the new price is raised by {q}%. "
               "What is the final price in dollars?")
    make = trace_maker("percent_cancel", style, problem)
    pct = "\\%" if style == "latex" else "%"
    cut = price * (1 - Fraction(p, 100))
    final = cut * (1 + Fraction(q, 100))

    def product(a: Fraction | int, b: Fraction, result: Fraction) -> str:
        return math(times(n(a), n(b), style) + f" = {n(result)}", style)

    correct = [f"After the cut the price is {product(price, 1 - Fraction(p, 100), cut)} dollars.",
               f"After the raise it is {product(cut, 1 + Fraction(q, 100), final)} dollars.",
               f"The answer is {n(final)}."]
    net = q - p
    added = price * (1 + Fraction(net, 100))
    wrong = [f"The two changes give a net change of {math(f'-{p}{pct} + {q}{pct} = {net}{pct}', style)}.",
             f"So the final price is {product(price, 1 + Fraction(net, 100), added)} dollars.",
             f"The answer is {n(added)}."]
    return [make("correct", correct, None), make("percent_added", wrong, 1)]


def group_mean(rng: random.Random, style: str) -> list[Trace]:
    """The mean of two groups of different sizes: the totals add, then divide by all the people; the misreading
    averages the two means."""
    whole = rng.choice((20, 25, 40, 50))
    n1 = rng.choice([k for k in range(5, whole - 4) if 2 * k != whole])
    n2 = whole - n1
    m1, m2 = rng.sample(range(60, 96), 2)
    group = rng.choice(("class", "club", "team"))
    problem = (f"In a {group}, {n1} students scored an average of {m1} points on a test, and the other {n2} "
               f"students scored an average of {m2} points. What is the average score of the whole {group}?")
    make = trace_maker("group_mean", style, problem)
    mul = _mul(style)

    def write(t1: int, t2: int, total: Fraction) -> list[str]:
        mean = total / whole
        return [f"The first group scored {math(f'{n1} {mul} {m1} = {t1}', style)} points in total.",
                f"The second group scored {math(f'{n2} {mul} {m2} = {t2}', style)} points.",
                f"Together that is {math(f'{t1} + {t2} = {n(total)}', style)} points for "
                f"{math(f'{n1} + {n2} = {whole}', style)} students.",
                f"The average is {math(f'{n(total)} / {whole} = {n(mean)}', style)}.",
                f"The answer is {n(mean)}."]

    t1, t2 = n1 * m1, n2 * m2
    traces = [make("correct", write(t1, t2, Fraction(t1 + t2)), None)]
    unweighted = Fraction(m1 + m2, 2)
    traces.append(make("unweighted_mean", [
        f"The average of the two groups is {math(f'({m1} + {m2}) / 2 = {n(unweighted)}', style)}.",
        f"The answer is {n(unweighted)}."], 1))
    traces.append(make("arithmetic", write(t1, t2, slip(t1 + t2, rng)), 3))
    return traces


def clock_span(rng: random.Random, style: str) -> list[Trace]:
    """Hours worked from a morning time to an afternoon time, then pay: the span crosses noon; the misreading
    subtracts the 12-hour clock readings the wrong way round (9:30 AM to 2 PM as 9:30 - 2:00)."""
    name = rng.choice(NAMES)
    while True:  # 10 AM to 4 PM is 6 hours either way round: draw a span the misreading changes
        h1, m1 = rng.randint(7, 11), rng.choice((0, 30))
        h2, m2 = rng.randint(1, 6), rng.choice((0, 30))
        if 60 * (h1 - h2) + m1 - m2 != 360:
            break
    wage = rng.randint(8, 20)
    am = rng.choice((("AM", "PM"), ("a.m.", "p.m."), ("am", "pm")))
    start = f"{h1}:{m1:02d} {am[0]}" if m1 or rng.random() < 0.5 else f"{h1} {am[0]}"
    end = f"{h2}:{m2:02d} {am[1]}" if m2 or rng.random() < 0.5 else f"{h2} {am[1]}"
    problem = (f"{name} works from {start} to {end} on Saturday and earns ${wage} per hour. How much does {name} "
               "earn on Saturday?")
    make = trace_maker("clock_span", style, problem)

    def write(hours: Fraction) -> list[str]:
        pay = hours * wage
        return [f"From {start} to {end} is {math(n(hours), style)} hours.",
                f"{name} earns {math(times(n(hours), money(wage, style), style) + ' = ' + money(pay, style), style)}.",
                f"The answer is {n(pay)}."]

    span = Fraction(60 * (h2 + 12) + m2 - 60 * h1 - m1, 60)
    backwards = Fraction(60 * h1 + m1 - 60 * h2 - m2, 60)
    return [make("correct", write(span), None), make("clock", write(backwards), 1)]


def moved_term(rng: random.Random, style: str) -> list[Trace]:
    """"A number times a, plus b, is c": a x + b = c; moving b across the equals sign changes its sign."""
    name = rng.choice(NAMES)
    a, x, b = rng.randint(2, 9), rng.randint(2, 15), rng.randint(3, 30)
    c = a * x + b
    problem = (f"{name} thinks of a number, multiplies it by {a} and then adds {b}. The result is {c}. "
               "What is the number?")
    make = trace_maker("moved_term", style, problem)
    lead = rng.choice((f"Moving {b} to the other side gives", f"Taking {b} over to the right,", "Then"))

    def write(op: str, right: int) -> list[str]:
        value = Fraction(right, a)
        solved = f"x = \\frac{{{right}}}{{{a}}} = {n(value)}" if style == "latex" else f"x = {right} / {a} = {n(value)}"
        return [f"Let x be the number. Then {math(f'{a}x + {b} = {c}', style)}.",
                f"{lead} {math(f'{a}x = {c} {op} {b} = {right}', style)}.",
                f"So {math(solved, style)}.",
                f"The answer is {n(value)}."]

    return [make("correct", write("-", c - b), None), make("sign", write("+", c + b), 2)]


def fraction_of_fraction(rng: random.Random, style: str) -> list[Trace]:
    """"q of the students play a sport, and p of those play soccer": p of q is p x q; the misreading adds them."""
    q = rng.choice((Fraction(1, 2), Fraction(1, 3), Fraction(2, 3), Fraction(1, 4), Fraction(3, 5), Fraction(2, 5)))
    p = rng.choice([f for f in (Fraction(1, 2), Fraction(1, 3), Fraction(1, 4), Fraction(1, 5), Fraction(3, 4))
                    if f + q < 1 and f != q])
    whole = q.denominator * p.denominator * rng.randint(4, 30)
    sport = rng.choice(("soccer", "chess", "the violin", "basketball"))
    group, those = rng.choice((("play a sport", "those"), ("are in a club", "them"), ("take the bus", "these")))
    problem = (f"A school has {whole} students. {q.numerator}/{q.denominator} of the students {group}, and "
               f"{p.numerator}/{p.denominator} of {those} play {sport}. How many students play {sport}?")
    make = trace_maker("fraction_of_fraction", style, problem)
    mul = _mul(style)

    def show(value: Fraction) -> str:
        return fraction(value.numerator, value.denominator, style)

    def write(part: Fraction, written: str) -> list[str]:
        count = part * whole
        return [f"The fraction who play {sport} is {math(f'{written} = {show(part)}', style)}.",
                f"That is {math(f'{show(part)} {mul} {whole} = {n(count)}', style)} students.",
                f"The answer is {n(count)}."]

    correct = write(p * q, f"{show(p)} {mul} {show(q)}")
    return [make("correct", correct, None), make("fraction_added", write(p + q, f"{show(q)} + {show(p)}"), 1)]


def fence_posts(rng: random.Random, style: str) -> list[Trace]:
    """Posts every d m along a straight L m, one at each end: L / d gaps and L / d + 1 posts."""
    line, plural, single = rng.choice((("fence", "posts", "post"), ("path", "lamps", "lamp"),
                                       ("road", "trees", "tree"), ("track", "flags", "flag")))
    d, gaps, price = rng.choice((2, 3, 4, 5, 6, 8, 10)), rng.randint(5, 30), rng.randint(3, 15)
    length = d * gaps
    ends = rng.choice(("including one at each end", "with one at both ends", "including both ends"))
    problem = (f"A straight {line} is {length} m long. There is a {single} every {d} m, {ends}. Each {single} costs "
               f"${price}. How much do all the {plural} cost?")
    make = trace_maker("fence_posts", style, problem)
    mul = _mul(style)

    def cost(count: int | Fraction) -> list[str]:
        return [f"They cost {math(f'{n(count)} {mul} {money(price, style)} = {money(count * price, style)}', style)}.",
                f"The answer is {n(count * price)}."]

    if rng.random() < 0.5:
        correct = [f"There are {math(f'{length} / {d} = {gaps}', style)} gaps between the {plural}.",
                   f"With one at each end there are {math(f'{gaps} + 1 = {gaps + 1}', style)} {plural}.",
                   *cost(gaps + 1)]
    else:
        correct = [f"The number of {plural} is {math(f'{length} / {d} + 1 = {gaps + 1}', style)}.", *cost(gaps + 1)]
    wrong = [f"The number of {plural} is {math(f'{length} / {d} = {gaps}', style)}.", *cost(gaps)]
    traces = [make("correct", correct, None), make("off_by_one", wrong, 1)]
    wrong_cost = slip((gaps + 1) * price, rng)
    slipped = f"They cost {math(f'{gaps + 1} {mul} {money(price, style)} = {money(wrong_cost, style)}', style)}."
    traces.append(make("arithmetic", [*correct[:-2], slipped, f"The answer is {n(wrong_cost)}."], len(correct) - 1))
    return traces


_TIMES_WORDS = {2: "twice", 3: "three times", 4: "four times", 5: "five times"}


def times_as_many(rng: random.Random, style: str) -> list[Trace]:
    """"A has k times as many as B" with one count known: the other is that count divided or multiplied by k;
    the misreading goes the wrong way."""
    big, small = rng.sample(NAMES, 2)
    things = rng.choice(("marbles", "books", "stamps", "coins", "shells"))
    k = rng.choice(tuple(_TIMES_WORDS))
    few = rng.randint(3, 30)
    many = k * few
    mul = _mul(style)
    big_known = rng.random() < 0.5
    known_name, known, other = (big, many, small) if big_known else (small, few, big)
    problem = (f"{big} has {_TIMES_WORDS[k]} as many {things} as {small}. {known_name} has {known} {things}. "
               f"How many {things} do they have together?")
    make = trace_maker("times_as_many", style, problem)

    def write(value: Fraction, divide: bool) -> list[str]:
        step = f"{known} / {k}" if divide else f"{known} {mul} {k}"
        return [f"{other} has {math(f'{step} = {n(value)}', style)} {things}.",
                f"Together they have {math(f'{known} + {n(value)} = {n(known + value)}', style)} {things}.",
                f"The answer is {n(known + value)}."]

    right = write(Fraction(few), True) if big_known else write(Fraction(many), False)
    wrong = write(Fraction(many * k), False) if big_known else write(Fraction(few, k), True)
    return [make("correct", right, None), make("reversed", wrong, 1)]


MISREAD_FAMILIES: dict[str, Writer] = {
    "unit_rate": unit_rate, "stale_total": stale_total, "percent_cancel": percent_cancel, "group_mean": group_mean,
    "clock_span": clock_span, "moved_term": moved_term, "fraction_of_fraction": fraction_of_fraction,
    "fence_posts": fence_posts, "times_as_many": times_as_many,
}

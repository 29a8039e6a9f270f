"""General readings of problem phrasings, tested on generated variants against brute force.

Every template is a phrasing people use ("What is the remainder when ...", "How many positive divisors
...", "If x = ..., what is ...", Korean requests); hypothesis draws fresh numbers and wording, and the
answer must come back verified and equal to a value computed here with plain Python.
"""

import math

import sympy as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentlib.mathsolve.compute import run
from agentlib.mathsolve.reading import read
from agentlib.mathsolve.result import MathResult
from agentlib.tools.safe_math import parse_expression

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def solve_in_place(problem: str) -> MathResult:
    reading = read(problem)
    assert reading.request is not None, (problem, reading.reason)
    return MathResult.from_dict(run(reading.request.to_dict(), "advanced", problem))


def value(result: MathResult):
    assert result.verified, (result.problem, result.reason)
    if result.value["kind"] == "solutions":
        return sorted(parse_expression(v) for v in result.value["values"])
    return parse_expression(result.value["expression"])


@SETTINGS
@given(st.integers(2, 40), st.integers(2, 300), st.integers(2, 97),
       st.sampled_from(["What is the remainder when ${b}^{{{e}}}$ is divided by {m}?",
                        "What is the remainder when {b}^{e} is divided by ${m}$?",
                        "Find the remainder when ${b}^{{{e}}}$ is divided by {m}.",
                        "{b}^{e}을 {m}으로 나눈 나머지를 구하세요", "Compute ${b}^{{{e}}} \\bmod {m}$."]))
def test_remainders(b, e, m, template):
    assert value(solve_in_place(template.format(b=b, e=e, m=m))) == pow(b, e, m)


@SETTINGS
@given(st.integers(1, 5000), st.sampled_from(["How many positive divisors does {n} have?",
                                             "How many positive divisors does ${n}$ have?",
                                             "What is the number of positive divisors of {n}?",
                                             "{n}의 약수의 개수를 구하세요"]))
def test_divisor_counts(n, template):
    assert value(solve_in_place(template.format(n=n))) == sum(1 for d in range(1, n + 1) if n % d == 0)


@SETTINGS
@given(st.integers(1, 10**6), st.integers(1, 10**6),
       st.sampled_from([("What is the greatest common divisor of {a} and {b}?", math.gcd),
                        ("Find the greatest common factor of ${a}$ and ${b}$.", math.gcd),
                        ("What is the least common multiple of {a} and {b}?", math.lcm),
                        ("{a}와 {b}의 최대공약수를 구하세요", math.gcd), ("{a}과 {b}의 최소공배수는?", math.lcm),
                        ("gcd({a}, {b})", math.gcd)]))
def test_gcd_and_lcm(a, b, case):
    template, function = case
    assert value(solve_in_place(template.format(a=a, b=b))) == function(a, b)


@SETTINGS
@given(st.integers(-9, 9), st.integers(-9, 9), st.integers(-9, 9), st.integers(-20, 20),
       st.sampled_from(["What is the value of ${a}x^2 + {b}x + {c}$ when $x = {v}$?",
                        "If $x = {v}$, what is the value of ${a}x^2 + {b}x + {c}$?",
                        "Evaluate ${a}x^2 + {b}x + {c}$ for $x = {v}$.",
                        "x = {v}일 때 {a}x^2 + {b}x + {c}의 값을 구하세요"]))
def test_values_at_a_point(a, b, c, v, template):
    text = template.format(a=a, b=b, c=c, v=v).replace("+ -", "- ")
    assert value(solve_in_place(text)) == a * v * v + b * v + c


@SETTINGS
@given(st.integers(-9, 9), st.integers(-9, 9), st.sampled_from([
    "What is the sum of all values of $x$ that satisfy $x^2 - ({s})x + ({p}) = 0$?",
    "Find the sum of the solutions of $x^2 - ({s})x + ({p}) = 0$.",
    "What is the product of the roots of $x^2 - ({s})x + ({p}) = 0$?"]))
def test_sums_and_products_of_roots(r1, r2, template):
    text = template.format(s=r1 + r2, p=r1 * r2)
    distinct = sorted({r1, r2})
    expected = sum(distinct) if ("sum" in text) else math.prod(distinct)
    assert value(solve_in_place(text)) == expected


@SETTINGS
@given(st.integers(1, 30), st.integers(0, 30), st.sampled_from(["Compute $\\dbinom{{{n}}}{{{k}}}$.",
                                                               "What is $\\binom{{{n}}}{{{k}}}$?"]))
def test_binomials(n, k, template):
    k = min(k, n)
    assert value(solve_in_place(template.format(n=n, k=k))) == math.comb(n, k)


@SETTINGS
@given(st.integers(-9, 9).filter(bool), st.integers(-30, 30), st.integers(-30, 30), st.sampled_from([
    "Solve for $x$: ${a}x + {b} = {c}$.", "Solve ${a}x + {b} = {c}$ for $x$.", "{a}x + {b} = {c}을 풀어주세요",
    "If ${a}x + {b} = {c}$, what is $x$?"]))
def test_linear_equations(a, b, c, template):
    text = template.format(a=a, b=b, c=c).replace("+ -", "- ")
    assert value(solve_in_place(text)) == [sp.Rational(c - b, a)]


@SETTINGS
@given(st.integers(2, 12), st.integers(2, 12), st.integers(1, 4), st.sampled_from([
    "Let $f(x) = {a}x - {b}$ and $g(x) = x + {c}$. What is the value of $g(f({c}) - 1)$?",
    "If $f(x) = {a}x - {b}$ and $g(x) = x + {c}$, find $f(g({c}))$."]))
def test_composed_functions(a, b, c, template):
    text = template.format(a=a, b=b, c=c)
    f = lambda t: a * t - b  # noqa: E731
    g = lambda t: t + c  # noqa: E731
    expected = g(f(c) - 1) if "g(f(" in text else f(g(c))
    assert value(solve_in_place(text)) == expected


@SETTINGS
@given(st.integers(1, 60), st.integers(1, 9), st.sampled_from([
    "Compute: ${a} + {d_a} + \\dots + {last}$.", "What is the value of ${a} + {d_a} + {d2} + \\cdots + {last}$?"]))
def test_arithmetic_series_with_an_ellipsis(a, d, template):
    terms = [a + d * i for i in range(12)]
    text = template.format(a=a, d_a=terms[1], d2=terms[2], last=terms[-1])
    assert value(solve_in_place(text)) == sum(terms)


@SETTINGS
@given(st.integers(0, 10**6), st.integers(2, 16), st.sampled_from(["Express ${n}$ in base {b}.",
                                                                   "What is {n} in base {b}?"]))
def test_numbers_written_in_a_base(n, b, template):
    result = solve_in_place(template.format(n=n, b=b))
    assert result.verified and value(result) == n
    if b != 10:
        digits, base = result.answer.rsplit("_", 1)
        assert int(base) == b and int(digits, b) == n


@SETTINGS
@given(st.integers(2, 16), st.integers(0, 10**5))
def test_numbers_read_from_a_base(b, n):
    digits = ""
    rest = n
    while True:
        rest, digit = divmod(rest, b)
        digits = "0123456789ABCDEF"[digit] + digits
        if rest == 0:
            break
    if not digits.isdigit():
        return  # letter digits are not read (yet)
    assert value(solve_in_place(f"Convert ${digits}_{{{b}}}$ to base 10.")) == n


@SETTINGS
@given(st.lists(st.integers(-20, 20), min_size=4, max_size=4))
def test_slopes_and_midpoints(coordinates):
    x1, y1, x2, y2 = coordinates
    if x1 != x2:
        slope = value(solve_in_place(f"What is the slope of the line passing through $({x1}, {y1})$ and $({x2}, {y2})$?"))
        assert slope == sp.Rational(y2 - y1, x2 - x1)
    middle = solve_in_place(f"Find the midpoint of the segment with endpoints $({x1}, {y1})$ and $({x2}, {y2})$.")
    assert value(middle) == (sp.Rational(x1 + x2, 2), sp.Rational(y1 + y2, 2))


@SETTINGS
@given(st.lists(st.integers(-9, 9), min_size=6, max_size=6))
def test_cross_products(entries):
    u, v = entries[:3], entries[3:]
    text = ("Find the cross product of $\\begin{pmatrix} %d \\\\ %d \\\\ %d \\end{pmatrix}$ and "
            "$\\begin{pmatrix} %d \\\\ %d \\\\ %d \\end{pmatrix}.$" % (*u, *v))
    result = solve_in_place(text)
    assert result.verified
    expected = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    assert [int(row[0]) for row in result.value["rows"]] == expected

"""Functions defined by cases (`piecewise.py`): fresh definitions, wordings and arguments, each answer checked
against SymPy's own Piecewise; arguments no case covers, cases that disagree and conditions in words abstain."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

x = sp.Symbol("x")
_SIGNS = {"<": (sp.StrictLessThan, r"<"), "<=": (sp.LessThan, r"\le"), ">": (sp.StrictGreaterThan, r">"),
          ">=": (sp.GreaterThan, r"\ge")}
_OPPOSITE = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}


def _body(rng: random.Random, letter: str) -> tuple[sp.Expr, str]:
    a, b, c = rng.randint(-5, 5) or 1, rng.randint(-9, 9), rng.randint(1, 4)
    kind = rng.choice(["linear", "square", "root"])
    if kind == "linear":
        return a * x + b, f"{a}{letter} {'+' if b >= 0 else '-'} {abs(b)}"
    if kind == "square":
        return c * x**2 + b, f"{c}{letter}^2 {'+' if b >= 0 else '-'} {abs(b)}"
    return sp.Abs(x) + b, f"|{letter}| {'+' if b >= 0 else '-'} {abs(b)}"


def _definition(rng: random.Random, name: str, letter: str, threshold: int, sign: str) -> tuple[sp.Piecewise, str]:
    first, first_tex = _body(rng, letter)
    other, other_tex = _body(rng, letter)
    relation, tex_sign = _SIGNS[sign]
    condition_tex = f"{letter} {tex_sign} {threshold}"
    opposite = rf"\text{{if }} {letter} {_SIGNS[_OPPOSITE[sign]][1]} {threshold}"
    second_tex = rng.choice([r"\text{otherwise}", opposite])
    if rng.random() < 0.5:
        rows = rf"{first_tex} & \text{{if }} {condition_tex} \\ {other_tex} & {second_tex}"
        body = rf"\begin{{cases}} {rows} \end{{cases}}"
    else:
        rows = rf"{first_tex} & \text{{ if }}{condition_tex}, \\ {other_tex} & {second_tex}."
        body = rf"\left\{{ \begin{{array}}{{cl}} {rows} \end{{array}} \right."
    opening, closing = rng.choice([("$", "$"), (r"\[", r"\]")])
    lead = rng.choice(["Let", "If", "Define", ""])
    text = f"{lead} {opening}{name}({letter}) = {body}{closing}".strip()
    return sp.Piecewise((first, relation(x, threshold)), (other, True)), text


def _argument(rng: random.Random, threshold: int) -> tuple[sp.Expr, str]:
    choice = rng.choice(["integer", "fraction", "root", "boundary"])
    if choice == "integer":
        value = threshold + rng.choice([-3, -2, -1, 1, 2, 3])
        return sp.Integer(value), str(value)
    if choice == "fraction":
        p, q = rng.randint(-20, 20), rng.choice([2, 3, 4, 5])
        return sp.Rational(p, q), (rf"\frac{{{p}}}{{{q}}}" if p >= 0 else rf"-\frac{{{-p}}}{{{q}}}")
    if choice == "root":
        n = rng.randint(2, 50)
        return sp.sqrt(n), rf"\sqrt{{{n}}}"
    return sp.Integer(threshold), str(threshold)


@pytest.mark.parametrize("seed", range(40))
def test_a_function_by_cases_is_evaluated_where_asked(seed):
    rng = random.Random(seed)
    name, letter = rng.choice("fgh"), rng.choice("xtn")
    threshold, sign = rng.randint(-4, 4), rng.choice(list(_SIGNS))
    function, definition = _definition(rng, name, letter, threshold, sign)
    arguments = [_argument(rng, threshold) for _ in range(rng.randint(1, 3))]
    question = " + ".join(f"{name}({tex})" for _, tex in arguments)
    expected = sum(function.subs(x, value) for value, _ in arguments)
    ask = rng.choice(["Find", "Compute", "Evaluate", "What is", "Find the value of"])
    text = f"{definition}{rng.choice(['.', ',', ''])} {ask} ${question}${'?' if ask == 'What is' else '.'}"
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)


@pytest.mark.parametrize("seed", range(10))
def test_a_call_inside_a_call_uses_the_inner_value(seed):
    rng = random.Random(100 + seed)
    threshold, sign = rng.randint(-3, 3), rng.choice(list(_SIGNS))
    function, definition = _definition(rng, "f", "x", threshold, sign)
    start = rng.randint(-5, 5)
    text = f"{definition}. Find $f(f({start}))$."
    result = solve_math(text)
    expected = function.subs(x, function.subs(x, start))
    assert result.status == "verified", (text, result.reason)
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)


def test_regression_an_argument_no_case_covers_abstains():
    # x < 0 and x > 2 leave [0, 2] uncovered: f(1) has no value, never the value of either case
    text = r"Let $f(x) = \begin{cases} x + 1 & \text{if } x < 0 \\ 2x & \text{if } x > 2 \end{cases}$. Find $f(1)$."
    assert solve_math(text).status != "verified"


def test_regression_cases_that_overlap_and_disagree_abstain():
    text = r"Let $f(x) = \begin{cases} x + 1 & \text{if } x < 3 \\ 2x & \text{if } x > 0 \end{cases}$. Find $f(2)$."
    assert solve_math(text).status != "verified"


def test_cases_that_overlap_and_agree_give_their_common_value():
    text = r"Let $f(x) = \begin{cases} x + 1 & \text{if } x \le 1 \\ 2x & \text{if } x \ge 1 \end{cases}$. Find $f(1)$."
    result = solve_math(text)
    assert result.status == "verified" and parse_expression(result.value["expression"]) == 2


def test_a_condition_in_words_is_not_read():
    text = (r"Let $f(n) = \begin{cases} n/2 & \text{if } n \text{ is even} \\ 3n + 1 & \text{if } n \text{ is odd}"
            r" \end{cases}$. Find $f(7)$.")
    assert solve_math(text).status != "verified"


def test_a_question_about_something_else_is_not_read_as_a_value():
    text = (r"Let $f(x) = \begin{cases} x^2 & \text{if } x < 0 \\ 2x + 1 & \text{if } x \ge 0 \end{cases}$. "
            r"Find the sum of all $x$ such that $f(x) = 9$.")
    result = solve_math(text)  # x = -3 and x = 4: the sum is 1, and nothing else may be verified
    assert result.status != "verified" or parse_expression(result.value.get("expression", "0")) == 1

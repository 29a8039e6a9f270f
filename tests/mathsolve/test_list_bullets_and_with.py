"""A request typed as a markdown list ("- solve 2x = 10\\n- thanks", "- 45 + 55\\n- what is it?", "• ...") and "w/"
for "with" ("differentiate x^2 + 3x w/ respect to x"). Generated requests keyed by SymPy; before, the first bullet
was a minus sign with nothing to take ("the formula ends too early") and "w/" an unknown word. A lone "- 5 + 3" stays
-5 + 3, and "w/2" stays w over 2."""

from __future__ import annotations

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.list_bullets import without_list_bullets
from agentlib.tools.safe_math import parse_expression

x = sp.symbols("x")


@settings(max_examples=16, deadline=None)
@given(st.integers(2, 9), st.integers(1, 40), st.sampled_from(["- ", "* ", "• "]),
       st.sampled_from(["thanks", "pls", "tysm!!", "thx"]), st.booleans())
def test_a_request_as_a_list_is_read_without_its_bullets(a, b, bullet, closing, closed):
    text = f"{bullet}solve {a}x = {a * b}" + (f"\n{bullet}{closing}" if closed else "")
    result = solve_math(text)
    assert result.status == "verified" and [parse_expression(v) for v in result.value["values"]] == [b], (
        text, result.reason)


@settings(max_examples=12, deadline=None)
@given(st.integers(1, 99), st.integers(1, 99), st.sampled_from(["- ", "• "]))
def test_a_sum_listed_with_a_question_is_the_sum(a, b, bullet):
    text = f"{bullet}{a} + {b}\n{bullet}what is it?"
    result = solve_math(text)
    assert result.status == "verified" and parse_expression(result.value["expression"]) == a + b, (text, result.answer)


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 9), st.integers(1, 9),
       st.sampled_from(["w/ respect to x", "with respect to x", "w/ respect to x pls"]))
def test_w_slash_before_a_word_is_with(a, b, tail):
    text = f"hiya, can u differentiate x^{a + 1} + {b}x {tail}"
    result = solve_math(text)
    expected = sp.diff(x ** (a + 1) + b * x, x)
    assert result.status == "verified" and sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (
        text, result.reason)


def test_a_lone_dash_before_a_number_or_a_function_and_w_over_a_number_stay():
    assert parse_expression(solve_math("- 5 + 3").value["expression"]) == -2
    assert without_list_bullets("- sin(x) + 1") == "- sin(x) + 1"
    assert without_list_bullets("- f(x) = 2") == "- f(x) = 2"
    assert parse_expression(solve_math("what is w/2 if w = 4").value["expression"]) == 2

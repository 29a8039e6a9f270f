"""루트 (root) before a number is its square root, typed with or without a space ("루트 2 곱하기 루트 8", "루트50
간단히 해줘"): generated over numbers, operators and endings, each answer checked against SymPy. A spoken operator
and a bare number after it ("루트 16 더하기 9": √16 + 9, or √25?) keep the words unread."""

from __future__ import annotations

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.root_words import spell_root_words

OPERATORS = {"곱하기": lambda a, b: a * b, "더하기": lambda a, b: a + b, "빼기": lambda a, b: a - b,
             "나누기": lambda a, b: a / b}
ENDINGS = ["", "는?", " 얼마야", " 얼마야?", "은 몇이야?", " 계산해줘"]


@given(st.integers(1, 80), st.integers(1, 80), st.sampled_from(sorted(OPERATORS)), st.sampled_from(ENDINGS),
       st.booleans())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_two_roots_joined_by_a_spoken_operator_are_read(a, b, operator, ending, spaced):
    gap = " " if spaced else ""
    text = f"루트{gap}{a} {operator} 루트{gap}{b}{ending}"
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    expected = OPERATORS[operator](sp.sqrt(a), sp.sqrt(b))
    assert sp.simplify(sp.sympify(result.value["expression"]) - expected) == 0, text


@given(st.integers(1, 80), st.integers(1, 80), st.sampled_from(sorted(OPERATORS) + ["+", "*", "-"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_a_root_before_an_operator_and_a_bare_number_keeps_its_word(a, b, operator):
    text = f"루트 {a} {operator} {b}"
    assert spell_root_words(text) == text

"""The clipped chat ending -임 ("얼마임?", "몇임") closes a Korean question as 얼마야 / 몇이야 do: generated over
numbers, formula shapes, spacing and punctuation, each answer checked against Python's own arithmetic. "임"
inside a sentence is not an ending and is left alone."""

from __future__ import annotations

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.korean_chat_endings import plain_korean_chat_ending

SHAPES = [  # {a}, {b} numbers -> the value asked
    ("{a} 곱하기 {b}", lambda a, b: a * b), ("{a}+{b}", lambda a, b: a + b), ("{a}의 제곱", lambda a, b: a**2),
    ("{a}*{b}-{b}", lambda a, b: a * b - b), ("{a} 더하기 {b}는", lambda a, b: a + b),
    ("{a}000원의 {b}%는", lambda a, b: a * 1000 * b / sp.Integer(100)),
]
ENDINGS = ["얼마임", "얼마임?", "몇임", "몇임?", "얼마임??", "몇임 ?"]


@given(st.integers(2, 60), st.integers(2, 60), st.sampled_from(SHAPES), st.sampled_from(ENDINGS), st.booleans())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_a_question_closed_with_the_clipped_ending_is_answered(a, b, shape, ending, glued):
    wording, value = shape
    ending = ending.replace("몇", "얼마") if "원" in wording else ending  # a price is asked 얼마, never 몇 (how many)
    glued = glued and not wording.endswith("는")  # "2는얼마야" glues a particle to the word after it, another matter
    text = wording.format(a=a, b=b) + ("" if glued else " ") + ending
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert sp.sympify(result.value["expression"]) == value(a, b), text


@given(st.sampled_from(["모임에 {a}명이 왔어", "임의의 수 {a}", "얼마임의 {a}"]), st.integers(2, 99))
@settings(max_examples=10, deadline=None, derandomize=True)
def test_the_syllable_inside_a_sentence_is_left_alone(wording, a):
    text = wording.format(a=a)
    assert plain_korean_chat_ending(text) == text

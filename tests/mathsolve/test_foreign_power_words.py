"""Powers and factorials said in words of other languages ("2의 10승", "２の１０乗", "2 的 8 次方", "3 puissance 4",
"7 al cuadrado", "5 в кубе", "5 का वर्ग", "6 Fakultät"): generated over numbers, full-width digits, spacing and the
words around them, each answer checked against Python's own power or factorial. A power that does not end its
operand, and the root words sharing a stem, must not be read as powers."""

from __future__ import annotations

from math import factorial

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.foreign_power_words import spell_foreign_power_words

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

EXPONENT_SHAPES = [  # {b} base, {e} exponent
    "{b}의 {e}승은?", "{b}의{e}승", "{b}の{e}乗は？", "{b}の{e}乗を計算して",
    "计算 {b} 的 {e} 次方", "{b}的{e}次方是多少？",
    "Combien font {b} puissance {e} ?", "Quanto é {b} elevado a {e}?", "Calcula {b} elevado a la {e}",
    "Quanto fa {b} elevato a {e}?", "Was ist {b} hoch {e}?", "Сколько будет {b} в степени {e}?",
]
FIXED_SHAPES = [  # {b} base; the exponent is in the words
    ("¿Cuánto es {b} al cuadrado?", 2), ("Quanto fa {b} al quadrato?", 2), ("Quanto é {b} ao quadrado?", 2),
    ("{b} al cubo", 3), ("Combien fait {b} au carré ?", 2), ("{b} au cube", 3), ("Сколько будет {b} в квадрате?", 2),
    ("Сколько будет {b} в кубе?", 3), ("{b} का वर्ग क्या है?", 2), ("{b} का घन", 3), ("{b}的平方是多少？", 2),
    ("{b} 的立方", 3),
]
FACTORIAL_SHAPES = ["Berechne {b} Fakultät", "{b} faktöriyel kaçtır?", "{b}の階乗を計算して", "求 {b} 的阶乘",
                    "{b} 팩토리얼 얼마야", "{b}팩토리얼은?"]


def _value(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    return sp.sympify(result.value["expression"])


@given(st.integers(2, 30), st.integers(2, 9), st.sampled_from(EXPONENT_SHAPES), st.booleans())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_a_number_to_a_power_said_in_words_is_that_power(base, exponent, shape, full_width):
    text = shape.format(b=base, e=exponent)
    text = text.translate(_FULL_WIDTH) if full_width else text
    assert _value(text) == base**exponent, text


@given(st.integers(2, 99), st.sampled_from(FIXED_SHAPES))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_a_number_squared_or_cubed_in_words_is_that_power(base, shape):
    wording, exponent = shape
    assert _value(wording.format(b=base)) == base**exponent, wording


@given(st.integers(2, 12), st.sampled_from(FACTORIAL_SHAPES))
@settings(max_examples=20, deadline=None, derandomize=True)
def test_a_factorial_in_words_is_that_factorial(number, shape):
    assert _value(shape.format(b=number)) == factorial(number), shape


@given(st.integers(2, 30), st.integers(2, 9), st.sampled_from(["+", "-", "×", "*"]),
       st.sampled_from(["{a} {o} {b} al cuadrado", "{a} {o} {b} puissance {e}", "{b} elevado a {e} {o} {a}",
                        "{a} {o} {b}의 {e}승", "{b} в кубе {o} {a}"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_a_power_beside_an_operator_keeps_its_words(a, exponent, operator, wording):
    # "3 + 2 al cuadrado": 3 + 2², or (3 + 2)²? Speech does not say; the words stay, so the reader cannot guess
    text = wording.format(a=a, o=operator, b=a + 1, e=exponent)
    assert spell_foreign_power_words(text) == text


@given(st.integers(2, 99), st.sampled_from(["{b}の3乗根", "{b}的平方根", "{b} 的立方根", "{b}次方根", "{b} का वर्गमूल",
                                            "{b} al cuadrados", "{b}의 3승리"]))
@settings(max_examples=20, deadline=None, derandomize=True)
def test_root_words_sharing_a_stem_are_not_powers(base, wording):
    text = wording.format(b=base)
    assert spell_foreign_power_words(text) == text

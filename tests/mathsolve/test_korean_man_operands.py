"""An amount ending on 만 with no 원 is an operand of arithmetic beside an operator word or sign (`korean_amounts.py`):
"1억 나누기 1만은?" is 10000, never 100000000 (the 만 once dropped as the particle "only", a verified wrong answer)."""

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.korean_amounts import spell_korean_amounts

_WORDS = {"더하기": lambda a, b: a + b, "빼기": lambda a, b: a - b, "곱하기": lambda a, b: a * b,
          "나누기": lambda a, b: Fraction(a, b)}
_ENDINGS = ["", "은?", "는?", " 얼마야", " 몇이야?", "은 얼마임"]


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 9999), st.integers(1, 99), st.sampled_from(sorted(_WORDS)), st.booleans(),
       st.sampled_from(_ENDINGS))
def test_man_beside_an_operator_word_is_ten_thousand(count, other, word, man_first, ending):
    left, right = (f"{count}만", f"{other}") if man_first else (f"{other}", f"{count}만")
    result = solve_math(f"{left} {word} {right}{ending}")
    values = (count * 10**4, other) if man_first else (other, count * 10**4)
    assert result.verified, (left, word, right, result.reason)
    assert Fraction(result.value["expression"]) == _WORDS[word](*values), result.answer


@given(st.integers(1, 9999), st.sampled_from(["+", "-", "*", "/", "×", "÷"]), st.booleans())
def test_man_beside_an_operator_sign_is_respelled(count, sign, spaced):
    gap = " " if spaced else ""
    assert spell_korean_amounts(f"7{gap}{sign}{gap}{count}만") == f"7{gap}{sign}{gap}{count * 10**4}"
    assert spell_korean_amounts(f"{count}만{gap}{sign}{gap}7") == f"{count * 10**4}{gap}{sign}{gap}7"


def test_man_before_a_verb_stays_the_particle():
    assert spell_korean_amounts("5에 3만 더하면?") == "5에 3만 더하면?"

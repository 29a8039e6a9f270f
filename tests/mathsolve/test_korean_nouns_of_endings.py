"""Nouns spelled wholly by Korean particles and endings (할인 = 할 + 인, 이내 = 이 + 내, 한도, 만기, 고가) are
words with a meaning, not endings that vanish (`vocabulary.KOREAN_NOUNS_OF_ENDINGS`):
"30% 할인하면 할인가는 얼마야?" names no price and was verified as 0.3."""

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.vocabulary import KOREAN_NOUNS_OF_ENDINGS, korean_parts

_PARTICLES = ["", "은", "는", "이", "가", "을", "를", "의", "에", "하면", "가는", "받으면", "해줘"]


@given(st.sampled_from(KOREAN_NOUNS_OF_ENDINGS), st.sampled_from(_PARTICLES))
def test_a_noun_of_endings_is_never_read_as_endings_alone(noun, particle):
    assert korean_parts(noun + particle) == (None, False)


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 99), st.sampled_from(KOREAN_NOUNS_OF_ENDINGS), st.sampled_from(_PARTICLES),
       st.sampled_from(["", "?", " 얼마야?", " 얼마임", " 몇이야"]), st.booleans())
def test_a_number_beside_such_a_noun_is_no_answer(number, noun, particle, ending, percent):
    amount = f"{number}%" if percent else f"{number}"
    result = solve_math(f"{amount} {noun}{particle}{ending}")
    assert not result.verified, (amount, noun, particle, result.answer)


@settings(max_examples=10, deadline=None)
@given(st.integers(2, 90).map(lambda k: k * 1000), st.sampled_from([10, 20, 25, 30, 40, 50]))
def test_a_discount_with_its_price_is_still_read(price, percent):
    result = solve_math(f"{price}원에서 {percent}% 할인하면 얼마야?")
    assert result.verified and int(result.value["expression"]) == price * (100 - percent) // 100, result.answer

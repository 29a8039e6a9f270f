"""Prices of several things from the price of one in Hindi ("एक पेन 15 रुपये का है तो 6 पेन कितने के?") and in
Vietnamese with the thing named again by its classifier alone ("Một quyển vở giá 8000 đồng. Mua 5 quyển hết bao
nhiêu tiền?"): fresh prices and counts checked against exact arithmetic; another thing asked about abstains."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

_HINDI = [("पेन", "पेन", "का", "के"), ("किताब", "किताबें", "की", "की"), ("कॉपी", "कॉपियाँ", "की", "की")]
_VIETNAMESE = [("quyển vở", "quyển"), ("cây bút", "cây"), ("cái bánh", "cái bánh"), ("quả táo", "quả")]


def _value(text: str) -> Fraction:
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    return Fraction(result.value["expression"])


def test_fresh_hindi_unit_prices():
    rng = random.Random("hindi prices")
    for _ in range(10):
        one, many, of, of_many = rng.choice(_HINDI)
        price, count = rng.randint(2, 500), rng.randint(2, 12)
        text = f"एक {one} {price} रुपये {of} है तो {count} {many} {rng.choice(['कितने', 'कितनी'])} {of_many}?"
        assert _value(text) == price * count, text


def test_fresh_vietnamese_unit_prices_with_the_classifier_alone():
    rng = random.Random("vietnamese prices")
    for _ in range(10):
        one, again = rng.choice(_VIETNAMESE)
        price, count = rng.randint(1, 90) * 1000, rng.randint(2, 12)
        asked = rng.choice(["hết bao nhiêu tiền", "giá bao nhiêu"])
        text = f"Một {one} giá {price} đồng. {rng.choice(['Mua ', ''])}{count} {again} {asked}?"
        assert _value(text) == price * count, text


@pytest.mark.parametrize("text", [
    "एक पेन 15 रुपये का है तो 6 कॉपी कितने के?",  # another thing
    "Một quyển vở giá 8000 đồng. Mua 5 quyển sách hết bao nhiêu tiền?",  # the same classifier, another book
    "Một quyển vở giá 8000 đồng. Mua 5 cây hết bao nhiêu tiền?",  # another classifier
])
def test_another_thing_asked_about_is_not_priced(text):
    assert solve_math(text).status != "verified", text

"""Unit prices, tips, bill splitting, a discount then a tax, VAT, and a percent of a number in other languages,
read with fresh numbers and wording and checked against the formula computed here; a unit price whose two counts
name different things is not read."""

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.shop_arithmetic import read_shop_arithmetic
from agentlib.tools.safe_math import parse_expression

R = sp.Rational


def _value(text: str) -> sp.Expr:
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert any(note.startswith("read as") for note in result.notes), result.notes
    return parse_expression(result.value["expression"])


@pytest.mark.parametrize("text, expected", [
    ("If 4 notebooks cost $6, how much do 10 notebooks cost?", R(15)),
    ("if 5 mangoes cost 7.50, what would 2 of them cost", R(3)),
    ("공책 6권에 4800원이면 9권은 얼마예요?", R(7200)),
    ("우유 2병에 3000원이면 5병은?", R(7500)),
    ("what's a 20% tip on $35.50?", R(710, 100)),
    ("a 12% service charge on a $150 bill", R(18)),
    ("¿Cuánto es el 8% de 250?", R(20)),
    ("Wieviel ist 35 % von 200?", R(70)),
    ("Combien fait 12 % de 50 ?", R(6)),
    ("300的20%是多少", R(60)),
    ("The check came to $72 and we left a 25% tip, split evenly among 3 friends. How much per person?", R(30)),
    ("저녁값 45000원을 3명이 나눠 내면 1인당 얼마야?", R(15000)),
    ("A $80 coat is 25% off, then there's 5% tax. What is the total price?", R(63)),
    ("Quel est le prix TTC d'un produit à 120 € HT avec une TVA de 5,5 % ?", R(12660, 100)),
])
def test_shop_arithmetic(text, expected):
    assert _value(text) == expected


@pytest.mark.parametrize("text", [
    "if 3 pencils cost $1.20, how much do 8 pens cost",  # another item: no unit price to carry over
    "사과 3개에 1200원이면 5봉지는 얼마인가요",  # another counter
    "the bill is $60 and we add a 10% tip, split between 0 people. how much each",
])
def test_readings_that_are_not_certain_are_not_made(text):
    assert read_shop_arithmetic(text) is None


@pytest.mark.parametrize("template", [
    "A shirt costs ${p} and is {o}% off. What is the sale price?",
    "A ${p} shirt is {o}% off. What is the sale price?",
    "{o}% off ${p}",
    "What is the price of a ${p} jacket after a {o}% discount?",
    "{p}원짜리 옷을 {o}% 할인하면 얼마예요?",
])
@pytest.mark.parametrize("price, off", [(40, 25), (80, 15), (1250, 30), (19, 10)])
def test_a_discount_alone_is_the_price_less_the_percent(template, price, off):
    # Regression: a discount without a tax abstained ("words this reader does not know: 'off', 'sale'").
    text = template.format(p=price, o=off)
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    assert sp.nsimplify(parse_expression(result.value["expression"])) == sp.Rational(price) * (100 - off) / 100, text


def test_a_discount_over_a_hundred_percent_is_not_read():
    assert read_shop_arithmetic("120% off $40") is None

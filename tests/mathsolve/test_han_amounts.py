"""Japanese and Chinese amounts with 万 / 千 / 百 before 円 or 元 ("3万5千円の2割引", "3.5万元的20%"), Japanese 割
discounts, and totals of labelled amounts in Japanese and Chinese ("りんご120円とみかん80円で合計いくら？",
"苹果5元，香蕉3元，一共多少钱？"): fresh amounts checked against exact arithmetic; ill-formed places, a price per
thing (每, あたり) and money coming in (工资) abstain."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math
from agentlib.mathsolve.han_amounts import spell_han_amounts


def _han(value: int, rng: random.Random) -> str:
    """`value` (below a hundred million) written with 万, 千 and 百 where its digits allow."""
    tens_of_thousands, rest = divmod(value, 10_000)
    thousands, rest = divmod(rest, 1000)
    hundreds, rest = divmod(rest, 100)
    parts = [f"{tens_of_thousands}万" if tens_of_thousands else "", f"{thousands}千" if thousands else "",
             f"{hundreds}百" if hundreds and rng.random() < 0.5 else (str(hundreds * 100 + rest) if hundreds else "")]
    if hundreds and parts[2].endswith("百"):
        parts.append(str(rest) if rest else "")
    elif not hundreds and rest:
        parts.append(str(rest))
    return "".join(parts)


def test_fresh_han_amounts_are_respelled():
    rng = random.Random("han amounts")
    for _ in range(40):
        value = rng.randint(1, 9_999) * 100 + rng.choice([0, 0, rng.randint(1, 99)])
        written = _han(value, rng)
        currency = rng.choice(["円", "元"])
        assert spell_han_amounts(f"{written}{currency}") == f"{value}{currency}", written


@pytest.mark.parametrize("written", ["5千3万円", "3万20000円", "12千円", "千葉県"])
def test_ill_formed_or_no_amount_stays(written):
    assert spell_han_amounts(written) == written


def test_fresh_japanese_discounts_in_tenths():
    rng = random.Random("wari")
    for _ in range(10):
        man, sen, tenths = rng.randint(1, 9), rng.randint(0, 9), rng.randint(1, 9)
        price = man * 10_000 + sen * 1000
        text = f"{man}万{f'{sen}千' if sen else ''}円の{tenths}割引はいくら？"
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == Fraction(price * (10 - tenths), 10), text


def test_fresh_chinese_percent_of_ten_thousands():
    rng = random.Random("wan yuan")
    for _ in range(10):
        tenths, percent = rng.randint(11, 99), rng.choice([5, 10, 15, 20, 25, 30, 40])
        text = f"{tenths / 10}万元的{percent}%是多少？"
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == Fraction(tenths * 1000 * percent, 100), text


def test_fresh_totals_in_japanese_and_chinese():
    rng = random.Random("totals")
    ja_items, zh_items = ["りんご", "みかん", "ノート", "ペン", "パン"], ["苹果", "香蕉", "面包", "牛奶", "铅笔"]
    for _ in range(10):
        prices = [rng.randint(1, 999) for _ in range(rng.randint(2, 4))]
        names = rng.sample(ja_items, len(prices))
        listed = rng.choice(["と", "、"]).join(f"{n}{p}円" for n, p in zip(names, prices, strict=True))
        text = f"{listed}{rng.choice(['で合計いくら？', 'で全部でいくらですか', '、合わせていくら？'])}"
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert int(result.value["expression"]) == sum(prices), text
        names = rng.sample(zh_items, len(prices))
        listed = rng.choice(["，", "和", "、"]).join(f"{n}{p}元" for n, p in zip(names, prices, strict=True))
        text = f"{listed}，{rng.choice(['一共多少钱？', '总共多少钱', '一共多少元？'])}"
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert int(result.value["expression"]) == sum(prices), text


@pytest.mark.parametrize("text", [
    "苹果每斤5元，香蕉3元，一共多少钱？",  # a price per jin: how many jin?
    "工资5000元，房租2000元，一共多少钱？",  # money coming in
    "我有100元，苹果5元，香蕉3元，一共多少钱？",  # money held: the total spent is 8, never 108
    "お小遣いを1000円もらって、りんご120円とみかん80円で合計いくら？",
    "りんご1個あたり120円とみかん80円で合計いくら？",
    "りんご120円とみかん80円",  # no question
    "苹果5元，一共多少钱？",  # one amount is no total
])
def test_totals_not_of_this_shape_abstain(text):
    assert solve_math(text).status != "verified", text

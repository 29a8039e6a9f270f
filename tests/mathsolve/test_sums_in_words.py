"""The sum or product of two numbers asked in words in six languages, with fresh numbers (digits or number words
spelled by the tests' own spellers) checked against exact arithmetic; a difference and a split Spanish number are
never read."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

from .test_foreign_spoken_arithmetic import HAN, KO, characters, chinese, hindi, russian

WORDINGS = {
    "ko": (lambda n: characters(n, KO, "십백천"), ["{a}{wa} {b}의 {op}은?", "{a}{wa} {b}의 {op}을 구하시오"],
           {"+": "합", "*": "곱"}),
    "zh": (chinese, ["{a}和{b}的{op}是多少？", "求{a}与{b}的{op}"], {"+": "和", "*": "积"}),
    "ja": (lambda n: characters(n, HAN, "十百千"), ["{a}と{b}の{op}は？"], {"+": "和", "*": "積"}),
    "hi": (hindi, ["{a} और {b} का {op} कितना है?"], {"+": "जोड़", "*": "गुणनफल"}),
    "ru": (russian, ["Найдите {op} чисел {a} и {b}"], {"+": "сумму", "*": "произведение"}),
    "es": (str, ["¿Cuál es {op} de {a} y {b}?"], {"+": "la suma", "*": "el producto"}),
}


def _hindi_or_any(language: str, rng: random.Random) -> int:
    if language == "hi":
        return rng.choice([*range(1, 21), 30, 40, 50, 60, 70, 80, 90, 200, 300])
    if language == "ja":  # Japanese 305 (三百五) is 350 to a Chinese reader: left out
        return rng.choice([n for n in range(1, 1000) if not (n >= 100 and n % 10 and (n // 10) % 10 == 0)])
    return rng.randint(1, 999)


@pytest.mark.parametrize("language", sorted(WORDINGS))
@pytest.mark.parametrize("seed", range(8))
def test_sum_or_product_of_two_numbers(language, seed):
    rng = random.Random(f"{language}-{seed}")
    speller, templates, words = WORDINGS[language]
    a, b = _hindi_or_any(language, rng), _hindi_or_any(language, rng)
    op = rng.choice("+*")
    said_a, said_b = (speller(a), speller(b)) if rng.random() < 0.7 else (str(a), str(b))
    closed = said_a[-1].isdigit() or 0 <= ord(said_a[-1]) - 0xAC00 < 11172 and (ord(said_a[-1]) - 0xAC00) % 28
    text = rng.choice(templates).format(a=said_a, b=said_b, op=words[op], wa="과" if closed else "와")
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert Fraction(result.value["expression"]) == (a + b if op == "+" else a * b), (text, result.answer)


@pytest.mark.parametrize("text", ["5와 3의 차는?", "x와 y의 합은?", "la suma de treinta y cinco y dos",
                                  "сумма чисел пять и три и два", "사과와 배의 합은?"])
def test_no_difference_and_no_unclear_number_is_read(text):
    assert not solve_math(text).verified, text


GCD_WORDINGS = {
    "ko": (lambda n: characters(n, KO, "십백천"), "{a}{wa} {b}의 {op}는?", {"gcd": "최대공약수", "lcm": "최소공배수"}),
    "zh": (chinese, "{a}和{b}的{op}是多少？", {"gcd": "最大公约数", "lcm": "最小公倍数"}),
    "ja": (lambda n: characters(n, HAN, "十百千"), "{a}と{b}の{op}は？", {"gcd": "最大公約数", "lcm": "最小公倍数"}),
}


@pytest.mark.parametrize("language", sorted(GCD_WORDINGS))
@pytest.mark.parametrize("seed", range(6))
def test_gcd_or_lcm_of_two_numbers_in_words(language, seed):
    from math import gcd, lcm

    rng = random.Random(f"gcd-{language}-{seed}")
    speller, template, words = GCD_WORDINGS[language]
    a, b = _hindi_or_any(language, rng), _hindi_or_any(language, rng)
    op = rng.choice(["gcd", "lcm"])
    said_a, said_b = speller(a), speller(b)
    closed = 0 <= ord(said_a[-1]) - 0xAC00 < 11172 and (ord(said_a[-1]) - 0xAC00) % 28
    text = template.format(a=said_a, b=said_b, op=words[op], wa="과" if closed else "와")
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert int(result.value["expression"]) == (gcd(a, b) if op == "gcd" else lcm(a, b)), (text, result.answer)


def test_gcd_of_decimals_is_not_read():
    assert not solve_math("2.5와 5의 최대공약수는?").verified

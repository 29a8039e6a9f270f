"""A square root said in words before a number in other languages ("raíz cuadrada de 81", "Quadratwurzel aus 16",
"квадратный корень из 25"), percent words in Hindi, Arabic, Thai and Japanese ("200 का 15 प्रतिशत", "20 เปอร์เซ็นต์ของ
150", "300の20パーセント"), Thai ของ as 'of', and Japanese "の25%は" and 割 ("1000円の2割は"): fresh numbers checked
against exact arithmetic; a root of more than the number after it ("raíz cuadrada de 81 + 19") keeps its words."""

import random
from fractions import Fraction

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.root_words import spell_root_words
from agentlib.tools.safe_math import parse_expression

ROOTS = ["¿Cuál es la raíz cuadrada de {n}?", "Qual é a raiz quadrada de {n}?", "Quelle est la racine carrée de {n} ?",
         "Calcola la radice quadrata di {n}", "Was ist die Quadratwurzel aus {n}?", "Найдите квадратный корень из {n}",
         "Tính căn bậc hai của {n}", "Berapa akar kuadrat dari {n}?"]


@pytest.mark.parametrize("template", ROOTS)
def test_fresh_square_roots_in_words(template):
    rng = random.Random(template)
    for _ in range(4):
        n = rng.choice([rng.randint(1, 40) ** 2, rng.randint(2, 500)])
        text = template.format(n=n)
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert sp.simplify(parse_expression(result.value["expression"]) - sp.sqrt(n)) == 0, text


@pytest.mark.parametrize("text", ["la raíz cuadrada de 81 + 19", "raíz cuadrada de 2^3", "la raíz cuadrada de x"])
def test_a_root_of_more_than_one_number_keeps_its_words(text):
    assert "√" not in spell_root_words(text)


PERCENTS = ["{whole} का {p} प्रतिशत कितना है?", "{p} เปอร์เซ็นต์ของ {whole} เท่ากับเท่าไร", "{p}% ของ {whole}",
            "{whole}の{p}パーセントはいくつ？", "{whole}の{p}%はいくら？"]


@pytest.mark.parametrize("template", PERCENTS)
def test_fresh_percent_words(template):
    rng = random.Random(template)
    for _ in range(5):
        whole, p = rng.randint(1, 2000), rng.choice([5, 10, 12, 15, 20, 25, 40, 75])
        text = template.format(whole=whole, p=p)
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert Fraction(result.value["expression"]) == Fraction(p * whole, 100), text


def test_fresh_japanese_tenths():
    rng = random.Random("wari of")
    for _ in range(6):
        whole, tenths = rng.randint(1, 99) * 100, rng.randint(1, 9)
        result = solve_math(f"{whole}円の{tenths}割は？")
        assert result.verified and Fraction(result.value["expression"]) == Fraction(whole * tenths, 10)

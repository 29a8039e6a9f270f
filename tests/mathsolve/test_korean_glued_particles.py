"""Korean requests typed without the space after a formula's particle ("2x+5=13을풀어줘", "x^2를미분해줘",
"x에대해 풀어", "0부터2까지적분해줘"), in fresh formulas, particles and endings, against SymPy; a noun that only starts
like a particle stays unknown."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.korean_glued_particles import unglue_korean_particles
from agentlib.mathsolve.segments import segment
from agentlib.tools.safe_math import parse_expression

x = sp.Symbol("x")


def _object(rng: random.Random) -> str:
    """을 or 를: typists pick by how they read the formula aloud, so both follow any formula."""
    return rng.choice(["을", "를"])


@pytest.mark.parametrize("seed", range(30))
def test_a_particle_glued_to_the_task_word(seed):
    rng = random.Random(seed)
    a, b = rng.randint(2, 9), rng.randint(1, 9)
    kind = rng.choice(["solve", "differentiate", "integrate"])
    if kind == "solve":
        root = rng.randint(-5, 9)
        formula = f"{a}x+{b}={a * root + b}"
        text = formula + _object(rng) + rng.choice(["풀어줘", "풀어", "풀어주세요", "구해줘"])
    elif kind == "differentiate":
        formula = f"x^{a}+{b}x"
        text = formula + _object(rng) + rng.choice(["미분해줘", "미분해", "미분하시오", "미분해주세요"])
    else:
        low, high = rng.randint(0, 2), rng.randint(3, 5)
        formula = f"x^{a}"
        ending = rng.choice(["적분해줘", "적분하면?", "적분해주세요"])
        text = f"{formula}{_object(rng)} {low}부터{high}까지{ending}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    if kind == "solve":
        assert [parse_expression(v) for v in result.value["values"]] == [root], (text, result.answer)
    elif kind == "differentiate":
        expected = sp.diff(x**a + b * x, x)
        assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)
    else:
        expected = sp.integrate(x**a, (x, low, high))
        assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0, (text, result.answer)


@pytest.mark.parametrize("word", ["이름을", "도시에", "의자를"])
def test_a_noun_that_starts_like_a_particle_is_left_whole(word):
    cut = unglue_korean_particles(segment(f"x+1=3{word}"))
    assert [s.text for s in cut if s.kind == "word"] == [word]


@pytest.mark.parametrize("seed", range(20))
def test_when_glued_to_the_verb_before_it(seed):
    # Regression: "x가 0으로 갈때" (갈 때 without its space) was an unknown word, so the limit was not read.
    rng = random.Random(seed)
    a, point = rng.randint(2, 9), rng.randint(1, 5)
    verb = rng.choice(["갈때", "다가갈때", "접근할때", "갈 때"])
    particle = "으로" if point in (1, 3, 6, 7, 8) else "로"
    asked = rng.choice(["의 극한값은?", "의 극한값 구해줘", "의 극한을 구하시오"])
    text = f"x가 {point}{particle} {verb} (x^2-{point * point})/(x-{point}) + {a}x{asked}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == 2 * point + a * point, (text, result.answer)


@pytest.mark.parametrize("seed", range(20))
def test_a_value_at_a_point_with_when_glued(seed):
    rng = random.Random(seed)
    at, b = rng.randint(-5, 9), rng.randint(1, 9)
    text = f"x={at}{rng.choice(['일때', '일 때'])} x^2+{b}x의 값{rng.choice(['은?', '을 구해줘', '은 얼마야?'])}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert parse_expression(result.value["expression"]) == at * at + b * at, (text, result.answer)

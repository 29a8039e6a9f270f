"""Homework labels ("3)", "Q:", "Problem 2.", "문제 1.") in front of fresh requests, checked against SymPy; and an
unknown that is in no equation abstains instead of answering "no solution"."""

import random

import pytest
import sympy as sp

from agentlib import solve_math
from agentlib.mathsolve.homework_labels import strip_homework_label
from agentlib.tools.safe_math import parse_expression

x = sp.Symbol("x")
LABELS = ["{n})", "{n}.", "Q:", "Q{n}:", "Q{n}.", "Question {n}:", "Problem {n}.", "Exercise {n})", "문제 {n}.",
          "b)", "q:"]
ASKS = ["solve {eq}", "Solve for x: {eq}", "{eq}", "{eq} 을 풀어라", "find x if {eq}"]


def _request(rng: random.Random) -> tuple[str, set]:
    a, b = rng.choice([-1, 1]) * rng.randint(1, 9), rng.randint(-9, 9)
    c = rng.choice([-1, 1]) * rng.randint(1, 9)
    equation = f"{a}x^2 + ({-a * (b + c)})x + ({a * b * c}) = 0" if rng.random() < 0.5 else f"{a}x + ({-a * b}) = 0"
    label = rng.choice(LABELS).format(n=rng.randint(1, 40))
    text = f"{label} {rng.choice(ASKS).format(eq=equation)}"
    lhs = sp.sympify(equation.split("=")[0].replace("^", "**").replace("x", "*x"))
    return text, set(sp.solve(lhs, x))


@pytest.mark.parametrize("seed", range(24))
def test_labelled_equation_is_solved_as_without_the_label(seed):
    text, expected = _request(random.Random(seed))
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert {parse_expression(v) for v in result.value["values"]} == expected, (text, result.answer)


def test_regression_label_q_was_the_unknown_and_answered_no_solution():
    result = solve_math("Q: solve x^2 - 4x + 4 = 0")
    assert result.verified and result.value["variable"] == "x" and result.value["values"] == ["2"]


@pytest.mark.parametrize("seed", range(8))
def test_unknown_in_no_equation_abstains(seed):
    rng = random.Random(seed)
    letter = rng.choice("ABCDEKMNPRSTUVWZ")
    text = rng.choice([f"{letter}: {rng.randint(1, 9)}x + {rng.randint(1, 9)} = {rng.randint(10, 30)}",
                       f"solve {rng.randint(1, 9)}x - {rng.randint(1, 9)} = 0 for y"])
    result = solve_math(text)
    assert not result.verified, (text, result.answer)


@pytest.mark.parametrize("text", ["3.5 + 2", "(2)(x + 1)", "2) ", "e^2", "x) + 1"])
def test_formulas_that_look_like_labels_are_kept(text):
    assert strip_homework_label(text) == text


@pytest.mark.parametrize("lead_in", ["아이 숙제인데", "우리 딸 수학 숙제인데요,", "아들 숙제예요.", "동생 숙제인데"])
def test_a_korean_homework_lead_in_is_whose_homework_not_what_to_compute(lead_in):
    rng = random.Random(lead_in)
    a, b, c, d = (rng.randint(1, 9) for _ in range(4))
    result = solve_math(f"{lead_in} {a}/{b} 곱하기 {c}/{d} 답이 뭐예요?")
    assert result.verified, result.reason
    assert sp.Rational(result.value["expression"]) == sp.Rational(a, b) * sp.Rational(c, d)
    assert solve_math(f"{lead_in} 사과 3개와 배 2개는 모두 얼마야?").status != "verified"  # still no price named


PART_LABELS = ["Q{n} ({p})", "Q{n}({p})", "Q{n}{p})", "Question {n}({p}):", "Problem {n} ({p}).", "{n}({p})",
               "{n} ({p})", "{n}{p})", "({p})"]


@pytest.mark.parametrize("seed", range(16))
def test_a_labelled_part_of_an_exercise_is_taken_off(seed):
    # "Q1 (a) Factorise ..." was read as a glued Q1; "1(a) solve ..." as 1·a before the task
    rng = random.Random(seed)
    label = rng.choice(PART_LABELS).format(n=rng.randint(1, 40), p=rng.choice("abcdefgh"))
    r, s = rng.randint(1, 9), rng.randint(1, 9)
    ask = rng.choice(["solve x^2 - {t}x + {u} = 0", "Solve for x: x^2 - {t}x + {u} = 0", "find x if x^2 + {u} = {t}x"])
    text = f"{label} {ask.format(t=r + s, u=r * s)}"
    result = solve_math(text)
    assert result.verified, (text, result.reason)
    assert {parse_expression(v) for v in result.value["values"]} == {r, s}, (text, result.answer)


def test_a_part_after_a_bare_number_stays_a_product_before_a_formula():
    assert strip_homework_label("2(a) = 4") == "2(a) = 4"
    assert strip_homework_label("(a) plus (b)") == "(a) plus (b)"
    assert strip_homework_label("3(b) + 1") == "3(b) + 1"


@pytest.mark.parametrize("seed", range(6))
def test_an_exercise_label_then_its_part(seed):
    rng = random.Random(seed)
    r = rng.randint(1, 9)
    label = rng.choice(["Q{n}.", "{n})", "Problem {n}:"]).format(n=rng.randint(1, 40))
    part = rng.choice(["(a)", "(c)", "b)", "(h)"])
    text = f"{label} {part} solve {rng.randint(2, 9)}x = " + "{}"
    coefficient = int(text.split("solve ")[1].split("x")[0])
    text = text.format(coefficient * r)
    result = solve_math(text)
    assert result.verified and result.value["values"] == [str(r)], (text, result.answer, result.reason)


@pytest.mark.parametrize("seed", range(6))
def test_a_part_label_before_a_bare_equation(seed):
    # "Q2: (a) x^2 = 4" and "(b) x^2 = 4" were solved with the label's letter as a coefficient (x = ±2·sqrt(1/a))
    rng = random.Random(seed)
    r = rng.randint(1, 9)
    label = rng.choice(["Q{n}: ({p})", "({p})", "{n}) ({p})"]).format(n=rng.randint(1, 40), p=rng.choice("abcdefgh"))
    text = f"{label} x^2 = {r * r}"
    result = solve_math(text)
    assert result.verified and {parse_expression(v) for v in result.value["values"]} == {r, -r}, (text, result.answer)


def test_a_lone_part_letter_used_again_stays_a_factor():
    assert strip_homework_label("(b) 2b + 1 = 5") == "(b) 2b + 1 = 5"

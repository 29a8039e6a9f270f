"""A count, sum, product or extreme of the solutions of an equation whose solutions are periodic families abstains.

Regression: "How many solutions does sin(x) = 0 have?" was a verified "2" (the two families 2πn and 2πn + π
counted as two solutions; there are infinitely many).
"""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math

EQUATIONS = ["sin({a}x) = 0", "cos(x) = {half}", "tan(x) = {k}", "sin(x) = cos(x)", "2 sin(x) - 1 = 0",
             "cos({a}x) = 1"]
QUESTIONS = ["How many solutions does {eq} have?", "How many real solutions does {eq} have?",
             "What is the sum of the solutions of {eq}?", "Find the largest solution of {eq}.",
             "What is the product of the solutions of {eq}?", "What is the smallest solution of {eq}?"]


@settings(max_examples=5, deadline=None)
@given(st.sampled_from(EQUATIONS), st.sampled_from(QUESTIONS), st.randoms())
def test_selections_over_periodic_families_abstain(equation, question, rng: random.Random):
    eq = equation.format(a=rng.randint(1, 5), half=rng.choice(["1/2", "0", "-1/2", "1"]), k=rng.randint(-3, 3))
    result = solve_math(question.format(eq=eq))
    assert result.status != "verified", (question.format(eq=eq), result.answer)
    assert result.answer is None


def test_a_count_of_finitely_many_solutions_is_still_computed():
    result = solve_math("How many solutions does x^2 - 5x + 6 = 0 have?")
    assert (result.status, result.answer) == ("verified", "2")


@settings(max_examples=4, deadline=None)
@given(st.lists(st.integers(-6, 6), min_size=1, max_size=3, unique=True),
       st.sampled_from(["Find the number of solutions of {eq}.", "What is the number of real roots of {eq}?",
                        "Determine the number of roots of {eq}", "Find the number of real solutions of {eq}."]))
def test_the_number_of_solutions_is_a_count_like_how_many(roots, question):
    # regression (found by the same hunt): "Find the number of solutions of x^2 - 5x + 6 = 0." answered
    # "x = 2 or x = 3", the solutions themselves, as a verified answer to a question that asked for a number
    import sympy as sp

    x = sp.Symbol("x")
    polynomial = sp.expand(sp.Mul(*[x - r for r in roots]))
    eq = f"{str(polynomial).replace('**', '^')} = 0"
    result = solve_math(question.format(eq=eq))
    assert (result.status, result.answer) == ("verified", str(len(roots))), question.format(eq=eq)

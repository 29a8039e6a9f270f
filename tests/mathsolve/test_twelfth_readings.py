"""Readings added for the twelfth everyday batch, each tested with fresh numbers and wording (not the batch items)."""

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math


@pytest.mark.parametrize("text, variable", [
    ("7p - 2q = 1 을 q 에 대하여 풀어라", "q"),
    ("u + 4w = 9 를 u 에 대해 푸시오", "u"),
])
def test_korean_spaced_particle_names_the_variable_to_solve_for(text, variable):
    result = solve_math(text)
    assert result.verified and result.value["variable"] == variable, (result.answer, result.reason)


def test_one_equation_with_two_unknowns_named_abstains():
    assert not solve_math("p, q 에 대하여 3p - q = 2 를 풀어라").verified


@pytest.mark.parametrize("text, answer", [
    ("p(s) = s^3 + 2s 일 때 p'(1) 의 값을 구하시오", "5"),
    ("if q(x) = cos(x), what is q''(0)?", "-1"),
    ("given r(x) = x^5, find r'''(x)", "60*x^2"),
    ("m(u) = u^4; find m′(2)", "32"),
])
def test_primed_call_of_a_defined_function_is_its_derivative(text, answer):
    result = solve_math(text)
    assert result.verified and result.answer == answer, (result.answer, result.reason)


def test_primed_call_of_an_undefined_function_abstains():
    assert not solve_math("p'(2) where q(x) = x^2").verified


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(-6, 6), min_size=2, max_size=4), st.integers(1, 2), st.integers(-3, 3))
def test_primed_call_agrees_with_sympy(coefficients, order, point):
    x = sp.Symbol("x")
    body = sum(c * x**k for k, c in enumerate(coefficients))
    primes = "'" * order
    result = solve_math(f"if w(x) = {sp.sstr(body)}, find w{primes}({point})")
    assert result.verified, result.reason
    assert sp.sympify(result.value["expression"]) == sp.diff(body, x, order).subs(x, point)


X = sp.Symbol("x")


def _expression_of(result) -> sp.Expr:  # noqa: ANN001 (a MathResult)
    from agentlib.tools.safe_math import parse_expression

    return parse_expression(result.value["expression"])


@pytest.mark.parametrize("text, curve, point", [
    ("equation of the tangent to y = x^3 - x at x = 2", X**3 - X, 2),
    ("tangent line of f(x) = cos(x) at x = pi", sp.cos(X), sp.pi),
    ("y = x^2 + 1 위의 점 (1, 2)에서의 접선의 방정식", X**2 + 1, 1),
    ("Bestimme die Tangente an f(x) = x^2 - 4 bei x = 1", X**2 - 4, 1),
])
def test_tangent_line_is_the_derivative_line_through_the_point(text, curve, point):
    result = solve_math(text)
    assert result.verified, result.reason
    expected = sp.diff(curve, X).subs(X, point) * (X - point) + curve.subs(X, point)
    assert sp.simplify(_expression_of(result) - expected) == 0


@pytest.mark.parametrize("text", [
    "tangent line to y = |x| at x = 0",  # a corner: no tangent
    "tangent line to y = x^2 at the point (1, 5)",  # the point is not on the curve
    "tangent line to y = x^2",  # no point
])
def test_tangent_line_without_a_proper_point_abstains(text):
    assert not solve_math(text).verified


@settings(max_examples=12, deadline=None)
@given(st.integers(-5, 5).filter(bool), st.integers(-9, 9), st.integers(-9, 9))
def test_quadratic_features_agree_with_sympy(a, b, c):
    quadratic = a * X**2 + b * X + c
    h = sp.Rational(-b, 2 * a)
    k = quadratic.subs(X, h)
    shown = sp.sstr(quadratic)
    vertex = solve_math(f"vertex of y = {shown}")
    assert vertex.verified and sp.sympify(vertex.value["expression"]) == sp.Tuple(h, k), vertex.answer
    axis = solve_math(f"axis of symmetry of {shown}")
    assert axis.verified and sp.sympify(axis.value["expression"]) == h
    square = solve_math(f"complete the square of {shown}")
    found = _expression_of(square)
    assert square.verified and found.count(X) == 1 and sp.expand(found - quadratic) == 0


@pytest.mark.parametrize("text", ["vertex of y = x^3 - x", "complete the square: x^2 + xy", "축의 방정식 y = 3x + 1"])
def test_quadratic_features_of_a_non_quadratic_abstain(text):
    assert not solve_math(text).verified


def test_named_x_axis_is_not_an_axis_of_symmetry():
    assert not solve_math("y = x^2 - 4 의 그래프와 x축의 교점").verified


@pytest.mark.parametrize("text, fraction", [
    ("partial fractions of (2x + 3)/(x^2 + 3x + 2)", (2 * X + 3) / (X**2 + 3 * X + 2)),
    ("(x + 5)/((x - 1)^2 (x + 2)) 를 부분분수로 나타내시오", (X + 5) / ((X - 1) ** 2 * (X + 2))),
])
def test_partial_fractions_add_back_to_the_fraction(text, fraction):
    result = solve_math(text)
    assert result.verified, result.reason
    found = _expression_of(result)
    assert sp.cancel(found - fraction) == 0 and len(sp.Add.make_args(found)) == len(sp.Add.make_args(sp.apart(fraction)))


@settings(max_examples=10, deadline=None)
@given(st.integers(-4, 4).filter(bool), st.integers(-4, 4).filter(bool), st.integers(2, 7), st.data())
def test_coefficient_agrees_with_the_binomial_theorem(a, b, n, data):
    k = data.draw(st.integers(1, n))
    expression = (a * X + b) ** n
    result = solve_math(f"what is the coefficient of x^{k} in ({sp.sstr(a * X + b)})^{n}")
    assert result.verified, result.reason
    assert sp.sympify(result.value["expression"]) == sp.binomial(n, k) * a**k * b ** (n - k)
    assert sp.Poly(sp.expand(expression), X).coeff_monomial(X**k) == sp.binomial(n, k) * a**k * b ** (n - k)


@pytest.mark.parametrize("text, function", [
    ("find the inverse function of g(x) = 4x - 7", 4 * X - 7),
    ("h(x) = (x + 1)/(x - 3) 의 역함수", (X + 1) / (X - 3)),
    ("inverse of y = e^x + 2", sp.exp(X) + 2),
])
def test_inverse_function_undoes_the_function(text, function):
    result = solve_math(text)
    assert result.verified, result.reason
    inverse = _expression_of(result)
    assert sp.simplify(function.subs(X, inverse) - X) == 0


@pytest.mark.parametrize("text", ["inverse function of f(x) = x^2 + 1", "inverse of f(x) = sqrt(x)"])
def test_inverse_of_a_function_that_is_not_one_to_one_abstains(text):
    assert not solve_math(text).verified


@pytest.mark.parametrize("text, interval", [
    ("range of y = 2x^2 + 4x - 1", sp.Interval(-3, sp.oo)),
    ("f(x) = 5 - x^2 의 치역", sp.Interval(-sp.oo, 5)),
    ("what is the range of x^3 + x", sp.Interval(-sp.oo, sp.oo)),
])
def test_range_of_a_polynomial(text, interval):
    result = solve_math(text)
    assert result.verified, result.reason
    parts = result.value["parts"]
    assert len(parts) == 1
    low, high, left_open, right_open = parts[0]
    assert sp.Interval(sp.sympify(low), sp.sympify(high), left_open, right_open) == interval


def test_range_of_a_function_that_is_not_a_polynomial_abstains():
    assert not solve_math("range of 1/x").verified


def test_max_is_the_maximum():
    result = solve_math("max value of y = -2x^2 + 4x + 7")
    assert result.verified and result.answer == "9"


@pytest.mark.parametrize("text, expected", [
    ("solve cos x = -1/2 for 0 <= x < 360 degrees", [120, 240]),
    ("0° ≤ x ≤ 180° 일 때 tan x = 1 을 풀어라", [45]),
    ("solve 2sin(x) = 1 on [0, 2pi)", [sp.pi / 6, 5 * sp.pi / 6]),
    (r"\cos x = 0, 0 < x < \pi", [sp.pi / 2]),
    ("solve sin(2x) = 0 for 0 <= x <= pi", [0, sp.pi / 2, sp.pi]),
])
def test_equation_on_an_interval_lists_every_solution_there(text, expected):
    result = solve_math(text)
    assert result.verified, result.reason
    assert [sp.sympify(v) for v in result.value["values"]] == expected


@settings(max_examples=8, deadline=None)
@given(st.sampled_from([("sin", sp.sin), ("cos", sp.cos)]), st.sampled_from([0, sp.Rational(1, 2), -sp.Rational(1, 2)]),
       st.integers(1, 3))
def test_equation_on_an_interval_agrees_with_sympy(function, value, multiple):
    name, f = function
    x = sp.Symbol("x", real=True)
    expected = sorted(sp.solveset(sp.Eq(f(multiple * x), value), x, sp.Interval.Ropen(0, 2 * sp.pi)), key=float)
    result = solve_math(f"solve {name}({multiple}x) = {value} on [0, 2pi)")
    assert result.verified, result.reason
    assert [sp.sympify(v) for v in result.value["values"]] == expected


def test_interval_ending_at_360_with_no_unit_abstains():
    assert not solve_math("solve cos x = 0 for 0 <= x < 360").verified


@pytest.mark.parametrize("text, matrix", [
    ("determinant of the matrix with rows 4 1 and 2 3", sp.Matrix([[4, 1], [2, 3]])),
    ("transpose of the 2x3 matrix with rows (1, 2, 3) and (4, 5, 6)", sp.Matrix([[1, 2, 3], [4, 5, 6]])),
    ("determinant of the matrix with columns 1 0 2 and 0 1 0 and 3 0 1", sp.Matrix([[1, 0, 3], [0, 1, 0], [2, 0, 1]])),
])
def test_matrix_told_in_words(text, matrix):
    result = solve_math(text)
    assert result.verified, result.reason
    if "transpose" in text:
        assert result.value["rows"] == [[str(c) for c in row] for row in matrix.T.tolist()]
    else:
        assert sp.sympify(result.value["expression"]) == matrix.det()


@pytest.mark.parametrize("text", ["determinant of the matrix with rows 1, 2, 3, 4",
                                  "determinant of the 3x3 matrix with rows 1 2 and 3 4",
                                  "determinant of the matrix with rows 1 2 and 3 4 5"])
def test_matrix_told_in_words_with_unclear_rows_abstains(text):
    assert not solve_math(text).verified


@pytest.mark.parametrize("text, interval", [
    ("solve 2 < x < 7", sp.Interval.open(2, 7)),
    ("solve x^2 < 9 and 1 < x < 5", sp.Interval.open(1, 3)),
])
def test_inequalities_alone_are_still_solved_as_inequalities(text, interval):
    result = solve_math(text)
    assert result.verified, result.reason
    parts = result.value["parts"]
    low, high, left_open, right_open = parts[0]
    assert sp.Interval(sp.sympify(low), sp.sympify(high), left_open, right_open) == interval


@pytest.mark.parametrize("text, answer", [
    ("find the constant term in the expansion of (2x + 1/x)^4", "24"),
    ("(x - 1/x)^8 의 전개식에서 상수항은?", "70"),
    ("coefficient of x^3 in (x + 1/x)^5", "5"),
])
def test_constant_term_and_laurent_coefficients(text, answer):
    result = solve_math(text)
    assert result.verified and result.answer == answer, (result.answer, result.reason)


@pytest.mark.parametrize("text, inverse", [
    ("g(x) = 5x + 2 의 역함수 g^{-1}(x) 를 구하시오", (X - 2) / 5),
    ("find h^{-1}(x) if h(x) = 7 - x", 7 - X),
])
def test_inverse_notation_asks_for_the_inverse_function(text, inverse):
    result = solve_math(text)
    assert result.verified and sp.simplify(_expression_of(result) - inverse) == 0, (result.answer, result.reason)


def test_korean_at_particle_marks_the_point_of_a_derivative():
    result = solve_math("f(x) = x^4 의 x = -1 에서의 미분계수")
    assert result.verified and result.answer == "-4", (result.answer, result.reason)


@pytest.mark.parametrize("text, answer", [
    ("find the line tangent to the curve y = x^3 at (1, 1)", "y = 3*x - 2"),
    ("vertex of the parabola y = (x + 4)^2 - 7", "(-4, -7)"),
    ("y = 2x^2 - 4x 의 그래프의 꼭짓점의 좌표", "(1, -2)"),
])
def test_graph_words_name_the_function_of_a_feature(text, answer):
    result = solve_math(text)
    assert result.verified and result.answer == answer, (result.answer, result.reason)


@pytest.mark.parametrize("text", ["the parabola y = x^2 + 1", "y = x^2 - 9 의 그래프"])
def test_graph_with_nothing_asked_abstains(text):
    assert not solve_math(text).verified


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 5), st.integers(-4, 4), st.integers(-9, 9))
def test_local_extrema_of_a_cubic_agree_with_the_second_derivative_test(a, r, c):
    # f' = 3a(x - r)(x - r - 2): critical points r and r + 2, a local maximum at r and a minimum at r + 2 (a > 0)
    f = sp.integrate(3 * a * (X - r) * (X - r - 2), X) + c
    shown = sp.sstr(sp.expand(f))
    high = solve_math(f"local maximum of f(x) = {shown}")
    low = solve_math(f"y = {shown} 의 극솟값")
    assert high.verified and sp.sympify(high.value["expression"]) == f.subs(X, r), high.reason
    assert low.verified and sp.sympify(low.value["expression"]) == f.subs(X, r + 2), low.reason


@pytest.mark.parametrize("text", ["local minimum of x^4", "local maximum of x^2 + 1", "극댓값 y = x^3"])
def test_local_extremum_that_the_test_cannot_find_abstains(text):
    assert not solve_math(text).verified


@pytest.mark.parametrize("text, answer", [
    ("x^2 + 10x + 4 를 (x + p)^2 + q 꼴로 나타내시오", "(x + 5)^2 - 21"),
    ("write x^2 - 3x in the form (x - h)^2 + k", "(x - 3/2)^2 - 9/4"),
])
def test_completed_square_asked_by_its_template(text, answer):
    result = solve_math(text)
    assert result.verified and result.answer == answer, (result.answer, result.reason)


def test_korean_rearranging_an_equation_for_a_letter_solves_for_it():
    result = solve_math("4a + 2b = 8 을 b 에 대하여 정리하시오")
    assert result.verified and result.value["variable"] == "b" and sp.sympify(result.value["values"][0]) == \
        4 - 2 * sp.Symbol("a"), (result.answer, result.reason)


@pytest.mark.parametrize("text", ["Berechne die Tangente von x^3", "求 x^3 的切线", "x^3 の接線を求めてください"])
def test_tangent_line_named_in_other_languages_without_a_point_abstains(text):
    result = solve_math(text)
    assert result.status == "abstained" and "which point" in result.reason


@pytest.mark.parametrize("text", ["solve cos x = 3 on [0, 2pi)", r"\tan x = 0, 0 < x < \pi"])
def test_equation_with_no_solution_on_the_interval_says_so(text):
    result = solve_math(text)
    assert result.verified and result.value["values"] == [] and "no solution" in result.answer, result.reason


def test_extremum_on_an_interval_with_no_critical_point_is_at_an_end():
    result = solve_math("what is the maximum of y = x^2 - 6x + 1 on [0, 2]")
    assert result.verified and result.answer == "1", (result.answer, result.reason)


@pytest.mark.parametrize("text", ["sum of the solutions of sin x = 1/2 on [0, 2pi)",
                                  "how many solutions does cos x = 0 have for 0 <= x < 2pi",
                                  "solve sin x = 0 for 0 <= x <= 2pi when x is positive"])
def test_selection_besides_an_interval_abstains_rather_than_list_every_solution(text):
    result = solve_math(text)
    assert not result.verified, result.answer


@pytest.mark.parametrize("text", ["the largest coefficient in (2 + x)^5", "the negative vertex of y = x^2 - 1",
                                  "axis of symmetry of y = x^2 - 5x as a decimal"])
def test_selection_or_format_with_a_feature_abstains(text):
    assert not solve_math(text).verified


@pytest.mark.parametrize("text, roots", [
    ("zeros of the parabola y = x^2 - 2x - 8", ["-2", "4"]),
    ("y = x^2 - 16 의 그래프의 영점", ["-4", "4"]),
    ("find the zeroes of y = 3x - 12", ["4"]),
])
def test_zeros_of_a_graph_are_the_roots_of_its_right_side(text, roots):
    result = solve_math(text)
    assert result.verified and result.value["values"] == roots, (result.answer, result.reason)


def test_zeros_of_an_implicit_equation_abstain():
    assert not solve_math("zeros of y = x - y^3").verified


def test_korean_slope_of_the_tangent_is_the_derivative_at_the_point():
    result = solve_math("y = x^3 + x 위의 x = 2 에서의 접선의 기울기")
    assert result.verified and result.answer == "13", (result.answer, result.reason)


def test_tangent_line_and_a_separate_slope_abstain():
    assert not solve_math("tangent line to y = x^3 at x = 2 and its slope").verified

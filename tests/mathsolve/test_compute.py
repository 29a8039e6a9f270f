"""The worker side of the solver, called in place (no sandbox): answers, completeness, verification."""

import sympy as sp

from agentlib.mathsolve.compute import run
from agentlib.mathsolve.request import MathRequest
from agentlib.mathsolve.result import MathResult

from .conftest import same_set, values_of

x = sp.Symbol("x")


def compute(**fields):
    return MathResult.from_dict(run(MathRequest(**fields).to_dict(), "beginner", "test"))


def test_roots_come_with_their_multiplicity():
    result = compute(task="solve", items=("(x - 1)**3*(x + 2) = 0",))
    assert result.verified
    assert dict(zip(result.value["values"], result.value["multiplicities"])) == {"1": 3, "-2": 1}
    assert "triple root" in result.answer


def test_complex_roots_are_listed():
    result = compute(task="solve", items=("x**4 = 16",))
    assert result.verified and same_set(values_of(result), [2, -2, 2 * sp.I, -2 * sp.I])


def test_roots_without_radicals_are_not_called_verified():
    result = compute(task="solve", items=("x**5 - x + 1 = 0",))
    assert result.status == "unverified" and "no closed form" in result.reason
    assert len(result.value["values"]) == 5 and result.value["approximate"]


def test_a_denominator_zero_is_not_a_solution():
    result = compute(task="solve", items=("(x**2 - 1)/(x - 1) = 0",))
    assert result.verified and values_of(result) == [-1]


def test_periodic_solutions_are_families():
    result = compute(task="solve", items=("sin(x) = 1/2",))
    assert result.verified and result.value["kind"] == "families" and "n any integer" in result.answer


def test_domain_and_selection_of_solutions():
    positive = compute(task="solve", items=("x**2 = 9",), domain="positive")
    assert positive.verified and values_of(positive) == [3]
    total = compute(task="solve", items=("x**2 - 5*x + 6 = 0",), select="sum")
    assert total.verified and values_of(total) == 5
    only = compute(task="solve", items=("1/4 < x/7", "x/7 < 1/3"), domain="integer", select="only")
    assert only.verified and values_of(only) == 2


def test_system_with_a_target_expression():
    result = compute(task="solve", items=("x*y = 24", "x*z = 48", "y*z = 72"), variable="x,y,z", domain="positive",
                     target="x + y + z")
    assert result.verified and values_of(result) == 22


def test_inconsistent_linear_system_has_no_solution():
    result = compute(task="solve", items=("x + y = 1", "x + y = 2"))
    assert result.verified and result.value["kind"] == "none"


def test_mixed_equations_and_conditions_abstain():
    result = compute(task="solve", items=("x**2 = 4", "x > 0"))
    assert result.status == "abstained"


def test_identity_constants_polynomial_and_trigonometric():
    square = compute(task="identity", items=("x**2 + 13/5*x + 18/5 = (x + b)**2 + c",), target="b + c")
    assert square.verified and values_of(square) == sp.Rational(321, 100)
    trig = compute(task="identity", items=("sin(x)**7 = a*sin(7*x) + b*sin(5*x) + c*sin(3*x) + d*sin(x)",),
                   target="d")
    assert trig.verified and values_of(trig) == sp.Rational(35, 64)


def test_extremum_on_an_open_interval():
    result = compute(task="minimum", items=("(x + 5)*(x + 2)/(x + 1)",), domain="positive")
    assert result.verified and values_of(result) == 9
    unattained = compute(task="minimum", items=("1/x",), domain="positive")
    assert unattained.status == "abstained"


def test_matrix_power_in_closed_form_is_proven_by_induction():
    result = compute(task="matrix_power", items=("Matrix([[2, 1], [1, 2]])",), exponent="n")
    assert result.verified
    assert any("induction" in c.claim for c in result.verification.checks)
    n = sp.Symbol("n")
    closed = values_of(result)
    assert closed.subs(n, 5) == sp.Matrix([[2, 1], [1, 2]]) ** 5


def test_remainder_of_a_huge_power_uses_modular_exponentiation():
    result = compute(task="remainder", items=("3**2000", "13"))
    assert result.verified and values_of(result) == pow(3, 2000, 13)


def test_decimal_and_rounding():
    exact = compute(task="evaluate", items=("57/160",), decimal=True)
    assert exact.answer == "0.35625"
    rounded = compute(task="evaluate", items=("pi",), decimal=True, round_to=2)
    assert rounded.answer == "3.14"
    repeating = compute(task="evaluate", items=("1/3",), decimal=True)
    assert (repeating.status, repeating.answer) == ("verified", "0.(3)")
    refused = compute(task="evaluate", items=("1/97",), decimal=True)  # a period of 96 digits: how to round?
    assert refused.status == "abstained"


def test_a_special_function_antiderivative_is_checked_by_differentiating_back():
    result = compute(task="integrate", items=("Integral(exp(x**2), x)",))
    assert result.verified and "erfi" in result.answer  # SymPy's antiderivative uses erfi
    assert any("differentiated back" in c.detail for c in result.verification.checks)


def test_limit_that_differs_by_side_does_not_exist():
    result = compute(task="limit", items=("Limit(Abs(x)/x, x, 0)",))
    assert result.verified and result.value == {"kind": "text", "text": "does not exist"}


def test_arrangements_of_a_word_are_enumerated():
    result = compute(task="arrangements", items=("7",), shown=("ELLIPSE",))
    assert result.verified and values_of(result) == 1260


def test_domain_of_a_function():
    result = compute(task="domain", items=("(2*x - 7)/sqrt(x**2 - 5*x + 6)",))
    assert result.verified and result.value["parts"] == [["-oo", "2", True, True], ["3", "oo", True, True]]

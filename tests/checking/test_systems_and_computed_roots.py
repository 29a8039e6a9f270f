"""Two readings of school algebra: an equation announced as a combination of a linear system's equations holds
at the system's solution (`systems.py`), and a value computed for the letter being solved ("x = (a + b)/c = v")
is put back into the equation it came from (`algebra.py`). Fresh numbers, the correct trace beside the wrong."""

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from agentlib.checking.checker import check_steps
from agentlib.checking.report import Rule


def _first(problem: str, steps: list[str]) -> int | None:
    return check_steps(problem, steps).first_error_step


@given(st.integers(-30, 30), st.integers(-30, 30), st.integers(2, 5), st.integers(2, 5))
@settings(max_examples=25, deadline=None)
def test_an_announced_sum_of_two_equations_holds_at_their_solution(u, v, p, q):
    """p u + q v = s and u - v = d: adding q times the second gives (p + q) u = s + q d; with the sign of d
    flipped (s - q d) it misses the solution unless d is 0."""
    s, d = p * u + q * v, u - v
    given_ = f"We know \\( {p}u + {q}v = {s} \\) and \\( u - v = {d} \\)."
    right = f"Adding {q} times the second equation to the first gives \\( {p + q}u = {s + q * d} \\)."
    assert _first("", [given_, right]) is None
    assume(d != 0)
    wrong = f"Adding {q} times the second equation to the first gives \\( {p + q}u = {s - q * d} \\)."
    report = check_steps("", [given_, wrong])
    assert report.first_error_step == 2
    claim = report.steps[1].flagged[0]
    assert claim.rule is Rule.COMBINED and f"u = {u}" in claim.correct and "step 1" in claim.source


def test_a_difference_of_two_equations_in_plain_text_is_checked_and_its_chain_read_at_the_ends():
    problem = "Two numbers have a sum of 41 and a difference of 9. Find the larger one."
    setup = "Call them m and n, so m + n = 41 and m - n = 9."
    assert _first(problem, [setup, "Subtracting the equations, 2n = 41 - 9 = 32, so n = 16."]) is None
    assert _first(problem, [setup, "Subtracting the equations, 2n = 41 + 9 = 50, so n = 25."]) == 2


def test_an_equation_not_announced_as_a_combination_is_left_alone():
    """After a system, an equation in the same letters that no step calls a combination may be a new question."""
    steps = ["Here \\( a + b = 10 \\) and \\( a - b = 4 \\).", "Now suppose instead that \\( a + 2b = 3 \\)."]
    assert _first("", steps) is None


@given(st.sampled_from([1, 2, 3]), st.integers(1, 9), st.integers(1, 9))
@settings(max_examples=25, deadline=None)
def test_a_value_computed_for_the_unknown_is_put_back_into_its_equation(a, r1, r2):
    assume(r1 != r2)
    b, c = -a * (r1 + r2), a * r1 * r2
    root = a * abs(r1 - r2)
    problem = f"Find the roots of {a}z^2 - {-b}z + {c} = 0."
    right = f"So z = ({-b} + {root})/{2 * a} = {max(r1, r2)} or z = ({-b} - {root})/{2 * a} = {min(r1, r2)}."
    assert _first(problem, [right]) is None
    dropped = f"So z = ({b} + {root})/{2 * a} = {-min(r1, r2)}."  # the minus of -b dropped
    report = check_steps(problem, [dropped])
    assert report.first_error_step == 1
    assert report.steps[0].flagged[0].rule is Rule.SOLUTION and "the problem" in report.steps[0].flagged[0].source


def test_a_computed_value_in_latex_and_a_value_only_tried_are_told_apart():
    problem = "Solve \\( w^2 - 7w + 10 = 0 \\)."
    assert _first(problem, ["So \\( w = \\frac{7 + 3}{2} = 5 \\)."]) is None
    assert _first(problem, ["So \\( w = \\frac{7 + 3}{4} = 2.5 \\)."]) == 1
    assert _first(problem, ["Try \\( w = \\frac{1 + 2}{1} = 3 \\): it gives 9 - 21 + 10 = -2, not 0."]) is None


@given(st.integers(2, 40), st.sampled_from(["m", "p", "w"]), st.sampled_from(["n", "q", "z"]))
@settings(max_examples=15, deadline=None)
def test_two_equations_of_a_system_with_the_same_value_are_no_chain(value, a, b):
    """Bug: "2m + 3n = 7 and m - n = 7" was read as the chain "2m + 3n = m - n" and refuted as an identity."""
    assert _first("", [f"We know \\( 2{a} + 3{b} = {value} \\) and \\( {a} - {b} = {value} \\)."]) is None
    assert _first("", [f"So {a} + {b} = {value} and {a} - 2{b} = {value}."]) is None

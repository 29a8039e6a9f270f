"""Logs, consecutive equations in one unknown, inline restatements, declared letters and listed solutions
(`roots.py`, `answers.py`, `identities.py`): generated equations and lists, the wrong writing refuted, the right one
passed."""

import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.checking.answers import check_listed, problem_condition
from agentlib.checking.checker import check_trace
from agentlib.checking.members import declared_letters, parse_member
from agentlib.checking.roots import real_roots

ANY = "Compute it."
X = sympy.Symbol("x")


def _first(problem, steps):
    return check_trace(problem, steps).first_error_step


# (a) logs with a base, and the next equation in the same one unknown

def test_logs_with_a_written_base_parse_and_plain_log_does_not():
    assert parse_member(r"\log_{2}(2x - 2)") == sympy.log(2 * X - 2) / sympy.log(2)
    assert parse_member(r"\log_2\left(\log _{2}(2 x-2)\right)") is not None
    assert parse_member(r"2\log_3 9") == 4
    assert parse_member(r"\ln x") == sympy.log(X)
    assert parse_member(r"\log x") is None  # base 10 or e?
    assert parse_member(r"\log_2 8x") is None  # log(8x) or log(8) x?


def test_real_roots_read_through_logs_and_powers():
    assert real_roots(sympy.log(sympy.log(2 * X - 2, 2), 2), sympy.Integer(2)) == [9]
    assert real_roots(2 ** (X + 1), sympy.Integer(16)) == [3]
    assert real_roots(X ** 2 + 1, sympy.Integer(0)) == []
    assert real_roots(X ** 9 - 1, sympy.Integer(0)) is None  # past the degree bound


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([2, 3]), st.integers(2, 4), st.integers(1, 9), st.integers(2, 3))
def test_next_equation_with_no_common_root_is_refuted(base, a, c, m):
    """log_b(a x - c) = m holds where a x - c = b^m; reading it as a x - c = m shares no root with it."""
    steps = [rf"So, we have: \[ \log_{{{base}}}({a}x - {c}) = {m}. \]",
             rf"Next, we set the argument equal to {m}. Thus: \[ {a}x - {c} = {m}. \]"]
    report = check_trace(ANY, steps)
    assert report.first_error_step == 2 and "holds only at x = " in report.explanation
    assert report.steps[1].flagged[0].rule.value == "roots"
    steps[1] = steps[1].replace(rf"= {m}. \]", rf"= {base ** m}. \]")
    assert _first(ANY, steps) is None


def test_gained_lost_or_no_roots_and_new_cases_are_not_flagged():
    assert _first(ANY, [r"\[\sqrt{x + 3} = x - 3\]", r"Squaring: \[x + 3 = x^2 - 6x + 9\]"]) is None  # gains a root
    assert _first(ANY, [r"\[x^2 - 5x + 6 = 0\]", r"Since x > 2, \[x - 3 = 0\]"]) is None  # keeps one root
    assert _first(ANY, [r"\[(x - 2)(x - 3) = 0\]", r"\[x - 2 = 0\]", r"\[x - 3 = 0\]"]) is None  # factors, in turn
    assert _first(ANY, [r"\[x - 2 = 0\], or \[x - 3 = 0\]"]) is None  # a case split
    assert _first(ANY, [r"\[2x + 1 = 9\]", r"Let x be the width now: \[3x = 6\]"]) is None  # a reused letter
    assert _first(ANY, [r"\[2x + 1 = 9\]", r"\[x = 4\]", r"\[3x = 6\]"]) is None  # solved, then reused
    assert _first(ANY, [r"\[x^2 = -4\]", r"\[x = 2\]"]) is None  # no real root: the trace must say so itself
    assert _first(ANY, [r"\[x + y = 3\]", r"\[x - y = 1\]"]) is None  # a system


def test_an_equation_two_steps_back_is_not_compared():
    assert _first(ANY, [r"\[2x = 8\]", "The area is 12.", r"\[3x = 3\]"]) is None


# (b) inline restatements and declared letters

@settings(max_examples=20, deadline=None)
@given(st.integers(2, 9), st.integers(1, 9), st.integers(1, 5))
def test_inline_restatement_after_a_verb(p, c, slip):
    """An inline expression, "which can be rewritten as" another: the two must be one expression."""
    expanded = rf"\( {p}x^2 + {2 * p * c}x + {p * c * c} \)"
    assert _first(ANY, [rf"We get {expanded}. This can be rewritten as \( {p}(x + {c})^2 \)."]) is None
    assert _first(ANY, [rf"We get {expanded}. This can be rewritten as \( {p}(x + {c + slip})^2 \)."]) == 1
    problem = r"Let $q$ be a real number, and $a$ and $b$ two numbers."
    assert _first(problem, [r"The number \( qab \) can be rewritten as \( q(a - b)^2 \)."]) == 1
    assert _first(problem, [r"The number \( qab \) can be rewritten as \( q \cdot ba \)."]) is None
    assert _first(ANY, [r"We get \( x^2 + 5x + 6 \), which factors as \( (x + 2)(x + 3) \)."]) is None
    assert _first(ANY, [r"We get \( x^2 + 5x + 6 \), which factors as \( (x + 1)(x + 6) \)."]) == 1
    assert _first(ANY, [r"The total \( 30 \), which is \( 5 \) more than before."]) is None  # no restating verb


def test_declared_letters_are_products_but_function_letters_and_words_are_not():
    letters = declared_letters(r"Let $q$ be real, $a, b, c$ numbers and $f(x)=x^2$ and $p(x)$ a polynomial.")
    assert letters == frozenset("qabc")
    assert str(parse_member("qab", letters)) == "a*b*q"
    assert str(parse_member("q(a - b)", letters)) == "q*(a - b)"
    assert parse_member("qab") is None  # undeclared: may be a word
    assert parse_member("f(a)", letters | {"f"}) is None  # a call
    assert parse_member("cab", letters) is not None and parse_member("and", frozenset("and")) is None


# (c) listed solutions against the problem's condition

@settings(max_examples=20, deadline=None)
@given(st.integers(2, 40).filter(lambda a: int(a ** 0.5) ** 2 != a), st.integers(1, 9))
def test_listed_integer_solutions_must_satisfy_the_condition(a, b):
    """"All integers x with (x^2 - a)(x^2 + b) < 0": exactly those with x^2 < a; a list with one more is refuted."""
    problem = rf"Determine all integer values of $x$ such that $\left(x^{{2}}-{a}\right)\left(x^{{2}}+{b}\right)<0$."
    edge = int(a ** 0.5)
    right = ", ".join(str(x) for x in range(-edge, edge + 1))
    wrong = ", ".join(str(x) for x in range(-edge - 1, edge + 2))
    announce = "From the sign analysis, the inequality holds in the intervals found. The integer values are:\n"
    assert _first(problem, ["Solve it.", announce + rf"\[ {wrong} \]"]) == 2
    assert _first(problem, ["Solve it.", announce + rf"\[ {right} \]"]) is None
    assert _first(problem, [rf"\[ \boxed{{{wrong}}} \]"]) == 1
    assert _first(problem, [rf"We test the candidates \[ {wrong} \]"]) is None  # tried, not claimed


def test_conditions_that_are_not_one_relation_in_one_unknown_are_not_read():
    assert problem_condition(r"Find the sum of all $x$ with $x^2 - 5x + 6 = 0$.") is None  # a sum
    assert problem_condition(r"Find all $x$ with $x^2 < 4$ or $x > 9$.") is None  # two relations
    assert problem_condition(r"Find all $x$ with $x + y = 4$.") is None  # two unknowns
    condition = problem_condition(r"Find all real solutions of $x^3 - 6x^2 + 11x - 6 = 0$.")
    assert check_listed(condition, r"\boxed{1, 2, 3}") == []
    assert check_listed(condition, r"\boxed{1, 2, 4}")[0].verdict == "refuted"
    assert check_listed(condition, r"\boxed{[1, 3]}") == []  # an interval


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(-6, 6), min_size=2, max_size=5, unique=True))
def test_listed_values_are_refuted_exactly_when_one_breaks_the_inequality(values):
    condition = problem_condition(r"Determine all integer values of $x$ such that $x^2 - 10 < 0$.")
    refuted = check_listed(condition, r"\boxed{" + ", ".join(map(str, values)) + "}")
    assert bool(refuted) == any(v * v >= 10 for v in values)


@settings(max_examples=25, deadline=None)
@given(st.integers(-20, 20), st.integers(1, 5), st.integers(-20, 20))
def test_a_linear_equation_rescaled_is_never_flagged_and_a_moved_one_is(root, scale, shift):
    first = rf"\[{scale}x - {scale * root} = 0\]".replace("- -", "+ ")
    assert _first(ANY, [first, rf"\[{2 * scale}x = {2 * scale * root}\]"]) is None
    moved = root + 1 + abs(shift)
    assert _first(ANY, [first, rf"\[{2 * scale}x = {2 * scale * moved}\]"]) == 2

"""Equations read across lines and steps, defined functions, subscripts, floors and `\\ne` claims
(`identities.py`, `definitions.py`): each gap with the snippet that showed it and the correct writing that must pass."""

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.checking.checker import check_trace
from agentlib.checking.definitions import Definition, expand_calls, function_definitions
from agentlib.checking.members import parse_member

ANY = "Compute it."


def _first(problem, steps):
    return check_trace(problem, steps).first_error_step


# 1. the last symbolic equation, remembered across steps

def test_shared_number_side_across_steps_in_one_unknown():
    # olympiadbench-350: 8 * 8^x became 2^3 * 2^x across a step
    assert _first(ANY, [r"\[8(8^x) = 2^{61}\]", r"Since \(8 = 2^3\), \[2^3 \cdot 2^{x} = 2^{61}\]"]) == 1
    assert _first(ANY, [r"\[8(8^x) = 2^{61}\]", r"Since \(8 = 2^3\), \[2^3 \cdot 2^{3x} = 2^{61}\]"]) is None


def test_systems_and_case_splits_sharing_a_side_are_not_rewrites():
    assert _first(ANY, [r"We have \[x + y = 10\]", r"and also \[x - y = 10\]"]) is None  # a system
    assert _first(ANY, [r"\[x + 2y = 12\]", r"From the second clue, \[3x - y = 12\]"]) is None
    assert _first(ANY, [r"Case 1: \[2x - 1 = 5\]", r"Case 2: \[1 - 2x = 5\]"]) is None  # |2x - 1| = 5
    assert _first(ANY, [r"\[2x - 1 = 5\]", r"Otherwise \[1 - 2x = 5\]"]) is None


def test_equations_whose_sides_differ_by_a_constant():
    # math-286: completing the square lost the +4 it added
    steps = [r"\[(x^2 + 4x) + (y^2 - 10y) + (z^2 + 2z) + 5 = 0.\]",
             r"we add \(4\) inside the parenthesis: \[x^2 + 4x + 4 + (y^2 - 10y) + (z^2 + 2z) + 5 - 4 - 5 = 0.\]"]
    report = check_trace(ANY, steps)
    assert report.first_error_step == 1 and "constant -5" in report.explanation
    steps[1] = r"we add \(4\): \[x^2 + 4x + 4 + (y^2 - 10y) + (z^2 + 2z) + 5 - 4 = 0.\]"
    assert _first(ANY, steps) is None


def test_constant_offsets_left_alone_in_one_unknown_or_after_a_case_word():
    assert _first(ANY, [r"\[x^2 + 3x = 4\]", r"\[x^2 + 3x = 10\]"]) is None  # one unknown: candidate values
    assert _first(ANY, [r"If \[a + b = 5\]", r"If instead \[a + b = 7\]"]) is None
    assert _first(ANY, [r"\[x = y + 1\]", r"\[x = y + 2\]"]) is None  # a lone letter: a definition


def test_previous_right_side_repeated_as_new_left_side():
    # math-440: the rewrite chain of an expression went on to a wrong form
    first = r"\( x^2 + (10x - 2x^2) + (25 - 10x + x^2) = x^2 - 2x^2 + x^2 + 10x - 10x + 25 \)."
    assert _first(ANY, [first, r"We get: \( x^2 - 2x^2 + x^2 + 10x - 10x + 25 = x^2 \)."]) == 1
    assert _first(ANY, [first, r"We get: \( x^2 - 2x^2 + x^2 + 10x - 10x + 25 = 25 \)."]) is None


def test_repeated_side_of_an_equation_to_solve_is_not_a_rewrite():
    # "y = T" defines y; "T = 2x" sets two curves equal
    assert _first(ANY, [r"The parabola is \( y = x^2 - 1 \).", r"So \( x^2 - 1 = 2x \)."]) is None
    # the previous line rewrote, but the step says it is solving an equation now
    steps = [r"\( (x+1)^2 = x^2 + 2x + 1 \)", r"So the equation becomes \( x^2 + 2x + 1 = 2x + 5 \)."]
    assert _first(ANY, steps) is None


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 9), st.integers(-9, 9), st.integers(-9, 9), st.integers(1, 9))
def test_true_polynomial_rewrites_across_steps_are_never_flagged(a, b, c, offset):
    # a(x + b)(y + c) = N, expanded in the next step, then moved to one side
    product = rf"\[{a}(x + {b})(y + {c}) = {a * 7}\]"
    expanded = rf"\[{a}xy + {a * c}x + {a * b}y + {a * b * c} = {a * 7}\]"
    moved = rf"\[{a}xy + {a * c}x + {a * b}y + {a * b * c - a * 7} = 0\]"
    assert _first(ANY, [product, "Expanding, " + expanded, "Moving terms, " + moved]) is None
    planted = rf"\[{a}xy + {a * c}x + {a * b}y + {a * b * c - a * 7 + offset} = 0\]"
    assert _first(ANY, [product, "Expanding, " + expanded, "Moving terms, " + planted]) == 2


# 2. functions the problem defines

def test_defined_function_values_are_checked():
    # math-169
    problem = r"If $f(x)=x^3$, what is the value of $f^{-1}(8)\div (f(8))^{-1}$?"
    assert _first(problem, [r"Therefore, \( f(8) = 500 \)."]) == 0
    assert _first(problem, [r"Therefore, \( f(8) = 8^3 = 512 \)."]) is None
    assert _first(problem, [r"Therefore, \( (f(8))^{-1} = 8 \)."]) == 0
    assert _first(problem, [r"Since \( f(2) = 8 \), \( f^{-1}(8) = 2 \)."]) is None  # an inverse is not a call


def test_definitions_left_out():
    assert function_definitions(r"Let \[f(n) = \begin{cases} 4n+3 &\text{if }n<a, \\ 7n-12 \end{cases}\]") == {}
    assert function_definitions(r"Let $f(x)=x^2$ for $x \ge 0$.") == {}
    assert function_definitions(r"if you think $g(x) = f(x) + 1,$ enter it") == {}
    assert function_definitions(r"Let $f(x)=x+1$ and $f(x)=2x$.") == {}
    assert function_definitions(r"Suppose $g(x)=2 x-4$ for all real numbers $x$.") == {"g": Definition("x", "2 x-4")}


def test_calls_are_written_out_only_at_numbers():
    definitions = {"f": Definition("x", "x^3")}
    assert expand_calls(r"f(8) + f(\frac{1}{2})", definitions) == r"((8)^3) + ((\frac{1}{2})^3)"
    assert expand_calls("f(2x) + f(f(2))", definitions) == "f(2x) + f(((2)^3))"
    assert parse_member(expand_calls("f(f(2))", definitions)) is None


# 3. subscripts and displays that open with "="

def test_subscripted_letters_are_symbols():
    assert str(parse_member("2n_7 + a")) == "a + 2*n_7"
    assert parse_member("n_{7}") == parse_member("n_7")
    assert parse_member("AB_1") is None


def test_display_opening_with_equals_continues_the_chain():
    # omnimath-476
    assert _first(ANY, [r"\[n_8 = 2n_7 + a\] \[= 2(2n_6 + a) + a\] \[= 2^2(2n_6 + a) + 3a\]"]) == 0
    assert _first(ANY, [r"\[n_8 = 2n_7 + a\] \[= 2(2n_6 + a) + a\] \[= 2^2 n_6 + 3a\]"]) is None


# 4. \ne claims between numbers

def test_unequal_numbers_that_are_equal():
    # olympiadbench-345
    assert _first(ANY, [r"since \(1^2 + 10 \cdot 1 \neq 1^2 + 10 \cdot 1\)"]) == 0
    assert _first(ANY, [r"so \(3 + 4 \ne 7\)"]) == 0
    assert _first(ANY, [r"so \(3 + 4 \ne 8\) and \(x \ne 7\)"]) is None
    assert _first(ANY, [r"so \(a_0 + a_1 = 0 \neq -\frac{1}{n}\)"]) is None


# 5. floors, and restatements that lose an unknown

def test_restatement_that_drops_an_unknown_wrongly():
    # omnimath-38: 35k on the left, 33k on the right; "simplifies to" dropped both
    step = (r"\[ 35k + \left\lfloor\frac{r}{3}\right\rfloor = 33k + \left\lfloor\frac{r}{5}\right\rfloor, \] "
            r"which simplifies to: \[ \left\lfloor\frac{r}{3}\right\rfloor = \left\lfloor\frac{r}{5}\right\rfloor. \]")
    assert _first(ANY, [step]) == 0
    assert _first(ANY, [step.replace("33k", "35k")]) is None


def test_dividing_by_a_factor_in_the_lost_unknown_and_substitutions_pass():
    assert _first(ANY, [r"\[ 2g^2b = 12g^2, \] which simplifies to \[ b = 6. \]"]) is None
    assert _first(ANY, [r"\[ a = c, \] which simplifies to \[ c^2 = 4. \]"]) is None

"""Equations read across lines and steps, defined functions, subscripts, floors and `\\ne` claims
(`identities.py`, `definitions.py`): generated equations, each wrong writing refuted and the right one passed."""

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.checking.checker import check_trace
from agentlib.checking.definitions import Definition, expand_calls, function_definitions
from agentlib.checking.members import parse_member

ANY = "Compute it."


def _first(problem, steps):
    return check_trace(problem, steps).first_error_step


# 1. the last symbolic equation, remembered across steps

@settings(max_examples=20, deadline=None)
@given(st.sampled_from([2, 3, 5]), st.integers(2, 3), st.integers(20, 90))
def test_shared_number_side_across_steps_in_one_unknown(base, k, exponent):
    """b^k (b^k)^x = b^N, then the power rewritten in a later step: the left sides must be one expression."""
    power = base ** k
    first = rf"\[{power}({power}^x) = {base}^{{{exponent}}}\]"
    since = rf"Since \({power} = {base}^{k}\), "
    assert _first(ANY, [first, since + rf"\[{base}^{k} \cdot {base}^{{x}} = {base}^{{{exponent}}}\]"]) == 2
    assert _first(ANY, [first, since + rf"\[{base}^{k} \cdot {base}^{{{k}x}} = {base}^{{{exponent}}}\]"]) is None


def test_systems_and_case_splits_sharing_a_side_are_not_rewrites():
    assert _first(ANY, [r"We have \[x + y = 10\]", r"and also \[x - y = 10\]"]) is None  # a system
    assert _first(ANY, [r"\[x + 2y = 12\]", r"From the second clue, \[3x - y = 12\]"]) is None
    assert _first(ANY, [r"Case 1: \[2x - 1 = 5\]", r"Case 2: \[1 - 2x = 5\]"]) is None  # |2x - 1| = 5
    assert _first(ANY, [r"\[2x - 1 = 5\]", r"Otherwise \[1 - 2x = 5\]"]) is None


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 6), st.integers(1, 6), st.integers(2, 9))
def test_equations_whose_sides_differ_by_a_constant(p, q, c):
    """Completing a square adds p^2 and must take it away again; losing the constant c is refuted."""
    first = rf"\[(x^2 + {2 * p}x) + (y^2 - {2 * q}y) + {c} = 0.\]"
    lost = rf"we add \({p * p}\): \[x^2 + {2 * p}x + {p * p} + (y^2 - {2 * q}y) + {c} - {p * p} - {c} = 0.\]"
    report = check_trace(ANY, [first, lost])
    assert report.first_error_step == 2 and f"constant {-c}" in report.explanation
    assert report.steps[1].flagged[0].source.startswith("step 1: ")
    kept = rf"we add \({p * p}\): \[x^2 + {2 * p}x + {p * p} + (y^2 - {2 * q}y) + {c} - {p * p} = 0.\]"
    assert _first(ANY, [first, kept]) is None


def test_constant_offsets_left_alone_in_one_unknown_or_after_a_case_word():
    assert _first(ANY, [r"\[x^2 + 3x = 4\]", r"\[x^2 + 3x = 10\]"]) is None  # one unknown: candidate values
    assert _first(ANY, [r"If \[a + b = 5\]", r"If instead \[a + b = 7\]"]) is None
    assert _first(ANY, [r"\[x = y + 1\]", r"\[x = y + 2\]"]) is None  # a lone letter: a definition


@settings(max_examples=20, deadline=None)
@given(st.integers(2, 12), st.integers(2, 40))
def test_previous_right_side_repeated_as_new_left_side(a, b):
    """"A = T" rewrote A; the next line "T = B" goes on rewriting, so B must be T."""
    first = rf"\( x^2 + ({a}x - 2x^2) + ({b} - {a}x + x^2) = x^2 - 2x^2 + x^2 + {a}x - {a}x + {b} \)."
    assert _first(ANY, [first, rf"We get: \( x^2 - 2x^2 + x^2 + {a}x - {a}x + {b} = x^2 \)."]) == 2
    assert _first(ANY, [first, rf"We get: \( x^2 - 2x^2 + x^2 + {a}x - {a}x + {b} = {b} \)."]) is None


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
    assert _first(ANY, [product, "Expanding, " + expanded, "Moving terms, " + planted]) == 3


# 2. functions the problem defines

@settings(max_examples=20, deadline=None)
@given(st.integers(2, 4), st.integers(2, 9), st.integers(1, 20))
def test_defined_function_values_are_checked(k, n, slip):
    problem = rf"Let $f(x)=x^{k}$. Find $f({n})$."
    value = n ** k
    assert _first(problem, [rf"Therefore, \( f({n}) = {value + slip} \)."]) == 1
    assert _first(problem, [rf"Therefore, \( f({n}) = {n}^{k} = {value} \)."]) is None
    assert _first(problem, [rf"Since \( f({n}) = {value} \), \( f^{{-1}}({value}) = {n} \)."]) is None  # an inverse


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


@settings(max_examples=15, deadline=None)
@given(st.integers(2, 5))
def test_display_opening_with_equals_continues_the_chain(c):
    """A display that opens with "=" goes on with the previous display's chain (a recurrence unrolled)."""
    head = rf"\[m_9 = {c}m_8 + b\] \[= {c}({c}m_7 + b) + b\] "
    assert _first(ANY, [head + rf"\[= {c * c}({c}m_7 + b) + {c + 1}b\]"]) == 1
    assert _first(ANY, [head + rf"\[= {c * c}m_7 + {c + 1}b\]"]) is None


# 4. \ne claims between numbers

@settings(max_examples=20, deadline=None)
@given(st.integers(1, 9), st.integers(1, 12))
def test_unequal_numbers_that_are_equal(a, b):
    assert _first(ANY, [rf"since \({a}^2 + {b} \cdot {a} \neq {a}^2 + {b} \cdot {a}\)"]) == 1
    assert _first(ANY, [rf"so \({a} + {b} \ne {a + b}\)"]) == 1
    assert _first(ANY, [rf"so \({a} + {b} \ne {a + b + 1}\) and \(x \ne 7\)"]) is None
    assert _first(ANY, [r"so \(a_0 + a_1 = 0 \neq -\frac{1}{n}\)"]) is None


# 5. floors, and restatements that lose an unknown

@settings(max_examples=15, deadline=None)
@given(st.integers(2, 40), st.integers(1, 5), st.sampled_from([(2, 3), (3, 5), (4, 7)]))
def test_restatement_that_drops_an_unknown_wrongly(p, d, denominators):
    """"p k + A = q k + B simplifies to A = B" holds only when p = q (floors are opaque quantities)."""
    u, v = denominators
    step = (rf"\[ {p}k + \left\lfloor\frac{{r}}{{{u}}}\right\rfloor = {p + d}k + \left\lfloor\frac{{r}}{{{v}}}\right\rfloor, \] "
            rf"which simplifies to: \[ \left\lfloor\frac{{r}}{{{u}}}\right\rfloor = \left\lfloor\frac{{r}}{{{v}}}\right\rfloor. \]")
    assert _first(ANY, [step]) == 1
    assert _first(ANY, [step.replace(f"{p + d}k", f"{p}k")]) is None


def test_dividing_by_a_factor_in_the_lost_unknown_and_substitutions_pass():
    assert _first(ANY, [r"\[ 2g^2b = 12g^2, \] which simplifies to \[ b = 6. \]"]) is None
    assert _first(ANY, [r"\[ a = c, \] which simplifies to \[ c^2 = 4. \]"]) is None


@settings(max_examples=20, deadline=None)
@given(st.integers(2, 9), st.integers(-9, 9), st.integers(1, 9), st.integers(1, 5), st.sampled_from("ghkpq"))
def test_a_function_the_trace_defines_is_evaluated_with_its_source(a, b, n, slip, name):
    value = a * n + b
    steps = [rf"Let \({name}(t) = {a}t + ({b})\).", rf"Then \({name}({n}) = {value + slip}\)."]
    report = check_trace(ANY, steps)
    assert report.first_error_step == 2
    assert report.steps[1].flagged[0].source == f"step 1: {name}(t) = {a}t + ({b})"
    assert _first(ANY, [steps[0], rf"Then \({name}({n}) = {value}\)."]) is None
    assert _first(ANY, [rf"If \({name}(t) = {a}t + ({b})\), then the claim fails.", steps[1]]) is None  # a condition

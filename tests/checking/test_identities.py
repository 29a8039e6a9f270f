"""Symbolic rewrites: chains "A = B = C" and consecutive "C = A", "C = B" lines must keep the expression."""

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.checking.checker import check_trace
from agentlib.checking.identities import check_step
from agentlib.checking.members import parse_member


def _verdicts(step):
    return [(c.text, c.verdict) for c in check_step(step)]


def test_chain_rewrites_are_checked():
    assert _verdicts(r"Expanding: \[ (x+1)^2 = x^2 + 2x + 1 = x^2 + 3x + 1 \]") == [
        ("(x+1)^2 = x^2 + 2x + 1", "verified"), ("x^2 + 2x + 1 = x^2 + 3x + 1", "refuted")]


@settings(max_examples=25, deadline=None)
@given(st.integers(2, 90), st.integers(2, 9), st.integers(1, 9))
def test_consecutive_equations_with_a_shared_number_side(p, q, slip):
    """"N = A" right before "N = B": the changed side must be the same expression (generated)."""
    n = 1000 + p
    right = rf"\[{n} = {p}/d + {q}d + {p}/d\] \[{n} = {2 * p}/d + {q}d\]"
    assert [v for _, v in _verdicts(right)] == ["verified"]
    wrong = rf"\[{n} = {p}/d + {q}d + {p}/d\] \[{n} = {2 * p + slip}/d + {q}d\]"
    assert [v for _, v in _verdicts(wrong)] == ["refuted"]
    report = check_trace("Find d.", ["Substitute.", wrong])
    assert report.first_error_step == 2 and f"{2 * p + slip}/d" in report.explanation


def test_equations_that_are_not_rewrites_are_left_alone():
    assert _verdicts(r"When \( n < a \), \( f(n) = 4n + 3 \). When \( n \ge a \), \( f(n) = 7n - 12 \).") == []
    assert _verdicts(r"The roots of \( x^2 - 3 = 0 \) and \( x^2 + 5 = 0 \).") == []
    assert _verdicts(r"\(\sqrt{x^2 + y^2} = 1\), which gives \(x^2 + y^2 = 1\).") == []
    assert _verdicts(r"Solve \[ 2x + 3 = x + 7 \] so \[ x = 4 \]") == []
    assert _verdicts(r"\[ AB^2 = AC^2 + BC^2 = 2AC \cdot BC \]") == []  # segment names, not products


def test_members_that_could_be_misread_are_not_parsed():
    assert parse_member("f(x)") is None
    assert parse_member(r"\sin x") is None
    assert parse_member("x_1 + x_2") is not None  # subscripted letters are symbols
    assert parse_member(r"\text{Area}") is None
    assert str(parse_member("2ab + b^2")) == "2*a*b + b**2"
    assert str(parse_member("x(x+1)")) == "x*(x + 1)"


@settings(max_examples=60, deadline=None)
@given(st.integers(-9, 9), st.integers(-9, 9), st.integers(1, 5), st.booleans())
def test_expanded_products_verified_and_perturbed_ones_refuted(a, b, delta, perturb):
    linear, constant = a + b + (delta if perturb else 0), a * b
    step = rf"\[ (x + ({a}))(x + ({b})) = x^2 + ({a} + {b})x + ({a})({b}) = x^2 + {linear}x + ({constant}) \]"
    verdicts = [v for _, v in _verdicts(step)]
    assert verdicts == (["verified", "refuted"] if perturb else ["verified", "verified"])


def test_numeric_equations_in_latex():
    assert _verdicts(r"Simplifying, we get: \[ 6 = 3c - 3c \] \[ 6 = -2 \]") == [("6 = 3c - 3c", "refuted"), ("3c - 3c = -2", "refuted")]
    assert _verdicts(r"\[ \sqrt{50} = 5\sqrt{2} \] and \( (2.8284)^2 = 8 \)") == [
        (r"\sqrt{50} = 5\sqrt{2}", "verified"), ("(2.8284)^2 = 8", "verified")]
    assert _verdicts(r"\[ \text{Earnings} = 105 \times 500 = 52,500 \]") == [(r"105 \times 500 = 52,500", "verified")]
    assert _verdicts(r"Gain = (coins) × \( \frac{1}{100} = \frac{101}{100} \times \frac{1}{100} = \frac{101}{10000} \)") == [
        (r"\frac{101}{100} \times \frac{1}{100} = \frac{101}{10000}", "verified")]


def test_labelled_lines_and_cancelling_symbols():
    step = r"\[ \text{Jojo's Points} = 251 - (68 + 86 + 85) \] \[ \text{Jojo's Points} = 251 - 239 \] \[ \text{Jojo's Points} = 13 \]"
    assert _verdicts(step) == [("251 - (68 + 86 + 85) = 251 - 239", "verified"), ("251 - 239 = 13", "refuted")]
    assert _verdicts(r"\[ x - 14 - 7 = x - 21 \] \[ 2a + 3 = 2a + 5 \]") == [
        ("x - 14 - 7 = x - 21", "verified"), ("2a + 3 = 2a + 5", "refuted")]
    assert _verdicts(r"Then \[ 2a + 3 = 2a + 5 \], a contradiction.") == []
    assert _verdicts(r"Let's set \( x = x + 1 \) in equation (5):") == []  # a substitution, not a claim
    assert _verdicts(r"\[ x = 1 + \sqrt{2} \] \[ x = 1 - \sqrt{2} \]") == []  # two roots, not a rewrite


def test_displayed_expression_rewritten_in_the_next_step():
    from agentlib.checking.identities import Context, check_displays

    context = Context()
    assert check_displays(context, r"Substitute: $$\sqrt{3\cdot(2\cdot3)\cdot(2\cdot5)\cdot(3\cdot5)\cdot(3\cdot7)\cdot(2^2\cdot7)}$$") == []
    (claim,) = check_displays(context, r"Combine like terms: $$\sqrt{(2^3\cdot3^3\cdot5^2\cdot7^2)}$$")
    assert claim.verdict == "refuted"
    (claim,) = check_displays(context, r"Simplify: $$\sqrt{2^3\cdot3^3}\cdot 35$$")
    assert claim.verdict == "verified"
    listing = Context()
    check_displays(listing, r"The two factors are \[ 2b^2 + 5b + 3 \] and \[ 3b^2 + 4b + 1 \]")
    assert check_displays(listing, r"Multiply them: \[ (2b^2 + 5b + 3)(3b^2 + 4b + 1) \]") == []  # no rewrite verb


def test_a_rewrite_that_substitutes_an_earlier_equation_is_not_refuted():
    from agentlib.checking.identities import Context

    context = Context()
    assert check_step(r"We know \( x + y = 10 \) and \( xy = 21 \).", context=context) == []
    (claim, *_) = check_step(r"\[ x^2 + y^2 = (x+y)^2 - 2xy = 10^2 - 2xy \]", context=context)
    assert claim.verdict == "verified"
    assert [c.verdict for c in check_step(r"\[ x^2 + y^2 = (x+y)^2 - 2xy = 10^2 - 2xy \]", context=context)][1] == "unchecked"
    assert [c.verdict for c in check_step(r"\[ x^2 + y^2 = (x+y)^2 - 2xy = 10^2 - 3xy \]", context=context)][1] == "refuted"


def test_factorials_binomials_and_pi_are_read():
    assert str(parse_member(r"\frac{10!}{5!5!}")) == "252"
    assert str(parse_member(r"\binom{10}{3}")) == "120"
    assert str(parse_member(r"\pi r^2")) == "pi*r**2"
    assert parse_member("n!") is None  # a symbol's factorial is left out
    assert _verdicts(r"\[ \frac{5!}{4 \cdot 2} = 30 \]") == [(r"\frac{5!}{4 \cdot 2} = 30", "refuted")]
    assert _verdicts(r"\[ \pi r^2 = \pi \cdot r \cdot r = r^2\pi \]") == [
        (r"\pi r^2 = \pi \cdot r \cdot r", "verified"), (r"\pi \cdot r \cdot r = r^2\pi", "verified")]


def test_huge_and_odd_members_are_not_checkable_never_a_crash():
    assert _verdicts(r"\[ \frac{400!}{7} = 5 \]") == []  # 869 digits: too large to check
    assert _verdicts(r"\[ \sqrt{(1, 2)} = 3 = 3 \]") == []
    assert _verdicts(r"\[ (x+1)^{9999} = x^{9999} + 1 = 2 \]") == []  # the values overflow a float: not checkable


def test_simplified_equation_must_restate_the_previous_one():
    wrong = r"Substituting gives us \( a + (b + 5) + c = 93 \), which simplifies to \( a + b + c = 98 \)."
    assert [c.verdict for c in check_step(wrong)] == ["refuted"]
    cleared = r"\[ \frac{b^2 (a - c)}{(b+c)(b+a)} = 14 \] Simplifying, \[ b^2 (a - c) = 14 (b+c)(b+a). \]"
    assert [c.verdict for c in check_step(cleared)] == ["verified"]
    other = r"\[ a^2 (c - b) = 20 (a+b)(a+c) \] Simplifying the second equation: \[ \frac{b^2}{b+c} = 14 + a \]"
    assert check_step(other) == []
    squared = r"\[ \sqrt{x + 1} = x \] Squaring both sides: \[ x + 1 = x^2 \]"
    assert check_step(squared) == []  # not a rewrite verb: squaring changes the equation on purpose


@settings(max_examples=80, deadline=None)
@given(st.integers(2, 99_999), st.integers(2, 999), st.sampled_from([r"\times", r"\cdot", "*"]),
       st.integers(-9, 9).filter(lambda e: e != 0), st.booleans(), st.booleans())
def test_latex_product_chains_and_restated_labels(a, b, times, error, wrong, restate):
    from agentlib.checking.checker import check_trace

    value = a * b + (error if wrong else 0)
    shown = f"{value:,}"  # thousands separators, as traces write them
    if restate:
        step = rf"\[ \text{{Total cost}} = \${a:,} {times} {b} \] \[ \text{{Total cost}} = \${shown} \]"
    else:
        step = rf"\[ \text{{Total cost}} = {a:,} {times} {b} = \frac{{{2 * a * b}}}{{2}} = {shown} \]"
    report = check_trace("Compute the total cost.", ["We multiply.", step])
    assert report.first_error_step == (2 if wrong else None)


def test_member_that_began_before_a_label_is_dropped():
    # regression: "25\% \text{ of } \$2,000.00 = 0.25 \times 2000" was read as "2000 = 500" (a false alarm)
    step = r"\[ 25\% \text{ of } \$2,000.00 = 0.25 \times 2000 = \$500.00 \]"
    assert _verdicts(step) == [(r"0.25 \times 2000 = \$500.00", "verified")]


def test_align_rows_and_dropped_members_are_not_compared():
    # regression: rows "12 + 2y &= 12 \\ y &= 0." were read as "12 = 0" (an empty shared side matched)
    step = r"We plug in $x = 4$: \begin{align*} 3(4) + 2y &= 12\\ 12 + 2y &= 12\\ y &= 0. \end{align*}"
    assert [v for _, v in _verdicts(step)] == ["verified"]  # 3(4) + 2y = 12 + 2y only
    assert _verdicts(r"\[ 5 \text{ of } 7 = 12 \] \[ 2 \text{ of } 3 = 40 \]") == []


@settings(max_examples=40, deadline=None)
@given(st.integers(-9, 9), st.integers(-9, 9), st.integers(1, 3))
def test_plus_minus_chains_are_checked_per_branch(r, d, slip):
    """The quadratic formula written with \\pm: each branch of one member equals the same branch of the next."""
    s = r + abs(d) + 1  # two distinct roots
    b, c = -(r + s), r * s
    discriminant = b * b - 4 * c
    root = s - r
    step = rf"\[ x = \frac{{{-b} \pm \sqrt{{{discriminant}}}}}{{2}} = \frac{{{-b} \pm {root}}}{{2}} \]"
    assert [v for _, v in _verdicts(step)] == ["verified", "verified"]
    wrong = rf"\[ x = \frac{{{-b} \pm \sqrt{{{discriminant}}}}}{{2}} = \frac{{{-b} \pm {root + slip}}}{{2}} \]"
    assert [v for _, v in _verdicts(wrong)] == ["refuted"]
    assert _verdicts(r"\[ x = 3 \pm 1 = 4 \]") == []  # one side without a branch: which one is meant is not said

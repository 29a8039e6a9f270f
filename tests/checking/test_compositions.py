"""How a word problem's quantities compose (`agentlib.checking.compositions`), an equation moved across the equals
sign (`identities._worked_out`) and an answer more precise than its "≈" line (`grounding.py`): on fresh numbers and
names, the correct step passes and the misread one is refuted at its step."""

import time
from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from agentlib.checking.checker import check_steps
from agentlib.checking.compositions import Compositions
from agentlib.checking.report import Rule

NAMES = st.sampled_from(("Ana", "Bilal", "Chen", "Dara", "Eitan", "Fatou", "Goran", "Hana"))


def _first(problem: str, steps: list[str]) -> int | None:
    return check_steps(problem, steps).first_error_step


def _rule(problem: str, steps: list[str]) -> Rule | None:
    report = check_steps(problem, steps)
    flagged = next((s for s in report.steps if s.flagged), None)
    return flagged.flagged[0].rule if flagged else None


def _show(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


@given(NAMES, NAMES, st.sampled_from(((2, "twice"), (3, "three times"), (4, "4 times"))), st.integers(3, 40),
       st.booleans(), st.sampled_from(("coins", "books", "shells")))
@settings(max_examples=30, deadline=None)
def test_k_times_as_many_goes_the_right_way(big, small, multiplier, few, big_known, things):
    assume(big != small)
    k, word = multiplier
    many = k * few
    known_name, known, other = (big, many, small) if big_known else (small, few, big)
    assume(known != k)  # "4 times ... has 4 coins": which 4 is the multiplier is not certain, so the reading abstains
    problem = (f"{big} has {word} as many {things} as {small}. {known_name} has {known} {things}. "
               f"How many {things} do they have together?")
    right = f"{known} / {k} = {few}" if big_known else f"{known} x {k} = {many}"
    wrong = f"{known} x {k} = {known * k}" if big_known else f"{known} / {k} = {_show(Fraction(known, k))}"
    assert _first(problem, [f"{other} has {right} {things}.", "The answer is 0."]) in (None, 2)
    assert _rule(problem, [f"{other} has {wrong} {things}."]) is Rule.RELATION


@given(st.sampled_from((Fraction(1, 2), Fraction(1, 3), Fraction(2, 5), Fraction(3, 4))),
       st.sampled_from((Fraction(1, 3), Fraction(1, 4), Fraction(1, 5))), st.integers(2, 20),
       st.sampled_from(("those", "them", "these")))
@settings(max_examples=30, deadline=None)
def test_a_fraction_of_a_fraction_multiplies(q, p, scale, those):
    assume(p != q)
    whole = q.denominator * p.denominator * scale
    problem = (f"A club has {whole} members. {_show(q)} of the members swim, and {_show(p)} of {those} also run. "
               "How many members swim and run?")
    assert _first(problem, [f"The fraction is {_show(p)} x {_show(q)} = {_show(p * q)}."]) is None
    assert _first(problem, [f"The fraction is {_show(q)} + {_show(p)} = {_show(p + q)}."]) == 1
    latex = f"\\( \\frac{{{q.numerator}}}{{{q.denominator}}} + \\frac{{{p.numerator}}}{{{p.denominator}}} = " \
            f"\\frac{{{(p + q).numerator}}}{{{(p + q).denominator}}} \\)"
    assert _first(problem, [f"The fraction is {latex}."]) == 1


@given(st.integers(5, 30), st.integers(5, 30), st.integers(50, 99), st.integers(50, 99))
@settings(max_examples=30, deadline=None)
def test_the_mean_of_unequal_groups_is_weighted(n1, n2, m1, m2):
    assume(n1 != n2 and m1 != m2)
    problem = (f"{n1} players scored an average of {m1} points, and the other {n2} players scored an average of "
               f"{m2} points. What is the average of all the players?")
    mean = Fraction(n1 * m1 + n2 * m2, n1 + n2)
    assert _first(problem, [f"The total is {n1} x {m1} + {n2} x {m2} = {n1 * m1 + n2 * m2}.",
                            f"The average is {n1 * m1 + n2 * m2} / {n1 + n2} = {_show(mean)}."]) is None
    assert _first(problem, [f"The average is ({m1} + {m2}) / 2 = {_show(Fraction(m1 + m2, 2))}."]) == 1
    same = (f"{n1} players scored an average of {m1} points, and the other {n1} players scored an average of "
            f"{m2} points. What is the average of all the players?")
    assert _first(same, [f"The average is ({m1} + {m2}) / 2 = {_show(Fraction(m1 + m2, 2))}."]) is None


@given(st.sampled_from((("fence", "post"), ("road", "tree"), ("path", "lamp"))), st.integers(2, 10),
       st.integers(4, 30), st.sampled_from(("including one at each end", "with one at both ends")))
@settings(max_examples=30, deadline=None)
def test_posts_at_both_ends_are_one_more_than_the_gaps(things, gap, gaps, ends):
    line, post = things
    length = gap * gaps
    problem = f"A straight {line} is {length} m long, with a {post} every {gap} m, {ends}. How many {post}s are there?"
    assert _first(problem, [f"There are {length} / {gap} = {gaps} gaps.",
                            f"So there are {gaps} + 1 = {gaps + 1} {post}s."]) is None
    assert _first(problem, [f"The number of {post}s is {length} / {gap} + 1 = {gaps + 1}."]) is None
    assert _first(problem, [f"The number of {post}s is {length} / {gap} = {gaps}."]) == 1
    assert _first(problem, [f"There are {length} / {gap} = {gaps} {post}s."]) == 1


@given(st.sampled_from((("pages", "page"), ("boxes", "box"), ("loaves", "loaf"))), st.integers(2, 6),
       st.sampled_from((4, 5, 8, 10)), st.sampled_from(("minutes", "seconds")))
@settings(max_examples=30, deadline=None)
def test_a_quotient_labelled_with_the_divisors_unit_is_inverted(item, per, made, unit):
    plural, single = item
    took = made * per
    problem = f"A machine makes {made} {plural} in {took} {unit}. How long does one take?"
    assert _first(problem, [f"Each {single} takes {took} / {made} = {per} {unit}."]) is None
    rate = _show(Fraction(made, took))
    assert _first(problem, [f"The rate is {made} / {took} = {rate} {plural} per minute."]) is None
    assert _first(problem, [f"Each {single} takes {made} / {took} = {_show(Fraction(made, took))} {unit}."]) == 1
    assert _first(problem, [f"The rate is {made} / {took} = {_show(Fraction(made, took))} {unit} per {single}."]) == 1


@given(st.sampled_from((10, 20, 25, 50)), st.sampled_from((10, 20, 25, 50)), st.sampled_from((40, 80, 200)))
@settings(max_examples=20, deadline=None)
def test_successive_percent_changes_multiply(down, up, price):
    problem = (f"A lamp costs ${price}. Its price is reduced by {down}%, and then the new price is increased by "
               f"{up}%. What is the final price?")
    assert _first(problem, [f"The net change is -{down}% + {up}% = {up - down}%."]) == 1
    assert _first(problem, [f"\\( -{down}\\% + {up}\\% = {up - down}\\% \\) would be wrong here."]) is None
    cut = price * Fraction(100 - down, 100)
    raised = cut * Fraction(100 + up, 100)
    assert _first(problem, [f"After the cut it is {price} x {float(Fraction(100 - down, 100)):g} = {float(cut):g}.",
                            f"After the raise it is {float(cut):g} x {float(Fraction(100 + up, 100)):g} = "
                            f"{float(raised):g}."]) is None


@given(NAMES, st.sampled_from((2, 3, 4, 5)), st.integers(3, 12), st.integers(2, 9))
@settings(max_examples=25, deadline=None)
def test_a_share_of_all_after_more_is_of_the_new_total(name, k, start, more):
    assume(start != more)
    a, b = k * start, k * more
    problem = (f"{name} has {a} stamps. Then {name} buys {b} more stamps, and then gives away 1/{k} of all the stamps. "
               f"How many stamps are left?")
    assert _first(problem, [f"{name} has {a} + {b} = {a + b} stamps.",
                            f"{name} gives away {a + b} / {k} = {(a + b) // k} stamps."]) is None
    assert _first(problem, [f"{name} has {a} + {b} = {a + b} stamps.",
                            f"{name} gives away {a} / {k} = {a // k} stamps."]) == 2


@given(st.integers(2, 9), st.integers(2, 15), st.integers(3, 30), st.sampled_from((
    "Moving {b} to the other side gives", "Taking {b} over to the right,", "Then")))
@settings(max_examples=30, deadline=None)
def test_an_equation_moved_across_the_equals_sign_keeps_its_solution(a, x, b, lead):
    """Bug: "3x = 25 + 7 = 32" after "3x + 7 = 25" passed (a chain of three members was never put to the roots
    check, and "the other side" read as another case)."""
    c = a * x + b
    problem = f"A number times {a}, plus {b}, is {c}. What is the number?"
    opening = lead.format(b=b)
    right = [f"Let x be the number: {a}x + {b} = {c}.", f"{opening} {a}x = {c} - {b} = {c - b}.",
             f"So x = {c - b} / {a} = {x}."]
    assert _first(problem, right) is None
    wrong = [right[0], f"{opening} {a}x = {c} + {b} = {c + b}.", f"So x = {c + b} / {a} = {_show(Fraction(c + b, a))}."]
    assert _first(problem, wrong) == 2
    latex = [f"Let x be the number: \\( {a}x + {b} = {c} \\).", f"{opening} \\( {a}x = {c} + {b} = {c + b} \\)."]
    assert _first(problem, latex) == 2


@given(st.sampled_from((40, 50, 120, 250)), st.sampled_from((25, 75)))
@settings(max_examples=10, deadline=None)
def test_an_answer_more_precise_than_its_approximated_line_is_computed(price, rate):
    """Bug: "37.5 x 1.25 ≈ 46.88" then "The answer is 46.875" was flagged as an answer no step computed."""
    half = Fraction(price) * Fraction(100 - rate, 100)
    final = half * Fraction(100 + rate, 100)
    assume((final * 100).denominator != 1)  # more digits than the "≈" line shows
    problem = f"A coat costs ${price}. It is cut by {rate}% and the new price is then raised by {rate}%. Final price?"
    steps = [f"After the cut it is {price} x {float(Fraction(100 - rate, 100)):g} = {float(half):g} dollars.",
             f"After the raise it is {float(half):g} x {float(Fraction(100 + rate, 100)):g} ≈ {float(final):.2f} "
             "dollars.", f"The answer is {float(final):g}."]
    assert _first(problem, steps) is None


def test_reading_a_hostile_problem_stays_linear():
    """Bug: "N more X ... then ... 1/3 of all the X" repeated through one long sentence took minutes (lazy gaps
    rescanned from every start), and many such sentences seconds (each searched the text before it)."""
    for problem in ["1 more apples then " * 3000, "Ann has 5 more stamps and then gives 1/3 of all the stamps. " * 2000,
                    "1/2 of the x " * 5000, "Ann has twice " * 5000, "a post every 5 m " * 4000]:
        started = time.monotonic()
        Compositions(problem)
        assert time.monotonic() - started < 3.0


def test_zero_rates_and_denominators_are_no_crash():
    """Bug: "1/0 of the kids ..., and 1/2 of those" and "gives away 1/0 of all" raised ZeroDivisionError."""
    for problem, step in [("A school has 60 kids. 1/0 of the kids swim, and 1/2 of those run.", "So 1/0 + 1/2 = 3."),
                          ("Ann has 3 stamps. Then Ann buys 4 more stamps, and then gives away 1/0 of all the stamps.",
                           "So 4 / 2 = 2."),
                          ("A machine makes 0 pages in 5 minutes.", "Each page takes 0 / 5 = 0 minutes."),
                          ("A fence has a post every 0 m, including both ends. It is 0 m long.", "So 0 + 0 = 0 posts.")]:
        assert _first(problem, [step]) is None

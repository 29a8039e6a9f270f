"""A value rounded too early (`rounding.py`): a product of it is refuted when, with the exact value, the product
differs beyond the precision the problem asks for; fresh numbers, the careful trace beside the hasty one."""

from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from agentlib.checking.checker import check_steps
from agentlib.checking.report import Rule


@given(st.sampled_from([7, 11, 13, 17]), st.integers(100, 999), st.integers(3, 12))
@settings(max_examples=25, deadline=None)
def test_a_product_of_a_rounded_share_must_keep_the_asked_precision(friends, pot, weeks):
    share = Fraction(pot, friends)
    exact = share * weeks
    hasty = round(share) * weeks
    assume(abs(exact - hasty) > Fraction(1, 20) and weeks != round(share))
    problem = (f"A prize of ${pot} is split evenly among {friends} friends every week for {weeks} weeks. How much "
               "does one friend get in all? Round to the nearest tenth of a dollar.")
    careful = [f"Each week one friend gets {pot} / {friends} ≈ {float(share):.3f} dollars.",
               f"In all: {weeks} * {float(share):.3f} ≈ {float(exact):.1f} dollars."]
    assert check_steps(problem, careful).first_error_step is None
    rounded = [f"Each week one friend gets {pot} / {friends} ≈ {round(share)} dollars.",
               f"In all: {weeks} * {round(share)} = {hasty} dollars."]
    report = check_steps(problem, rounded)
    assert report.first_error_step == 2
    claim = report.steps[1].flagged[0]
    assert claim.rule is Rule.ROUNDED_EARLY and f"{pot} / {friends}" in claim.source


def test_without_an_asked_precision_a_trace_may_round_as_it_likes():
    problem = "A prize of $500 is split evenly among 7 friends every week for 4 weeks. How much does one friend get?"
    assert check_steps(problem, ["Each week one gets 500 / 7 ≈ 71 dollars.", "In all: 4 * 71 = 284 dollars."]
                       ).first_error_step is None

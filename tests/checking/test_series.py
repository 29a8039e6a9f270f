"""A sum written with an ellipsis ("1 + 2 + ... + 60") read as the arithmetic progression it fixes, checked
against the sum of the terms written out; readings that are not the only one stay unread."""

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from agentlib.checking.checker import check_steps
from agentlib.checking.claims import extract
from agentlib.checking.series import arithmetic_series_sum


@given(st.integers(0, 500), st.integers(1, 9), st.integers(2, 300))
def test_the_sum_equals_the_terms_written_out(first, difference, steps):
    terms = [first + k * difference for k in range(steps + 1)]
    total = arithmetic_series_sum(Fraction(terms[0]), Fraction(terms[1]), Fraction(terms[-1]))
    geometric = first > 0 and terms[1] % first == 0 and terms[1] // first >= 2
    if total is not None:
        assert total == sum(terms)
    elif not geometric:
        raise AssertionError(f"{terms[0]}, {terms[1]}, ..., {terms[-1]} was not read")


def test_a_geometric_reading_that_fits_too_is_not_read():
    assert arithmetic_series_sum(Fraction(3), Fraction(9), Fraction(243)) is None  # 3, 9, 27, 81, 243 too
    assert arithmetic_series_sum(Fraction(5), Fraction(8), Fraction(30)) is None  # 30 is not a term


def test_a_wrong_closed_form_after_an_ellipsis_sum_is_flagged_with_its_evidence():
    report = check_steps("", ["Adding up, 1 + 2 + ... + 45 = 45 * 44 / 2 = 990.", "So the answer is 990."])
    assert report.first_error_step == 1
    refuted = [c for c in report.steps[0].claims if c.verdict == "refuted"]
    assert refuted and "1 + 2 + ... + 45" in refuted[0].text and "1035" in refuted[0].correct


def test_a_slip_after_an_ellipsis_sum_is_no_longer_read_as_approximate():
    claims = extract("so 1 + 2 + ... + 70 = 70 * 71 / 2 = 2480")
    assert [c.approximate for c in claims] == [False, False]
    assert claims[-1].left_value.value == 2485 != claims[-1].right_value.value


def test_two_listed_terms_further_apart_stay_unread():
    # "4 + 9 + ... + 144" may be the squares; three terms in one progression fix it
    assert extract("4 + 9 + ... + 144 = 650") == []
    read = extract("6 + 11 + 16 + ... + 51 = 285")
    assert len(read) == 1 and read[0].left_value.value == sum(range(6, 52, 5)) == 285

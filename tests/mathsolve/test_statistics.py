"""Statistics of listed numbers, as people ask for them: each answer against Python's `statistics` module (an
independent implementation), over generated lists and wordings; and texts that only look like such requests."""

from __future__ import annotations

import statistics as reference
from fractions import Fraction

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.data_reading import DataRequest, read_data_request

_NUMBERS = st.lists(st.integers(-50, 120), min_size=2, max_size=9)
_ASK = {
    "mean": ["mean of {xs}", "what is the average of {xs_and}?", "Find the arithmetic mean of the numbers {xs}.",
             "My quiz scores were {xs_and}. What's my average?", "{xs}의 평균을 구하시오", "calcula la media de {xs}",
             "Berechne den Mittelwert von {xs}", "{xs} の平均を求めよ"],
    "median": ["median of {xs}", "find the median of the data set {xs}", "{xs}의 중앙값은?", "la mediana de {xs}"],
    "range": ["what is the range of {xs}", "range: {xs}", "다음 자료의 범위를 구하시오. {xs}"],
}


def _value(answer: str) -> Fraction:
    """'5.6' or '28/5 ≈ 5.6' -> Fraction (the exact part)."""
    exact = answer.split("≈")[0].strip()
    return Fraction(exact)


def _texts(kind: str, values: list[int]) -> list[str]:
    listed = ", ".join(map(str, values))
    and_listed = ", ".join(map(str, values[:-1])) + " and " + str(values[-1])
    return [t.format(xs=listed, xs_and=and_listed) for t in _ASK[kind]]


@settings(max_examples=25, deadline=None)
@given(_NUMBERS, st.sampled_from(sorted(_ASK)), st.data())
def test_a_measure_asked_in_any_wording_is_verified_and_matches_the_reference(values, kind, data):
    text = data.draw(st.sampled_from(_texts(kind, values)))
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    expected = {"mean": lambda v: reference.mean(Fraction(x) for x in v), "median": reference.median,
                "range": lambda v: max(v) - min(v)}[kind](values)
    assert _value(result.answer) == Fraction(expected), (text, result.answer)


@settings(max_examples=10, deadline=None)
@given(st.lists(st.integers(0, 30), min_size=2, max_size=8))
def test_variance_and_standard_deviation_report_population_and_sample(values):
    import sympy as sp

    result = solve_math("variance of " + ", ".join(map(str, values)))
    assert result.status == "verified"
    names, shown = result.value["names"], result.value["values"]
    assert names == ["population_variance", "sample_variance"]
    assert sp.Rational(shown[0]) == sp.Rational(reference.pvariance([Fraction(v) for v in values]))
    assert sp.Rational(shown[1]) == sp.Rational(reference.variance(Fraction(v) for v in values))
    deviations = solve_math("standard deviation of " + ", ".join(map(str, values))).value["values"]
    assert abs(float(sp.sympify(deviations[0])) - reference.pstdev(values)) < 1e-9
    assert abs(float(sp.sympify(deviations[1])) - reference.stdev(values)) < 1e-9


@settings(max_examples=10, deadline=None)
@given(st.lists(st.integers(1, 6), min_size=3, max_size=10))
def test_the_mode_lists_every_most_frequent_value_or_says_there_is_none(values):
    result = solve_math("mode of " + "; ".join(map(str, values)))
    assert result.status == "verified"
    modes = sorted(reference.multimode(values))
    if len(modes) == len(set(values)) and all(values.count(v) == 1 for v in values):
        assert result.answer.startswith("no mode")
    else:
        assert result.answer == " and ".join(map(str, modes))


def test_decimals_are_read_exactly():
    """0.1 is 1/10 here, not a binary float: the mean of 0.1, 0.2 and 0.4 is exactly 7/30."""
    assert solve_math("mean of 0.1, 0.2 and 0.4").answer == "7/30 ≈ 0.2333"
    assert solve_math("mean of 0.1, 0.2 and 0.3").answer == "0.2"


def test_several_measures_in_one_request():
    result = solve_math("Find the mean, median and mode of 3, 7, 7, 2, 9")
    assert result.status == "verified"
    assert result.answer == "mean = 5.6; median = 7; mode = 7"


@pytest.mark.parametrize("text", [
    "average speed of a car that travels 60 km in 2 hours",  # a word problem: the general reader decides
    "range of f(x) = x^2",
    "the mean value theorem for x^2 on [0, 2]",
    "average of the numbers from 1 to 10",  # a run of integers, not two listed values
])
def test_texts_that_are_not_listed_data_are_left_to_the_general_reader(text):
    assert read_data_request(text) is None


@pytest.mark.parametrize("text", ["average of 1,250 and 3", "mean of 3,5; 4,5"])
def test_commas_between_digits_next_to_other_separators_abstain(text):
    reading = read_data_request(text)
    assert isinstance(reading, str)
    assert solve_math(text).status == "abstained"


def test_commas_without_spaces_separate_values():
    assert read_data_request("median of 1,2,3,4") == DataRequest(("median",), ("1", "2", "3", "4"))


@pytest.mark.parametrize("text, expected", [
    ("3, 5, 7, 9의 분산은?", sp.Integer(5)),  # school statistics: the mean of the squared deviations
    ("1, 3, 5, 7, 9 의 표준편차를 구하시오", sp.sqrt(8)),
    ("データ 2, 4, 6, 8 の分散を求めよ", sp.Integer(5)),
    ("3, 5, 7, 9의 표본분산은?", sp.Rational(20, 3)),  # the sample figure only when it is named
])
def test_korean_and_japanese_variance_of_data_divides_by_n(text, expected):
    from agentlib.tools.safe_math import parse_expression

    result = solve_math(text)
    assert result.status == "verified", result.reason
    assert sp.simplify(parse_expression(result.value["expression"]) - expected) == 0

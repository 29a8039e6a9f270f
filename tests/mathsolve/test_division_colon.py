"""The colon as a division sign in decimal-comma languages ("Berechne 12 : 4"), over generated requests checked
against exact fractions; a time "12:30", a tight ratio and English keep their readings (or abstain)."""

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LEADS = ["Berechne", "Calcule", "Calcula", "Calcola", "Вычислите", "Hitung", "Tính", "Oblicz"]


@given(st.sampled_from(LEADS), st.integers(0, 10**4), st.integers(1, 10**3), st.integers(1, 9))
@SETTINGS
def test_a_spaced_colon_divides(lead, dividend, divisor, factor):
    result = solve_math(f"{lead} {dividend} : {divisor} · {factor}")
    assert result.verified, (lead, result.reason)
    assert parse_expression(result.value["expression"]) == Fraction(dividend, divisor) * factor


@given(st.sampled_from(LEADS), st.integers(0, 99), st.integers(1, 9), st.integers(1, 9))
@SETTINGS
def test_a_colon_between_decimal_commas_divides(lead, whole, tenths, divisor):
    result = solve_math(f"{lead} {whole},{tenths} : {divisor}")
    assert result.verified, (lead, result.reason)
    assert parse_expression(result.value["expression"]) == (whole + Fraction(tenths, 10)) / divisor


def test_a_time_and_english_are_not_divisions():
    for text in ["Berechne 12:30", "compute 12 : 4"]:
        result = solve_math(text)
        assert result.status != "verified" or parse_expression(result.value["expression"]) != Fraction(12, 4)

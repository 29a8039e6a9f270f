"""Numbers as each language writes them: a thousands-shaped number in a decimal-comma language is refused, the
same number in English is read as thousands, and other decimal commas are read as decimals, in every language.

Generated requests (a lead word of the language, random numbers and operators) checked against exact fractions.
"""

from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.mathsolve.number_locale import writes_decimal_commas
from agentlib.tools.safe_math import parse_expression

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# A verb that asks to compute, in each language that writes decimal commas.
DECIMAL_COMMA_LEADS = {"es": "Calcula", "fr": "Calcule", "de": "Berechne", "it": "Calcola", "pt": "Calcule",
                       "ru": "Вычислите", "id": "Hitung", "vi": "Tính", "tr": "Hesapla", "nl": "Bereken",
                       "pl": "Oblicz", "ar": "احسب"}
OPERATORS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}

leads = st.sampled_from(sorted(DECIMAL_COMMA_LEADS.values()))
operators = st.sampled_from(sorted(OPERATORS))


@st.composite
def thousands_shaped(draw: st.DrawFn) -> tuple[str, int]:
    """A number written with one or two thousands groups after a dot or a comma: ("12.500", 12500)."""
    head = draw(st.integers(1, 999))
    groups = draw(st.lists(st.integers(0, 999), min_size=1, max_size=2))
    separator = draw(st.sampled_from(".,"))
    written = str(head) + "".join(f"{separator}{g:03d}" for g in groups)
    return written, int(str(head) + "".join(f"{g:03d}" for g in groups))


@st.composite
def decimal_comma_number(draw: st.DrawFn) -> tuple[str, Fraction]:
    """A decimal with one, two or four digits after its comma (never three: that is the thousands shape)."""
    whole = draw(st.integers(0, 99))
    places = draw(st.sampled_from([1, 2, 4]))
    fraction = draw(st.integers(1, 10**places - 1))
    return f"{whole},{fraction:0{places}d}", Fraction(whole) + Fraction(fraction, 10**places)


@given(leads, thousands_shaped(), operators, st.integers(1, 99))
@SETTINGS
def test_a_thousands_shaped_number_in_a_decimal_comma_language_is_refused(lead, number, operator, other):
    result = solve_math(f"{lead} {number[0]} {operator} {other}")
    assert result.status != "verified", (lead, number, result.answer)
    assert number[0] in result.reason


@given(thousands_shaped().filter(lambda n: "," in n[0]), operators, st.integers(1, 99))
@SETTINGS
def test_the_same_comma_group_in_english_is_thousands(number, operator, other):
    result = solve_math(f"What is {number[0]} {operator} {other}")
    assert result.verified, (number, result.reason)
    assert parse_expression(result.value["expression"]) == OPERATORS[operator](number[1], other)


@given(leads, decimal_comma_number(), operators, decimal_comma_number())
@SETTINGS
def test_a_decimal_comma_reads_as_a_decimal_in_every_decimal_comma_language(lead, left, operator, right):
    result = solve_math(f"{lead} {left[0]} {operator} {right[0]}")
    assert result.verified, (lead, left, right, result.reason)
    expected = OPERATORS[operator](left[1], right[1])
    found = parse_expression(result.value["expression"])
    assert Fraction(str(found)) == expected


@pytest.mark.parametrize("text, expected", [("Calcule le déterminant de [[2,100],[1,3]]", 2 * 3 - 100 * 1),
                                            ("Berechne den ggT von 12,180", None)])
def test_a_comma_inside_brackets_separates_items(text, expected):
    result = solve_math(text)
    if expected is None:  # outside brackets "12,180" is in doubt in German: refused, never 12.18 or 12180
        assert result.status != "verified"
    else:
        assert result.verified and parse_expression(result.value["expression"]) == expected


def test_regression_german_dot_thousands_was_read_as_a_decimal_point():
    # The bug: "Berechne 1.000 + 250" answered 251; to a German reader 1.000 is one thousand.
    result = solve_math("Berechne 1.000 + 250")
    assert result.status != "verified" and "1.000" in result.reason


SOLVE_LEADS = ["Löse", "Résous", "Resuelve", "Resolva", "Risolvi", "Решите уравнение", "Giải phương trình",
               "Selesaikan"]


@given(st.sampled_from(SOLVE_LEADS), decimal_comma_number(), st.integers(-50, 50), st.integers(-50, 50))
@SETTINGS
def test_a_decimal_comma_coefficient_of_a_letter_in_a_decimal_comma_language(lead, coefficient, constant, right):
    written, value = coefficient
    result = solve_math(f"{lead} {written}x + {constant} = {right}".replace("+ -", "- "))
    assert result.verified, (lead, written, result.reason)
    assert [parse_expression(v) for v in result.value["values"]] == [(right - constant) / value]


@given(leads, decimal_comma_number(), st.integers(1, 10**4))
@SETTINGS
def test_a_decimal_comma_percent_of_a_number(lead, percent, whole):
    of = {"Berechne": "von", "Calcola": "di", "Вычислите": "от", "Hitung": "dari", "احسب": "من"}.get(lead, "de")
    result = solve_math(f"{lead} {percent[0]} % {of} {whole}")
    if lead in ("Tính", "Hesapla", "Bereken", "Oblicz"):  # their word for 'of' is not read: abstaining is right
        assert result.status != "verified" or parse_expression(result.value["expression"]) == percent[1] / 100 * whole
        return
    assert result.verified, (lead, percent, result.reason)
    assert parse_expression(result.value["expression"]) == percent[1] / 100 * whole


def test_english_keeps_its_comma_rules_beside_a_letter():
    # "solve 2,5x = 10" in English: no decimal-comma language is in sight, so the comma is not read as one.
    assert solve_math("solve 2,5x = 10").status != "verified"


@pytest.mark.parametrize("text", ["simple interest on $2,000 at 3% per year for 4 years",
                                  "what is 1,500 per month times 12"])
def test_one_word_shared_with_a_decimal_comma_language_does_not_make_english_foreign(text):
    """ "per" is Italian's "for" too: the language is the one most of the words belong to."""
    assert not writes_decimal_commas(text)
